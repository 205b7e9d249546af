import { IntervalSet } from '../../src/space/interval-set.js';

/** Most ranges one wildcard address expands to; beyond, the set is widened (and warned). */
const RANGE_LIMIT_BITS = 12;

/**
 * The addresses a Junos `wildcard-address A/M` matches: equal to A on every bit where M is 1
 * (the mask need not be contiguous). Don't-care bits below the lowest care bit make blocks;
 * each other don't-care bit doubles the number of blocks. Past 2^12 blocks the lowest care
 * bits are dropped, which widens the set to a superset (`widened`).
 */
export function expandWildcard(base: number, mask: number): { set: IntervalSet<number>; widened: boolean } {
  const bit = (v: number, pos: number) => Math.floor(v / 2 ** pos) % 2;
  let trailing = 0;
  while (trailing < 32 && bit(mask, trailing) === 0) trailing++;
  let free: number[] = [];
  for (let pos = trailing; pos < 32; pos++) if (bit(mask, pos) === 0) free.push(pos);
  let widened = false;
  if (free.length > RANGE_LIMIT_BITS) {
    const cut = free[free.length - RANGE_LIMIT_BITS - 1]!;
    trailing = cut + 1;
    free = free.slice(free.length - RANGE_LIMIT_BITS);
    widened = true;
  }
  let fixed = 0;
  for (let pos = trailing; pos < 32; pos++) if (bit(mask, pos) === 1 && bit(base, pos) === 1) fixed += 2 ** pos;
  const block = 2 ** trailing;
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < 2 ** free.length; i++) {
    let value = fixed;
    for (let j = 0; j < free.length; j++) if ((i >>> j) & 1) value += 2 ** free[j]!;
    ranges.push([value, value + block]);
  }
  return { set: IntervalSet.fromRanges(ranges), widened };
}
