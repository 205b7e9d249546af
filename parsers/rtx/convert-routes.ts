import type { StaticRoute } from '../../src/model/route.js';
import { formatCidr } from '../../src/space/ip.js';
import { type ConvertContext, at, warnOnce } from './convert-context.js';
import type { RtxGateway, RtxRoute } from './vendor-config.js';

/** Distance of every static route: RTX has one preference for all of them. */
const STATIC_DISTANCE = 1;

/**
 * One neutral route per gateway of an `ip route` line. Gateways without `filter` share the
 * traffic by stream (ECMP, equal cost here); `weight 0` gateways are backups and filter-type
 * gateways carry only what their filters select, which the model cannot express: both are
 * treated as usable for every packet, so the model has more paths, never fewer. `pp N`,
 * `tunnel N` and loopbacks are interface routes; `dhcp IF` leaves through IF to a next hop
 * learned at run time; `null` discards. A later line for the same destination replaces an
 * earlier one on the router; the earlier one is kept disabled.
 */
export function convertRoutes(ctx: ConvertContext): StaticRoute[] {
  const out: StaticRoute[] = [];
  for (const r of ctx.config.routes) {
    if (r.replacedBy !== undefined) ctx.sink.invalid(r.line, '', `the route to ${r.destinationText} is set again on line ${r.replacedBy}, which replaces this one`);
    warnApproximations(ctx, r);
    r.gateways.forEach((g, k) => {
      const route = convertGateway(ctx, r, g, k);
      if (route) out.push(route);
    });
  }
  return out;
}

function convertGateway(ctx: ConvertContext, r: RtxRoute, g: RtxGateway, k: number): StaticRoute | undefined {
  const prefixText = formatCidr(r.prefix);
  const base = `${prefixText}${k > 0 ? ` gateway ${k + 1}` : ''}`;
  const id = r.replacedBy === undefined ? base : `${base} (line ${r.line})`;
  const common = { id, prefix: r.prefix, distance: STATIC_DISTANCE, priority: 0, enabled: r.replacedBy === undefined, provenance: at(ctx, r.line) };
  for (const n of g.filters) ctx.refs.add('acl', `ip filter ${n}`, ctx.config.staticFilters.has(n), `ip route ${r.destinationText} gateway ${g.text} filter`, r.line, '', 'the router never selects this gateway by it');
  const t = g.target;
  switch (t.kind) {
    case 'address':
      return { ...common, gateway: { family: 4, value: t.address }, discard: false };
    case 'null':
      return { ...common, discard: true };
    case 'interface': {
      const defined = ctx.vendorInterfaces.has(t.name);
      ctx.refs.add('interface', t.name, defined, `ip route ${r.destinationText} gateway ${g.text}`, r.line, '', 'the route is not installed');
      return { ...common, interface: t.name, discard: false };
    }
    case 'dhcp': {
      const iface = ctx.vendorInterfaces.get(t.interface);
      if (iface?.dhcp === undefined) ctx.sink.invalid(r.line, '', `gateway dhcp ${t.interface}: ${t.interface} does not get its address by DHCP, so there is no gateway to learn`);
      warnOnce(ctx, `dhcp-gw:${r.line}`, () =>
        ctx.sink.unsupported(r.line, '', `the gateway of ${r.destinationText} is learned by DHCP on ${t.interface}: modelled as leaving through ${t.interface} to an unknown next hop`),
      );
      return { ...common, interface: t.interface, discard: false };
    }
    case 'pp-anonymous':
      return { ...common, interface: 'pp-anonymous', discard: false };
  }
}

function warnApproximations(ctx: ConvertContext, r: RtxRoute): void {
  const filtered = r.gateways.some((g) => g.filters.length > 0 || g.dpi.length > 0);
  const backup = r.gateways.length > 1 && r.gateways.some((g) => g.weight === 0);
  if (filtered) {
    ctx.sink.unsupported(r.line, '', 'filter-type routing (`filter`/`dpi` on a gateway) is not modelled: every gateway of this route is treated as usable for every packet, so the model has more paths');
  } else if (backup) {
    ctx.sink.unsupported(r.line, '', 'a `weight 0` gateway is a backup used only when the others are down; it is treated as always usable, so the model has more paths');
  }
}
