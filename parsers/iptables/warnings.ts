import { WarningSink as CommonSink, type WarningKind } from '../common/warning-sink.js';
import type { TextLines } from '../linux-ip/text-lines.js';
import { maskIptablesText } from './mask.js';

export type { WarningKind } from '../common/warning-sink.js';

/**
 * Warnings about the iptables-save file: lines and comments through the iptables masker.
 * `once` keys let a note be given a single time per file ("-m limit is treated as absent").
 */
export class WarningSink extends CommonSink {
  private readonly given = new Set<string>();

  constructor(lines: TextLines) {
    super({ lineText: (n) => lines.line(n) }, { line: maskIptablesText, comment: maskIptablesText });
  }

  /** Adds the warning only the first time `key` is seen. */
  once(key: string, kind: WarningKind, line: number, context: string, comment: string): void {
    if (this.given.has(key)) return;
    this.given.add(key);
    this.add(kind, line, context, comment);
  }
}
