import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../src/space/box.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { covers, remainder } from '../../src/space/remainder.js';

/**
 * The oracle enumerates a small five-dimensional universe point by point: a point is in the
 * remainder exactly when some box holds it and no cutting box does. Cutting lists run past
 * the one-by-one limit (8), so the division runs, down to groups that are fully covered.
 */
const SIZE = [6, 6, 2, 2, 3] as const;
const DIMS = ['src', 'dst', 'proto', 'sport', 'dport'] as const;

const arbRange = (n: number) => fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n })).map(([lo, len]) => IntervalSet.range(lo, Math.min(n, lo + len)));
const arbBox: fc.Arbitrary<Box<number>> = fc.tuple(...SIZE.map(arbRange)).map(([src, dst, proto, sport, dport]) => ({ src: src!, dst: dst!, proto: proto!, sport: sport!, dport: dport! }));

function* points(): Generator<number[]> {
  for (let a = 0; a < SIZE[0]; a++) for (let b = 0; b < SIZE[1]; b++) for (let c = 0; c < SIZE[2]; c++) for (let d = 0; d < SIZE[3]; d++) for (let e = 0; e < SIZE[4]; e++) yield [a, b, c, d, e];
}

const holds = (box: Box<number>, p: readonly number[]) => DIMS.every((dim, k) => box[dim].contains(p[k]!));

describe('remainder and covers', () => {
  it('leave exactly the points of the boxes outside every cutting box', () => {
    fc.assert(
      fc.property(fc.array(arbBox, { minLength: 1, maxLength: 3 }), fc.array(arbBox, { minLength: 0, maxLength: 40 }), (boxes, cut) => {
        const left = remainder(boxes, cut);
        let uncovered = false;
        for (const p of points()) {
          const expected = boxes.some((b) => holds(b, p)) && !cut.some((c) => holds(c, p));
          expect(left.some((b) => holds(b, p))).toBe(expected);
          uncovered ||= expected;
        }
        expect(covers(cut, boxes)).toBe(!uncovered);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('see a box covered by many small pieces of it, and a single point left out of them', () => {
    const whole: Box<number> = { src: IntervalSet.range(0, 6), dst: IntervalSet.range(0, 6), proto: IntervalSet.range(0, 2), sport: IntervalSet.range(0, 2), dport: IntervalSet.range(0, 3) };
    const tiles = [...points()].map(([a, b, c, d, e]) => ({ src: IntervalSet.range(a!, a! + 1), dst: IntervalSet.range(b!, b! + 1), proto: IntervalSet.range(c!, c! + 1), sport: IntervalSet.range(d!, d! + 1), dport: IntervalSet.range(e!, e! + 1) }));
    expect(covers(tiles, [whole])).toBe(true);
    expect(remainder([whole], tiles)).toEqual([]);
    const missing = tiles.splice(100, 1)[0]!;
    expect(covers(tiles, [whole])).toBe(false);
    const left = remainder([whole], tiles);
    expect(left).toHaveLength(1);
    expect(DIMS.every((dim) => left[0]![dim].equals(missing[dim]))).toBe(true);
  });
});
