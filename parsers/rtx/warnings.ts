import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { maskRtxLine } from './secrets.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Collects the warnings of one file. The text of a warning is always the source line as the
 * file holds it, trimmed and masked (RTX shapes first, then the shared masker), so no caller
 * can leak a secret by forgetting to mask. Comments, which may quote a value, go through the
 * shared masker as well.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly source: SourceText;

  constructor(source: SourceText) {
    this.source = source;
  }

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    this.warnings.push({ line, text: safeLineText(this.source.lineText(line)), context, comment: maskSecretsInLine(comment).replace(CONTROL_CHARACTERS, '\uFFFD'), kind });
  }

  unrecognized(line: number, context: string, comment: string): void {
    this.add('unrecognized', line, context, comment);
  }

  unsupported(line: number, context: string, comment: string): void {
    this.add('unsupported', line, context, comment);
  }

  invalid(line: number, context: string, comment: string): void {
    this.add('invalid', line, context, comment);
  }
}

/** A line as a warning may show it: trimmed, secrets masked, control characters replaced. */
export function safeLineText(raw: string): string {
  return maskRtxLine(raw.trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
}
