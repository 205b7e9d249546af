import { mdCell } from './escape-markdown.js';

/** Alignment of a column. */
export type MdAlign = 'left' | 'right' | 'center';

/**
 * A GitHub-flavoured Markdown table. Every cell, headers included, is escaped here, so a
 * caller passes plain values and a pipe in a value never adds a column.
 */
export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly MdAlign[] = []): string[] {
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
  const line = (cells: readonly string[]) => `| ${header.map((_, i) => mdCell(cells[i] ?? '')).join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}
