import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { IpRange } from './fortios-values.js';

/**
 * The union of many address spaces in one sort, rather than one pairwise union per member:
 * groups with thousands of members would otherwise cost quadratic time.
 */
export function unionSpaces(spaces: readonly AddressSpace[]): AddressSpace {
  if (spaces.length === 0) return AddressSpace.EMPTY;
  if (spaces.length === 1) return spaces[0]!;
  if (spaces.length === 2) return spaces[0]!.union(spaces[1]!);
  const v4: Array<readonly [number, number]> = [];
  const v6: Array<readonly [bigint, bigint]> = [];
  for (const s of spaces) {
    for (const r of s.v4.ranges()) v4.push(r);
    for (const r of s.v6.ranges()) v6.push(r);
  }
  return new AddressSpace(IntervalSet.fromRanges(v4), IntervalSet.fromRanges(v6));
}

export function spaceOfRanges(ranges: readonly IpRange[]): AddressSpace {
  return unionSpaces(ranges.map((r) => AddressSpace.fromRange(r.start, r.end)));
}

/** The part of `space` in one family. */
export function onlyFamily(space: AddressSpace, family: 4 | 6): AddressSpace {
  return family === 4 ? new AddressSpace(space.v4, IntervalSet.empty()) : new AddressSpace(IntervalSet.empty(), space.v6);
}

/** Every address of the family that is not in `space`: FortiOS address negation. */
export function complementIn(space: AddressSpace, family: 4 | 6): AddressSpace {
  return (family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6).subtract(space);
}
