import type { Device } from '../model/device.js';
import type { FilterStage, MatchTerm, Rule } from '../model/filter.js';
import { firstMatch } from '../space/first-match.js';
import { Hulls } from '../space/hulls.js';
import { PacketSet } from '../space/packet-set.js';
import { packetsOfTerms, termApplies } from './applicable-terms.js';

/** A rule no packet can reach, and the earlier rules that take all of its packets. */
export interface UnreachableRule {
  readonly stage: FilterStage;
  readonly rule: Rule;
  /** Earlier enabled rules that together cover it (a minimal set: none can be left out). */
  readonly coveredBy: readonly Rule[];
  /** True when some covering rule has the opposite action: the rule's intent is lost, not just repeated. */
  readonly conflicting: boolean;
}

/** Where a rule may apply: an ingress interface, an egress interface, a DNAT entry or none. */
interface Context {
  readonly in: string;
  readonly out: string;
  readonly dnat: string | undefined;
}

/**
 * Rules of every stage that no packet can reach, exactly, like Batfish's filterLineReachability.
 * A rule is reachable when, in some context it applies to, some packet it matches is matched by
 * no earlier enabled rule. Interfaces that every term of the stage treats alike are one context
 * class, so the work grows with the distinct interface lists, not with the interfaces.
 * Disabled rules are skipped: they are neither reachable nor shadowing.
 */
export function unreachableRules(device: Device): UnreachableRule[] {
  const out: UnreachableRule[] = [];
  for (const stage of device.filters) {
    const contexts = stageContexts(device, stage);
    const rules = stage.rules.filter((r) => r.enabled);
    // sets[k][i]: what rule i matches in context k, built once for the division and the covers.
    const sets = contexts.map((c) => rules.map((rule) => packetsIn(rule, c)));
    const hulls = sets.map((inContext) => new Hulls(inContext));
    // Per context, a rule is reachable when the first-match division of all packets gives it some.
    const reachable = rules.map(() => false);
    const applies = rules.map((_, i) => sets.some((inContext) => !inContext[i]!.isEmpty()));
    for (const inContext of sets) for (const i of firstMatch(PacketSet.ANY, inContext).takers) reachable[i] = true;
    rules.forEach((rule, i) => {
      // A rule that applies to no context at all (its interfaces do not exist) is a different
      // problem; only rules hidden by earlier rules are shadowed.
      if (reachable[i] || !applies[i]) return;
      const cover = minimize(i, coverOf(i, sets, hulls), sets).map((j) => rules[j]!);
      out.push({ stage, rule, coveredBy: cover, conflicting: cover.some((r) => r.action !== rule.action) });
    });
  }
  return out;
}

/**
 * The earlier rules that overlap rule `i` where it applies, in order. In each context, walks
 * them and keeps those that take some of what is still uncovered, stopping once nothing is: a
 * handful of candidates, so minimizing them stays cheap even when hundreds of earlier rules
 * overlap (a broad deny at the end of a long list). The contexts are independent, so each is
 * walked on its own, and the hulls tell most earlier rules apart without building overlaps.
 */
function coverOf(i: number, sets: ReadonlyArray<readonly PacketSet[]>, hulls: readonly Hulls[]): number[] {
  const taking = new Set<number>();
  sets.forEach((inContext, k) => {
    const hull = hulls[k]!;
    let remaining = inContext[i]!;
    for (let j = 0; j < i && !remaining.isEmpty(); j++) {
      // What is still uncovered lies within rule i's hull, so a rule outside it takes none.
      if (!hull.mayMeet(j, i)) continue;
      const theirs = inContext[j]!;
      if (!remaining.overlaps(theirs)) continue;
      taking.add(j);
      remaining = remaining.subtract(theirs);
    }
  });
  return [...taking].sort((a, b) => a - b);
}

/** Drops covering rules one at a time while the rest still covers: a minimal (not minimum) set. */
function minimize(i: number, cover: number[], sets: ReadonlyArray<readonly PacketSet[]>): number[] {
  const kept = [...cover];
  for (let k = kept.length - 1; k >= 0; k--) {
    const without = kept.filter((_, x) => x !== k);
    if (sets.every((inContext) => inContext[i]!.isSubsetOf(PacketSet.unionAll(without.map((j) => inContext[j]!))))) kept.splice(k, 1);
  }
  return kept;
}

function packetsIn(rule: Rule, c: Context): PacketSet {
  return packetsOfTerms(rule.terms.filter((t) => termApplies(t, c.in, c.out, c.dnat)));
}

/**
 * One representative context per class of equivalent ones. Two interfaces are equivalent for
 * a stage when every interface list in its terms contains both or neither.
 */
function stageContexts(device: Device, stage: FilterStage): Context[] {
  const lists = (pick: (t: MatchTerm) => readonly string[] | undefined) => stage.rules.flatMap((r) => r.terms.map(pick)).filter((l): l is readonly string[] => l !== undefined);
  const names = device.interfaces.map((i) => i.name);
  const ins = representatives(stage.inInterfaces ?? names, lists((t) => t.inInterfaces));
  const outs = representatives(stage.outInterfaces ?? names, lists((t) => t.outInterfaces));
  // Packets arrive untranslated or translated by one of the device's own DNAT entries.
  const dnats: Array<string | undefined> = [undefined, ...device.destinationNat.map((n) => n.id)];
  const out: Context[] = [];
  for (const i of ins) for (const o of outs) for (const d of dnats) out.push({ in: i, out: o, dnat: d });
  return out;
}

function representatives(names: readonly string[], lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const signature = lists.map((l) => (l.includes(name) ? '1' : '0')).join('');
    if (!seen.has(signature)) seen.set(signature, name);
  }
  return [...seen.values()];
}
