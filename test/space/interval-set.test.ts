import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalSet } from '../../src/space/interval-set.js';

const UNIVERSE = 40;

/** A random set over [0, 40) as ranges, and the same set as explicit members. */
const arbSet = fc.array(fc.tuple(fc.integer({ min: 0, max: UNIVERSE }), fc.integer({ min: 0, max: 8 })), { maxLength: 6 }).map((pairs) => {
  const ranges = pairs.map(([lo, len]) => [lo, Math.min(UNIVERSE, lo + len)] as const);
  const members = new Set<number>();
  for (const [lo, hi] of ranges) for (let x = lo; x < hi; x++) members.add(x);
  return { set: IntervalSet.fromRanges(ranges), members };
});

function membersOf(set: IntervalSet<number>): Set<number> {
  const out = new Set<number>();
  for (let x = 0; x < UNIVERSE; x++) if (set.contains(x)) out.add(x);
  return out;
}

function isNormalized(set: IntervalSet<number>): boolean {
  const b = set.bounds;
  for (let i = 0; i + 1 < b.length; i++) if (!(b[i]! < b[i + 1]!)) return false;
  return b.length % 2 === 0;
}

describe('IntervalSet against explicit member sets', () => {
  it('builds exactly the members of its ranges, normalized', () => {
    fc.assert(
      fc.property(arbSet, ({ set, members }) => {
        expect(membersOf(set)).toEqual(members);
        expect(isNormalized(set)).toBe(true);
      }),
    );
  });

  it('union, intersection and difference agree with boolean membership', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const union = a.set.union(b.set);
        const inter = a.set.intersect(b.set);
        const diff = a.set.subtract(b.set);
        for (let x = 0; x < UNIVERSE; x++) {
          const inA = a.members.has(x);
          const inB = b.members.has(x);
          expect(union.contains(x)).toBe(inA || inB);
          expect(inter.contains(x)).toBe(inA && inB);
          expect(diff.contains(x)).toBe(inA && !inB);
        }
        for (const s of [union, inter, diff]) expect(isNormalized(s)).toBe(true);
        expect(a.set.overlaps(b.set)).toBe(!inter.isEmpty());
        expect(a.set.isSubsetOf(b.set)).toBe([...a.members].every((x) => b.members.has(x)));
        expect(a.set.equals(b.set)).toBe(a.members.size === b.members.size && [...a.members].every((x) => b.members.has(x)));
      }),
    );
  });

  it('works the same over bigint, as IPv6 addresses need', () => {
    const big = IntervalSet.fromRanges<bigint>([
      [0n, 5n],
      [3n, 9n],
      [20n, 21n],
    ]);
    expect([...big.ranges()]).toEqual([
      [0n, 9n],
      [20n, 21n],
    ]);
    expect(big.subtract(IntervalSet.range(4n, 6n)).contains(5n)).toBe(false);
    expect(big.subtract(IntervalSet.range(4n, 6n)).contains(6n)).toBe(true);
  });
});
