import { parseIp } from '../../src/space/ip.js';
import { type PanNode, child, entries, membersOf, path, textOf } from './tree.js';
import type { Located, PanNextHop, PanRouter, PanStaticRoute } from './vendor-config.js';
import { parseCount, parseNetmask } from './values.js';
import type { WarningSink } from './warnings.js';

/** PAN-OS defaults: a static route's metric, and the static-route administrative distance. */
export const DEFAULT_METRIC = 10;
export const DEFAULT_STATIC_DISTANCE = 10;

const DYNAMIC_PROTOCOLS = ['ospf', 'ospfv3', 'bgp', 'rip'] as const;

/**
 * Virtual routers (`<network><virtual-router>`) and the VRFs of logical routers (the
 * advanced routing engine, `<network><logical-router><entry><vrf>`): interfaces, static routes
 * and which dynamic protocols are switched on.
 */
export function extractRouters(network: PanNode | undefined, sink: WarningSink): PanRouter[] {
  const out: PanRouter[] = [];
  for (const vr of entries(child(network, 'virtual-router'))) {
    const context = `network > virtual-router > ${vr.name!}`;
    const distance = staticDistance(child(vr, 'admin-dists'), context, sink);
    const dynamic = enabledProtocols(child(vr, 'protocol'));
    out.push(router(vr, vr.name!, 'virtual-router', context, distance, dynamic, sink));
  }
  for (const lr of entries(child(network, 'logical-router'))) {
    for (const vrf of entries(child(lr, 'vrf'))) {
      const name = `${lr.name!}/${vrf.name!}`;
      const context = `network > logical-router > ${lr.name!} > vrf > ${vrf.name!}`;
      const distance = staticDistance(child(vrf, 'admin-dists'), context, sink);
      out.push(router(vrf, name, 'logical-router', context, distance, enabledProtocols(vrf), sink));
    }
  }
  return out;
}

function router(
  node: PanNode,
  name: string,
  kind: PanRouter['kind'],
  context: string,
  distance: number,
  dynamicProtocols: Array<Located<string>>,
  sink: WarningSink,
): PanRouter {
  const routes: PanStaticRoute[] = [];
  for (const [family, tag] of [
    [4, 'ip'],
    [6, 'ipv6'],
  ] as const) {
    for (const r of entries(path(node, 'routing-table', tag, 'static-route'))) {
      routes.push(staticRoute(r, family, `${context} > routing-table > ${tag} > static-route > ${r.name!}`, distance, sink));
    }
  }
  return { name, kind, line: node.line, context, interfaces: membersOf(node, 'interface') ?? { names: [], line: node.line }, routes, dynamicProtocols };
}

function staticDistance(node: PanNode | undefined, context: string, sink: WarningSink): number {
  const text = textOf(node, 'static');
  if (text === undefined) return DEFAULT_STATIC_DISTANCE;
  const n = parseCount(text, 255);
  if (n === undefined) sink.invalid(child(node, 'static')!.line, context, `bad static admin distance "${text}"; the default ${DEFAULT_STATIC_DISTANCE} is used`);
  return n ?? DEFAULT_STATIC_DISTANCE;
}

function enabledProtocols(node: PanNode | undefined): Array<Located<string>> {
  const out: Array<Located<string>> = [];
  for (const p of DYNAMIC_PROTOCOLS) {
    const n = child(node, p);
    if (n && textOf(n, 'enable') === 'yes') out.push({ value: p, line: n.line });
  }
  return out;
}

function staticRoute(r: PanNode, family: 4 | 6, context: string, defaultDistance: number, sink: WarningSink): PanStaticRoute {
  const destText = textOf(r, 'destination');
  const destination = destText === undefined ? undefined : parseNetmask(destText);
  if (destText === undefined) sink.invalid(r.line, context, `static route ${r.name!} has no destination; it is not installed`);
  else if (!destination || destination.family !== family) {
    sink.invalid(child(r, 'destination')!.line, context, `static route ${r.name!}: bad destination "${destText}"; it is not installed`);
  }
  const metric = numberSetting(r, 'metric', 65535, DEFAULT_METRIC, context, sink);
  const adminDist = numberSetting(r, 'admin-dist', 255, undefined, context, sink) ?? numberSetting(r, 'preference', 255, undefined, context, sink) ?? defaultDistance;
  const iface = textOf(r, 'interface');
  return {
    name: r.name!,
    family,
    line: r.line,
    context,
    ...(destination && destination.family === family ? { destination } : {}),
    nexthop: nexthop(child(r, 'nexthop'), family, context, sink),
    ...(iface === undefined ? {} : { interface: iface }),
    metric: metric ?? DEFAULT_METRIC,
    adminDist,
  };
}

function numberSetting<D extends number | undefined>(r: PanNode, tag: string, max: number, fallback: D, context: string, sink: WarningSink): number | D {
  const text = textOf(r, tag);
  if (text === undefined) return fallback;
  const n = parseCount(text, max);
  if (n === undefined) sink.invalid(child(r, tag)!.line, context, `bad ${tag} "${text}"; ${fallback === undefined ? 'the default is used' : `${fallback} is used`}`);
  return n ?? fallback;
}

function nexthop(node: PanNode | undefined, family: 4 | 6, context: string, sink: WarningSink): PanNextHop {
  if (!node) return { type: 'none' };
  if (child(node, 'discard')) return { type: 'discard' };
  const next = textOf(node, 'next-vr') ?? textOf(node, 'next-lr');
  if (next !== undefined) return { type: 'next-vr', router: next };
  const fqdn = textOf(node, 'fqdn');
  if (fqdn !== undefined) return { type: 'fqdn', fqdn };
  const text = textOf(node, family === 4 ? 'ip-address' : 'ipv6-address') ?? textOf(node, 'ip-address') ?? textOf(node, 'ipv6-address');
  if (text === undefined) return { type: 'none' };
  const address = parseIp(text);
  if (!address || address.family !== family) {
    sink.invalid(node.line, context, `bad next hop "${text}"; the route is not installed`);
    return { type: 'invalid', text };
  }
  return { type: 'ip-address', address };
}
