import type { Port } from '../network/topology.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * A device that forwards between interfaces of segments (or externals) of different kinds
 * with no filter at all in that direction: a router with no ACL between LGWAN and the
 * Internet segment, or a FortiGate zone with `intrazone allow` spanning two segments.
 */
export function unfilteredBridge(ctx: CheckContext, check: CheckConfig): Finding[] {
  const findings: Finding[] = [];
  const byDevice = new Map<string, Array<{ port: Port; owner: string; kind: string }>>();
  for (const port of ctx.topology.allPorts()) {
    if (!port.iface.enabled) continue;
    const owner = ownerOfPort(ctx, port);
    if (!owner) continue;
    const list = byDevice.get(port.device.id) ?? [];
    list.push({ port, ...owner });
    byDevice.set(port.device.id, list);
  }
  for (const [deviceId, ports] of byDevice) {
    for (const a of ports) {
      for (const b of ports) {
        if (a === b || a.kind === b.kind) continue;
        if (!ctx.reachability.plans.isUnfiltered(deviceId, a.port.iface.name, b.port.iface.name)) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          from: a.owner,
          to: b.owner,
          params: { device: deviceId, in: a.port.iface.name, out: b.port.iface.name, from: a.owner, to: b.owner },
          location: a.port.iface.provenance,
          fingerprint: fingerprintOf(check.id, deviceId, a.port.iface.name, b.port.iface.name),
        });
      }
    }
  }
  return findings;
}

/** The segment or external on an interface: the site's attach point, else the owner of its address. */
function ownerOfPort(ctx: CheckContext, port: Port): { owner: string; kind: string } | undefined {
  const attached = ctx.topology.attachmentAt(port.device.id, port.iface.name);
  const id = attached?.owner ?? port.iface.addresses.map((a) => ctx.topology.ownership.ownerOf(a.address)).find((o) => o?.type === 'segment')?.id;
  const owner = id === undefined ? undefined : ctx.topology.ownership.owner(id);
  return owner && owner.type !== 'transit' ? { owner: owner.id, kind: owner.kind } : undefined;
}
