import { Hulls } from './hulls.js';
import { PacketSet, escapesAtCorner } from './packet-set.js';
import { covers, remainder } from './remainder.js';

/**
 * How a packet set divides among an ordered list of rules, first match wins, with each part
 * built only when asked for. Which rules take packets is
 * always known; what a rule takes may be costly (a broad deny at the end of a long list takes
 * the complement of everything before it) and is often never read.
 */
export interface FirstMatch {
  /** Positions of the rules that take some of the flow, ascending. */
  readonly takers: readonly number[];
  /** Whether some packets of the flow match no rule. */
  readonly hasRest: boolean;
  /** Exactly the packets rule `i` takes (empty when it takes none). */
  part(i: number): PacketSet;
  /** The packets no rule matches. */
  rest(): PacketSet;
  /**
   * `part(i)` deferred: the function computes it on its first call. It holds only the flow and
   * the rules, not the division's working state, so it can be kept for long.
   */
  partLater(i: number): () => PacketSet;
  /** `rest()` deferred, likewise. */
  restLater(): () => PacketSet;
}

/**
 * Up to this many rules that meet the flow, the packets go down the list one rule at a time,
 * subtracting what each takes: cheap for few rules, but every subtraction cuts the remainder
 * into more boxes, so n narrow rules cost about n² box tests. Longer lists go rule by rule.
 */
const WALK_LIMIT = 64;

/**
 * Divides `flow` among `rules` exactly as a first-match filter does: each packet goes to the
 * first rule whose set holds it, or to the rest. The parts are disjoint and their union is `flow`.
 */
export function firstMatch(flow: PacketSet, rules: readonly PacketSet[]): FirstMatch {
  if (rules.length <= WALK_LIMIT) return walked(walk(flow, rules), (i) => i);
  const meeting: number[] = [];
  for (let i = 0; i < rules.length; i++) if (rules[i]!.overlaps(flow)) meeting.push(i);
  if (meeting.length <= WALK_LIMIT) return walked(walk(flow, meeting.map((i) => rules[i]!)), (k) => meeting[k]!);
  return new RuleByRule(flow, rules, meeting);
}

/** Every part built: for each rule (by position) that takes packets, exactly those; and the rest. */
interface Parts {
  readonly taken: ReadonlyMap<number, PacketSet>;
  readonly rest: PacketSet;
}

/** The plain walk down the list: what each rule takes of what earlier rules left. */
function walk(flow: PacketSet, rules: readonly PacketSet[]): Parts {
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

/** A walk's parts, already built, under the rules' positions in the full list. */
function walked({ taken, rest }: Parts, position: (k: number) => number): FirstMatch {
  const parts = new Map([...taken].map(([k, set]) => [position(k), set]));
  const part = (i: number) => parts.get(i) ?? PacketSet.EMPTY;
  return { takers: [...parts.keys()], hasRest: !rest.isEmpty(), part, rest: () => rest, partLater: (i) => () => part(i), restLater: () => () => rest };
}

/**
 * Each rule on its own: what rule k takes is its share of the flow minus the shares of the
 * earlier rules that overlap it. In a long list of narrow rules few earlier rules overlap any
 * one, so the work grows with the overlaps, not with the square of the list. Whether a rule
 * takes anything is settled by a covering test that stops at the first packet left over.
 */
class RuleByRule implements FirstMatch {
  readonly takers: readonly number[];
  readonly hasRest: boolean;
  private readonly shares: readonly PacketSet[];
  private readonly hulls: Hulls;

  constructor(
    private readonly flow: PacketSet,
    private readonly rules: readonly PacketSet[],
    private readonly meeting: readonly number[],
  ) {
    this.shares = meeting.map((i) => share(rules[i]!, flow));
    this.hulls = new Hulls(this.shares);
    this.takers = meeting.filter((_, k) => {
      const earlier = this.earlierOverlapping(k);
      return earlier.length === 0 || !coveredBy(this.shares[k]!, earlier);
    });
    this.hasRest = !coveredBy(flow, this.shares);
  }

  part(i: number): PacketSet {
    const k = this.meeting.indexOf(i);
    return k < 0 ? PacketSet.EMPTY : minus(this.shares[k]!, this.earlierOverlapping(k));
  }

  rest(): PacketSet {
    return minus(this.flow, this.shares);
  }

  partLater(i: number): () => PacketSet {
    const { flow, rules, meeting } = this;
    return once(() => partOf(flow, rules, meeting, i));
  }

  restLater(): () => PacketSet {
    const { flow, rules, meeting } = this;
    return once(() => minus(flow, meeting.map((j) => share(rules[j]!, flow))));
  }

  /** The shares of the meeting rules before position `k` that overlap share `k`, in order. */
  private earlierOverlapping(k: number): PacketSet[] {
    const mine = this.shares[k]!;
    const out: PacketSet[] = [];
    for (let j = 0; j < k; j++) if (this.hulls.mayMeet(j, k) && this.shares[j]!.overlaps(mine)) out.push(this.shares[j]!);
    return out;
  }
}

/** What rule `i` takes, from scratch: only the earlier rules that overlap its share are clipped to the flow. */
function partOf(flow: PacketSet, rules: readonly PacketSet[], meeting: readonly number[], i: number): PacketSet {
  const k = meeting.indexOf(i);
  if (k < 0) return PacketSet.EMPTY;
  const mine = share(rules[i]!, flow);
  const earlier: PacketSet[] = [];
  for (const j of meeting.slice(0, k)) {
    if (!rules[j]!.overlaps(mine)) continue;
    const theirs = share(rules[j]!, flow);
    if (theirs.overlaps(mine)) earlier.push(theirs);
  }
  return minus(mine, earlier);
}

/** The packets of `set` outside every set of `cut`. */
function minus(set: PacketSet, cut: readonly PacketSet[]): PacketSet {
  return new PacketSet(remainder(set.v4, cut.flatMap((s) => s.v4)), remainder(set.v6, cut.flatMap((s) => s.v6)));
}

function coveredBy(set: PacketSet, cut: readonly PacketSet[]): boolean {
  // Most rules of a long list take packets of their own, and most of those keep their corner.
  if (escapesAtCorner(set, cut)) return false;
  return covers(cut.flatMap((s) => s.v4), set.v4) && covers(cut.flatMap((s) => s.v6), set.v6);
}

/** The rule's packets within the flow; the rule itself when the flow holds all of it. */
function share(rule: PacketSet, flow: PacketSet): PacketSet {
  return rule.isSubsetOf(flow) ? rule : rule.intersect(flow);
}

/** A function that computes its value on the first call and keeps it. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}
