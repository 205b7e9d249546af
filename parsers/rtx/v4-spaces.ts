import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';

/** [lo, hi] inclusive, the way RTX writes ranges, as an interval set. */
export const range = (lo: number, hiInclusive: number): IntervalSet<number> => IntervalSet.range(lo, hiInclusive + 1);
export const v4Space = (set: IntervalSet<number>): AddressSpace => new AddressSpace(set, IntervalSet.empty());
export const host = (a: number): AddressSpace => v4Space(range(a, a));
