import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SPREAD_BITS, wildcardSet } from '../../../parsers/ios/wildcard.js';
import { v4 } from './helpers.js';

/** Brute-force membership, as IOS compares: the bits the wildcard clears must be equal. */
const matches = (base: number, wildcard: number, a: number) => ((a ^ base) & ~wildcard) >>> 0 === 0;

describe('wildcard masks', () => {
  it('turns contiguous wildcards into one block and ignores the host bits written', () => {
    const { set, exact } = wildcardSet(v4('10.1.2.3'), v4('0.0.0.255'), 'superset');
    expect(exact).toBe(true);
    expect([...set.ranges()]).toEqual([[v4('10.1.2.0'), v4('10.1.3.0')]]);
    expect([...wildcardSet(0, 0xffffffff, 'superset').set.ranges()]).toEqual([[0, 2 ** 32]]);
    expect([...wildcardSet(v4('10.0.0.7'), 0, 'subset').set.ranges()]).toEqual([[v4('10.0.0.7'), v4('10.0.0.8')]]);
  });

  it('lists non-contiguous wildcards exactly', () => {
    // 10.0.*.1: 256 single addresses.
    const { set, exact } = wildcardSet(v4('10.0.0.1'), v4('0.0.255.0'), 'superset');
    expect(exact).toBe(true);
    expect(set.rangeCount).toBe(256);
    expect(set.contains(v4('10.0.77.1'))).toBe(true);
    expect(set.contains(v4('10.0.77.2'))).toBe(false);
  });

  it('agrees with bitwise matching on random wildcards within the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 30 }), (base, raw, probes) => {
        // Keep at most MAX_SPREAD_BITS scattered bits: clear random high bits of the wildcard.
        let wildcard = raw >>> 0;
        while (popcount(wildcard) > MAX_SPREAD_BITS) wildcard = (wildcard & (wildcard - 1)) >>> 0;
        const { set, exact } = wildcardSet(base, wildcard, 'superset');
        expect(exact).toBe(true);
        for (const a of [...probes, base, (base | wildcard) >>> 0, (base & ~wildcard) >>> 0]) expect(set.contains(a)).toBe(matches(base, wildcard, a));
      }),
      { numRuns: 150 },
    );
  });

  it('approximates beyond the cap: a superset for permits, a subset for denies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 40 }), (base, probes) => {
        // A netmask written as a wildcard: 24 scattered bits.
        const wildcard = v4('255.255.255.0');
        const wide = wildcardSet(base, wildcard, 'superset');
        const narrow = wildcardSet(base, wildcard, 'subset');
        expect(wide.exact).toBe(false);
        expect(narrow.exact).toBe(false);
        expect(wide.set.rangeCount).toBeLessThanOrEqual(2 ** MAX_SPREAD_BITS);
        expect(narrow.set.rangeCount).toBeLessThanOrEqual(2 ** MAX_SPREAD_BITS);
        for (const a of [...probes, base]) {
          if (matches(base, wildcard, a)) expect(wide.set.contains(a)).toBe(true);
          if (narrow.set.contains(a)) expect(matches(base, wildcard, a)).toBe(true);
        }
        expect(narrow.set.contains(base)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v = (v & (v - 1)) >>> 0) n++;
  return n;
}
