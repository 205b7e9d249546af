import type { ParseWarning } from '../../src/model/parse-result.js';
import type { TextLines } from '../linux-ip/text-lines.js';
import { maskIptablesText } from './mask.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Collects warnings about the iptables-save file. Every warning's text is the source line,
 * trimmed and masked, so no caller can leak a secret from a comment by forgetting to mask.
 * `once` keys let a note be given a single time per file ("-m limit is treated as absent").
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly given = new Set<string>();

  constructor(private readonly lines: TextLines) {}

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    const text = maskIptablesText(this.lines.line(line).trim()).replace(CONTROL_CHARACTERS, '\uFFFD');
    this.warnings.push({ line, text, context, comment: maskIptablesText(comment), kind });
  }

  /** Adds the warning only the first time `key` is seen. */
  once(key: string, kind: WarningKind, line: number, context: string, comment: string): void {
    if (this.given.has(key)) return;
    this.given.add(key);
    this.add(kind, line, context, comment);
  }
}
