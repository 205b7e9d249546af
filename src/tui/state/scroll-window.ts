import { clamp } from './list-selection.js';

/**
 * The first row to show of a list of `count` rows in a window of `height`, so that the
 * selected row is visible. It starts from the previous offset and moves only as far as
 * needed: the window stays put while the selection moves inside it, and follows it row by
 * row past either edge, as in a file manager. After a resize or a filter it is clamped, so
 * the window is never scrolled past the end of the list.
 */
export function scrollOffset(previous: number, selected: number, count: number, height: number): number {
  if (height <= 0 || count <= height) return 0;
  let offset = clamp(previous, 0, count - height);
  if (selected < offset) offset = selected;
  if (selected >= offset + height) offset = selected - height + 1;
  return clamp(offset, 0, count - height);
}

/** A scroll position moved by `delta` lines and kept between the top and `max` (the last full page). */
export function scrollBy(scroll: number, delta: number, max: number): number {
  return clamp(scroll + delta, 0, Math.max(0, max));
}

/**
 * The last useful scroll position of `total` lines in a window of `height`. When the text
 * overflows, the window keeps its last row for a position indicator, so one line less is text.
 */
export function lastScroll(total: number, height: number): number {
  return total <= height ? 0 : total - Math.max(1, height - 1);
}
