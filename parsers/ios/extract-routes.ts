import { type IpAddress, makeCidr, maskToPrefixLength, parseAddressWithPrefix, parseIPv4, parseIp } from '../../src/space/ip.js';
import type { ConfigNode } from './config-tree.js';
import type { IosRoute } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { WordCursor } from './word-cursor.js';

/**
 * `ip route [vrf V] PREFIX MASK {GW | IFACE [GW]} [dhcp] [DISTANCE] [name N] [permanent |
 * track N] [tag T] [global]` and `ipv6 route [vrf V] PREFIX/LEN {GW | IFACE [GW]} [DISTANCE]
 * [name N] [tag T]`. The distance defaults to 1.
 */
export function extractRoute(node: ConfigNode, sink: WarningSink): IosRoute | undefined {
  const v6 = node.words[0]!.toLowerCase() === 'ipv6';
  const c = new WordCursor(node.words, 2);
  const context = '';
  let vrf: string | undefined;
  if (c.accept('vrf')) {
    vrf = c.next();
    if (vrf === undefined) return bad(node, sink, 'the VRF name is missing');
  }
  const prefixWord = c.next();
  if (prefixWord === undefined) return bad(node, sink, 'the prefix is missing');
  let prefix;
  if (v6) {
    const p = parseAddressWithPrefix(prefixWord);
    if (!p || p.address.family !== 6 || !prefixWord.includes('/')) return invalid(node, sink, `bad IPv6 prefix "${prefixWord}"`);
    prefix = makeCidr(p.address, p.prefixLength);
  } else {
    const a = parseIPv4(prefixWord);
    const maskWord = c.next();
    const len = maskWord === undefined ? undefined : maskToPrefixLength(maskWord);
    if (a === undefined || len === undefined) return invalid(node, sink, `bad prefix "${prefixWord} ${maskWord ?? ''}" (expected an address and a contiguous netmask)`);
    if (makeCidr({ family: 4, value: a }, len).address !== a) {
      sink.invalid(node.line, context, `${prefixWord} has host bits set for mask ${maskWord}; IOS rejects such a route ("Inconsistent address and mask")`);
      return undefined;
    }
    prefix = makeCidr({ family: 4, value: a }, len);
  }
  let gateway: IpAddress | undefined;
  let iface: string | undefined;
  let null0 = false;
  const hop = c.next();
  if (hop === undefined) return bad(node, sink, 'the next hop is missing');
  const hopAddress = parseIp(hop);
  if (hopAddress) gateway = hopAddress;
  else if (/^null\s*0$/i.test(hop)) null0 = true;
  else if (/^[A-Za-z][\w./:-]*\d$/.test(hop)) {
    iface = hop;
    const next = c.peek();
    const g = next === undefined ? undefined : parseIp(next);
    if (g) {
      gateway = g;
      c.next();
    }
  } else return bad(node, sink, `"${hop}" is neither a next-hop address nor an interface`);
  if (gateway && gateway.family !== prefix.family) return invalid(node, sink, 'the next hop and the prefix are of different address families');

  let distance = 1;
  let name: string | undefined;
  let permanent = false;
  let track: number | undefined;
  let dhcp = false;
  let global = false;
  while (!c.done) {
    const w = c.next()!.toLowerCase();
    if (/^\d{1,3}$/.test(w) && Number(w) >= 1 && Number(w) <= 255) distance = Number(w);
    else if (w === 'name') name = c.next();
    else if (w === 'permanent') permanent = true;
    else if (w === 'track') track = Number(c.next());
    else if (w === 'tag') c.next();
    else if (w === 'dhcp') dhcp = true;
    else if (w === 'global') global = true;
    else if (w === 'multicast') {
      sink.unsupported(node.line, context, 'a multicast static route (RPF only) does not forward unicast; ignored');
      return undefined;
    } else return bad(node, sink, `unknown route option "${w}"`);
  }
  return {
    line: node.line,
    context: vrf === undefined ? (v6 ? 'ipv6 route' : 'ip route') : `${v6 ? 'ipv6' : 'ip'} route vrf ${vrf}`,
    ...(vrf !== undefined ? { vrf } : {}),
    prefix,
    ...(gateway ? { gateway } : {}),
    ...(iface !== undefined ? { interface: iface } : {}),
    null0,
    distance,
    ...(name !== undefined ? { name } : {}),
    permanent,
    ...(track !== undefined && Number.isFinite(track) ? { track } : {}),
    dhcp,
    global,
  };
}

function bad(node: ConfigNode, sink: WarningSink, why: string): undefined {
  sink.unrecognized(node.line, '', `${why}; the route is left out`);
  return undefined;
}

function invalid(node: ConfigNode, sink: WarningSink, why: string): undefined {
  sink.invalid(node.line, '', `${why}; the route is left out`);
  return undefined;
}
