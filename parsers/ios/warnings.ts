import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskIosSecrets } from './mask-ios-secrets.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control character but tab, and DEL, as a binary line would carry them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Collects the warnings of one file. The text of a warning is always the source line,
 * trimmed and masked here, so no caller can leak a secret by forgetting to mask it.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];

  constructor(private readonly source: SourceText) {}

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    this.warnings.push({ line, text: safeLineText(this.source.lineText(line)), context: maskIosSecrets(context), comment: maskIosSecrets(comment), kind });
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
  return maskIosSecrets(raw.trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
}
