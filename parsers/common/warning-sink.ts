import type { ParseWarning } from '../../src/model/parse-result.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL: a binary line must not break a report.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** What shows a hidden line (a certificate body, a private key) in a warning. */
export const HIDDEN_LINE = '********';

/** Text as a report may print it: control characters of a binary line replaced. */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '\uFFFD');
}

/**
 * Longest quote of a source line in a warning. Real config lines are far shorter; a hostile
 * file of one 50 MB line must not put 50 MB into every report format, so longer lines are cut
 * and the cut says how long the line was.
 */
export const MAX_QUOTED_CHARS = 1000;

/** The quoted line, cut to MAX_QUOTED_CHARS (never inside a surrogate pair). */
export function quotedLine(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_QUOTED_CHARS - 1]!) ? MAX_QUOTED_CHARS - 1 : MAX_QUOTED_CHARS;
  return `${text.slice(0, end)}… (line of ${text.length} characters, cut)`;
}

/** Where a sink reads the lines its warnings quote. */
export interface WarningSource {
  /** The text of 1-based line `n`, without its terminator; '' outside the file. */
  lineText(n: number): string;
}

/** How one vendor's warnings are masked: each part of a warning through its own function. */
export interface WarningMasks {
  /** The quoted source line, trimmed, with the warning's context (FortiGate masks by block). */
  readonly line: (text: string, context: string) => string;
  /** The context ("config firewall policy > edit 12"); shown as is when absent. */
  readonly context?: (text: string) => string;
  /** The comment, which may quote a configured value; shown as is when absent. */
  readonly comment?: (text: string) => string;
}

/**
 * Collects the warnings of one file. The text of a warning is always its source line, trimmed,
 * masked by the vendor's masker and made printable here, so no caller can leak a secret by
 * forgetting to mask. Lines marked hidden (certificate and key bodies) never show at all.
 * Every parser's sink is this one, given its vendor's masks.
 */
export class WarningSink {
  readonly warnings: ParseWarning[] = [];
  private readonly hidden = new Set<number>();

  constructor(
    private readonly source: WarningSource,
    private readonly masks: WarningMasks,
  ) {}

  /** Never show line `line`: its text is a secret whatever it looks like. */
  hide(line: number): void {
    this.hidden.add(line);
  }

  add(kind: WarningKind, line: number, context: string, comment: string): void {
    this.warnings.push({
      line,
      text: this.lineText(line, context),
      context: this.masks.context ? this.masks.context(context) : context,
      comment: this.masks.comment ? this.masks.comment(comment) : comment,
      kind,
    });
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

  /** The line as the warning quotes it. */
  protected lineText(line: number, context: string): string {
    if (this.hidden.has(line)) return HIDDEN_LINE;
    // Masked whole before the cut, so a secret that straddles the cut is still masked.
    return quotedLine(printable(this.masks.line(this.source.lineText(line).trim(), context)));
  }
}
