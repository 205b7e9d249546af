import type { StaticRoute } from '../../src/model/route.js';
import { formatCidr, formatIp } from '../../src/space/ip.js';
import type { NamedInterface } from './convert-interfaces.js';
import type { References } from './references.js';
import type { AsaRoute } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * `route` and `ipv6 route` lines. ASA's default administrative distance is 1; connected
 * subnets (distance 0) come from the interfaces. A `tunneled` route is the default route for
 * traffic leaving VPN tunnels only, so it is kept but not installed; a tracked route is
 * assumed up.
 */
export function convertRoutes(routes: readonly AsaRoute[], named: ReadonlyMap<string, NamedInterface>, file: string, refs: References, sink: WarningSink): StaticRoute[] {
  const ids = new Map<string, number>();
  return routes.map((r) => {
    const discard = r.interface === 'null0';
    if (!discard) refs.add('interface', r.interface, named.has(r.interface), `route ${formatCidr(r.prefix)}`, r.line, '', 'the route is never installed');
    if (r.tunneled) sink.unsupported(r.line, '', 'a tunneled default route applies only to traffic leaving VPN tunnels, which is not modelled; the route is not installed');
    if (r.track !== undefined) sink.unsupported(r.line, '', `the route follows SLA tracking ${r.track}; the model assumes the tracked object is up`);
    const base = `${r.interface} ${formatCidr(r.prefix)}${r.gateway ? ` ${formatIp(r.gateway)}` : ''}`;
    const seen = ids.get(base) ?? 0;
    ids.set(base, seen + 1);
    return {
      id: seen === 0 ? base : `${base} #${seen + 1}`,
      prefix: r.prefix,
      ...(r.gateway && { gateway: r.gateway }),
      ...(!discard && { interface: r.interface }),
      discard,
      distance: r.distance,
      priority: 0,
      enabled: !r.tunneled,
      provenance: { file, line: r.line },
    };
  });
}
