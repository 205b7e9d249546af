import type { AppService } from './vendor-config.js';

const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMP6 = 58;

const tcp = (...ports: number[]): AppService => ({ protocol: TCP, ranges: ports.map((p) => [p, p] as const) });
const udp = (...ports: number[]): AppService => ({ protocol: UDP, ranges: ports.map((p) => [p, p] as const) });
const both = (...ports: number[]): AppService[] => [tcp(...ports), udp(...ports)];

/**
 * What each `ip filter dynamic` application mnemonic starts with, as a new flow from the
 * filter's source to its destination: the protocol and destination ports of the first packet
 * (well-known ports, IANA). Follow-on flows the inspection opens by itself (FTP data, PPTP's
 * GRE, SIP media) are related traffic, not new initiators, and are not listed. `www` covers
 * 80 and 443 in dynamic filters, unlike the static-filter mnemonic.
 */
export const DYNAMIC_APPS: ReadonlyMap<string, readonly AppService[]> = new Map<string, readonly AppService[]>([
  ['tcp', [{ protocol: TCP }]],
  ['udp', [{ protocol: UDP }]],
  ['echo', both(7)],
  ['discard', both(9)],
  ['daytime', both(13)],
  ['chargen', both(19)],
  ['ftp', [tcp(21)]],
  ['ssh', [tcp(22)]],
  ['telnet', [tcp(23)]],
  ['smtp', [tcp(25)]],
  ['time', both(37)],
  ['whois', [tcp(43)]],
  ['dns', both(53)],
  ['domain', both(53)],
  ['tftp', [udp(69)]],
  ['gopher', [tcp(70)]],
  ['finger', [tcp(79)]],
  ['http', [tcp(80)]],
  ['www', [tcp(80, 443)]],
  ['pop3', [tcp(110)]],
  ['sunrpc', both(111)],
  ['ident', [tcp(113)]],
  ['nntp', [tcp(119)]],
  ['ntp', [udp(123)]],
  ['ms-rpc', both(135)],
  ['netbios_ns', both(137)],
  ['netbios_dgm', [udp(138)]],
  ['netbios_ssn', [tcp(139)]],
  ['imap', [tcp(143)]],
  ['snmp', [udp(161)]],
  ['snmptrap', [udp(162)]],
  ['bgp', [tcp(179)]],
  ['imap3', [tcp(220)]],
  ['ldap', both(389)],
  ['https', [tcp(443)]],
  ['ms-ds', [tcp(445)]],
  ['ike', [udp(500)]],
  ['rlogin', [tcp(513)]],
  ['rwho', [udp(513)]],
  ['rsh', [tcp(514)]],
  ['syslog', [udp(514)]],
  ['printer', [tcp(515)]],
  ['rip', [udp(520)]],
  ['ripng', [udp(521)]],
  ['submission', [tcp(587)]],
  ['ms-sql', [tcp(1433)]],
  ['l2tp', [udp(1701)]],
  ['netmeeting', [tcp(1720)]],
  ['pptp', [tcp(1723)]],
  ['radius', [udp(1645, 1812)]],
  ['nfs', both(2049)],
  ['msblast', [tcp(135, 4444), udp(69)]],
  ['ipsec-nat-t', [udp(4500)]],
  ['sip', both(5060)],
  ['ping', [{ protocol: ICMP, ranges: [[8, 8]] }]],
  ['ping6', [{ protocol: ICMP6, ranges: [[128, 128]] }]],
]);

/** Accepted by the router but documented not to work as dynamic filters: they match nothing. */
export const INERT_DYNAMIC_APPS: ReadonlySet<string> = new Set(['dhcpc', 'dhcps', 'dhcpv6c', 'dhcpv6s']);
