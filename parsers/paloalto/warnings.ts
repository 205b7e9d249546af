import type { ParseWarning } from '../../src/model/parse-result.js';
import { MASK, maskPanosLine } from './mask-panos.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;
/** Warning lines are cut here: a minified XML export is one enormous line. */
const MAX_TEXT = 240;

/**
 * Collects the warnings of one file. Every warning's text is its source line, trimmed,
 * masked (PAN-OS syntax first, then the shared masker) and cut to a readable length, so no
 * caller can leak a secret by forgetting to mask. Lines inside a private-key body are hidden.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  /** Lines that were not understood (with their whole unknown element), for coverage. */
  readonly unrecognizedLines = new Set<number>();

  constructor(private readonly source: SourceText) {}

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    this.warnings.push({ line, text: this.lineText(line), context: maskPanosLine(context), comment: maskPanosLine(comment), kind });
    if (kind === 'unrecognized' && line > 0) this.unrecognizedLines.add(line);
  }

  unrecognized(line: number, context: string, comment: string, lastLine = line): void {
    this.add('unrecognized', line, context, comment);
    for (let n = line + 1; n <= lastLine; n++) this.unrecognizedLines.add(n);
  }

  unsupported(line: number, context: string, comment: string): void {
    this.add('unsupported', line, context, comment);
  }

  invalid(line: number, context: string, comment: string): void {
    this.add('invalid', line, context, comment);
  }

  private lineText(line: number): string {
    if (line < 1) return '';
    if (this.source.isSecretLine(line)) return MASK;
    const raw = this.source.lineText(line);
    const text = maskPanosLine(raw.trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  }
}
