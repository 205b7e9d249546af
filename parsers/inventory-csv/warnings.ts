import type { ParseWarning } from '../../src/model/parse-result.js';

/** Longest excerpt of a row kept in a warning: enough to recognize it, short enough for a report. */
const MAX_TEXT = 200;

/**
 * The row's text as a warning shows it: trimmed and cut to MAX_TEXT characters. The cut counts
 * code points, so a kanji outside the BMP is never split into half a surrogate pair.
 */
export function excerpt(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_TEXT) return trimmed;
  return Array.from(trimmed).slice(0, MAX_TEXT).join('');
}

export function makeWarning(
  line: number,
  text: string,
  context: string,
  comment: string,
  kind: ParseWarning['kind'],
): ParseWarning {
  return { line, text: excerpt(text), context, comment, kind };
}

/** Quotes a value for a comment, so an empty or space-padded value stays visible. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
