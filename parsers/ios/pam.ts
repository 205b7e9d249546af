import { ServiceSet } from '../../src/space/service-set.js';
import { ICMP, TCP, UDP } from '../../src/space/protocols.js';

const tcp = (port: number) => ServiceSet.ports(TCP, port, port);
const udp = (port: number) => ServiceSet.ports(UDP, port, port);
const both = (port: number) => tcp(port).union(udp(port));

/**
 * `match protocol NAME` in an inspect class-map, by the default port-to-application map (PAM)
 * of IOS. Application recognition beyond the port (NBAR signatures) is not modelled: a class
 * matches the application's default ports. `ip port-map` changes are reported, not applied.
 */
const APPLICATIONS: Readonly<Record<string, ServiceSet>> = {
  tcp: ServiceSet.protocol(TCP),
  udp: ServiceSet.protocol(UDP),
  icmp: ServiceSet.protocol(ICMP),
  http: tcp(80),
  https: tcp(443),
  ftp: tcp(21),
  tftp: udp(69),
  ssh: tcp(22),
  telnet: tcp(23),
  smtp: tcp(25),
  dns: both(53),
  domain: both(53),
  pop3: tcp(110),
  pop3s: tcp(995),
  imap: tcp(143),
  imaps: tcp(993),
  ntp: udp(123),
  snmp: udp(161),
  'snmp-trap': udp(162),
  syslog: udp(514),
  ldap: tcp(389),
  ldaps: tcp(636),
  kerberos: both(88),
  sip: both(5060),
  h323: tcp(1720),
  rtsp: tcp(554),
  'netbios-ns': udp(137),
  'netbios-dgm': udp(138),
  'netbios-ssn': tcp(139),
  'microsoft-ds': tcp(445),
  'ms-sql': tcp(1433),
  mysql: tcp(3306),
  sqlnet: tcp(1521),
  bootps: udp(67),
  bootpc: udp(68),
  isakmp: udp(500),
  'ipsec-msft': udp(4500),
  l2tp: udp(1701),
  pptp: tcp(1723),
  tacacs: tcp(49),
  radius: udp(1812),
  'radius-accounting': udp(1813),
  rdp: tcp(3389),
  'ms-wbt': tcp(3389),
  xdmcp: udp(177),
  irc: tcp(194),
  nntp: tcp(119),
  finger: tcp(79),
  gopher: tcp(70),
  exec: tcp(512),
  login: tcp(513),
  shell: tcp(514),
};

export function applicationServices(name: string): ServiceSet | undefined {
  return APPLICATIONS[name.toLowerCase()];
}
