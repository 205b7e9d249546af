import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskJunosLine } from './mask.js';
import type { SourceText } from '../common/source-text.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL: a binary line must not break a report.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Collects the warnings of one file. The text of a warning is always the source line itself,
 * trimmed and masked here, so no caller can leak a secret by forgetting to mask; the context
 * and the comment are masked too because they quote configuration words.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly source: SourceText;
  /** One warning per (line, comment): groups and lists repeat statements. */
  private readonly seen = new Set<string>();

  constructor(source: SourceText) {
    this.source = source;
  }

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    const key = `${line}\u0000${kind}\u0000${comment}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ line, text: safeLineText(this.source.lineText(line)), context: safe(context), comment: safe(comment), kind });
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

function safe(text: string): string {
  return maskJunosLine(text).replace(CONTROL_CHARACTERS, '\uFFFD');
}

/** A source line as a warning shows it: trimmed, secrets masked, control characters replaced. */
export function safeLineText(raw: string): string {
  return safe(raw.trim());
}
