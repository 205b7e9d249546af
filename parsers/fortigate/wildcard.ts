import { IntervalSet } from '../../src/space/interval-set.js';

/** Most ranges one wildcard address expands to; beyond this the set is widened. */
export const WILDCARD_RANGE_LIMIT = 65536;
const LIMIT_BITS = Math.log2(WILDCARD_RANGE_LIMIT);

export interface WildcardExpansion {
  readonly set: IntervalSet<number>;
  /** True when the exact set needed more ranges and was widened to a superset. */
  readonly widened: boolean;
  /** Ranges the exact set has (2^free bits), for the warning. */
  readonly exactRanges: number;
}

/**
 * The addresses a FortiOS wildcard address matches: those equal to `base` on every bit where
 * `mask` is 1 (FortiOS wildcard masks mark the bits that must match, like a netmask that need
 * not be contiguous).
 *
 * The don't-care bits below the lowest must-match bit form blocks of 2^t addresses; every other
 * don't-care bit doubles the number of blocks. With more than 16 such bits, the lowest ones are
 * treated as don't-care too, which widens the set to a superset of at most 65536 ranges.
 */
export function expandWildcard(base: number, mask: number): WildcardExpansion {
  let trailing = 0;
  while (trailing < 32 && bitOf(mask, trailing) === 0) trailing++;
  let free: number[] = [];
  for (let pos = trailing; pos < 32; pos++) if (bitOf(mask, pos) === 0) free.push(pos);
  const exactRanges = 2 ** free.length;
  let widened = false;
  if (free.length > LIMIT_BITS) {
    // Every bit up to the 17th-highest free bit becomes don't-care: 16 free bits remain above.
    const cut = free[free.length - LIMIT_BITS - 1]!;
    trailing = cut + 1;
    free = free.slice(free.length - LIMIT_BITS);
    widened = true;
  }
  let fixed = 0;
  for (let pos = trailing; pos < 32; pos++) if (bitOf(mask, pos) === 1 && bitOf(base, pos) === 1) fixed += 2 ** pos;
  const block = 2 ** trailing;
  const count = 2 ** free.length;
  const bounds: number[] = [];
  for (let i = 0; i < count; i++) {
    let value = fixed;
    for (let j = 0; j < free.length; j++) if ((i >>> j) & 1) value += 2 ** free[j]!;
    // Free bits map to positions in increasing order, so the values come out sorted; after
    // widening, a free bit right above the block size makes neighbours touch, so merge them.
    if (bounds.length > 0 && bounds[bounds.length - 1] === value) bounds[bounds.length - 1] = value + block;
    else bounds.push(value, value + block);
  }
  return { set: IntervalSet.fromSortedBounds(bounds), widened, exactRanges };
}

function bitOf(value: number, pos: number): number {
  return Math.floor(value / 2 ** pos) % 2;
}
