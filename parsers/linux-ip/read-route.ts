import { type Cidr, type IpAddress, makeCidr, parseAddressWithPrefix, parseIp } from '../../src/space/ip.js';
import type { IpNextHop, IpRoute, RouteType } from './vendor-config.js';

export const ROUTE_TYPES: ReadonlySet<string> = new Set<RouteType>(['unicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'local', 'broadcast', 'multicast', 'anycast', 'nat']);

/** Route attributes followed by one value that sansou does not need. */
const VALUED_IGNORED = new Set([
  'realm',
  'realms',
  'advmss',
  'rtt',
  'rttvar',
  'reordering',
  'window',
  'cwnd',
  'initcwnd',
  'initrwnd',
  'ssthresh',
  'quickack',
  'hoplimit',
  'expires',
  'pref',
  'features',
  'congctl',
  'nhid',
  'error',
  'tos',
  'dsfield',
  'ttl-propagate',
  'rto_min',
  'fastopen_no_cookie',
  'mark',
]);
/** Flags without a value. */
const FLAGS_IGNORED = new Set(['linkdown', 'pervasive', 'offload', 'trap', 'rt_offload', 'rt_trap', 'rt_offload_failed', 'notify', 'cache', 'unresolved']);

export type RouteResult = { readonly route: IpRoute; readonly unknown: readonly string[]; readonly notes: readonly string[] } | { readonly error: string };

interface Draft {
  gateway?: IpAddress;
  dev?: string;
  onlink: boolean;
  dead: boolean;
  metric?: number;
  proto?: string;
  scope?: string;
  table?: string;
  src?: IpAddress;
  weight?: number;
}

/**
 * Reads one `ip route show` line: `default via 10.130.0.1 dev eth0 proto static metric 100`,
 * `10.120.1.0/24 dev eth1 proto kernel scope link src 10.120.1.10`, `blackhole 10.99.0.0/16`,
 * `2001:db8::/64 dev eth0 proto kernel metric 256 pref medium`. `hint` is the family the
 * section announced, for `default` routes that name no gateway.
 */
export function readRoute(w: readonly string[], line: number, hint: 4 | 6 | undefined): RouteResult {
  let i = 0;
  let type: RouteType = 'unicast';
  if (ROUTE_TYPES.has(w[0] ?? '')) {
    type = w[0] as RouteType;
    i = 1;
  }
  const prefixWord = w[i];
  if (prefixWord === undefined) return { error: `no destination after "${type}"` };
  i++;
  const draft: Draft = { onlink: false, dead: false };
  const unknown: string[] = [];
  const notes: string[] = [];
  const error = readAttributes(w, i, draft, unknown, notes);
  if (error) return { error };
  const family: 4 | 6 = prefixWord === 'default' ? (draft.gateway?.family ?? hint ?? 4) : prefixWord.includes(':') ? 6 : 4;
  const prefix = readPrefix(prefixWord, family);
  if (!prefix) return { error: `"${prefixWord}" is not a destination prefix` };
  if (draft.gateway && draft.gateway.family !== family) notes.push(`the gateway ${draft.gateway.family === 6 ? 'is IPv6 for an IPv4 route' : 'is IPv4 for an IPv6 route'}`);
  const hasNextHop = draft.gateway !== undefined || draft.dev !== undefined;
  const nextHops: IpNextHop[] = hasNextHop
    ? [{ ...(draft.gateway && { gateway: draft.gateway }), ...(draft.dev !== undefined && { dev: draft.dev }), onlink: draft.onlink, dead: draft.dead, line }]
    : [];
  return {
    route: {
      family,
      type,
      prefix,
      nextHops,
      ...(draft.metric !== undefined && { metric: draft.metric }),
      ...(draft.proto !== undefined && { proto: draft.proto }),
      ...(draft.scope !== undefined && { scope: draft.scope }),
      ...(draft.table !== undefined && { table: draft.table }),
      ...(draft.src && { src: draft.src }),
      line,
    },
    unknown,
    notes,
  };
}

export type NextHopResult = { readonly nextHop: IpNextHop; readonly unknown: readonly string[] } | { readonly error: string };

/** Reads a multipath continuation line: `nexthop via 10.0.0.1 dev eth1 weight 1`. */
export function readNextHop(w: readonly string[], line: number): NextHopResult {
  const draft: Draft = { onlink: false, dead: false };
  const unknown: string[] = [];
  const error = readAttributes(w, 1, draft, unknown, []);
  if (error) return { error };
  if (!draft.gateway && draft.dev === undefined) return { error: 'the next hop names neither a gateway nor a device' };
  return {
    nextHop: {
      ...(draft.gateway && { gateway: draft.gateway }),
      ...(draft.dev !== undefined && { dev: draft.dev }),
      ...(draft.weight !== undefined && { weight: draft.weight }),
      onlink: draft.onlink,
      dead: draft.dead,
      line,
    },
    unknown,
  };
}

function readAttributes(w: readonly string[], from: number, d: Draft, unknown: string[], notes: string[]): string | undefined {
  for (let i = from; i < w.length; i++) {
    const key = w[i]!;
    const value = w[i + 1];
    switch (key) {
      case 'via': {
        // `via inet6 fe80::1` names the family explicitly (IPv4 over an IPv6 next hop).
        let text = value;
        if (text === 'inet' || text === 'inet6') {
          i++;
          text = w[i + 1];
        }
        const gateway = text === undefined ? undefined : parseIp(text);
        if (!gateway) return `"via" is followed by "${text ?? ''}", not an address`;
        d.gateway = gateway;
        i++;
        break;
      }
      case 'dev':
      case 'oif':
        if (value === undefined) return '"dev" has no interface name';
        d.dev = value;
        i++;
        break;
      case 'metric':
      case 'preference':
      case 'priority': {
        const n = value === undefined || !/^\d{1,10}$/.test(value) ? undefined : Number(value);
        if (n === undefined) return `"${key}" is followed by "${value ?? ''}", not a number`;
        d.metric = n;
        i++;
        break;
      }
      case 'weight': {
        const n = value === undefined || !/^\d{1,5}$/.test(value) ? undefined : Number(value);
        if (n === undefined) return `"weight" is followed by "${value ?? ''}", not a number`;
        d.weight = n;
        i++;
        break;
      }
      case 'proto':
      case 'protocol':
        d.proto = value ?? '';
        i++;
        break;
      case 'scope':
        d.scope = value ?? '';
        i++;
        break;
      case 'table':
        d.table = value ?? '';
        i++;
        break;
      case 'src': {
        const src = value === undefined ? undefined : parseIp(value);
        if (src) d.src = src;
        i++;
        break;
      }
      case 'mtu':
      case 'lock':
        // `mtu lock 1400`: "lock" marks the value as fixed.
        if (w[i + 1] === 'lock') i++;
        i++;
        break;
      case 'onlink':
        d.onlink = true;
        break;
      case 'dead':
        d.dead = true;
        break;
      case 'from':
        notes.push('source-specific routing ("from") is not modelled: the route is treated as applying to every source');
        i++;
        break;
      case 'encap':
        notes.push('lightweight tunnel encapsulation ("encap") is not modelled: the route is treated as a plain route');
        return undefined;
      default:
        if (VALUED_IGNORED.has(key)) i++;
        else if (!FLAGS_IGNORED.has(key)) unknown.push(key);
    }
  }
  return undefined;
}

function readPrefix(text: string, family: 4 | 6): Cidr | undefined {
  if (text === 'default' || text === 'all' || text === 'any') return family === 4 ? { family: 4, address: 0, prefixLength: 0 } : { family: 6, address: 0n, prefixLength: 0 };
  const parsed = parseAddressWithPrefix(text);
  if (!parsed || parsed.address.family !== family) return undefined;
  // `ip route` prints the network address; a hand-edited host part is cleared as the kernel would refuse it.
  return makeCidr(parsed.address, parsed.prefixLength);
}
