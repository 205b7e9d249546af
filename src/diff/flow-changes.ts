import type { AuditResult } from '../audit/audit.js';
import type { Disposition, Hop, Outcome } from '../analysis/flow.js';
import { type Finding, type PathStep, evidence, pathSignature, responsibleLocation } from '../checks/finding.js';
import { type ReportPacket, reportPacket } from '../report/report-document.js';
import type { Provenance } from '../model/provenance.js';
import { PacketSet } from '../space/packet-set.js';
import type { WitnessHints } from '../space/witness.js';
import { groupOutcomes } from '../trace/trace-class.js';

/** Which way a class of traffic between two segments changed. */
export type FlowDirection = 'allowed' | 'blocked';

/** One class of packets whose fate between two segments the change altered, in report form. */
export interface FlowChange {
  /** Segment or external id the packets are initiated in. */
  readonly from: string;
  /** Segment or external id they are (allowed) or were (blocked) delivered into. */
  readonly to: string;
  /** allowed: delivered after the change and not before; blocked: the reverse. */
  readonly change: FlowDirection;
  /**
   * For newly allowed traffic: 'violation' when these packets are exactly among those an
   * active finding of the after snapshot is about, 'compliant' when none is. Absent for
   * blocked traffic.
   */
  readonly verdict?: 'violation' | 'compliant';
  /** Fingerprints of the after snapshot's active findings about these packets. */
  readonly findings: readonly string[];
  /** The packets as initiated, in readable ranges. */
  readonly packets: readonly string[];
  /** One of them, as its initiator sends it. */
  readonly witness?: ReportPacket;
  /** The same packet as delivered, when NAT changes it. */
  readonly delivered?: ReportPacket;
  /** Their fate after the change: delivered (allowed), or what became of them (blocked). */
  readonly disposition: Disposition;
  /** Their path after the change, hop by hop. */
  readonly path: readonly PathStep[];
  /**
   * The rule responsible after the change: for allowed packets the last explicit permit on
   * the path (the one guarding the destination); for blocked ones the rule that now stops
   * them, when a rule does.
   */
  readonly location?: { readonly file: string; readonly line: number };
}

/** A class of changed packets before it is put into words. */
export interface ChangedClass {
  /** See FlowChange. */
  readonly from: string;
  /** See FlowChange. */
  readonly to: string;
  /** See FlowChange. */
  readonly change: FlowDirection;
  /** Exactly the packets of the class, as initiated. */
  readonly packets: PacketSet;
  /** An outcome of the after snapshot they all follow (path, NAT, fate). */
  readonly outcome: Outcome;
  /** See FlowChange. */
  readonly verdict?: 'violation' | 'compliant';
  /** See FlowChange. */
  readonly findings: readonly string[];
}

/** What the comparison needs of an audit: its site, its reachability and its findings. */
export type AuditedNetwork = Pick<AuditResult, 'site' | 'reachability' | 'findings'>;

/**
 * The exact delta of initiable traffic for every pair of segments and external networks:
 * packets delivered after and not before (allowed), and before and not after (blocked),
 * both read off the audits' own reachability results. Each delta is split by its path after
 * the change, so every class has one path, one witness and one responsible rule; newly
 * allowed classes are split again into the packets the after audit's findings are about
 * and the rest, so a verdict is never wider than its evidence.
 */
export function flowChanges(before: AuditedNetwork, after: AuditedNetwork, hints: WitnessHints): FlowChange[] {
  return changedClasses(before, after).map((c) => {
    const e = evidence(c.outcome, c.packets, hints);
    const location = c.change === 'allowed' ? responsibleLocation(c.outcome.hops) : stoppingLocation(c.outcome.hops, c.outcome.disposition);
    return {
      from: c.from,
      to: c.to,
      change: c.change,
      ...(c.verdict === undefined ? {} : { verdict: c.verdict }),
      findings: c.findings,
      packets: e.packets,
      ...(e.witness ? { witness: reportPacket(e.witness) } : {}),
      ...(e.delivered ? { delivered: reportPacket(e.delivered) } : {}),
      disposition: c.outcome.disposition,
      path: e.path,
      ...(location ? { location: { file: location.file, line: location.line } } : {}),
    };
  });
}

/** The changed classes with their exact packet sets (flowChanges puts them into words). */
export function changedClasses(before: AuditedNetwork, after: AuditedNetwork): ChangedClass[] {
  const owners = ownerIds(before, after);
  const classes: ChangedClass[] = [];
  for (const from of owners) {
    for (const to of owners) {
      if (from === to) continue;
      const then = before.reachability.packets(from, to);
      const now = after.reachability.packets(from, to);
      const allowed = now.subtract(then);
      const blocked = then.subtract(now);
      if (!allowed.isEmpty()) {
        const judged = after.findings.filter((f) => f.from === from && f.to === to && f.violating !== undefined);
        for (const c of split(from, to, 'allowed', allowed, after.reachability.delivered(from, to))) classes.push(...judge(c, judged));
      }
      if (!blocked.isEmpty()) classes.push(...split(from, to, 'blocked', blocked, after.reachability.outcomes.filter((o) => o.source === from)));
    }
  }
  return mergeByPath(classes);
}

/** The delta restricted to each outcome of the after snapshot, gathered by path. */
function split(from: string, to: string, change: FlowDirection, delta: PacketSet, outcomes: readonly Outcome[]): ChangedClass[] {
  const restricted = outcomes.flatMap((o) => {
    const orig = o.orig.intersect(delta);
    return orig.isEmpty() ? [] : [{ ...o, orig }];
  });
  return groupOutcomes(restricted).map((c) => ({ from, to, change, packets: c.packets, outcome: c.outcomes[0]!, findings: [] }));
}

/** A newly allowed class split into the part the findings are about and the compliant rest. */
function judge(c: ChangedClass, findings: readonly Finding[]): ChangedClass[] {
  const about = findings.filter((f) => f.violating!.overlaps(c.packets));
  const violating = PacketSet.unionAll(about.map((f) => f.violating!)).intersect(c.packets);
  const compliant = c.packets.subtract(violating);
  const out: ChangedClass[] = [];
  if (!violating.isEmpty()) out.push({ ...c, packets: violating, verdict: 'violation', findings: about.map((f) => f.fingerprint) });
  if (!compliant.isEmpty()) out.push({ ...c, packets: compliant, verdict: 'compliant', findings: [] });
  return out;
}

/**
 * Classes that differ only in what a reader of the change does not act on (the route that
 * carried them, a NAT pool piece) become one: same pair, same verdict and findings, same
 * devices, interfaces, rules and NAT (pathSignature), same fate.
 */
function mergeByPath(classes: readonly ChangedClass[]): ChangedClass[] {
  const merged = new Map<string, ChangedClass>();
  for (const c of classes) {
    const key = [c.from, c.to, c.change, c.verdict ?? '', c.outcome.disposition, c.outcome.to ?? '', pathSignature(c.outcome.hops), ...c.findings].join('\u0000');
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, packets: seen.packets.union(c.packets) } : c);
  }
  return [...merged.values()];
}

/** The rule (or configured default) that stopped a blocked class, when a filter did. */
function stoppingLocation(hops: readonly Hop[], disposition: Disposition): Provenance | undefined {
  if (disposition !== 'denied') return undefined;
  const last = hops[hops.length - 1]?.decisions.at(-1);
  return last?.action === 'deny' ? last.provenance : undefined;
}

/** Segments, then external networks, of both snapshots, each once, in the after site's order. */
function ownerIds(before: AuditedNetwork, after: AuditedNetwork): string[] {
  const ids = (r: AuditedNetwork) => [...r.site.segments, ...r.site.externals].map((o) => o.id);
  return [...new Set([...ids(after), ...ids(before)])];
}
