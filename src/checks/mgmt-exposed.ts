import type { Outcome } from '../analysis/flow.js';
import type { ManagementAccess } from '../model/management.js';
import { PacketSet } from '../space/packet-set.js';
import { carrierTerms, uncarried } from './carriers.js';
import { type CheckContext, idsOf } from './context.js';
import { type Finding, evidence, fingerprintOf } from './finding.js';
import type { Carrier, CheckConfig } from './types.js';

type MgmtExposed = Extract<CheckConfig, { primitive: 'mgmt-exposed' }>;

/**
 * Services a device answers that give no way to administer it: echo replies, FortiGate's
 * load-balancer probe responder, RADIUS accounting, wireless AP control (CAPWAP) and
 * FortiToken push. Reporting them as exposed management would bury the real findings.
 */
const NOT_ADMINISTRATION = new Set(['ping', 'icmp', 'traceroute', 'probe-response', 'radius-acct', 'capwap', 'ftm']);

/**
 * A registered sanitizer answering its own services (a Linux file sanitizer's upload portal on
 * tcp/443, which iptables cannot tell from administration) is doing its job: not management.
 */
const SANITIZER_SERVICES: readonly Carrier[] = [{ type: 'sanitizer', methods: ['mail', 'file', 'screen'], end: 'destination' }];

/**
 * A device management service that accepts sessions initiated in `from` (the Internet side).
 * Computed from the reachability analysis: the session must get through every firewall on the
 * way, the device's own ingress filters, and the service's trusted hosts, so a line such as
 * `allowaccess https` on an interface no Internet packet can reach is not a finding.
 */
export function mgmtExposed(ctx: CheckContext, check: MgmtExposed): Finding[] {
  const sources = new Set(idsOf(ctx, check.from));
  const sanitizerTerms = carrierTerms(ctx, SANITIZER_SERVICES);
  const exposures = new Map<string, { from: string; device: string; entry: ManagementAccess; outcome: Outcome; packets: PacketSet }>();
  for (const outcome of ctx.reachability.outcomes) {
    if (outcome.disposition !== 'accepted' || !sources.has(outcome.source) || outcome.to === undefined) continue;
    const last = outcome.hops[outcome.hops.length - 1];
    if (!last) continue;
    for (const { entry, packets } of ctx.reachability.plans.get(outcome.to).managementOn(last.in)) {
      if (NOT_ADMINISTRATION.has(entry.service)) continue;
      const hit = uncarried(sanitizerTerms, outcome, packets);
      if (hit.isEmpty()) continue;
      const key = `${outcome.source}\u0000${outcome.to}\u0000${entry.service}\u0000${entry.interface ?? ''}\u0000${entry.provenance.line}`;
      const seen = exposures.get(key);
      if (seen) exposures.set(key, { ...seen, packets: seen.packets.union(hit) });
      else exposures.set(key, { from: outcome.source, device: outcome.to, entry, outcome, packets: hit });
    }
  }
  return [...exposures.values()].map(({ from, device, entry, outcome, packets }) => ({
    check: check.id,
    severity: check.severity,
    from,
    variant: entry.interface === undefined ? 'device' : 'interface',
    params: { from, device, service: entry.service, ...(entry.interface === undefined ? {} : { interface: entry.interface }) },
    ...evidence(outcome, packets, ctx.witness),
    location: entry.provenance,
    fingerprint: fingerprintOf(check.id, from, device, entry.service, entry.interface ?? '*'),
  }));
}
