import type { StaticRoute } from '../../src/model/route.js';
import type { Cidr } from '../../src/space/ip.js';
import { defined } from './defined.js';
import type { InterfaceNames } from './interface-names.js';
import type { References } from './references.js';
import { type AddressResolver, referenceKind } from './resolve-addresses.js';
import type { FgSdwanZone, FgStaticRoute } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface RouteContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly interfaces: InterfaceNames;
  readonly sdwanZones: ReadonlyMap<string, FgSdwanZone>;
}

/**
 * Static routes. IPv6 routes get ids "static6/<id>" because FortiOS numbers the two tables
 * separately. An SD-WAN route stands for one route per enabled member of its zones, through
 * that member's interface and gateway, with ids "<id>/<interface>".
 */
export function convertRoutes(routes: readonly FgStaticRoute[], ctx: RouteContext): StaticRoute[] {
  const out: StaticRoute[] = [];
  for (const r of routes) {
    const usedBy = `router ${r.family === 4 ? 'static' : 'static6'} ${r.id}`;
    for (const u of r.unmodelled) {
      ctx.sink.unsupported(u.line, r.context, `${usedBy} sets ${u.key} ${u.values.join(' ')}, which is not modelled; the route is modelled without it`);
    }
    const prefix = r.dstaddr ? prefixOfObject(r, usedBy, ctx) : r.dst;
    if (prefix === undefined) continue;
    const id = r.family === 4 ? r.id : `static6/${r.id}`;
    const base = { prefix, discard: r.blackhole, distance: r.distance, priority: r.priority, enabled: r.enabled, provenance: { file: ctx.file, line: r.line } };
    if (r.sdwanZones !== undefined) {
      for (const zoneName of r.sdwanZones) {
        const zone = ctx.sdwanZones.get(zoneName);
        ctx.refs.addSetting('zone', zoneName, zone !== undefined, usedBy, 'sdwan-zone', r.line, r.context, 'the route is not modelled');
        for (const m of zone?.members ?? []) {
          if (!m.enabled || (m.gateway !== undefined && m.gateway.family !== r.family)) continue;
          out.push({ id: `${id}/${m.interface}`, ...base, interface: m.interface, ...defined({ gateway: m.gateway }) });
        }
      }
      continue;
    }
    if (r.device !== undefined) {
      const resolved = ctx.interfaces.resolve(r.device).resolved;
      ctx.refs.addSetting('interface', r.device, resolved, usedBy, 'device', r.line, r.context, 'the route leaves through an unknown interface');
    }
    out.push({ id, ...base, ...defined({ gateway: r.blackhole ? undefined : r.gateway, interface: r.device }) });
  }
  return out;
}

/** `set dstaddr <object>`: the route's prefix is the object's subnet, if it is exactly one. */
function prefixOfObject(r: FgStaticRoute, usedBy: string, ctx: RouteContext): Cidr | undefined {
  const name = r.dstaddr!.names[0]!;
  const entry = ctx.addresses.lookup(name, r.family);
  ctx.refs.addSetting(referenceKind(entry), name, entry !== undefined, usedBy, 'dstaddr', r.dstaddr!.line, r.context, 'the route is not modelled');
  if (entry === undefined) return undefined;
  if (entry.kind === 'address' && entry.object.value.type === 'subnet') return entry.object.value.cidr;
  ctx.sink.invalid(r.dstaddr!.line, r.context, `${usedBy} dstaddr "${name}" is not a single subnet; the route is not modelled`);
  return undefined;
}
