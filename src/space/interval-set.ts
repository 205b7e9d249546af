/**
 * A set of integers stored as sorted, disjoint, non-adjacent half-open ranges [lo, hi).
 *
 * Half-open ranges let every operation work by comparison alone, so the same code serves
 * IPv4 addresses and ports (number) and IPv6 addresses (bigint). Instances are immutable;
 * every operation returns a new set and never mutates its inputs.
 */
export type Scalar = number | bigint;

/** The boundaries of every empty set, shared. */
const NO_BOUNDS: readonly never[] = [];

export class IntervalSet<T extends Scalar> {
  /** Boundaries [lo0, hi0, lo1, hi1, ...]; each pair is one range [lo, hi). */
  readonly bounds: readonly T[];

  private constructor(bounds: readonly T[]) {
    // A copy has exactly the length it needs: arrays grown by push keep spare capacity, and
    // an audit holds hundreds of thousands of these sets.
    this.bounds = bounds.length === 0 ? NO_BOUNDS : bounds.slice();
  }

  private cachedHash: number | undefined;

  /**
   * A 32-bit hash of the boundaries, computed once. Compaction groups boxes by it many times
   * over, and boxes share their interval sets, so the cache pays for itself. Equal sets have
   * equal hashes; unequal sets may collide, so users confirm with `equals`.
   */
  get hash(): number {
    if (this.cachedHash === undefined) {
      // FNV-1a over 32-bit words: one or two per number (ports, IPv4 up to 2^32), four per bigint.
      let h = 0x811c9dc5;
      const mix = (word: number) => {
        h = Math.imul(h ^ word, 0x01000193);
      };
      for (const b of this.bounds) {
        if (typeof b === 'bigint') for (let shift = 0n; shift < 128n; shift += 32n) mix(Number(BigInt.asUintN(32, b >> shift)));
        else {
          mix(b | 0);
          mix(Math.floor(b / 2 ** 32));
        }
      }
      this.cachedHash = h >>> 0;
    }
    return this.cachedHash;
  }

  /** Wraps boundaries that are already sorted, disjoint and non-adjacent. */
  static fromSortedBounds<T extends Scalar>(bounds: readonly T[]): IntervalSet<T> {
    return new IntervalSet(bounds);
  }

  static empty<T extends Scalar>(): IntervalSet<T> {
    return new IntervalSet<T>([]);
  }

  /** The range [lo, hiExclusive); empty when hiExclusive <= lo. */
  static range<T extends Scalar>(lo: T, hiExclusive: T): IntervalSet<T> {
    return lo < hiExclusive ? new IntervalSet([lo, hiExclusive]) : new IntervalSet<T>([]);
  }

  /** Builds a set from ranges in any order, overlapping or adjacent. */
  static fromRanges<T extends Scalar>(ranges: ReadonlyArray<readonly [T, T]>): IntervalSet<T> {
    const sorted = ranges.filter(([lo, hi]) => lo < hi).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: T[] = [];
    for (const [lo, hi] of sorted) {
      const last = out.length - 1;
      if (last > 0 && lo <= out[last]!) {
        if (hi > out[last]!) out[last] = hi;
      } else {
        out.push(lo, hi);
      }
    }
    return new IntervalSet(out);
  }

  isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  /** Number of ranges, not of elements. */
  get rangeCount(): number {
    return this.bounds.length / 2;
  }

  /** The smallest element; undefined when empty. */
  min(): T | undefined {
    return this.bounds[0];
  }

  /** Each range as [lo, hiExclusive]. */
  *ranges(): IterableIterator<readonly [T, T]> {
    const b = this.bounds;
    for (let i = 0; i < b.length; i += 2) yield [b[i]!, b[i + 1]!];
  }

  contains(x: T): boolean {
    const b = this.bounds;
    // Binary search for the last lower bound <= x.
    let lo = 0;
    let hi = b.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (b[2 * mid]! <= x) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && x < b[2 * hi + 1]!;
  }

  equals(other: IntervalSet<T>): boolean {
    if (this === other) return true;
    const a = this.bounds;
    const b = other.bounds;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  union(other: IntervalSet<T>): IntervalSet<T> {
    if (other.isEmpty() || this === other) return this;
    if (this.isEmpty()) return other;
    return combine(this.bounds, other.bounds, (x, y) => x || y);
  }

  intersect(other: IntervalSet<T>): IntervalSet<T> {
    if (this === other) return this;
    if (this.isEmpty() || other.isEmpty()) return IntervalSet.empty();
    return combine(this.bounds, other.bounds, (x, y) => x && y);
  }

  subtract(other: IntervalSet<T>): IntervalSet<T> {
    if (this.isEmpty() || other.isEmpty()) return this;
    if (this === other) return IntervalSet.empty();
    return combine(this.bounds, other.bounds, (x, y) => x && !y);
  }

  /** True when the two sets share at least one element, without building the intersection. */
  overlaps(other: IntervalSet<T>): boolean {
    const a = this.bounds;
    const b = other.bounds;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if (a[i + 1]! <= b[j]!) i += 2;
      else if (b[j + 1]! <= a[i]!) j += 2;
      else return true;
    }
    return false;
  }

  isSubsetOf(other: IntervalSet<T>): boolean {
    const a = this.bounds;
    const b = other.bounds;
    let j = 0;
    for (let i = 0; i < a.length; i += 2) {
      while (j < b.length && b[j + 1]! <= a[i]!) j += 2;
      if (j >= b.length || b[j]! > a[i]! || b[j + 1]! < a[i + 1]!) return false;
    }
    return true;
  }

  toString(): string {
    return [...this.ranges()].map(([lo, hi]) => `[${lo},${hi})`).join(' ');
  }
}

/**
 * Sweeps the boundaries of two sets and keeps the stretches where `keep(inA, inB)` holds.
 * Adjacent kept stretches are merged, so the result is normalized.
 */
function combine<T extends Scalar>(
  a: readonly T[],
  b: readonly T[],
  keep: (inA: boolean, inB: boolean) => boolean,
): IntervalSet<T> {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  let inA = false;
  let inB = false;
  let inOut = false;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : undefined;
    const y = j < b.length ? b[j]! : undefined;
    let point: T;
    if (y === undefined || (x !== undefined && x < y)) {
      point = x!;
      inA = !inA;
      i++;
    } else if (x === undefined || y < x) {
      point = y;
      inB = !inB;
      j++;
    } else {
      point = x;
      inA = !inA;
      inB = !inB;
      i++;
      j++;
    }
    const now = keep(inA, inB);
    if (now !== inOut) {
      // Close-then-reopen at the same point means the ranges touch: merge them.
      if (now && out.length > 0 && out[out.length - 1] === point) out.pop();
      else out.push(point);
      inOut = now;
    }
  }
  return IntervalSet.fromSortedBounds(out);
}
