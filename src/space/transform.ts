import type { Box } from './box.js';
import { IntervalSet, type Scalar } from './interval-set.js';
import { V4_END, V6_END } from './ip.js';
import type { Packet } from './packet.js';
import { PacketSet } from './packet-set.js';

/**
 * How NAT rewrote one header field so far.
 * - `shift`: x ↦ x + by (one-to-one mappings: a VIP range onto a server range, a port offset).
 * - `set`: x ↦ any value of `to` (a fixed address, or a pool the device picks from).
 * A missing field map means the field is unchanged.
 */
export type FieldMap<T extends Scalar> = { readonly shift: T } | { readonly set: IntervalSet<T> };

/**
 * The translation applied to a flow so far. The analysis keeps packets as their initiator sent
 * them and this transform beside them, so verdicts speak of initiators while every filter and
 * route sees the translated header. Address maps belong to one family: NAT never mixes them,
 * and a flow is restricted to the NAT rule's family before a map is added.
 */
export interface Transform {
  readonly src?: FieldMap<number> | FieldMap<bigint>;
  readonly dst?: FieldMap<number> | FieldMap<bigint>;
  readonly sport?: FieldMap<number>;
  readonly dport?: FieldMap<number>;
}

export const IDENTITY: Transform = {};

type Field = 'src' | 'dst' | 'sport' | 'dport';
const FIELDS: readonly Field[] = ['src', 'dst', 'sport', 'dport'];

export function isIdentity(t: Transform): boolean {
  return t.src === undefined && t.dst === undefined && t.sport === undefined && t.dport === undefined;
}

/** Applies `next` after `first`. */
export function compose(first: Transform, next: Transform): Transform {
  const out: { -readonly [K in Field]?: FieldMap<Scalar> } = {};
  for (const f of FIELDS) {
    const m = composeField(first[f] as FieldMap<Scalar> | undefined, next[f] as FieldMap<Scalar> | undefined);
    if (m !== undefined) out[f] = m;
  }
  return out as Transform;
}

function composeField(first: FieldMap<Scalar> | undefined, next: FieldMap<Scalar> | undefined): FieldMap<Scalar> | undefined {
  if (next === undefined) return first;
  if ('set' in next || first === undefined) return next;
  if ('set' in first) return { set: shiftSet(first.set, next.shift) };
  const by = add(first.shift, next.shift);
  return isZero(by) ? undefined : { shift: by };
}

/** The header after the transform; a `set` field takes its smallest value. */
export function applyToPacket(t: Transform, p: Packet): Packet {
  const addr = <F extends 'src' | 'dst'>(field: F) => {
    const m = t[field] as FieldMap<Scalar> | undefined;
    if (m === undefined) return p[field];
    const value = 'set' in m ? m.set.min()! : add(p[field].value, m.shift);
    return { family: p[field].family, value } as Packet[F];
  };
  const port = (m: FieldMap<number> | undefined, v: number) => (m === undefined ? v : 'set' in m ? m.set.min()! : v + m.shift);
  return { ...p, src: addr('src'), dst: addr('dst'), srcPort: port(t.sport, p.srcPort), dstPort: port(t.dport, p.dstPort) };
}

/**
 * A transform whose `set` fields hold one value each, or whose pools do not straddle any
 * boundary of the predicates it will be tested against, is uniform: every choice behaves
 * alike. `uniformize` splits a transform into such pieces for the given predicates.
 */
export function uniformize(t: Transform, predicates: readonly PacketSet[]): Transform[] {
  let pieces: Transform[] = [t];
  for (const f of FIELDS) {
    const m = t[f] as FieldMap<Scalar> | undefined;
    if (m === undefined || !('set' in m) || isSingleton(m.set)) continue;
    const cuts = collectCuts(predicates, f);
    const parts = splitAt(m.set, cuts);
    if (parts.length < 2) continue;
    pieces = pieces.flatMap((p) => parts.map((part) => ({ ...p, [f]: { set: part } }) as Transform));
  }
  return pieces;
}

/**
 * The initiated packets that, after `t`, fall in `predicate`. `t` must be uniform for the
 * predicate (see uniformize): each pool is then inside or outside each predicate field.
 */
export function preimage(predicate: PacketSet, t: Transform): PacketSet {
  if (isIdentity(t)) return predicate;
  return new PacketSet(preimageBoxes(predicate.v4, t, 4), preimageBoxes(predicate.v6, t, 6));
}

function preimageBoxes<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, t: Transform, family: 4 | 6): Array<Box<A>> {
  // An address map belongs to one family; a flow carrying it has no packets of the other.
  if (mapFamily(t.src) === otherFamily(family) || mapFamily(t.dst) === otherFamily(family)) return [];
  const out: Array<Box<A>> = [];
  next: for (const box of boxes) {
    const result: { -readonly [K in keyof Box<A>]: Box<A>[K] } = { ...box };
    for (const f of FIELDS) {
      const m = t[f] as FieldMap<A> | undefined;
      if (m === undefined) continue;
      const field = box[f] as IntervalSet<A>;
      const end = (f === 'src' || f === 'dst' ? (family === 4 ? V4_END : V6_END) : 65536) as A;
      if ('set' in m) {
        if (!m.set.overlaps(field)) continue next;
        (result[f] as IntervalSet<A>) = IntervalSet.range((typeof end === 'bigint' ? 0n : 0) as A, end);
      } else {
        const back = shiftSet(field, negate(m.shift)).intersect(IntervalSet.range((typeof end === 'bigint' ? 0n : 0) as A, end));
        if (back.isEmpty()) continue next;
        (result[f] as IntervalSet<A>) = back;
      }
    }
    out.push(result);
  }
  return out;
}

function mapFamily(m: FieldMap<Scalar> | undefined): 4 | 6 | undefined {
  if (m === undefined) return undefined;
  const sample = 'shift' in m ? m.shift : m.set.bounds[0];
  return typeof sample === 'bigint' ? 6 : 4;
}

function otherFamily(family: 4 | 6): 4 | 6 {
  return family === 4 ? 6 : 4;
}

export function shiftSet<T extends Scalar>(set: IntervalSet<T>, by: T): IntervalSet<T> {
  return IntervalSet.fromSortedBounds(set.bounds.map((b) => add(b, by)));
}

function add<T extends Scalar>(a: T, b: T): T {
  return (typeof a === 'bigint' ? (a as bigint) + (b as bigint) : (a as number) + (b as number)) as T;
}

function negate<T extends Scalar>(a: T): T {
  return (typeof a === 'bigint' ? -(a as bigint) : -(a as number)) as T;
}

function isZero(a: Scalar): boolean {
  return a === 0 || a === 0n;
}

function isSingleton<T extends Scalar>(set: IntervalSet<T>): boolean {
  const [lo, hi] = [set.bounds[0], set.bounds[1]];
  return set.bounds.length === 2 && lo !== undefined && hi !== undefined && add(lo, (typeof lo === 'bigint' ? 1n : 1) as T) === hi;
}

function collectCuts(predicates: readonly PacketSet[], f: Field): Scalar[] {
  const cuts: Scalar[] = [];
  for (const p of predicates) {
    for (const b of p.v4) cuts.push(...b[f].bounds);
    for (const b of p.v6) cuts.push(...b[f].bounds);
  }
  return cuts;
}

/** Cuts `set` at every cut point inside it; the pieces partition the set. */
function splitAt<T extends Scalar>(set: IntervalSet<T>, cuts: readonly Scalar[]): Array<IntervalSet<T>> {
  const inner = [...new Set(cuts.filter((c) => typeof c === typeof set.bounds[0]) as T[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (inner.length === 0) return [set];
  const pieces: Array<IntervalSet<T>> = [];
  let rest = set;
  for (const c of inner) {
    const lo = rest.min();
    if (lo === undefined) break;
    if (c <= lo) continue;
    const below = rest.intersect(IntervalSet.range(lo, c));
    if (!below.isEmpty()) pieces.push(below);
    rest = rest.subtract(below);
  }
  if (!rest.isEmpty()) pieces.push(rest);
  return pieces;
}
