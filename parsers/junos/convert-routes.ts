import type { StaticRoute } from '../../src/model/route.js';
import { formatCidr, formatIp } from '../../src/space/ip.js';
import { type ConvertContext, provenance } from './convert-context.js';
import type { JNextHop } from './vendor-config.js';

/** Junos route preference of static routes when none is configured. */
export const STATIC_PREFERENCE = 5;

/**
 * Static routes. Each next hop becomes one neutral route: plain `next-hop`s share the
 * route's preference (equal-cost alternatives), each `qualified-next-hop` has its own
 * preference and metric (a floating alternative). Preference is the distance, metric the
 * tie-breaker. `discard` and `reject` drop; `receive` is modelled as a drop (the routing
 * engine takes the packet), `next-table` leaks into another instance and is not modelled.
 */
export function convertRoutes(ctx: ConvertContext): StaticRoute[] {
  const out: StaticRoute[] = [];
  for (const r of ctx.scope.routes) {
    const prefixText = formatCidr(r.prefix);
    const distance = r.preference ?? STATIC_PREFERENCE;
    const priority = r.metric ?? 0;
    const base = { prefix: r.prefix, enabled: !r.inactive, provenance: provenance(ctx, r.line) };
    if (r.nextTable) {
      ctx.sink.unsupported(r.nextTable.line, r.context, `next-table ${r.nextTable.name} sends packets to another routing table, which is not modelled: the route is left out, so the model errs towards less reachability`);
      continue;
    }
    if (r.drop) {
      if (r.drop.kind === 'receive') ctx.sink.unsupported(r.drop.line, r.context, 'receive hands packets to the routing engine; modelled as a discard route');
      out.push({ ...base, id: `${prefixText} ${r.drop.kind}`, discard: true, distance, priority });
      continue;
    }
    if (r.nextHops.length === 0 && r.qualified.length === 0) {
      ctx.sink.invalid(r.line, r.context, 'the static route has no next hop, discard or reject; Junos would not install it');
      continue;
    }
    for (const h of r.nextHops) out.push({ ...base, ...hop(h), id: `${prefixText} next-hop ${hopText(h)}`, discard: false, distance, priority, provenance: provenance(ctx, h.line) });
    for (const q of r.qualified) {
      out.push({ ...base, ...hop(q), id: `${prefixText} qualified-next-hop ${hopText(q)}`, discard: false, distance: q.preference ?? distance, priority: q.metric ?? priority, provenance: provenance(ctx, q.line) });
    }
  }
  return out;
}

function hop(h: JNextHop): Pick<StaticRoute, 'gateway' | 'interface'> {
  return { ...(h.address ? { gateway: h.address } : {}), ...(h.interface === undefined ? {} : { interface: h.interface }) };
}

function hopText(h: JNextHop): string {
  return h.address ? formatIp(h.address) : (h.interface ?? '?');
}
