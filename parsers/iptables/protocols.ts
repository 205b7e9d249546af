import type { ProtocolValue } from './vendor-config.js';

/**
 * Protocol names iptables accepts after `-p`: its own (`all`, `icmpv6`, `ipv6-icmp`, `mh`) and
 * those of /etc/protocols that iptables-save prints for numbers it can name.
 */
const NAMES: ReadonlyMap<string, number> = new Map([
  ['icmp', 1],
  ['igmp', 2],
  ['ipencap', 4],
  ['ipip', 4],
  ['tcp', 6],
  ['egp', 8],
  ['pup', 12],
  ['udp', 17],
  ['idp', 22],
  ['ipv6', 41],
  ['ipv6-route', 43],
  ['ipv6-frag', 44],
  ['rsvp', 46],
  ['gre', 47],
  ['esp', 50],
  ['ah', 51],
  ['icmpv6', 58],
  ['ipv6-icmp', 58],
  ['icmp6', 58],
  ['ipv6-nonxt', 59],
  ['ipv6-opts', 60],
  ['eigrp', 88],
  ['ospf', 89],
  ['ospfigp', 89],
  ['ipip4', 94],
  ['etherip', 97],
  ['encap', 98],
  ['pim', 103],
  ['ipcomp', 108],
  ['vrrp', 112],
  ['l2tp', 115],
  ['isis', 124],
  ['sctp', 132],
  ['fc', 133],
  ['mh', 135],
  ['ipv6-mh', 135],
  ['udplite', 136],
  ['mpls-in-ip', 137],
  ['hip', 139],
  ['shim6', 140],
  ['wesp', 141],
  ['rohc', 142],
  ['ethernet', 143],
]);

/** `-p` value: a name, a number 0–255, or `all` (0 also means every protocol). */
export function parseProtocolValue(text: string): ProtocolValue | undefined {
  const lower = text.toLowerCase();
  if (lower === 'all' || lower === '0') return { name: lower };
  const named = NAMES.get(lower);
  if (named !== undefined) return { number: named, name: lower };
  if (/^\d{1,3}$/.test(lower) && Number(lower) <= 255) return { number: Number(lower), name: lower };
  return undefined;
}
