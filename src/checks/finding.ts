import { createHash } from 'node:crypto';
import type { Hop, Outcome } from '../analysis/flow.js';
import type { Provenance } from '../model/provenance.js';
import { formatIp } from '../space/ip.js';
import type { Packet } from '../space/packet.js';
import type { PacketSet } from '../space/packet-set.js';
import { summarizePacketSet } from '../space/summary.js';
import { applyToPacket, isIdentity } from '../space/transform.js';
import { type WitnessHints, pickWitness } from '../space/witness.js';
import type { CheckWords, Clause, Severity } from './types.js';

/** A concrete packet in report form. */
export interface WitnessPacket {
  readonly src: string;
  readonly dst: string;
  readonly protocol: number;
  readonly srcPort: number;
  readonly dstPort: number;
}

/** One device on a finding's path, with the rule that decided there. */
export interface PathStep {
  readonly device: string;
  readonly in: string;
  readonly inZone?: string;
  readonly out?: string;
  readonly outZone?: string;
  /** Rule id, or absent when a stage default decided. */
  readonly rule?: string;
  readonly ruleName?: string;
  /** The deciding rule models a vendor default (intrazone allow, implicit deny). */
  readonly implicit: boolean;
  readonly action: 'permit' | 'deny' | 'none';
  /** Where the deciding rule (or the device) is defined. */
  readonly file?: string;
  readonly line?: number;
  /** Destination and source NAT applied here, in words. */
  readonly nat?: string;
  /** Route used: "10.20.0.0/16 via 10.255.0.2". */
  readonly route?: string;
}

/**
 * A finding before it is put into words: the check, what it is about, and the evidence.
 * Reports render `title` and `message` from the message catalogue using `variant` and `params`.
 */
export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  /** Segment or external id the traffic starts in (flow checks). */
  readonly from?: string;
  /** Segment or external id it is delivered into (flow checks). */
  readonly to?: string;
  /** Selects a message form for checks with several ("no-network"). */
  readonly variant?: string;
  /** Values the message refers to. */
  readonly params: Readonly<Record<string, string | number>>;
  /** Readable summary of every violating packet class ("10.30.0.0/16 → 10.20.5.30 tcp/445"). */
  readonly packets?: readonly string[];
  /** A concrete violating packet as its initiator sends it. */
  readonly witness?: WitnessPacket;
  /** The same packet as delivered, when NAT changed it. */
  readonly delivered?: WitnessPacket;
  readonly path?: readonly PathStep[];
  /** The config line most responsible. */
  readonly location?: Provenance;
  /** The clause the check enforces, from the policy profile or the user's ruleset. */
  readonly clause?: Clause;
  /** A user ruleset's own title for its check (shipped checks have theirs in the catalogue). */
  readonly title?: CheckWords;
  /** Stable across unrelated edits: no line numbers go into it. */
  readonly fingerprint: string;
  /**
   * Flow findings: exactly the packets (as initiated) the finding is about. Not reported; it
   * lets `sansou diff` tell, of traffic a change newly allows, which part breaks the policy.
   */
  readonly violating?: PacketSet;
}

export function fingerprintOf(...parts: ReadonlyArray<string | number | undefined>): string {
  return createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u0001'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * A path's identity: devices, interfaces, rules and NAT, never line numbers. Rules and NAT
 * entries count by their content-derived identity where their vendor id is a position, so a
 * rule inserted or moved elsewhere in the list does not change the path of a finding.
 */
export function pathSignature(hops: readonly Hop[]): string {
  return hops
    .map((h) => {
      const dnat = h.dnat ? (h.dnat.identity ?? h.dnat.id) : '';
      const rules = h.decisions.map((d) => d.ruleIdentity ?? d.ruleId ?? `default:${d.action}`).join('+');
      const snat = h.snat ? (h.snat.identity ?? h.snat.ruleId ?? '') : '';
      return `${h.device}/${h.in}>${h.out ?? ''}/${dnat}/${rules}/${snat}`;
    })
    .join('|');
}

export function toWitness(p: Packet): WitnessPacket {
  return { src: formatIp(p.src), dst: formatIp(p.dst), protocol: p.protocol, srcPort: p.srcPort, dstPort: p.dstPort };
}

export function toPathSteps(hops: readonly Hop[]): PathStep[] {
  return hops.map((h) => {
    const last = h.decisions[h.decisions.length - 1];
    const nat = [h.dnat ? `DNAT ${h.dnat.id}` : '', h.snat ? `SNAT ${h.snat.pool}` : ''].filter(Boolean).join(', ');
    const where = last?.provenance;
    return {
      device: h.device,
      in: h.in,
      ...(h.inZone === undefined ? {} : { inZone: h.inZone }),
      ...(h.out === undefined ? {} : { out: h.out }),
      ...(h.outZone === undefined ? {} : { outZone: h.outZone }),
      ...(last?.ruleId === undefined ? {} : { rule: last.ruleId }),
      ...(last?.ruleName === undefined ? {} : { ruleName: last.ruleName }),
      implicit: last?.implicit ?? false,
      action: last ? last.action : 'none',
      ...(where ? { file: where.file, line: where.line } : {}),
      ...(nat ? { nat } : {}),
      ...(h.route ? { route: h.gateway === undefined ? h.route.prefix : `${h.route.prefix} via ${h.gateway}` } : {}),
    };
  });
}

/**
 * The rule most responsible for a delivered path: the last explicit permit on it (the one
 * guarding the destination); else the last decision with a config line.
 */
export function responsibleLocation(hops: readonly Hop[]): Provenance | undefined {
  const decisions = hops.flatMap((h) => h.decisions);
  const explicit = [...decisions].reverse().find((d) => d.action === 'permit' && !d.implicit && d.provenance);
  return (explicit ?? [...decisions].reverse().find((d) => d.provenance))?.provenance;
}

/**
 * Evidence for a class of packets that followed `outcome`'s path: witness, NAT'd witness,
 * summary. The witness comes from `focus` when given and not empty (the most telling part).
 */
export function evidence(outcome: Outcome, packets: PacketSet, hints: WitnessHints, focus?: PacketSet) {
  const witness = pickWitness(focus && !focus.isEmpty() ? focus : packets, hints);
  const delivered = witness && !isIdentity(outcome.t) ? applyToPacket(outcome.t, witness) : undefined;
  return {
    packets: summarizePacketSet(packets),
    ...(witness ? { witness: toWitness(witness) } : {}),
    ...(delivered ? { delivered: toWitness(delivered) } : {}),
    path: toPathSteps(outcome.hops),
  };
}
