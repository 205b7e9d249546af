/**
 * Escaping for Markdown as GitHub and most viewers render it. Every value a report prints
 * passes through here, because configs and inventories are written by others: a description
 * may hold `<script>`, `=HYPERLINK(…)`, pipes or backticks, and it must be shown as written,
 * never take effect.
 */

/** Characters that start emphasis, code, links, tables, strikethrough or a heading's end anywhere in a line. */
const INLINE_PUNCTUATION = /[\\`*_[\]|~#]/g;

/** Breaks of any kind: a value is one line of a paragraph, a list item or a table cell. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * A value as inline Markdown text. `&`, `<` and `>` become entities, since GitHub renders raw
 * HTML and entities (so `<script>` is shown as text, and `&lt;` written in a config stays
 * `&lt;`); the punctuation that formats is backslash-escaped; a line break becomes a space;
 * and a leading character that would make the line a list item, a quote, a setext heading
 * or a spreadsheet formula (`-`, `+`, `=`, `@`, `1.`) is escaped too.
 */
export function mdText(value: string): string {
  const text = value
    .replace(LINE_BREAKS, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_PUNCTUATION, (c) => `\\${c}`);
  // An ordered list needs a space after "1." (or the line's end): "10.30.0.0/16" stays as it is.
  return text.replace(/^[-+=@]/, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A value as a table cell: inline text, in which a pipe is already escaped and no line break is left. */
export function mdCell(value: string): string {
  return mdText(value);
}

/**
 * Lines shown verbatim in a fenced code block. The fence is a run of backticks longer than
 * any in the content, so no content line can close it, whatever a config holds; inside it
 * nothing is interpreted, so the lines are written as they are.
 */
export function mdFence(lines: readonly string[]): string[] {
  let longest = 0;
  for (const line of lines) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [fence, ...lines, fence];
}
