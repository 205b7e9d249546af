/**
 * The names IOS accepts in ACLs instead of numbers. IOS has no keyword for 443, 3389 or 445:
 * those are always written as numbers. The lists follow the IOS-XE ACL YANG types
 * (acl-tcp-port-type, acl-udp-port-type) and the IOS command reference.
 */
export const TCP_PORT_NAMES: Readonly<Record<string, number>> = {
  bgp: 179,
  chargen: 19,
  cmd: 514,
  daytime: 13,
  discard: 9,
  domain: 53,
  drip: 3949,
  echo: 7,
  exec: 512,
  finger: 79,
  ftp: 21,
  'ftp-data': 20,
  gopher: 70,
  hostname: 101,
  ident: 113,
  irc: 194,
  klogin: 543,
  kshell: 544,
  login: 513,
  lpd: 515,
  msrpc: 135,
  nntp: 119,
  'onep-plain': 15001,
  'onep-tls': 15002,
  'pim-auto-rp': 496,
  pop2: 109,
  pop3: 110,
  smtp: 25,
  sunrpc: 111,
  tacacs: 49,
  talk: 517,
  telnet: 23,
  time: 37,
  uucp: 540,
  whois: 43,
  www: 80,
};

export const UDP_PORT_NAMES: Readonly<Record<string, number>> = {
  biff: 512,
  bootpc: 68,
  bootps: 67,
  discard: 9,
  dnsix: 195,
  domain: 53,
  echo: 7,
  isakmp: 500,
  'mobile-ip': 434,
  nameserver: 42,
  'netbios-dgm': 138,
  'netbios-ns': 137,
  'netbios-ss': 139,
  'non500-isakmp': 4500,
  ntp: 123,
  'pim-auto-rp': 496,
  rip: 520,
  ripv6: 521,
  snmp: 161,
  snmptrap: 162,
  sunrpc: 111,
  syslog: 514,
  tacacs: 49,
  talk: 517,
  tftp: 69,
  time: 37,
  who: 513,
  xdmcp: 177,
};

/** ICMP message keywords: type, and code when the keyword names one. */
export const ICMP_MESSAGES: Readonly<Record<string, { readonly type: number; readonly code?: number }>> = {
  'administratively-prohibited': { type: 3, code: 13 },
  'alternate-address': { type: 6 },
  'conversion-error': { type: 31 },
  'dod-host-prohibited': { type: 3, code: 10 },
  'dod-net-prohibited': { type: 3, code: 9 },
  echo: { type: 8 },
  'echo-reply': { type: 0 },
  'general-parameter-problem': { type: 12, code: 0 },
  'host-isolated': { type: 3, code: 8 },
  'host-precedence-unreachable': { type: 3, code: 14 },
  'host-redirect': { type: 5, code: 1 },
  'host-tos-redirect': { type: 5, code: 3 },
  'host-tos-unreachable': { type: 3, code: 12 },
  'host-unknown': { type: 3, code: 7 },
  'host-unreachable': { type: 3, code: 1 },
  'information-reply': { type: 16 },
  'information-request': { type: 15 },
  'mask-reply': { type: 18 },
  'mask-request': { type: 17 },
  'mobile-redirect': { type: 32 },
  'net-redirect': { type: 5, code: 0 },
  'net-tos-redirect': { type: 5, code: 2 },
  'net-tos-unreachable': { type: 3, code: 11 },
  'net-unreachable': { type: 3, code: 0 },
  'network-unknown': { type: 3, code: 6 },
  'no-room-for-option': { type: 12, code: 2 },
  'option-missing': { type: 12, code: 1 },
  'packet-too-big': { type: 3, code: 4 },
  'parameter-problem': { type: 12 },
  'port-unreachable': { type: 3, code: 3 },
  'precedence-unreachable': { type: 3, code: 15 },
  'protocol-unreachable': { type: 3, code: 2 },
  'reassembly-timeout': { type: 11, code: 1 },
  redirect: { type: 5 },
  'router-advertisement': { type: 9 },
  'router-solicitation': { type: 10 },
  'source-quench': { type: 4 },
  'source-route-failed': { type: 3, code: 5 },
  'time-exceeded': { type: 11 },
  'timestamp-reply': { type: 14 },
  'timestamp-request': { type: 13 },
  traceroute: { type: 30 },
  'ttl-exceeded': { type: 11, code: 0 },
  unreachable: { type: 3 },
};

/** Protocol keywords of an extended ACL entry; `ip` (every protocol) is handled apart. */
export const PROTOCOL_KEYWORDS: Readonly<Record<string, number>> = {
  icmp: 1,
  igmp: 2,
  ipinip: 4,
  tcp: 6,
  udp: 17,
  gre: 47,
  esp: 50,
  ahp: 51,
  eigrp: 88,
  ospf: 89,
  nos: 94,
  pim: 103,
  pcp: 108,
  sctp: 132,
};

/** A port by number (0–65535) or by the IOS keyword of the protocol; undefined otherwise. */
export function portNumber(word: string, protocol: 'tcp' | 'udp' | 'tcp-udp'): number | undefined {
  if (/^\d{1,5}$/.test(word)) {
    const n = Number(word);
    return n <= 65535 ? n : undefined;
  }
  const w = word.toLowerCase();
  if (protocol === 'tcp') return TCP_PORT_NAMES[w];
  if (protocol === 'udp') return UDP_PORT_NAMES[w];
  // tcp-udp accepts only names both protocols share with the same number.
  const t = TCP_PORT_NAMES[w];
  return t !== undefined && UDP_PORT_NAMES[w] === t ? t : undefined;
}

/** A protocol keyword or number 0–255 of an ACL entry; `ip` (every protocol) is not one. */
export function protocolNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in PROTOCOL_KEYWORDS) return PROTOCOL_KEYWORDS[w];
  if (/^\d{1,3}$/.test(w) && Number(w) <= 255) return Number(w);
  return undefined;
}
