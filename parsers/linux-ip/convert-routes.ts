import type { Interface } from '../../src/model/interface.js';
import type { StaticRoute } from '../../src/model/route.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { type Cidr, formatIp, makeCidr } from '../../src/space/ip.js';
import type { IpNextHop, IpRoute, LinuxIpConfig } from './vendor-config.js';
import type { CompanionWarnings } from './warnings.js';

/** Linux has no administrative distance; every route of the main table gets this one. */
export const LINUX_ROUTE_DISTANCE = 1;

/** Route types of the local table, printed by `ip route show table all`: not forwarding routes. */
const LOCAL_TABLE_TYPES = new Set(['local', 'broadcast', 'multicast', 'anycast', 'nat']);

/**
 * Routes of the main table as static routes. Connected routes (`proto kernel` on a subnet of
 * the interface's own addresses) are left out, because the network stage derives them from
 * interface addresses. The metric is the priority (lower wins, equal metrics share: ECMP), and
 * all routes share one distance. blackhole, unreachable and prohibit routes discard.
 */
export function convertRoutes(config: LinuxIpConfig, interfaces: readonly Interface[], file: string, warnings: CompanionWarnings): StaticRoute[] {
  const byName = new Map(interfaces.map((i) => [i.name, i]));
  const out: StaticRoute[] = [];
  for (const r of config.routes) {
    const ctx = r.family === 6 ? 'ip -6 route' : 'ip route';
    if (r.table !== undefined && r.table !== 'main' && r.table !== '254') {
      if (r.table !== 'local' && r.table !== '255') warnings.add('unsupported', r.line, ctx, `routing table ${r.table} is used only through policy rules, which are not modelled; the route is ignored`);
      continue;
    }
    if (LOCAL_TABLE_TYPES.has(r.type)) continue;
    if (r.type === 'throw') {
      warnings.add('unsupported', r.line, ctx, 'a throw route sends the lookup on to the next policy rule, which is not modelled; ignored');
      continue;
    }
    if (isLinkLocalOrMulticast(r.prefix)) continue;
    const metric = r.metric ?? (r.family === 6 ? 1024 : 0);
    const base = { prefix: r.prefix, distance: LINUX_ROUTE_DISTANCE, priority: metric, enabled: true };
    if (r.type === 'blackhole' || r.type === 'unreachable' || r.type === 'prohibit') {
      out.push({ ...base, id: String(r.line), discard: true, provenance: { file, line: r.line } });
      continue;
    }
    if (r.nextHops.length === 0) {
      warnings.add('invalid', r.line, ctx, 'the route names neither a gateway nor a device; ignored');
      continue;
    }
    if (r.proto === 'kernel' && isConnected(r, byName)) continue;
    for (const nh of r.nextHops) {
      if (nh.dead) continue;
      // Routes onto the loopback device deliver locally; they never forward.
      if (nh.dev === 'lo') continue;
      const route = nextHopRoute(r, nh, byName, ctx, warnings);
      if (route) out.push({ ...base, ...route, id: r.nextHops.length > 1 ? `${r.line}/${nh.line}` : String(r.line), discard: false, provenance: { file, line: nh.line } });
    }
  }
  return out;
}

function nextHopRoute(
  r: IpRoute,
  nh: IpNextHop,
  byName: ReadonlyMap<string, Interface>,
  ctx: string,
  warnings: CompanionWarnings,
): Pick<StaticRoute, 'gateway' | 'interface'> | undefined {
  const iface = nh.dev === undefined ? undefined : byName.get(nh.dev);
  if (nh.dev !== undefined && !iface) {
    warnings.add('invalid', nh.line, ctx, `device ${nh.dev} is not among the interfaces of the addr output; the route cannot be installed`);
  }
  const dev = nh.dev === undefined ? {} : { interface: nh.dev };
  if (!nh.gateway) return dev;
  if (nh.gateway.family !== r.family) {
    warnings.add('unsupported', nh.line, ctx, `a gateway of the other family (${formatIp(nh.gateway)}) is not modelled; the route is ignored`);
    return undefined;
  }
  if (nh.gateway.family === 6 && nh.gateway.value >> 118n === 0x3fan) {
    if (nh.dev === undefined) return undefined;
    warnings.add('unsupported', nh.line, ctx, `link-local gateway ${formatIp(nh.gateway)} is not modelled (link-local addresses are left out): treated as a route onto ${nh.dev} itself, so the next device is not followed`);
    return dev;
  }
  if (nh.onlink && iface && !iface.addresses.some((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).contains(nh.gateway!))) {
    warnings.add('unsupported', nh.line, ctx, `onlink gateway ${formatIp(nh.gateway)} is outside the subnets of ${nh.dev}: treated as a route onto ${nh.dev} itself, so the next device is not followed`);
    return dev;
  }
  return { ...dev, gateway: nh.gateway };
}

/** A kernel route for exactly the subnet of one of the interface's own addresses. */
function isConnected(r: IpRoute, byName: ReadonlyMap<string, Interface>): boolean {
  const nh = r.nextHops[0];
  if (r.nextHops.length !== 1 || nh?.dev === undefined || nh.gateway) return false;
  const iface = byName.get(nh.dev);
  return (
    iface !== undefined &&
    iface.addresses.some((a) => {
      const c = makeCidr(a.address, a.prefixLength);
      return c.family === r.prefix.family && c.prefixLength === r.prefix.prefixLength && c.address === r.prefix.address;
    })
  );
}

function isLinkLocalOrMulticast(prefix: Cidr): boolean {
  if (prefix.family === 4) return prefix.prefixLength >= 4 && prefix.address >>> 28 === 0xe;
  return prefix.prefixLength >= 8 && (prefix.address >> 120n === 0xffn || (prefix.prefixLength >= 10 && prefix.address >> 118n === 0x3fan));
}
