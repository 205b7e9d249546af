import type { StaticRoute } from '../../src/model/route.js';
import type { VsysContext } from './convert-context.js';
import type { PanRouter } from './vendor-config.js';

/**
 * The routers that hold at least one of the vsys's interfaces. PAN-OS keeps one routing table
 * per virtual router; the neutral device has one, so a vsys spread over several routers gets
 * their union (reported: a packet could then use a route of the other router).
 */
export function routersOf(ctx: VsysContext, owners: ReadonlyMap<string, string>): PanRouter[] {
  const owned = new Set(ctx.interfaceNames);
  const mine = ctx.config.routers.filter((r) => r.interfaces.names.some((n) => owned.has(n)));
  if (mine.length > 1) {
    ctx.sink.unsupported(
      mine[1]!.line,
      mine[1]!.context,
      `vsys ${ctx.vsys.name} has interfaces in ${mine.map((r) => r.name).join(', ')}: their routing tables are merged into one (routes of one may carry traffic of the other)`,
    );
  }
  for (const r of mine) {
    const others = new Set(r.interfaces.names.map((n) => owners.get(n)).filter((v): v is string => v !== undefined && v !== ctx.vsys.name));
    if (others.size > 0 && ctx.once.first(`vr-span:${r.name}`)) {
      ctx.sink.unsupported(r.line, r.context, `virtual router ${r.name} spans vsys ${[ctx.vsys.name, ...others].join(', ')}: each vsys gets its routes, and traffic between them through the router is not modelled`);
    }
    for (const p of r.dynamicProtocols) {
      if (ctx.once.first(`dyn:${r.name}:${p.value}`)) ctx.sink.unsupported(p.line, r.context, `${p.value.toUpperCase()} is enabled on ${r.name}: the routes it learns are unknown offline and not modelled`);
    }
  }
  return mine;
}

/**
 * Static routes of the routers, in order; routes sansou cannot install are reported and left
 * out. PAN-OS installs a static route only while its interface is up; the analysis checks that
 * for routes with a next hop, and here for discard routes that name an interface.
 */
export function convertRoutes(ctx: VsysContext, routers: readonly PanRouter[], up: ReadonlySet<string>): StaticRoute[] {
  const out: StaticRoute[] = [];
  const ids = new Set<string>();
  for (const r of routers) {
    for (const s of r.routes) {
      if (!s.destination) continue;
      if (s.interface !== undefined && !ctx.interfaceNames.includes(s.interface)) {
        // A router shared by several vsys: a route out of another vsys's interface is that vsys's.
        const exists = ctx.config.interfaces.some((i) => i.name === s.interface);
        if (!exists) ctx.refs.add('interface', s.interface, false, `static route ${s.name}`, s.line, s.context, 'the route is not installed');
        continue;
      }
      const base = routers.length > 1 ? `${r.name}/${s.name}` : s.name;
      let id = base;
      for (let k = 2; ids.has(id); k++) id = `${base}#${k}`;
      const common = {
        id,
        prefix: s.destination,
        distance: s.adminDist,
        priority: s.metric,
        enabled: true,
        provenance: { file: ctx.file, line: s.line },
        ...(s.interface === undefined ? {} : { interface: s.interface }),
      };
      switch (s.nexthop.type) {
        case 'ip-address':
          out.push({ ...common, gateway: s.nexthop.address, discard: false });
          break;
        case 'discard':
          if (s.interface !== undefined && !up.has(s.interface)) continue;
          out.push({ ...common, discard: true });
          break;
        case 'none':
          if (s.interface === undefined) {
            if (ctx.once.first(`no-nh:${s.line}`)) ctx.sink.invalid(s.line, s.context, `static route ${s.name} has neither a next hop nor an interface; it is not installed`);
            continue;
          }
          out.push({ ...common, discard: false });
          break;
        case 'next-vr':
          if (ctx.once.first(`next-vr:${s.line}`)) ctx.sink.unsupported(s.line, s.context, `static route ${s.name} hands traffic to virtual router ${s.nexthop.router}: inter-router forwarding is not modelled, the route is treated as absent`);
          continue;
        case 'fqdn':
          if (ctx.once.first(`fqdn-nh:${s.line}`)) ctx.sink.unsupported(s.line, s.context, `static route ${s.name} uses FQDN next hop ${s.nexthop.fqdn}, unknown offline: the route is treated as absent`);
          continue;
        case 'invalid':
          continue;
      }
      ids.add(id);
      if (s.interface !== undefined) ctx.refs.add('interface', s.interface, true, `static route ${s.name}`, s.line, s.context);
    }
  }
  return out;
}
