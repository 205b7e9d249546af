import { expect } from 'vitest';
import { MAX_QUOTED_CHARS } from '../../parsers/common/warning-sink.js';
import type { ParseWarning } from '../../src/model/parse-result.js';
import { countLines } from '../../src/snapshot/count-lines.js';

/**
 * What every parse result guarantees about its warnings, whatever the input. Problems are
 * collected and asserted once, so a result with thousands of warnings costs one comparison and
 * a failure lists every offending warning.
 */

/** How a quote of a line longer than MAX_QUOTED_CHARS ends: the cut says how long the line was. */
const CUT = /… \(line of \d+ characters, cut\)$/;

/** A line range for warnings: [0, lines], 0 meaning the whole file. */
export interface LineRange {
  readonly lines: number;
  /** Which warnings the range applies to (a companion's warnings have its own lines). */
  readonly applies?: (w: ParseWarning) => boolean;
  /** Also allowed: the line just past the last, where a YAML reader reports the end of the input. */
  readonly endOfInput?: boolean;
}

export function warningProblems(warnings: unknown, ranges: readonly LineRange[]): string[] {
  if (!Array.isArray(warnings)) return [`warnings is not an array: ${typeof warnings}`];
  const problems: string[] = [];
  (warnings as ParseWarning[]).forEach((w, i) => {
    const range = ranges.find((r) => r.applies === undefined || r.applies(w));
    const where = `warning ${i} (line ${w.line}, ${JSON.stringify(w.comment?.slice(0, 120))})`;
    if (range === undefined) problems.push(`${where}: belongs to no file`);
    else if (!Number.isInteger(w.line) || w.line < 0 || (w.line > range.lines && !(range.endOfInput && w.line === range.lines + 1))) problems.push(`${where}: line outside [0, ${range.lines}]`);
    if (typeof w.text !== 'string') problems.push(`${where}: text is not a string`);
    else if (w.text.replace(CUT, '').length > MAX_QUOTED_CHARS) problems.push(`${where}: text of ${w.text.length} characters`);
    if (typeof w.comment !== 'string' || w.comment.trim() === '') problems.push(`${where}: empty comment`);
  });
  return problems;
}

export function expectWarningsWellFormed(warnings: unknown, ranges: readonly LineRange[]): void {
  expect(warningProblems(warnings, ranges)).toEqual([]);
}

/** The end of the input, where the YAML reader places an error about an unclosed collection. */
export function isEndOfInput(text: string, line: number): boolean {
  return text.endsWith('\n') && line === countLines(text) + 1;
}
