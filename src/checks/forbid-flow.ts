import type { Outcome } from '../analysis/flow.js';
import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import { preimage, uniformize } from '../space/transform.js';
import { type CheckContext, idsOfKinds } from './context.js';
import { type Finding, evidence, fingerprintOf, pathSignature, responsibleLocation } from './finding.js';
import type { Carrier, CheckConfig } from './types.js';

type ForbidFlow = Extract<CheckConfig, { primitive: 'forbid-flow' }>;

/**
 * Forbids every class of packets initiated in a `from` kind and delivered into a `to` kind,
 * except what the carriers cover. The carriers are tested on the initiator's address and on
 * the packet as delivered (real destination host and service, after any NAT), because that is
 * what a sanitizer, an approval or a breakout entry declares. One finding per distinct path:
 * each path is one set of rules to fix.
 */
export function forbidFlow(ctx: CheckContext, check: ForbidFlow): Finding[] {
  const pairs: Array<[string, string]> = [];
  const froms = idsOfKinds(ctx, check.from);
  const tos = idsOfKinds(ctx, check.to);
  for (const f of froms) for (const t of tos) if (f !== t) pairs.push([f, t]);
  if (check.bothWays) for (const t of tos) for (const f of froms) if (f !== t) pairs.push([t, f]);

  const findings: Finding[] = [];
  for (const [from, to] of uniquePairs(pairs)) {
    const byPath = new Map<string, { outcome: Outcome; packets: PacketSet }>();
    for (const outcome of ctx.reachability.delivered(from, to)) {
      const violating = uncarried(ctx, check.carriers, outcome);
      if (violating.isEmpty()) continue;
      const key = pathSignature(outcome.hops);
      const seen = byPath.get(key);
      byPath.set(key, seen ? { outcome: seen.outcome, packets: seen.packets.union(violating) } : { outcome, packets: violating });
    }
    for (const [signature, { outcome, packets }] of byPath) {
      const location = responsibleLocation(outcome.hops);
      findings.push({
        check: check.id,
        severity: check.severity,
        from,
        to,
        params: { from, to },
        ...evidence(outcome, packets, ctx.witness),
        ...(location ? { location } : {}),
        fingerprint: fingerprintOf(check.id, from, to, signature),
      });
    }
  }
  return findings;
}

function uniquePairs(pairs: Array<[string, string]>): Array<[string, string]> {
  const seen = new Set<string>();
  return pairs.filter(([a, b]) => {
    const key = `${a}\u0000${b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The packets of the outcome that no carrier covers (a NAT pool choice counts if any choice does). */
function uncarried(ctx: CheckContext, carriers: readonly Carrier[], outcome: Outcome): PacketSet {
  if (carriers.length === 0) return outcome.orig;
  const terms = carrierTerms(ctx, carriers);
  if (terms.length === 0) return outcome.orig;
  let violating = PacketSet.EMPTY;
  for (const t of uniformize(outcome.t, terms.map((x) => x.delivered))) {
    let rest = outcome.orig;
    for (const term of terms) {
      if (rest.isEmpty()) break;
      const covered = preimage(term.delivered, t).restrictSrc(term.initiator);
      rest = rest.subtract(covered);
    }
    violating = violating.union(rest);
  }
  return violating;
}

/** A carrier as two tests: on the initiator's address, and on the packet as delivered. */
interface CarrierTerm {
  readonly initiator: AddressSpace;
  readonly delivered: PacketSet;
}

function carrierTerms(ctx: CheckContext, carriers: readonly Carrier[]): CarrierTerm[] {
  const terms: CarrierTerm[] = [];
  for (const carrier of carriers) {
    if (carrier.type === 'approved') {
      for (const a of ctx.site.approved) terms.push({ initiator: a.from, delivered: PacketSet.of(AddressSpace.ANY, a.to, a.services) });
    } else if (carrier.type === 'breakout') {
      for (const b of ctx.site.breakout) terms.push({ initiator: AddressSpace.ANY, delivered: PacketSet.of(AddressSpace.ANY, b.destinations, b.services) });
    } else {
      for (const s of ctx.site.sanitizers) {
        if (!carrier.methods.includes(s.method)) continue;
        if (carrier.end !== 'destination') terms.push({ initiator: s.hosts, delivered: PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, s.services) });
        if (carrier.end !== 'source') terms.push({ initiator: AddressSpace.ANY, delivered: PacketSet.of(AddressSpace.ANY, s.hosts, s.services) });
      }
    }
  }
  return terms;
}
