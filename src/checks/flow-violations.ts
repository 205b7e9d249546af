import type { Outcome } from '../analysis/flow.js';
import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import { type CarrierTerm, carrierTerms, uncarried } from './carriers.js';
import type { CheckContext } from './context.js';
import { type Finding, evidence, fingerprintOf, pathSignature, responsibleLocation } from './finding.js';
import type { Carrier, CheckConfig } from './types.js';

/** The violating packets of one path between two owners. */
export interface PathViolation {
  /** A representative outcome of the path (all share devices, rules and NAT). */
  readonly outcome: Outcome;
  readonly packets: PacketSet;
  /** The path's identity, for the fingerprint. */
  readonly signature: string;
}

/**
 * Packets initiated in `from` and delivered into `to` that no carrier covers, restricted to
 * `scope` as delivered, grouped by path: each path is one set of rules to fix.
 */
export function violationsByPath(ctx: CheckContext, from: string, to: string, carriers: readonly Carrier[], scope?: PacketSet): PathViolation[] {
  return violationsAmong(ctx.reachability.delivered(from, to), carrierTerms(ctx, carriers), scope);
}

/** The same over given outcomes and carrier terms, for checks that ask many times over one pair. */
export function violationsAmong(outcomes: readonly Outcome[], terms: readonly CarrierTerm[], scope?: PacketSet): PathViolation[] {
  const byPath = new Map<string, { outcome: Outcome; packets: PacketSet }>();
  for (const outcome of outcomes) {
    const violating = uncarried(terms, outcome, scope);
    if (violating.isEmpty()) continue;
    const key = pathSignature(outcome.hops);
    const seen = byPath.get(key);
    byPath.set(key, seen ? { outcome: seen.outcome, packets: seen.packets.union(violating) } : { outcome, packets: violating });
  }
  return [...byPath].map(([signature, v]) => ({ ...v, signature }));
}

/** A finding for one violating path, with its evidence and the rule most responsible. */
export function pathFinding(
  ctx: CheckContext,
  check: CheckConfig,
  from: string,
  to: string,
  violation: PathViolation,
  params: Readonly<Record<string, string | number>> = {},
  identity: readonly string[] = [],
): Finding {
  const location = responsibleLocation(violation.outcome.hops);
  // Packets leaving through an attach point count as delivered to that external network
  // whatever their address: show one whose destination really is that network's, if any.
  const focus = uncarried([], { ...violation.outcome, orig: violation.packets }, PacketSet.of(AddressSpace.ANY, ctx.topology.ownership.spaceOf(to)));
  return {
    check: check.id,
    severity: check.severity,
    from,
    to,
    params: { from, to, ...params },
    ...evidence(violation.outcome, violation.packets, ctx.witness, focus),
    ...(location ? { location } : {}),
    fingerprint: fingerprintOf(check.id, from, to, ...identity, violation.signature),
    violating: violation.packets,
  };
}

/** Each ordered pair once, never an owner with itself. */
export function ownerPairs(froms: readonly string[], tos: readonly string[], bothWays: boolean): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  const add = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    out.push([a, b]);
  };
  for (const f of froms) for (const t of tos) add(f, t);
  if (bothWays) for (const t of tos) for (const f of froms) add(t, f);
  return out;
}
