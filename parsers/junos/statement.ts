/**
 * One configuration statement, whatever the export format: the full hierarchy path as words,
 * e.g. `security policies from-zone A to-zone B policy P match source-address any`. A
 * `display set` line is one statement; in the brace format every leaf (a line ending in `;`)
 * is one statement that keeps its own line, and `[ a b ]` lists become one statement each.
 */
export interface Statement {
  readonly words: readonly string[];
  /** 1-based line of the leaf (or of the `set` line). */
  readonly line: number;
  /** `inactive:` in the brace format, `deactivate` in the set format: Junos ignores it. */
  readonly inactive: boolean;
  /** Set when the statement is inherited from a configuration group by `apply-groups`. */
  readonly group?: string;
  /**
   * Brace format: the line where the block that introduced `words[k]` was opened, for the
   * words that come from enclosing blocks. Words past its end are on `line`.
   */
  readonly openers?: readonly number[];
}

/** The line on which `words[k]` was written: its block opener, or the statement's own line. */
export function lineOfWord(s: Statement, k: number): number {
  const openers = s.openers;
  return openers !== undefined && k < openers.length ? openers[k]! : s.line;
}

/** The first `n` words, for warning contexts ("security policies from-zone A to-zone B"). */
export function pathOf(s: Statement, n: number): string {
  return s.words.slice(0, n).join(' ');
}
