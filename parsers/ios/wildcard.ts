import { IntervalSet } from '../../src/space/interval-set.js';

/**
 * The IPv4 addresses an ACL `A W` pair matches: every a with (a & ~W) == (A & ~W).
 *
 * W need not be contiguous (0.0.255.0 matches every x.y.*.0). The low run of one-bits of W
 * makes each matched block 2^t long; every other one-bit doubles the number of blocks. Up to
 * 2^MAX_SPREAD_BITS blocks are listed exactly. Beyond that (a subnet mask written by mistake
 * as a wildcard is the usual cause) the set is approximated: `superset` widens the low run
 * until few enough blocks remain (for permits: the model lets more through), `subset` pins the
 * highest scattered bits to their written value (for denies: the model blocks less).
 */
export const MAX_SPREAD_BITS = 12;

export interface WildcardSet {
  readonly set: IntervalSet<number>;
  /** False when the cap forced an approximation. */
  readonly exact: boolean;
}

export function wildcardSet(base: number, wildcard: number, mode: 'superset' | 'subset'): WildcardSet {
  let w = wildcard >>> 0;
  let exact = true;
  while (spreadBits(w) > MAX_SPREAD_BITS) {
    exact = false;
    if (mode === 'superset') w = (w | (lowRun(w) * 2 + 1)) >>> 0;
    else w = (w & ~highestBit((w & ~lowRun(w)) >>> 0)) >>> 0;
  }
  return { set: enumerate(base, w), exact };
}

/** The low run of one-bits of w as a mask (0b0111 for w = ...0111). */
function lowRun(w: number): number {
  // w + 1 clears the run and sets the bit above it; the run is what changed, minus that bit.
  const above = (w + 1) & ~w;
  return above === 0 ? 0xffffffff : (above - 1) >>> 0;
}

function spreadBits(w: number): number {
  return popcount((w & ~lowRun(w)) >>> 0);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v = (v & (v - 1)) >>> 0) n++;
  return n;
}

function highestBit(x: number): number {
  return x === 0 ? 0 : 2 ** Math.floor(Math.log2(x >>> 0));
}

function enumerate(base: number, w: number): IntervalSet<number> {
  const run = lowRun(w);
  const block = run === 0xffffffff ? 2 ** 32 : run + 1;
  const fixed = (base & ~w) >>> 0;
  const scattered: number[] = [];
  const spread = (w & ~run) >>> 0;
  // The common case: a contiguous wildcard is one block.
  if (spread === 0) return IntervalSet.range(fixed, fixed + block);
  for (let bit = 0; bit < 32; bit++) if (Math.floor(spread / 2 ** bit) % 2 === 1) scattered.push(2 ** bit);
  // Counting i upwards and giving its j-th bit the j-th scattered bit lists the blocks in
  // ascending order; each scattered bit is above the run, so blocks neither touch nor overlap.
  const bounds: number[] = [];
  const combos = 2 ** scattered.length;
  for (let i = 0; i < combos; i++) {
    let lo = fixed;
    for (let j = 0; j < scattered.length; j++) if ((i >> j) & 1) lo += scattered[j]!;
    bounds.push(lo, lo + block);
  }
  return IntervalSet.fromSortedBounds(bounds);
}
