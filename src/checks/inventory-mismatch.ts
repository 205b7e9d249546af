import { formatIp } from '../space/ip.js';
import { resolveSegmentName } from '../site/segment-names.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * Inventory rows that disagree with the network: a segment value that names no segment, an
 * address in a segment other than the one the row states, or an address in no known network.
 * The inventory (情報資産台帳) is what the organization believes; the configs are what is.
 */
export function inventoryMismatch(ctx: CheckContext, check: CheckConfig): Finding[] {
  const findings: Finding[] = [];
  const file = ctx.inventoryFile ?? 'inventory.csv';
  const leftover = ctx.site.externals.find((e) => e.networks === 'default')?.id;
  for (const asset of ctx.assets) {
    // A dual-homed host (a file sanitizer with one NIC per segment) may name several segments.
    const names = (asset.segment ?? '').split(/[;；、,／/]/).map((n) => n.trim()).filter(Boolean);
    const stated = names.map((n) => ({ name: n, segment: resolveSegmentName(ctx.site.segments, n) }));
    const base = { check: check.id, severity: check.severity, location: { file, line: asset.line } };
    for (const s of stated.filter((x) => !x.segment)) {
      findings.push({
        ...base,
        variant: 'unknown-segment',
        params: { host: asset.hostname, segment: s.name },
        fingerprint: fingerprintOf(check.id, 'unknown-segment', asset.hostname, s.name),
      });
    }
    const known = stated.flatMap((x) => (x.segment ? [x.segment.id] : []));
    for (const address of asset.addresses) {
      const owner = ctx.topology.ownership.ownerOf(address);
      const ip = formatIp(address);
      if (!owner || owner.id === leftover) {
        findings.push({ ...base, variant: 'no-network', params: { host: asset.hostname, address: ip }, fingerprint: fingerprintOf(check.id, 'no-network', asset.hostname, ip) });
      } else if (known.length > 0 && !known.includes(owner.id)) {
        findings.push({
          ...base,
          variant: 'segment-differs',
          params: { host: asset.hostname, address: ip, stated: known.join(', '), actual: owner.id },
          fingerprint: fingerprintOf(check.id, 'segment-differs', asset.hostname, ip),
        });
      }
    }
  }
  return findings;
}
