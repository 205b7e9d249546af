/**
 * Binary searches over ascending values: how many come before a value. Rule indexes and the
 * address-ownership table both find where a value falls among sorted range starts.
 */

/** How many of the ascending `values` are below `value`: the first index holding `value` or more. */
export function countBelow<T extends number | bigint>(values: readonly T[], value: T): number {
  return countUpTo(values, value, false);
}

/** How many of the ascending `values` are at or below `value`: the last of them is the greatest start not above it. */
export function countAtOrBelow<T extends number | bigint>(values: readonly T[], value: T): number {
  return countUpTo(values, value, true);
}

function countUpTo<T extends number | bigint>(values: readonly T[], value: T, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v < value || (orEqual && v === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
