/**
 * ASA's literal names for ports, protocols and ICMP types, as the ASA 9.x "Addresses,
 * Protocols, and Ports" reference lists them. ASA writes these names back in running-config
 * (`eq https`, `eq netbios-ssn`), so each must resolve. Some differ from IANA on purpose:
 * `kerberos` is 750, `sqlnet` 1521, `cifs` 3020, `radius` 1645, `aol` 5190.
 */
export const PORT_NAMES: Readonly<Record<string, number>> = {
  aol: 5190,
  bgp: 179,
  biff: 512,
  bootpc: 68,
  bootps: 67,
  chargen: 19,
  cifs: 3020,
  'citrix-ica': 1494,
  cmd: 514,
  ctiqbe: 2748,
  daytime: 13,
  discard: 9,
  dnsix: 195,
  domain: 53,
  echo: 7,
  exec: 512,
  finger: 79,
  ftp: 21,
  'ftp-data': 20,
  gopher: 70,
  h323: 1720,
  hostname: 101,
  http: 80,
  https: 443,
  ident: 113,
  imap4: 143,
  irc: 194,
  isakmp: 500,
  kerberos: 750,
  klogin: 543,
  kshell: 544,
  ldap: 389,
  ldaps: 636,
  login: 513,
  lotusnotes: 1352,
  lpd: 515,
  'mobile-ip': 434,
  nameserver: 42,
  'netbios-dgm': 138,
  'netbios-ns': 137,
  'netbios-ssn': 139,
  nfs: 2049,
  nntp: 119,
  ntp: 123,
  'pcanywhere-data': 5631,
  'pcanywhere-status': 5632,
  'pim-auto-rp': 496,
  pop2: 109,
  pop3: 110,
  pptp: 1723,
  radius: 1645,
  'radius-acct': 1646,
  rip: 520,
  rsh: 514,
  rtsp: 554,
  'secureid-udp': 5510,
  sip: 5060,
  smtp: 25,
  snmp: 161,
  snmptrap: 162,
  sqlnet: 1521,
  ssh: 22,
  sunrpc: 111,
  syslog: 514,
  tacacs: 49,
  talk: 517,
  telnet: 23,
  tftp: 69,
  time: 37,
  uucp: 540,
  vxlan: 4789,
  who: 513,
  whois: 43,
  www: 80,
  xdmcp: 177,
};

/** Protocol keywords of ACEs and service objects; `ip` (every protocol) is handled apart. */
export const PROTOCOL_NAMES: Readonly<Record<string, number>> = {
  ah: 51,
  eigrp: 88,
  esp: 50,
  gre: 47,
  icmp: 1,
  icmp6: 58,
  igmp: 2,
  igrp: 9,
  ipinip: 4,
  ipsec: 50,
  nos: 94,
  ospf: 89,
  pcp: 108,
  pim: 103,
  pptp: 47,
  sctp: 132,
  snp: 109,
  tcp: 6,
  udp: 17,
};

export const ICMP_TYPE_NAMES: Readonly<Record<string, number>> = {
  'echo-reply': 0,
  unreachable: 3,
  'source-quench': 4,
  redirect: 5,
  'alternate-address': 6,
  echo: 8,
  'router-advertisement': 9,
  'router-solicitation': 10,
  'time-exceeded': 11,
  'parameter-problem': 12,
  'timestamp-request': 13,
  'timestamp-reply': 14,
  'information-request': 15,
  'information-reply': 16,
  'mask-request': 17,
  'mask-reply': 18,
  traceroute: 30,
  'conversion-error': 31,
  'mobile-redirect': 32,
};

export const ICMP6_TYPE_NAMES: Readonly<Record<string, number>> = {
  unreachable: 1,
  'packet-too-big': 2,
  'time-exceeded': 3,
  'parameter-problem': 4,
  echo: 128,
  'echo-reply': 129,
  'membership-query': 130,
  'membership-report': 131,
  'membership-reduction': 132,
  'router-solicitation': 133,
  'router-advertisement': 134,
  'neighbor-solicitation': 135,
  'neighbor-advertisement': 136,
  'neighbor-redirect': 137,
  'router-renumbering': 138,
};

function lookup(table: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A port by number (0–65535) or ASA name; undefined when neither. */
export function parsePort(text: string): number | undefined {
  if (/^\d{1,5}$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : undefined;
  }
  return lookup(PORT_NAMES, text.toLowerCase());
}

/** A protocol keyword or number; `ip` gives { any: true }. */
export function parseAsaProtocol(text: string): { protocol: number | undefined } | undefined {
  const lower = text.toLowerCase();
  if (lower === 'ip') return { protocol: undefined };
  if (/^\d{1,3}$/.test(lower)) {
    const n = Number(lower);
    return n <= 255 ? { protocol: n } : undefined;
  }
  const n = lookup(PROTOCOL_NAMES, lower);
  return n === undefined ? undefined : { protocol: n };
}

/** An ICMP (or ICMPv6) type by number or name. */
export function parseIcmpType(text: string, v6: boolean): number | undefined {
  if (/^\d{1,3}$/.test(text)) {
    const n = Number(text);
    return n <= 255 ? n : undefined;
  }
  return lookup(v6 ? ICMP6_TYPE_NAMES : ICMP_TYPE_NAMES, text.toLowerCase());
}
