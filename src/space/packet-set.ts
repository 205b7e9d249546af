import { AddressSpace } from './address-space.js';
import { type Box, DIMENSIONS, boxIsSubset, boxesOverlap, intersectBoxes, keyWithout, sameWithout, subtractBox, withDimension } from './box.js';
import { IntervalSet, type Scalar } from './interval-set.js';
import type { Packet } from './packet.js';
import { ServiceSet } from './service-set.js';

/** The box list of every empty family, shared. */
const NO_BOXES: readonly never[] = [];

/**
 * An exact set of packet headers (source, destination, protocol, ports), as a union of
 * boxes per address family. Every operation is exact: no sampling, no approximation.
 * Boxes may overlap; emptiness, membership and the set operations do not depend on it.
 */
export class PacketSet {
  readonly v4: ReadonlyArray<Box<number>>;
  readonly v6: ReadonlyArray<Box<bigint>>;

  constructor(v4: ReadonlyArray<Box<number>>, v6: ReadonlyArray<Box<bigint>>) {
    // Exact-length copies, as for interval sets: push-grown lists keep spare capacity.
    this.v4 = v4.length === 0 ? NO_BOXES : v4.slice();
    this.v6 = v6.length === 0 ? NO_BOXES : v6.slice();
  }

  static readonly EMPTY = new PacketSet([], []);
  static readonly ANY = PacketSet.of(AddressSpace.ANY, AddressSpace.ANY);

  /** Every packet from `src` to `dst` (same family) using one of `services`. */
  static of(src: AddressSpace, dst: AddressSpace, services: ServiceSet = ServiceSet.ANY): PacketSet {
    const v4: Array<Box<number>> = [];
    const v6: Array<Box<bigint>> = [];
    if (!src.v4.isEmpty() && !dst.v4.isEmpty()) {
      for (const s of services.boxes) v4.push({ src: src.v4, dst: dst.v4, ...s });
    }
    if (!src.v6.isEmpty() && !dst.v6.isEmpty()) {
      for (const s of services.boxes) v6.push({ src: src.v6, dst: dst.v6, ...s });
    }
    return new PacketSet(compact(v4), compact(v6));
  }

  /** The single packet `packet`. */
  static ofPacket(packet: Packet): PacketSet {
    const port = (p: number) => IntervalSet.range(p, p + 1);
    const services = new ServiceSet([{ proto: port(packet.protocol), sport: port(packet.srcPort), dport: port(packet.dstPort) }]);
    return PacketSet.of(AddressSpace.fromAddress(packet.src), AddressSpace.fromAddress(packet.dst), services);
  }

  static unionAll(sets: Iterable<PacketSet>): PacketSet {
    const v4: Array<Box<number>> = [];
    const v6: Array<Box<bigint>> = [];
    for (const s of sets) {
      v4.push(...s.v4);
      v6.push(...s.v6);
    }
    return new PacketSet(compact(v4), compact(v6));
  }

  isEmpty(): boolean {
    return this.v4.length === 0 && this.v6.length === 0;
  }

  /** Number of boxes; a measure of the representation's size, not of the set's. */
  get boxCount(): number {
    return this.v4.length + this.v6.length;
  }

  union(other: PacketSet): PacketSet {
    if (other.isEmpty()) return this;
    if (this.isEmpty()) return other;
    return new PacketSet(compact([...this.v4, ...other.v4]), compact([...this.v6, ...other.v6]));
  }

  intersect(other: PacketSet): PacketSet {
    return new PacketSet(intersectLists(this.v4, other.v4), intersectLists(this.v6, other.v6));
  }

  subtract(other: PacketSet): PacketSet {
    if (this.isEmpty() || other.isEmpty()) return this;
    return new PacketSet(subtractLists(this.v4, other.v4), subtractLists(this.v6, other.v6));
  }

  overlaps(other: PacketSet): boolean {
    return listsOverlap(this.v4, other.v4) || listsOverlap(this.v6, other.v6);
  }

  isSubsetOf(other: PacketSet): boolean {
    // Most subset tests that fail do so at a corner: one lookup instead of a subtraction.
    if (escapesAtCorner(this, [other])) return false;
    // Most that hold do so box by box (every set is within ANY's one box per family): a few
    // comparisons instead of a subtraction.
    if (boxesWithin(this.v4, other.v4) && boxesWithin(this.v6, other.v6)) return true;
    return this.subtract(other).isEmpty();
  }

  equals(other: PacketSet): boolean {
    return this.isSubsetOf(other) && other.isSubsetOf(this);
  }

  contains(packet: Packet): boolean {
    if (packet.src.family === 4 && packet.dst.family === 4) {
      const { value: s } = packet.src;
      const { value: d } = packet.dst;
      return this.v4.some((b) => boxContains(b, s, d, packet));
    }
    if (packet.src.family === 6 && packet.dst.family === 6) {
      const { value: s } = packet.src;
      const { value: d } = packet.dst;
      return this.v6.some((b) => boxContains(b, s, d, packet));
    }
    return false;
  }

  /** Packets of this set whose source is in `space`. */
  restrictSrc(space: AddressSpace): PacketSet {
    return new PacketSet(restrictField(this.v4, 'src', space.v4), restrictField(this.v6, 'src', space.v6));
  }

  /** Packets of this set whose destination is in `space`. */
  restrictDst(space: AddressSpace): PacketSet {
    return new PacketSet(restrictField(this.v4, 'dst', space.v4), restrictField(this.v6, 'dst', space.v6));
  }

  /** Every source address some packet of the set has. */
  srcSpace(): AddressSpace {
    return new AddressSpace(unionField(this.v4, 'src'), unionField(this.v6, 'src'));
  }

  /** Every destination address some packet of the set has. */
  dstSpace(): AddressSpace {
    return new AddressSpace(unionField(this.v4, 'dst'), unionField(this.v6, 'dst'));
  }
}

function boxContains<A extends Scalar>(b: Box<A>, src: A, dst: A, p: Packet): boolean {
  return (
    b.src.contains(src) && b.dst.contains(dst) && b.proto.contains(p.protocol) && b.sport.contains(p.srcPort) && b.dport.contains(p.dstPort)
  );
}

/**
 * Whether the lowest packet of the set's first box in either family lies in none of `sets`:
 * proof, without a subtraction, that the set is not within their union. False says nothing
 * either way.
 */
export function escapesAtCorner(set: PacketSet, sets: readonly PacketSet[]): boolean {
  const v4 = set.v4[0];
  if (v4 && hasCorner(v4) && !sets.some((s) => s.v4.some((b) => holdsLowCorner(b, v4)))) return true;
  const v6 = set.v6[0];
  return v6 !== undefined && hasCorner(v6) && !sets.some((s) => s.v6.some((b) => holdsLowCorner(b, v6)));
}

/** Whether the box holds a packet at all: a box with an empty dimension has no lowest packet. */
function hasCorner<A extends Scalar>(box: Box<A>): boolean {
  return DIMENSIONS.every((dim) => !box[dim].isEmpty());
}

/**
 * Whether `b` holds the lowest packet of `a` (the smallest value on every dimension). A box
 * with an empty dimension has no packets; it counts as held, so that nothing is rejected on it.
 */
function holdsLowCorner<A extends Scalar>(b: Box<A>, a: Box<A>): boolean {
  return DIMENSIONS.every((dim) => {
    const lowest = (a[dim] as IntervalSet<Scalar>).bounds[0];
    return lowest === undefined || (b[dim] as IntervalSet<Scalar>).contains(lowest);
  });
}

export function intersectLists<A extends Scalar>(a: ReadonlyArray<Box<A>>, b: ReadonlyArray<Box<A>>): Array<Box<A>> {
  const out: Array<Box<A>> = [];
  for (const x of a) {
    for (const y of b) {
      const z = intersectBoxes(x, y);
      if (z) out.push(z);
    }
  }
  return compact(out);
}

function subtractLists<A extends Scalar>(a: ReadonlyArray<Box<A>>, b: ReadonlyArray<Box<A>>): Array<Box<A>> {
  if (b.length === 0) return a.slice();
  // Boxes no subtrahend touches stay as they are; only the pieces of cut boxes are compacted
  // (among themselves), so a long rule list does not recompact the whole remainder each time.
  const untouched: Array<Box<A>> = [];
  const cut: Array<Box<A>> = [];
  for (const x of a) {
    if (!b.some((y) => boxesOverlap(x, y))) {
      untouched.push(x);
      continue;
    }
    cut.push(...subtractBoxes([x], b));
  }
  if (cut.length === 0) return untouched;
  return untouched.length === 0 ? compact(cut) : [...untouched, ...compact(cut)];
}

/** Every piece of `boxes` outside all of `cut`, not compacted. */
export function subtractBoxes<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, cut: ReadonlyArray<Box<A>>): Array<Box<A>> {
  let pieces = boxes.slice();
  for (const y of cut) {
    if (pieces.length === 0) break;
    const next: Array<Box<A>> = [];
    for (const p of pieces) {
      if (boxesOverlap(p, y)) next.push(...subtractBox(p, y));
      else next.push(p);
    }
    pieces = next;
  }
  return pieces;
}

function listsOverlap<A extends Scalar>(a: ReadonlyArray<Box<A>>, b: ReadonlyArray<Box<A>>): boolean {
  // Plain loops: the most frequent test of the analysis allocates nothing.
  for (const x of a) for (const y of b) if (boxesOverlap(x, y)) return true;
  return false;
}

function restrictField<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, field: 'src' | 'dst', space: IntervalSet<A>): Array<Box<A>> {
  const out: Array<Box<A>> = [];
  for (const b of boxes) {
    const v = b[field].intersect(space);
    if (!v.isEmpty()) out.push(withDimension(b, field, v));
  }
  return out;
}

function unionField<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, field: 'src' | 'dst'): IntervalSet<A> {
  let out = IntervalSet.empty<A>();
  for (const b of boxes) out = out.union(b[field]);
  return out;
}

/** Above this many boxes, skip the quadratic subsumption pass; merging stays linear. */
const SUBSUMPTION_LIMIT = 96;

/**
 * Keeps the representation small: boxes equal on four dimensions are merged on the fifth,
 * and (for short lists) boxes inside another box are dropped. The set denoted is unchanged.
 */
export function compact<A extends Scalar>(boxes: Array<Box<A>>): Array<Box<A>> {
  if (boxes.length < 2) return boxes;
  let current = boxes;
  for (let pass = 0; pass < 3; pass++) {
    const before = current.length;
    for (const dim of DIMENSIONS) current = mergeOn(current, dim);
    if (current.length === before || current.length < 2) break;
  }
  if (current.length <= SUBSUMPTION_LIMIT) current = dropSubsumed(current);
  return current;
}

function mergeOn<A extends Scalar>(boxes: Array<Box<A>>, dim: keyof Box<A>): Array<Box<A>> {
  // Buckets by hash; inside a bucket, only boxes really equal elsewhere merge (hashes collide).
  const groups = new Map<number, Array<Box<A>>>();
  let kept = 0;
  for (const b of boxes) {
    const key = keyWithout(b, dim);
    const bucket = groups.get(key);
    if (!bucket) {
      groups.set(key, [b]);
      kept++;
      continue;
    }
    const i = bucket.findIndex((x) => sameWithout(x, b, dim));
    if (i < 0) {
      bucket.push(b);
      kept++;
    } else {
      const seen = bucket[i]!;
      bucket[i] = withDimension(seen, dim, (seen[dim] as IntervalSet<Scalar>).union(b[dim] as IntervalSet<Scalar>));
    }
  }
  return kept === boxes.length ? boxes : [...groups.values()].flat();
}

function dropSubsumed<A extends Scalar>(boxes: Array<Box<A>>): Array<Box<A>> {
  const keep: Array<Box<A>> = [];
  outer: for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    for (let j = 0; j < boxes.length; j++) {
      if (i === j) continue;
      const other = boxes[j]!;
      // Of two equal boxes keep the first, so exactly one survives.
      if (boxIsSubset(b, other) && (j < i || !boxIsSubset(other, b))) continue outer;
    }
    keep.push(b);
  }
  return keep;
}

/** Whether each box of `a` lies within a single box of `b`: enough for a ⊆ b, not needed for it. */
function boxesWithin<A extends Scalar>(a: ReadonlyArray<Box<A>>, b: ReadonlyArray<Box<A>>): boolean {
  return a.every((x) => b.some((y) => boxIsSubset(x, y)));
}
