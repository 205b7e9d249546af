import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskAsaSecrets } from './mask-asa-secrets.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Collects the warnings of one file. The text of a warning is always the source line itself,
 * trimmed and masked here, so no caller can leak a secret by forgetting to mask. Lines inside
 * a certificate or key block are never shown at all.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly source: SourceText;
  /** Lines whose text must never be shown (certificate bodies and the like). */
  private readonly hidden = new Set<number>();

  constructor(source: SourceText) {
    this.source = source;
  }

  hide(line: number): void {
    this.hidden.add(line);
  }

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    const text = this.hidden.has(line) ? '********' : safeLineText(this.source.lineText(line));
    this.warnings.push({ line, text, context: maskAsaSecrets(context), comment: maskAsaSecrets(comment), kind });
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
  return maskAsaSecrets(raw.trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
}
