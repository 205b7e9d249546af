import { WarningSink as CommonSink, type WarningKind, HIDDEN_LINE } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';
import { maskPanosLine } from './mask-panos.js';

export type { WarningKind } from '../common/warning-sink.js';

/** Warning lines are cut here: a minified XML export is one enormous line. */
const MAX_TEXT = 240;

/**
 * PAN-OS warnings: lines, contexts and comments through the PAN-OS masker (PAN-OS syntax
 * first, then the shared masker), lines cut to a readable length and private-key bodies
 * hidden. It also keeps the lines not understood (with their whole unknown element), for
 * coverage.
 */
export class WarningSink extends CommonSink {
  readonly unrecognizedLines = new Set<number>();

  constructor(private readonly text: SourceText) {
    super(text, { line: maskPanosLine, context: maskPanosLine, comment: maskPanosLine });
  }

  override add(kind: WarningKind, line: number, context: string, comment: string): void {
    super.add(kind, line, context, comment);
    if (kind === 'unrecognized' && line > 0) this.unrecognizedLines.add(line);
  }

  override unrecognized(line: number, context: string, comment: string, lastLine = line): void {
    this.add('unrecognized', line, context, comment);
    for (let n = line + 1; n <= lastLine; n++) this.unrecognizedLines.add(n);
  }

  protected override lineText(line: number, context: string): string {
    if (line < 1) return '';
    if (this.text.isSecretLine(line)) return HIDDEN_LINE;
    const text = super.lineText(line, context);
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  }
}
