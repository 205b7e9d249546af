import { graphemes, textWidth } from './graphemes.js';

/** Marks text cut short. One column wide in every terminal sansou targets. */
export const ELLIPSIS = '…';

/**
 * The text cut to at most `width` terminal columns, ending in an ellipsis when anything was
 * cut. Widths come from string-width, so a Japanese character counts two columns and is never
 * split: when only one column is left before a wide character, the ellipsis takes it.
 */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > width - 1) break;
    out += g.text;
    used += g.width;
  }
  return out + ELLIPSIS;
}

/** Truncated, then padded with spaces to exactly `width` columns: one table cell. */
export function fitToWidth(text: string, width: number): string {
  const cut = truncateToWidth(text, width);
  return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}
