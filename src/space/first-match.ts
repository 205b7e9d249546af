import { DIMENSIONS, type Box, type Dimension, boxesOverlap } from './box.js';
import { IntervalSet, type Scalar } from './interval-set.js';
import { PacketSet, compact, intersectLists, subtractBoxes } from './packet-set.js';

/** How a packet set divides among an ordered list of rules, first match wins. */
export interface FirstMatchPartition {
  /** For each rule (by its position in the list) that takes packets, exactly those packets. */
  readonly taken: ReadonlyMap<number, PacketSet>;
  /** The packets no rule matches. */
  readonly rest: PacketSet;
}

/**
 * Up to this many rules, the packets go down the list one rule at a time, subtracting what each
 * takes. Beyond it that walk gets slow: every subtraction cuts the remainder into more boxes,
 * and every later rule must be tested against all of them, so a list of n narrow rules costs
 * about n² box tests. Longer lists are divided first (see `divide`).
 */
const WALK_LIMIT = 64;

/** Inside a division, a group walks its rules once it has this few: smaller pieces cost less. */
const GROUP_WALK_LIMIT = 4;

/**
 * Divides `flow` among `rules` exactly as a first-match filter does: each packet goes to the
 * first rule whose set holds it, or to `rest`. The parts are disjoint and their union is `flow`.
 */
export function firstMatchPartition(flow: PacketSet, rules: readonly PacketSet[]): FirstMatchPartition {
  const few = walkIfFew(flow, rules);
  if (few) return few;
  const { v4, v6 } = divideFamilies(flow, rules, true);
  const taken = new Map<number, PacketSet>();
  for (const i of takers(v4, v6)) taken.set(i, new PacketSet(compact(v4.taken.get(i) ?? []), compact(v6.taken.get(i) ?? [])));
  return { taken, rest: new PacketSet(compact(v4.rest), compact(v6.rest)) };
}

/**
 * The positions of the rules that take some of `flow`, ascending: the same as the keys of
 * `firstMatchPartition(flow, rules).taken`, without building the parts themselves.
 */
export function matchingRules(flow: PacketSet, rules: readonly PacketSet[]): number[] {
  const few = walkIfFew(flow, rules);
  if (few) return [...few.taken.keys()];
  const { v4, v6 } = divideFamilies(flow, rules, false);
  return takers(v4, v6);
}

/**
 * The walk, when few rules meet the flow: a short list, or a narrow class of packets among many
 * rules (the others take nothing and change nothing). Undefined when the list must be divided.
 */
function walkIfFew(flow: PacketSet, rules: readonly PacketSet[]): FirstMatchPartition | undefined {
  if (rules.length <= WALK_LIMIT) return walk(flow, rules);
  const meeting = rules.flatMap((r, i) => (r.overlaps(flow) ? [i] : []));
  if (meeting.length > WALK_LIMIT) return undefined;
  const { taken, rest } = walk(flow, meeting.map((i) => rules[i]!));
  return { taken: new Map([...taken].map(([k, set]) => [meeting[k]!, set])), rest };
}

/** `divide` on each address family; `collect` false keeps only which rules take packets. */
function divideFamilies(flow: PacketSet, rules: readonly PacketSet[], collect: boolean): { v4: Parts<number>; v6: Parts<bigint> } {
  const v4 = new Parts<number>(collect);
  const v6 = new Parts<bigint>(collect);
  divide(flow.v4.slice(), tag(rules, (r) => r.v4, flow.v4), DIMENSIONS, v4);
  divide(flow.v6.slice(), tag(rules, (r) => r.v6, flow.v6), DIMENSIONS, v6);
  return { v4, v6 };
}

/** The rules that took packets of either family, ascending. */
function takers(v4: Parts<number>, v6: Parts<bigint>): number[] {
  return [...new Set([...v4.taken.keys(), ...v6.taken.keys()])].sort((a, b) => a - b);
}

/** The plain walk down the list: what each rule takes of what earlier rules left. */
function walk(flow: PacketSet, rules: readonly PacketSet[]): FirstMatchPartition {
  const taken = new Map<number, PacketSet>();
  let remaining = flow;
  for (const [i, rule] of rules.entries()) {
    if (remaining.isEmpty()) break;
    if (!remaining.overlaps(rule)) continue;
    taken.set(i, remaining.intersect(rule));
    remaining = remaining.subtract(rule);
  }
  return { taken, rest: remaining };
}

/** One box of one rule; a rule's boxes stay together and in rule order. */
interface Tagged<A extends Scalar> {
  readonly rule: number;
  readonly box: Box<A>;
}

/** The rules' boxes that meet some flow box, tagged with their rule; the others cannot matter. */
function tag<A extends Scalar>(rules: readonly PacketSet[], boxesOf: (r: PacketSet) => ReadonlyArray<Box<A>>, flows: ReadonlyArray<Box<A>>): Array<Tagged<A>> {
  const out: Array<Tagged<A>> = [];
  for (const [rule, set] of rules.entries()) {
    for (const box of boxesOf(set)) if (flows.some((f) => boxesOverlap(f, box))) out.push({ rule, box });
  }
  return out;
}

/**
 * The boxes each rule has taken so far, and those no rule took. When only which rules take
 * packets matters (`collect` false), no box is kept: the rules are recorded with no boxes.
 */
class Parts<A extends Scalar> {
  readonly taken = new Map<number, Array<Box<A>>>();
  readonly rest: Array<Box<A>> = [];

  constructor(readonly collect = true) {}

  take(rule: number, boxes: ReadonlyArray<Box<A>>): void {
    const list = this.taken.get(rule) ?? [];
    if (this.collect) list.push(...boxes);
    this.taken.set(rule, list);
  }

  leave(boxes: ReadonlyArray<Box<A>>): void {
    if (this.collect) this.rest.push(...boxes);
  }
}

/**
 * Divide and conquer on one dimension at a time. The dimension's line is cut at every boundary
 * of every flow and rule box into elementary pieces; pieces held by the same flow boxes and the
 * same rule boxes are grouped, and each group is solved on its own with that dimension settled,
 * since inside a group every box there covers the whole group along it. A group holds only the
 * rules that touch it, so n narrow rules make n small problems instead of one of size n².
 * The recursion ends when few rules are left (walk them) or no dimension tells the rules apart
 * (every rule box covers every flow box: the first rule takes everything).
 */
function divide<A extends Scalar>(flows: Array<Box<A>>, rules: ReadonlyArray<Tagged<A>>, dims: readonly Dimension[], out: Parts<A>): void {
  if (flows.length === 0) return;
  if (rules.length === 0) {
    out.leave(flows);
    return;
  }
  if (rules.length <= GROUP_WALK_LIMIT || dims.length === 0) {
    walkBoxes(flows, rules, out);
    return;
  }
  const dim = splittingDimension(flows, rules, dims);
  if (dim === undefined) {
    out.take(rules[0]!.rule, flows);
    return;
  }
  const rest = dims.filter((d) => d !== dim);
  for (const group of groupsAlong(dim, flows, rules)) divide(group.flows, group.rules, rest, out);
}

/**
 * `walk` on boxes of one family, rules given box by box. The remainder is not compacted as it
 * goes: a group has few rules, and the parts are compacted once at the end.
 */
function walkBoxes<A extends Scalar>(flows: Array<Box<A>>, rules: ReadonlyArray<Tagged<A>>, out: Parts<A>): void {
  let remaining: Array<Box<A>> = flows;
  for (let i = 0; i < rules.length && remaining.length > 0; ) {
    const rule = rules[i]!.rule;
    const boxes: Array<Box<A>> = [];
    while (i < rules.length && rules[i]!.rule === rule) boxes.push(rules[i++]!.box);
    if (!remaining.some((r) => boxes.some((b) => boxesOverlap(r, b)))) continue;
    out.take(rule, out.collect ? intersectLists(remaining, boxes) : []);
    remaining = subtractBoxes(remaining, boxes);
  }
  out.leave(remaining);
}

/**
 * The dimension along which the most rule boxes fall short of covering all the flows; a rule box
 * that covers them there gains nothing from a split. Undefined when every rule box covers every
 * flow box along every remaining dimension.
 */
function splittingDimension<A extends Scalar>(flows: ReadonlyArray<Box<A>>, rules: ReadonlyArray<Tagged<A>>, dims: readonly Dimension[]): Dimension | undefined {
  let best: Dimension | undefined;
  let bestCount = 0;
  for (const dim of dims) {
    const hull = IntervalSet.fromRanges(flows.flatMap((f) => ranges(f[dim] as IntervalSet<Scalar>)));
    let short = 0;
    for (const r of rules) if (!hull.isSubsetOf(r.box[dim] as IntervalSet<Scalar>)) short++;
    if (short > bestCount) {
      best = dim;
      bestCount = short;
    }
  }
  return best;
}

interface Group<A extends Scalar> {
  readonly flows: Array<Box<A>>;
  readonly rules: Array<Tagged<A>>;
}

/** The groups along `dim`: each flow box cut to the group's values there, and the rules touching it. */
function groupsAlong<A extends Scalar>(dim: Dimension, flows: ReadonlyArray<Box<A>>, rules: ReadonlyArray<Tagged<A>>): Array<Group<A>> {
  const setOf = (box: Box<A>) => box[dim] as IntervalSet<Scalar>;
  const points = [...new Set([...flows, ...rules.map((r) => r.box)].flatMap((b) => setOf(b).bounds))].sort(compareScalars);
  const position = new Map<Scalar, number>(points.map((p, i) => [p, i]));
  // members[k]: the boxes (flows numbered first, then rules) holding piece [points[k], points[k+1]).
  const members: number[][] = Array.from({ length: Math.max(points.length - 1, 0) }, () => []);
  const mark = (id: number, set: IntervalSet<Scalar>) => {
    for (let i = 0; i < set.bounds.length; i += 2) {
      const end = position.get(set.bounds[i + 1]!)!;
      for (let k = position.get(set.bounds[i]!)!; k < end; k++) members[k]!.push(id);
    }
  };
  flows.forEach((f, id) => mark(id, setOf(f)));
  rules.forEach((r, id) => mark(flows.length + id, setOf(r.box)));
  const groups = new Map<string, { bounds: Scalar[]; ids: number[] }>();
  members.forEach((ids, k) => {
    if (ids.length === 0 || ids[0]! >= flows.length) return;
    const key = ids.join(',');
    const group = groups.get(key);
    const [lo, hi] = [points[k]!, points[k + 1]!];
    if (!group) groups.set(key, { bounds: [lo, hi], ids });
    else if (group.bounds[group.bounds.length - 1] === lo) group.bounds[group.bounds.length - 1] = hi;
    else group.bounds.push(lo, hi);
  });
  return [...groups.values()].map(({ bounds, ids }) => {
    const set = IntervalSet.fromSortedBounds(bounds);
    const cut: Group<A> = { flows: [], rules: [] };
    for (const id of ids) {
      if (id < flows.length) cut.flows.push({ ...flows[id]!, [dim]: set });
      else cut.rules.push(rules[id - flows.length]!);
    }
    return cut;
  });
}

function ranges(set: IntervalSet<Scalar>): Array<[Scalar, Scalar]> {
  const out: Array<[Scalar, Scalar]> = [];
  for (let i = 0; i < set.bounds.length; i += 2) out.push([set.bounds[i]!, set.bounds[i + 1]!]);
  return out;
}

function compareScalars(a: Scalar, b: Scalar): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
