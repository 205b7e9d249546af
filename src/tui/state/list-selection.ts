/**
 * Moves a list selection by `delta` rows, staying inside the list: pressing ↓ on the last row,
 * or PgDn near the end, lands on the last row rather than wrapping round, so a held key never
 * sends the reader back to the top unawares. An empty list selects row 0.
 */
export function moveSelection(selected: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return clamp(selected + delta, 0, count - 1);
}

/** The value kept between min and max; when max is below min (an empty range), min. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
