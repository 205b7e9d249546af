import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import type { CheckContext } from './context.js';
import type { Finding } from './finding.js';
import { pathFinding, violationsByPath } from './flow-violations.js';
import type { CheckConfig } from './types.js';

type FlowMatrix = Extract<CheckConfig, { primitive: 'flow-matrix' }>;

/**
 * A user's zone-to-zone matrix, like a unified security policy: between any two listed zones,
 * traffic is a finding unless an allowance names that pair, and then only beyond the services
 * it names. Checked exactly, on the packets as delivered (after NAT), every path separately.
 * Zones the site does not define are reported by the audit as input problems, not here.
 */
export function flowMatrix(ctx: CheckContext, check: FlowMatrix): Finding[] {
  const known = new Set([...ctx.site.segments.map((s) => s.id), ...ctx.site.externals.map((e) => e.id)]);
  const zones = check.zones.filter((z) => known.has(z));
  const findings: Finding[] = [];
  for (const from of zones) {
    for (const to of zones) {
      if (from === to) continue;
      const allowances = check.allow.filter((a) => a.from === from && a.to === to);
      if (allowances.some((a) => a.services === undefined)) continue;
      // Everything outside the allowed services, as delivered, is a violation.
      const allowed = PacketSet.unionAll(allowances.map((a) => PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, a.services!)));
      const scope = PacketSet.ANY.subtract(allowed);
      const services = allowances.map((a) => a.servicesText ?? '').join(', ');
      for (const v of violationsByPath(ctx, from, to, [], scope)) {
        findings.push(pathFinding(ctx, check, from, to, v, { allowed: services === '' ? '—' : services }));
      }
    }
  }
  return findings;
}
