import type { Device } from '../model/device.js';
import type { Provenance } from '../model/provenance.js';
import type { StaticRoute } from '../model/route.js';
import { AddressSpace } from '../space/address-space.js';
import { type Cidr, type IpAddress, formatCidr, makeCidr } from '../space/ip.js';

/** The route a forwarding decision came from, for paths and traces. */
export interface RouteRef {
  readonly prefix: string;
  readonly kind: 'connected' | 'static';
  /** Static route id. */
  readonly id?: string;
  readonly provenance?: Provenance;
}

/**
 * Where a packet goes next. 'direct' delivers onto the interface's link to the destination
 * itself (connected subnets, and interface-only routes); 'gateway' hands it to a next hop.
 */
export type NextHop =
  | { readonly kind: 'direct'; readonly iface: string; readonly route: RouteRef }
  | { readonly kind: 'gateway'; readonly iface: string; readonly gateway: IpAddress; readonly route: RouteRef }
  | { readonly kind: 'discard'; readonly route: RouteRef };

/** Destinations that share one forwarding decision; entries of a FIB are disjoint. */
export interface FibEntry {
  readonly dst: AddressSpace;
  /** Several for equal-cost routes: the packet may take any of them. */
  readonly nextHops: readonly NextHop[];
}

export interface InactiveRoute {
  readonly route: StaticRoute;
  readonly reason: string;
}

export interface Fib {
  readonly entries: readonly FibEntry[];
  readonly inactive: readonly InactiveRoute[];
}

interface Candidate {
  readonly prefix: Cidr;
  readonly distance: number;
  readonly priority: number;
  readonly hop: NextHop;
}

/**
 * Builds the forwarding table: connected subnets of enabled interfaces (distance 0) and the
 * active static routes; per prefix the lowest distance, then priority, wins (ties are ECMP);
 * across prefixes the longest match wins. Each entry holds exactly the destinations for which
 * it is the longest match, so a lookup is a walk over disjoint sets.
 */
export function buildFib(device: Device): Fib {
  const candidates: Candidate[] = [];
  const enabled = device.interfaces.filter((i) => i.enabled);
  for (const iface of enabled) {
    for (const a of iface.addresses) {
      const prefix = makeCidr(a.address, a.prefixLength);
      candidates.push({ prefix, distance: 0, priority: 0, hop: { kind: 'direct', iface: iface.name, route: { prefix: formatCidr(prefix), kind: 'connected', provenance: iface.provenance } } });
    }
  }
  const inactive: InactiveRoute[] = [];
  for (const route of device.routes) {
    if (!route.enabled) {
      inactive.push({ route, reason: 'disabled' });
      continue;
    }
    const ref: RouteRef = { prefix: formatCidr(route.prefix), kind: 'static', id: route.id, provenance: route.provenance };
    const hop = resolveNextHop(device, route, ref);
    if (typeof hop === 'string') inactive.push({ route, reason: hop });
    else candidates.push({ prefix: route.prefix, distance: route.distance, priority: route.priority, hop });
  }
  return { entries: longestMatchEntries(bestPerPrefix(candidates)), inactive };
}

function resolveNextHop(device: Device, route: StaticRoute, ref: RouteRef): NextHop | string {
  // A route bound to an interface is installed only while that interface is up, discard or not.
  const named = route.interface === undefined ? undefined : device.interfaces.find((i) => i.name === route.interface);
  if (route.interface !== undefined && !named) return `interface ${route.interface} does not exist`;
  if (named && !named.enabled) return `interface ${named.name} is down`;
  if (route.discard) return { kind: 'discard', route: ref };
  if (!route.gateway) {
    return named ? { kind: 'direct', iface: named.name, route: ref } : 'neither gateway nor interface';
  }
  const gateway = route.gateway;
  const onLink = (iface: (typeof device.interfaces)[number]) =>
    iface.enabled && iface.addresses.some((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).contains(gateway));
  const egress = named ? (onLink(named) ? named : undefined) : device.interfaces.find(onLink);
  if (!egress) return `gateway is not on a connected subnet${named ? ` of ${named.name}` : ''}`;
  return { kind: 'gateway', iface: egress.name, gateway, route: ref };
}

function prefixKey(p: Cidr): string {
  return `${p.family}:${p.address}/${p.prefixLength}`;
}

function bestPerPrefix(candidates: readonly Candidate[]): Map<string, { prefix: Cidr; hops: NextHop[] }> {
  const best = new Map<string, { prefix: Cidr; distance: number; priority: number; hops: NextHop[] }>();
  for (const c of candidates) {
    const key = prefixKey(c.prefix);
    const seen = best.get(key);
    if (!seen || c.distance < seen.distance || (c.distance === seen.distance && c.priority < seen.priority)) {
      best.set(key, { prefix: c.prefix, distance: c.distance, priority: c.priority, hops: [c.hop] });
    } else if (c.distance === seen.distance && c.priority === seen.priority) {
      seen.hops.push(c.hop);
    }
  }
  return best;
}

function longestMatchEntries(best: Map<string, { prefix: Cidr; hops: NextHop[] }>): FibEntry[] {
  const groups = [...best.values()].sort((a, b) => b.prefix.prefixLength - a.prefix.prefixLength);
  const entries: FibEntry[] = [];
  let covered = AddressSpace.EMPTY;
  for (const g of groups) {
    const space = AddressSpace.fromCidr(g.prefix);
    const own = space.subtract(covered);
    covered = covered.union(space);
    if (!own.isEmpty()) entries.push({ dst: own, nextHops: g.hops });
  }
  return entries;
}
