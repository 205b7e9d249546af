import { DIMENSIONS, type Box, type Dimension, boxesOverlap, withDimension } from './box.js';
import { IntervalSet, type Scalar } from './interval-set.js';
import { compact, subtractBoxes } from './packet-set.js';

/**
 * Up to this many cutting boxes, they are subtracted one by one. Beyond it that gets slow:
 * every subtraction cuts the remainder into more pieces and every later box must be tested
 * against all of them, so n narrow boxes cost about n² tests. More boxes are divided first.
 */
const SUBTRACT_LIMIT = 8;

/** Every packet of `boxes` outside all of `cut`, compacted. */
export function remainder<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, cut: ReadonlyArray<Box<A>>): Array<Box<A>> {
  const out = new Leftovers<A>(false);
  solve(boxes.slice(), meeting(cut, boxes), DIMENSIONS, out);
  return compact(out.boxes);
}

/**
 * Whether `cut` covers every packet of `boxes`. The search stops at the first packet left
 * uncovered, so a broad rule after many narrow ones is answered without building the
 * (large) set of what it alone takes.
 */
export function covers<A extends Scalar>(cut: ReadonlyArray<Box<A>>, boxes: ReadonlyArray<Box<A>>): boolean {
  const out = new Leftovers<A>(true);
  solve(boxes.slice(), meeting(cut, boxes), DIMENSIONS, out);
  return !out.found;
}

/** The cutting boxes that touch some box of `boxes`; the others change nothing. */
function meeting<A extends Scalar>(cut: ReadonlyArray<Box<A>>, boxes: ReadonlyArray<Box<A>>): Array<Box<A>> {
  return cut.filter((c) => boxes.some((b) => boxesOverlap(b, c)));
}

/** What is left uncovered; with `firstOnly`, only whether anything is, and the search stops. */
class Leftovers<A extends Scalar> {
  readonly boxes: Array<Box<A>> = [];
  found = false;

  constructor(readonly firstOnly: boolean) {}

  add(boxes: ReadonlyArray<Box<A>>): void {
    if (boxes.length === 0) return;
    this.found = true;
    if (!this.firstOnly) this.boxes.push(...boxes);
  }

  get done(): boolean {
    return this.firstOnly && this.found;
  }
}

/**
 * Divide and conquer on one dimension at a time. The dimension's line is cut at every boundary
 * of every box into elementary pieces; pieces held by the same boxes are grouped, and each
 * group is solved on its own with that dimension settled, since inside a group every cutting
 * box there covers the whole group along it. A group holds only the boxes that touch it, so n
 * narrow boxes make n small problems instead of one of size n². A group ends when one cutting
 * box covers it along every dimension left (nothing remains), when it has no cutting box
 * (all of it remains), or when few boxes are left (subtract them).
 */
function solve<A extends Scalar>(flows: Array<Box<A>>, cut: ReadonlyArray<Box<A>>, dims: readonly Dimension[], out: Leftovers<A>): void {
  if (flows.length === 0 || out.done) return;
  if (cut.length <= SUBTRACT_LIMIT || dims.length === 0) {
    out.add(subtractBoxes(flows, cut));
    return;
  }
  const dim = splittingDimension(flows, cut, dims);
  if (dim === undefined) return;
  const rest = dims.filter((d) => d !== dim);
  for (const group of groupsAlong(dim, flows, cut)) {
    solve(group.flows, group.cut, rest, out);
    if (out.done) return;
  }
}

/**
 * The dimension along which the most cutting boxes fall short of covering all the flows, or
 * undefined when some box covers the flows along every remaining dimension: then it covers
 * them outright (along the settled dimensions every box of the group does).
 */
function splittingDimension<A extends Scalar>(flows: ReadonlyArray<Box<A>>, cut: ReadonlyArray<Box<A>>, dims: readonly Dimension[]): Dimension | undefined {
  const shortSomewhere = new Uint8Array(cut.length);
  let best: Dimension | undefined;
  let bestCount = 0;
  for (const dim of dims) {
    const spread = IntervalSet.fromRanges(flows.flatMap((f) => ranges(f[dim] as IntervalSet<Scalar>)));
    let short = 0;
    cut.forEach((c, i) => {
      if (spread.isSubsetOf(c[dim] as IntervalSet<Scalar>)) return;
      short++;
      shortSomewhere[i] = 1;
    });
    if (short > bestCount) {
      best = dim;
      bestCount = short;
    }
  }
  return shortSomewhere.includes(0) ? undefined : best;
}

interface Group<A extends Scalar> {
  readonly flows: Array<Box<A>>;
  readonly cut: Array<Box<A>>;
}

/** The groups along `dim`: each flow box cut to the group's values there, and the cutting boxes touching it. */
function groupsAlong<A extends Scalar>(dim: Dimension, flows: ReadonlyArray<Box<A>>, cut: ReadonlyArray<Box<A>>): Array<Group<A>> {
  const setOf = (box: Box<A>) => box[dim] as IntervalSet<Scalar>;
  const points = [...new Set([...flows, ...cut].flatMap((b) => setOf(b).bounds))].sort(compareScalars);
  const position = new Map<Scalar, number>(points.map((p, i) => [p, i]));
  // members[k]: the boxes (flows numbered first, then cutting boxes) holding piece [points[k], points[k+1]).
  const members: number[][] = Array.from({ length: Math.max(points.length - 1, 0) }, () => []);
  const mark = (id: number, set: IntervalSet<Scalar>) => {
    for (let i = 0; i < set.bounds.length; i += 2) {
      const end = position.get(set.bounds[i + 1]!)!;
      for (let k = position.get(set.bounds[i]!)!; k < end; k++) members[k]!.push(id);
    }
  };
  flows.forEach((f, id) => mark(id, setOf(f)));
  cut.forEach((c, id) => mark(flows.length + id, setOf(c)));
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
    const group: Group<A> = { flows: [], cut: [] };
    for (const id of ids) {
      if (id < flows.length) group.flows.push(withDimension(flows[id]!, dim, set));
      else group.cut.push(cut[id - flows.length]!);
    }
    return group;
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
