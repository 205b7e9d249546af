import type { Outcome } from '../analysis/flow.js';
import type { PacketSet } from '../space/packet-set.js';
import type { CheckContext } from './context.js';
import { type Finding, evidence, fingerprintOf, pathSignature, responsibleLocation } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * An external network reaching an external network of another kind through the organization:
 * the Internet into the LGWAN WAN, LGWAN into ガバメントクラウド. One finding per path.
 */
export function externalTransit(ctx: CheckContext, check: CheckConfig): Finding[] {
  const findings: Finding[] = [];
  for (const from of ctx.site.externals) {
    for (const to of ctx.site.externals) {
      if (from.id === to.id || from.kind === to.kind) continue;
      const byPath = new Map<string, { outcome: Outcome; packets: PacketSet }>();
      for (const outcome of ctx.reachability.delivered(from.id, to.id)) {
        const key = pathSignature(outcome.hops);
        const seen = byPath.get(key);
        byPath.set(key, seen ? { outcome: seen.outcome, packets: seen.packets.union(outcome.orig) } : { outcome, packets: outcome.orig });
      }
      for (const [signature, { outcome, packets }] of byPath) {
        const location = responsibleLocation(outcome.hops);
        findings.push({
          check: check.id,
          severity: check.severity,
          from: from.id,
          to: to.id,
          params: { from: from.id, to: to.id, fromKind: from.kind, toKind: to.kind },
          ...evidence(outcome, packets, ctx.witness),
          ...(location ? { location } : {}),
          fingerprint: fingerprintOf(check.id, from.id, to.id, signature),
        });
      }
    }
  }
  return findings;
}
