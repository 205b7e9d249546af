import { IntervalSet, type Scalar } from './interval-set.js';

/**
 * A product of five integer sets: every combination of a source, destination, protocol,
 * source port and destination port in the box is in the set. A firewall rule whose source
 * is a group of ten subnets and whose service is a group of three ports is one box.
 *
 * For ICMP (protocols 1 and 58) the port fields carry the ICMP code (sport) and type
 * (dport), so that ICMP types stay exact without a sixth dimension.
 */
export interface Box<A extends Scalar> {
  readonly src: IntervalSet<A>;
  readonly dst: IntervalSet<A>;
  readonly proto: IntervalSet<number>;
  readonly sport: IntervalSet<number>;
  readonly dport: IntervalSet<number>;
}

export type Dimension = keyof Box<number>;

/** Order in which boxes are split when subtracting: the most selective field first. */
export const DIMENSIONS: readonly Dimension[] = ['dst', 'src', 'dport', 'proto', 'sport'];

/** The intersection of two boxes, or undefined when they share no packet. */
export function intersectBoxes<A extends Scalar>(a: Box<A>, b: Box<A>): Box<A> | undefined {
  const dst = a.dst.intersect(b.dst);
  if (dst.isEmpty()) return undefined;
  const src = a.src.intersect(b.src);
  if (src.isEmpty()) return undefined;
  const dport = a.dport.intersect(b.dport);
  if (dport.isEmpty()) return undefined;
  const proto = a.proto.intersect(b.proto);
  if (proto.isEmpty()) return undefined;
  const sport = a.sport.intersect(b.sport);
  if (sport.isEmpty()) return undefined;
  return { src, dst, proto, sport, dport };
}

export function boxesOverlap<A extends Scalar>(a: Box<A>, b: Box<A>): boolean {
  return (
    a.dst.overlaps(b.dst) && a.src.overlaps(b.src) && a.dport.overlaps(b.dport) && a.proto.overlaps(b.proto) && a.sport.overlaps(b.sport)
  );
}

export function boxIsSubset<A extends Scalar>(a: Box<A>, b: Box<A>): boolean {
  return (
    a.dst.isSubsetOf(b.dst) &&
    a.src.isSubsetOf(b.src) &&
    a.dport.isSubsetOf(b.dport) &&
    a.proto.isSubsetOf(b.proto) &&
    a.sport.isSubsetOf(b.sport)
  );
}

/**
 * a \ b as at most five disjoint boxes. Piece k keeps a's values outside b on dimension k,
 * and the shared values on the dimensions before it, so no packet is in two pieces.
 */
export function subtractBox<A extends Scalar>(a: Box<A>, b: Box<A>): Array<Box<A>> {
  if (!boxesOverlap(a, b)) return [a];
  // Written out in DIMENSIONS order (dst, src, dport, proto, sport) rather than looped with
  // computed keys: every piece is one object literal of one shape, built without spreading.
  const pieces: Array<Box<A>> = [];
  const { src, dst, proto, sport, dport } = a;
  const dstOut = dst.subtract(b.dst);
  if (!dstOut.isEmpty()) pieces.push({ src, dst: dstOut, proto, sport, dport });
  const dstIn = dst.intersect(b.dst);
  const srcOut = src.subtract(b.src);
  if (!srcOut.isEmpty()) pieces.push({ src: srcOut, dst: dstIn, proto, sport, dport });
  const srcIn = src.intersect(b.src);
  const dportOut = dport.subtract(b.dport);
  if (!dportOut.isEmpty()) pieces.push({ src: srcIn, dst: dstIn, proto, sport, dport: dportOut });
  const dportIn = dport.intersect(b.dport);
  const protoOut = proto.subtract(b.proto);
  if (!protoOut.isEmpty()) pieces.push({ src: srcIn, dst: dstIn, proto: protoOut, sport, dport: dportIn });
  const protoIn = proto.intersect(b.proto);
  const sportOut = sport.subtract(b.sport);
  if (!sportOut.isEmpty()) pieces.push({ src: srcIn, dst: dstIn, proto: protoIn, sport: sportOut, dport: dportIn });
  return pieces;
}

/**
 * `box` with dimension `dim` replaced by `values`. One object literal per dimension instead of
 * a spread with a computed key: boxes are made by the million, and a literal is built fastest
 * and keeps every box one shape.
 */
export function withDimension<A extends Scalar>(box: Box<A>, dim: Dimension, values: IntervalSet<Scalar>): Box<A> {
  const { src, dst, proto, sport, dport } = box;
  switch (dim) {
    case 'src':
      return { src: values as IntervalSet<A>, dst, proto, sport, dport };
    case 'dst':
      return { src, dst: values as IntervalSet<A>, proto, sport, dport };
    case 'proto':
      return { src, dst, proto: values as IntervalSet<number>, sport, dport };
    case 'sport':
      return { src, dst, proto, sport: values as IntervalSet<number>, dport };
    case 'dport':
      return { src, dst, proto, sport, dport: values as IntervalSet<number> };
  }
}

/**
 * A 32-bit key of every dimension but `except`, mixed from the interval sets' hashes, to find
 * boxes that differ in one dimension only. Equal boxes get equal keys; unequal ones may
 * collide, so confirm with `sameWithout`. A number, not a string: no text is built per box.
 */
export function keyWithout<A extends Scalar>(box: Box<A>, except: Dimension): number {
  let key = 0x811c9dc5;
  for (const dim of DIMENSIONS) if (dim !== except) key = Math.imul(key ^ box[dim].hash, 0x01000193);
  return key >>> 0;
}

/** Whether two boxes are equal on every dimension but `except`. */
export function sameWithout<A extends Scalar>(a: Box<A>, b: Box<A>, except: Dimension): boolean {
  for (const dim of DIMENSIONS) if (dim !== except && !(a[dim] as IntervalSet<Scalar>).equals(b[dim] as IntervalSet<Scalar>)) return false;
  return true;
}

/**
 * [lowest, highest + 1) of one address field over IPv4 boxes: the smallest range holding them
 * all, as plain numbers for quick overlap tests. [Infinity, -Infinity] when there is none.
 */
export function addressHull(boxes: ReadonlyArray<Box<number>>, field: 'src' | 'dst'): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const b of boxes) {
    const bounds = b[field].bounds;
    if (bounds.length === 0) continue;
    lo = Math.min(lo, bounds[0]!);
    hi = Math.max(hi, bounds[bounds.length - 1]!);
  }
  return [lo, hi];
}
