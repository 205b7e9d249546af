import type { StaticRoute } from '../../src/model/route.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { type Cidr, type IpAddress, formatCidr, formatIp, makeCidr } from '../../src/space/ip.js';
import type { InterfaceNames } from './interface-names.js';
import type { IosInterface, IosRoute } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface RouteContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly names: InterfaceNames;
  /** Routed interfaces of this device (VRF). */
  readonly own: readonly IosInterface[];
  /** Names of those that are up (not shut down, nor their parent). */
  readonly up: ReadonlySet<string>;
}

/** Where a route sends packets once its next hop is resolved. */
type Hop = { readonly kind: 'gateway'; readonly gateway: IpAddress; readonly iface?: string } | { readonly kind: 'direct'; readonly iface: string } | { readonly kind: 'discard' };

const MAX_DEPTH = 8;

/**
 * Static routes of one VRF. IOS resolves a next hop that is not on a connected subnet
 * recursively, through the best installed route towards it; the neutral model wants the
 * on-link next hop, so each such route is written with the next hop(s) its recursion ends at
 * (a recursion that ends in Null0 makes a discard route). A route IOS would not install (next
 * hop unresolvable, interface down, distance 255) is kept disabled or left out, with a warning
 * when the configuration itself is at fault.
 */
export function convertRoutes(routes: readonly IosRoute[], ctx: RouteContext): StaticRoute[] {
  const resolver = new Recursion(routes, ctx);
  const out: StaticRoute[] = [];
  const ids = new Set<string>();
  for (const r of routes) {
    if (r.dhcp) {
      ctx.sink.unsupported(r.line, r.context, 'the gateway of a "dhcp" static route is learned at run time; the route is left out');
      continue;
    }
    if (r.global) {
      ctx.sink.unsupported(r.line, r.context, 'a next hop in the global table (inter-VRF static route) is not modelled; the route is left out');
      continue;
    }
    if (r.track !== undefined) ctx.sink.unsupported(r.line, r.context, `the route depends on track ${r.track}, which is not modelled: the route is treated as up`);
    if (r.interface !== undefined && ctx.names.resolve(r.interface) === undefined) {
      ctx.sink.invalid(r.line, r.context, `interface ${r.interface} is not a routed interface of this ${r.vrf === undefined ? 'routing table' : `VRF (${r.vrf})`}; IOS does not install the route`);
    }
    const namedAs = r.interface === undefined ? undefined : ctx.names.resolve(r.interface);
    const named = namedAs === undefined ? undefined : ctx.own.find((i) => i.name === namedAs);
    if (named && r.gateway && ![...named.addresses, ...named.ipv6].some((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).contains(r.gateway!))) {
      ctx.sink.unsupported(r.line, r.context, `next hop ${formatIp(r.gateway)} is not on a subnet of ${named.name}; IOS would reach it by proxy ARP, the model does not install the route`);
    }
    let hops = resolver.hops(r);
    // `permanent` keeps the route in the table when its next hop is gone: packets are dropped.
    if (hops.length === 0 && r.permanent && r.distance < 255) hops = [{ kind: 'discard' }];
    // A next hop on the subnet of a shut interface is an expected, inactive backup; anything else is a mistake.
    if (hops.length === 0 && r.gateway && r.interface === undefined && r.distance < 255 && !onDownLink(r.gateway, ctx)) {
      ctx.sink.invalid(r.line, r.context, `next hop ${formatIp(r.gateway)} is reachable through no connected subnet or other route; IOS does not install the route`);
    }
    const written = hops.length === 0 ? [writtenHop(r, ctx)] : hops;
    for (const hop of written) {
      const base = `${formatCidr(r.prefix)} ${describe(r)}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base} #${n}`;
      ids.add(id);
      out.push({
        id,
        prefix: r.prefix,
        ...(hop.kind === 'gateway' ? { gateway: hop.gateway, ...(hop.iface !== undefined ? { interface: hop.iface } : {}) } : {}),
        ...(hop.kind === 'direct' ? { interface: hop.iface } : {}),
        discard: hop.kind === 'discard',
        distance: r.distance,
        priority: 0,
        // Distance 255 means "never install" on IOS.
        enabled: r.distance < 255 && hops.length > 0,
        provenance: { file: ctx.file, line: r.line },
      });
    }
  }
  return out;
}

function onDownLink(gateway: IpAddress, ctx: RouteContext): boolean {
  return ctx.own.some((i) => !ctx.up.has(i.name) && [...i.addresses, ...i.ipv6].some((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).contains(gateway)));
}

/** The route as written, kept disabled for display when IOS would not install it. */
function writtenHop(r: IosRoute, ctx: RouteContext): Hop {
  if (r.null0) return { kind: 'discard' };
  const iface = r.interface === undefined ? undefined : (ctx.names.resolve(r.interface) ?? r.interface);
  if (r.gateway) return { kind: 'gateway', gateway: r.gateway, ...(iface !== undefined ? { iface } : {}) };
  return { kind: 'direct', iface: iface ?? '' };
}

function describe(r: IosRoute): string {
  if (r.null0) return 'Null0';
  const parts = [r.interface, r.gateway ? formatIp(r.gateway) : undefined].filter((x) => x !== undefined);
  return `via ${parts.join(' ')}`;
}

/**
 * Recursive next-hop resolution over the VRF's connected subnets and static routes. Routes and
 * subnets are indexed by prefix, so finding the best route towards a next hop costs one lookup
 * per prefix length, whatever the size of the table.
 */
class Recursion {
  private readonly memo = new Map<IosRoute, Hop[]>();
  private readonly active = new Set<IosRoute>();
  private readonly routesByPrefix = new Map<string, IosRoute[]>();
  private readonly connectedPrefixes = new Set<string>();
  /** Prefix lengths in use, longest first, per family. */
  private readonly lengths = new Map<4 | 6, number[]>();

  constructor(
    routes: readonly IosRoute[],
    private readonly ctx: RouteContext,
  ) {
    const lengths = new Map<4 | 6, Set<number>>([
      [4, new Set()],
      [6, new Set()],
    ]);
    for (const r of routes) {
      if (r.dhcp || r.global) continue;
      const key = prefixKey(r.prefix);
      this.routesByPrefix.set(key, [...(this.routesByPrefix.get(key) ?? []), r]);
      lengths.get(r.prefix.family)!.add(r.prefix.prefixLength);
    }
    for (const i of ctx.own) {
      if (!ctx.up.has(i.name)) continue;
      for (const a of [...i.addresses, ...i.ipv6]) {
        const prefix = makeCidr(a.address, a.prefixLength);
        this.connectedPrefixes.add(prefixKey(prefix));
        lengths.get(prefix.family)!.add(prefix.prefixLength);
      }
    }
    for (const [family, set] of lengths) this.lengths.set(family, [...set].sort((a, b) => b - a));
  }

  /** The resolved next hops of a route; empty when IOS would not install it. */
  hops(r: IosRoute, depth = 0): Hop[] {
    const seen = this.memo.get(r);
    if (seen) return seen;
    if (this.active.has(r) || depth > MAX_DEPTH) return [];
    this.active.add(r);
    const result = this.compute(r, depth);
    this.active.delete(r);
    if (depth === 0 || result.length > 0) this.memo.set(r, result);
    return result;
  }

  private compute(r: IosRoute, depth: number): Hop[] {
    if (r.distance >= 255) return [];
    if (r.null0) return [{ kind: 'discard' }];
    if (r.interface !== undefined) {
      const name = this.ctx.names.resolve(r.interface);
      if (name === undefined || !this.ctx.up.has(name)) return [];
      return [r.gateway ? { kind: 'gateway', gateway: r.gateway, iface: name } : { kind: 'direct', iface: name }];
    }
    return this.towards(r.gateway!, r, depth);
  }

  /**
   * The next hops of the best installed route towards `address`, as the RIB picks it: longest
   * prefix first; a connected subnet (distance 0) wins its length, otherwise the lowest
   * distance among the static routes of that length that resolve, equal ones all counting.
   */
  private towards(address: IpAddress, self: IosRoute, depth: number): Hop[] {
    for (const len of this.lengths.get(address.family) ?? []) {
      const key = prefixKey(makeCidr(address, len));
      if (this.connectedPrefixes.has(key)) return [{ kind: 'gateway', gateway: address }];
      const resolved = (this.routesByPrefix.get(key) ?? [])
        .filter((x) => x !== self)
        .map((x) => ({ route: x, hops: this.hops(x, depth + 1) }))
        .filter((x) => x.hops.length > 0);
      if (resolved.length === 0) continue;
      const best = Math.min(...resolved.map((x) => x.route.distance));
      // The packet leaves as the route towards the next hop sends it. Through an interface-only
      // route that is a direct hand-off on that interface, as the model knows no off-link gateway.
      return uniqueHops(resolved.filter((x) => x.route.distance === best).flatMap((x) => x.hops));
    }
    return [];
  }
}

function prefixKey(p: Cidr): string {
  return `${p.family}:${p.address}/${p.prefixLength}`;
}

function uniqueHops(hops: readonly Hop[]): Hop[] {
  const seen = new Set<string>();
  return hops.filter((h) => {
    const key = h.kind === 'gateway' ? `g ${formatIp(h.gateway)} ${h.iface ?? ''}` : h.kind === 'direct' ? `d ${h.iface}` : 'x';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
