import { WarningSink as CommonSink, type WarningKind, printable } from '../common/warning-sink.js';
import type { SourceText } from '../common/source-text.js';
import { maskJunosLine } from './mask.js';

export type { WarningKind } from '../common/warning-sink.js';

function safe(text: string): string {
  return printable(maskJunosLine(text));
}

/**
 * Junos warnings: lines, contexts and comments through the Junos masker, and each warning
 * given once per (line, kind, comment), because groups and lists repeat statements.
 */
export class WarningSink extends CommonSink {
  private readonly seen = new Set<string>();

  constructor(source: SourceText) {
    super(source, { line: maskJunosLine, context: safe, comment: safe });
  }

  override add(kind: WarningKind, line: number, context: string, comment: string): void {
    const key = `${line}\u0000${kind}\u0000${comment}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    super.add(kind, line, context, comment);
  }
}
