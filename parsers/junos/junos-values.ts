import { type Cidr, type IpAddress, makeCidr, parseIPv4, parseIp } from '../../src/space/ip.js';
import type { PortRange } from './vendor-config.js';

/**
 * Parsers for the value forms Junos writes. Each returns undefined instead of guessing, so
 * the caller can warn about exactly the value it could not read.
 */

/** An address with the prefix length of its subnet, host bits kept (interface addresses). */
export interface HostPrefix {
  readonly address: IpAddress;
  readonly prefixLength: number;
}

const DECIMAL = /^\d{1,3}$/;

/**
 * `10.0.0.1/24` or `2001:db8::1/64`, host bits kept; a bare address is a host prefix. Junos
 * writes prefix lengths only, never dotted masks.
 */
export function parseHostPrefix(text: string): HostPrefix | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const max = address.family === 4 ? 32 : 128;
  if (slash < 0) return { address, prefixLength: max };
  const suffix = text.slice(slash + 1);
  if (!DECIMAL.test(suffix)) return undefined;
  const prefixLength = Number(suffix);
  return prefixLength <= max ? { address, prefixLength } : undefined;
}

/** A prefix with host bits cleared (address books, routes, filters). */
export function parsePrefix(text: string): Cidr | undefined {
  const p = parseHostPrefix(text);
  return p && makeCidr(p.address, p.prefixLength);
}

/** `10.0.0.1/255.0.255.255`: the mask marks the bits that must match; need not be contiguous. */
export function parseWildcardAddress(text: string): { base: number; mask: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const base = parseIPv4(text.slice(0, slash));
  const mask = parseIPv4(text.slice(slash + 1));
  return base === undefined || mask === undefined ? undefined : { base, mask };
}

/** Well-known port names Junos accepts wherever a port number goes. */
export const PORT_NAMES: Readonly<Record<string, number>> = {
  afs: 1483,
  bgp: 179,
  biff: 512,
  bootpc: 68,
  bootps: 67,
  cmd: 514,
  cvspserver: 2401,
  dhcp: 67,
  domain: 53,
  eklogin: 2105,
  ekshell: 2106,
  exec: 512,
  finger: 79,
  ftp: 21,
  'ftp-data': 20,
  http: 80,
  https: 443,
  ident: 113,
  imap: 143,
  'kerberos-sec': 88,
  klogin: 543,
  kpasswd: 761,
  'krb-prop': 754,
  krbupdate: 760,
  kshell: 544,
  ldap: 389,
  ldp: 646,
  login: 513,
  'mobileip-agent': 434,
  'mobilip-mn': 435,
  msdp: 639,
  'netbios-dgm': 138,
  'netbios-ns': 137,
  'netbios-ssn': 139,
  nfsd: 2049,
  nntp: 119,
  ntalk: 518,
  ntp: 123,
  pop3: 110,
  pptp: 1723,
  printer: 515,
  radacct: 1813,
  radius: 1812,
  rip: 520,
  rkinit: 2108,
  smtp: 25,
  snmp: 161,
  snmptrap: 162,
  'snmp-trap': 162,
  snpp: 444,
  socks: 1080,
  ssh: 22,
  sunrpc: 111,
  syslog: 514,
  tacacs: 49,
  'tacacs-ds': 65,
  talk: 517,
  telnet: 23,
  tftp: 69,
  timed: 525,
  who: 513,
  xdmcp: 177,
  'zephyr-clt': 2103,
  'zephyr-hm': 2104,
  'zephyr-srv': 2102,
};

function portValue(text: string): number | undefined {
  if (/^\d{1,5}$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : undefined;
  }
  return PORT_NAMES[text];
}

/** `80`, `http`, `1024-65535`: an inclusive range. */
export function parsePortRange(text: string): PortRange | undefined {
  const dash = text.indexOf('-', 1);
  if (dash > 0 && /^\d/.test(text)) {
    const lo = portValue(text.slice(0, dash));
    const hi = portValue(text.slice(dash + 1));
    return lo !== undefined && hi !== undefined && lo <= hi ? [lo, hi] : undefined;
  }
  const p = portValue(text);
  return p === undefined ? undefined : [p, p];
}

/** `80`, `80 to 90` (NAT rules write ranges with `to`). */
export function parsePortWords(words: readonly string[]): PortRange | undefined {
  if (words.length === 1) return parsePortRange(words[0]!);
  if (words.length === 3 && words[1] === 'to') {
    const lo = parsePortRange(words[0]!);
    const hi = parsePortRange(words[2]!);
    return lo && hi && lo[0] <= hi[1] ? [lo[0], hi[1]] : undefined;
  }
  return undefined;
}

/** Protocol names of filters and applications. */
const PROTOCOLS: Readonly<Record<string, number>> = {
  icmp: 1,
  igmp: 2,
  ipip: 4,
  tcp: 6,
  egp: 8,
  udp: 17,
  ipv6: 41,
  rsvp: 46,
  gre: 47,
  esp: 50,
  ah: 51,
  icmp6: 58,
  icmpv6: 58,
  ospf: 89,
  pim: 103,
  vrrp: 112,
  sctp: 132,
  'hop-by-hop': 0,
  routing: 43,
  fragment: 44,
  'no-next-header': 59,
  dstopts: 60,
};

export function parseProtocolName(text: string): number | undefined {
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    return n <= 255 ? n : undefined;
  }
  return PROTOCOLS[text];
}

/** `protocol 6-17` in filters is a range; names and numbers otherwise. */
export function parseProtocolRange(text: string): PortRange | undefined {
  const dash = text.indexOf('-', 1);
  if (dash > 0 && /^\d+-\d+$/.test(text)) {
    const lo = Number(text.slice(0, dash));
    const hi = Number(text.slice(dash + 1));
    return lo <= hi && hi <= 255 ? [lo, hi] : undefined;
  }
  const p = parseProtocolName(text);
  return p === undefined ? undefined : [p, p];
}

const ICMP_TYPES: Readonly<Record<string, number>> = {
  'echo-reply': 0,
  unreachable: 3,
  'source-quench': 4,
  redirect: 5,
  'echo-request': 8,
  'router-advertisement': 9,
  'router-solicit': 10,
  'time-exceeded': 11,
  'parameter-problem': 12,
  timestamp: 13,
  'timestamp-reply': 14,
  'info-request': 15,
  'info-reply': 16,
  'mask-request': 17,
  'mask-reply': 18,
};

const ICMP6_TYPES: Readonly<Record<string, number>> = {
  'destination-unreachable': 1,
  'packet-too-big': 2,
  'time-exceeded': 3,
  'parameter-problem': 4,
  'echo-request': 128,
  'echo-reply': 129,
  'membership-query': 130,
  'membership-report': 131,
  'membership-termination': 132,
  'router-solicit': 133,
  'router-advertisement': 134,
  'neighbor-solicit': 135,
  'neighbor-advertisement': 136,
  redirect: 137,
};

const ICMP_CODES: Readonly<Record<string, number>> = {
  'network-unreachable': 0,
  'host-unreachable': 1,
  'protocol-unreachable': 2,
  'port-unreachable': 3,
  'fragmentation-needed': 4,
  'source-route-failed': 5,
  'destination-network-unknown': 6,
  'destination-host-unknown': 7,
  'source-host-isolated': 8,
  'destination-network-prohibited': 9,
  'destination-host-prohibited': 10,
  'network-unreachable-for-tos': 11,
  'host-unreachable-for-tos': 12,
  'communication-prohibited-by-filtering': 13,
  'host-precedence-violation': 14,
  'precedence-cutoff-in-effect': 15,
  'ttl-eq-zero-during-transit': 0,
  'ttl-eq-zero-during-reassembly': 1,
  'redirect-for-network': 0,
  'redirect-for-host': 1,
};

function byteValue(text: string, names: Readonly<Record<string, number>>): number | undefined {
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    return n <= 255 ? n : undefined;
  }
  return names[text];
}

/** An ICMP (or ICMPv6 with `v6`) type: a number, a name, or a numeric range. */
export function parseIcmpType(text: string, v6 = false): PortRange | undefined {
  if (/^\d+-\d+$/.test(text)) {
    const [lo, hi] = text.split('-').map(Number) as [number, number];
    return lo <= hi && hi <= 255 ? [lo, hi] : undefined;
  }
  const n = byteValue(text, v6 ? ICMP6_TYPES : ICMP_TYPES);
  return n === undefined ? undefined : [n, n];
}

export function parseIcmpCode(text: string): PortRange | undefined {
  if (/^\d+-\d+$/.test(text)) {
    const [lo, hi] = text.split('-').map(Number) as [number, number];
    return lo <= hi && hi <= 255 ? [lo, hi] : undefined;
  }
  const n = byteValue(text, ICMP_CODES);
  return n === undefined ? undefined : [n, n];
}

/** A non-negative decimal integer within bounds. */
export function parseUint(text: string | undefined, max: number): number | undefined {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

/** `ge-0/0/0` → `ge-0/0/0.0`: zones, instances and NAT name logical units. */
export function logicalName(name: string): string {
  return name.includes('.') ? name : `${name}.0`;
}
