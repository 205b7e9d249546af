import { UNCLASSIFIED } from '../network/ownership.js';
import { formatCidr, makeCidr } from '../space/ip.js';
import { PacketSet } from '../space/packet-set.js';
import { summarizePacketSet } from '../space/summary.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf, responsibleLocation } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * Address space the site does not classify: an interface subnet no segment, external or transit
 * declaration claims (a subnet that falls into the leftover 'default' external without being
 * its attach point counts too), and destinations traffic can reach that no one claims.
 * Until they are classified, no three-layer verdict about them is possible.
 */
export function unclassifiedNetwork(ctx: CheckContext, check: CheckConfig): Finding[] {
  const findings: Finding[] = [];
  const leftover = ctx.site.externals.find((e) => e.networks === 'default')?.id;
  for (const port of ctx.topology.allPorts()) {
    if (!port.iface.enabled) continue;
    const attached = ctx.topology.attachmentAt(port.device.id, port.iface.name);
    for (const a of port.iface.addresses) {
      const owner = ctx.topology.ownership.ownerOf(a.address);
      if (owner && !(owner.id === leftover && attached?.owner !== leftover)) continue;
      const subnet = formatCidr(makeCidr(a.address, a.prefixLength));
      findings.push({
        check: check.id,
        severity: check.severity,
        variant: 'interface',
        params: { device: port.device.id, iface: port.iface.name, subnet },
        location: port.iface.provenance,
        fingerprint: fingerprintOf(check.id, 'interface', port.device.id, port.iface.name, subnet),
      });
    }
  }
  const sources = new Set(ctx.reachability.outcomes.filter((o) => o.disposition === 'delivered' && o.to === UNCLASSIFIED).map((o) => o.source));
  for (const source of [...sources].sort()) {
    const outcomes = ctx.reachability.delivered(source, UNCLASSIFIED);
    const packets = PacketSet.unionAll(outcomes.map((o) => o.orig));
    const location = responsibleLocation(outcomes[0]!.hops);
    findings.push({
      check: check.id,
      severity: check.severity,
      variant: 'reachable',
      from: source,
      params: { from: source, destinations: packets.dstSpace().toString() },
      packets: summarizePacketSet(packets),
      ...(location ? { location } : {}),
      fingerprint: fingerprintOf(check.id, 'reachable', source),
    });
  }
  return findings;
}
