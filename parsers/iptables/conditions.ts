import { PacketSet } from '../../src/space/packet-set.js';

/**
 * A condition on a packet at one point of netfilter: its ingress and egress interface, whether
 * this host's DNAT translated it, and its header. Conditions are unions of terms, and terms are
 * conjunctions; together with a finite interface universe (the host's interfaces) they are
 * closed under intersection and negation, which is what chain expansion needs: a rule reached
 * through `-j CHAIN` after a conditional `-j RETURN` matches "jump ∧ ¬return ∧ own match".
 */
export interface Term {
  /** Ingress interfaces; undefined means any. */
  readonly ins?: ReadonlySet<string>;
  /** Egress interfaces; undefined means any. */
  readonly outs?: ReadonlySet<string>;
  /** Whether this host's DNAT translated the flow (conntrack's DNAT status); undefined means either. */
  readonly dnat?: 'translated' | 'untranslated';
  readonly packets: PacketSet;
}

export type Cond = readonly Term[];

/** Everything condition terms are drawn from: the host's interfaces and the family's packets. */
export interface Universe {
  readonly interfaces: ReadonlySet<string>;
  /** Every packet of the ruleset's family. */
  readonly all: PacketSet;
}

export const NOTHING: Cond = [];

/** Packet sets known to hold every packet of their family: intersecting with them changes nothing. */
const FULL = new WeakSet<PacketSet>();

export function everything(u: Universe): Cond {
  FULL.add(u.all);
  return [{ packets: u.all }];
}

function intersectSets(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

function intersectTerms(a: Term, b: Term): Term | undefined {
  if (a.dnat !== undefined && b.dnat !== undefined && a.dnat !== b.dnat) return undefined;
  const ins = intersectSets(a.ins, b.ins);
  const outs = intersectSets(a.outs, b.outs);
  if ((ins && ins.size === 0) || (outs && outs.size === 0)) return undefined;
  const packets = a.packets === b.packets || FULL.has(b.packets) ? a.packets : FULL.has(a.packets) ? b.packets : a.packets.intersect(b.packets);
  if (packets.isEmpty()) return undefined;
  const dnat = a.dnat ?? b.dnat;
  return { ...(ins && { ins }), ...(outs && { outs }), ...(dnat && { dnat }), packets };
}

export function intersect(a: Cond, b: Cond): Cond {
  if (a.length === 0 || b.length === 0) return NOTHING;
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      const z = intersectTerms(x, y);
      if (z) out.push(z);
    }
  }
  return out.length < 2 ? out : normalize(out);
}

export function union(a: Cond, b: Cond): Cond {
  return normalize([...a, ...b]);
}

/** ¬(ins ∧ outs ∧ dnat ∧ packets) = ¬ins ∨ ¬outs ∨ ¬dnat ∨ ¬packets, each within the universe. */
function negateTerm(t: Term, u: Universe): Term[] {
  FULL.add(u.all);
  const out: Term[] = [];
  if (t.ins) out.push({ ins: difference(u.interfaces, t.ins), packets: u.all });
  if (t.outs) out.push({ outs: difference(u.interfaces, t.outs), packets: u.all });
  if (t.dnat) out.push({ dnat: t.dnat === 'translated' ? 'untranslated' : 'translated', packets: u.all });
  if (!FULL.has(t.packets)) {
    const rest = u.all.subtract(t.packets);
    if (!rest.isEmpty()) out.push({ packets: rest });
  }
  return normalize(out);
}

export function negate(c: Cond, u: Universe): Cond {
  let out: Cond = everything(u);
  for (const t of c) {
    out = intersect(out, negateTerm(t, u));
    if (out.length === 0) break;
  }
  return out;
}

/** a ∧ ¬b. */
export function subtract(a: Cond, b: Cond, u: Universe): Cond {
  return b.length === 0 ? a : intersect(a, negate(b, u));
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...a].filter((x) => !b.has(x)));
}

function setKey(s: ReadonlySet<string> | undefined): string {
  return s === undefined ? '*' : [...s].sort().join(',');
}

/**
 * Drops empty terms and merges terms that differ only in their packets, so that the number of
 * terms stays bounded by the interface combinations in play, however many RETURNs a chain has.
 */
export function normalize(terms: readonly Term[]): Term[] {
  const groups = new Map<string, Term>();
  for (const t of terms) {
    if (t.packets.isEmpty() || (t.ins && t.ins.size === 0) || (t.outs && t.outs.size === 0)) continue;
    const key = `${setKey(t.ins)}|${setKey(t.outs)}|${t.dnat ?? ''}`;
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, packets: seen.packets.union(t.packets) } : t);
  }
  return [...groups.values()];
}

/** The packets of the terms that apply to one interface pair and DNAT state. */
export function packetsAt(c: Cond, inIface: string | undefined, outIface: string | undefined, dnat: 'translated' | 'untranslated' | undefined): PacketSet {
  const parts: PacketSet[] = [];
  for (const t of c) {
    if (inIface !== undefined && t.ins && !t.ins.has(inIface)) continue;
    if (outIface !== undefined && t.outs && !t.outs.has(outIface)) continue;
    if (dnat !== undefined && t.dnat !== undefined && t.dnat !== dnat) continue;
    parts.push(t.packets);
  }
  return PacketSet.unionAll(parts);
}
