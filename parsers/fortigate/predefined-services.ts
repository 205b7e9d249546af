import type { FgService, FgServiceGroup, PortRange } from './vendor-config.js';

/**
 * The services and service groups a factory FortiOS 6.x/7.x configuration defines. A backup
 * normally carries these definitions itself; the table fills in when a file does not (an
 * excerpt, a hand-written sample), and a definition in the file always wins.
 *
 * One service a line: the name, then items `tcp:<range>`, `udp:<range>`, `sctp:<range>`
 * (FortiOS `dst[-dst][:src[-src]]` form), `icmp[:type]`, `icmp6[:type]` or `ip:<protocol>`.
 */
const TABLE = `
ALL ip:0
ALL_TCP tcp:1-65535
ALL_UDP udp:1-65535
ALL_ICMP icmp
ALL_ICMP6 icmp6
GRE ip:47
AH ip:51
ESP ip:50
AOL tcp:5190-5194
BGP tcp:179
DHCP udp:67-68
DNS tcp:53 udp:53
FINGER tcp:79
FTP tcp:21
FTP_GET tcp:21
FTP_PUT tcp:21
GOPHER tcp:70
H323 tcp:1720 tcp:1503 udp:1719
HTTP tcp:80
HTTPS tcp:443
IKE udp:500 udp:4500
IMAP tcp:143
IMAPS tcp:993
Internet-Locator-Service tcp:389
IRC tcp:6660-6669
L2TP tcp:1701 udp:1701
LDAP tcp:389
NetMeeting tcp:1720
NFS tcp:111 tcp:2049 udp:111 udp:2049
NNTP tcp:119
NTP tcp:123 udp:123
OSPF ip:89
PC-Anywhere tcp:5631 udp:5632
PING icmp:8
TIMESTAMP icmp:13
INFO_REQUEST icmp:15
INFO_ADDRESS icmp:17
ONC-RPC tcp:111 udp:111
DCE-RPC tcp:135 udp:135
POP3 tcp:110
POP3S tcp:995
PPTP tcp:1723
QUAKE udp:26000 udp:27000 udp:27910 udp:27960
RAUDIO udp:7070
REXEC tcp:512
RIP udp:520
RLOGIN tcp:513:512-1023
RSH tcp:514:512-1023
SCCP tcp:2000
SIP tcp:5060 udp:5060
SIP-MSNmessenger tcp:1863
SAMBA tcp:139
SMTP tcp:25
SMTPS tcp:465
SNMP tcp:161-162 udp:161-162
SSH tcp:22
SYSLOG udp:514
TALK udp:517-518
TELNET tcp:23
TFTP udp:69
MGCP udp:2427 udp:2727
UUCP tcp:540
VDOLIVE tcp:7000-7010
WAIS tcp:210
WINFRAME tcp:1494 tcp:2598
X-WINDOWS tcp:6000-6063
PING6 icmp6:128
MS-SQL tcp:1433 tcp:1434
MYSQL tcp:3306
RDP tcp:3389
VNC tcp:5900
DHCP6 udp:546 udp:547
SQUID tcp:3128
SOCKS tcp:1080 udp:1080
WINS tcp:1512 udp:1512
RADIUS udp:1812 udp:1813
RADIUS-OLD udp:1645 udp:1646
CVSPSERVER tcp:2401 udp:2401
AFS3 tcp:7000-7009 udp:7000-7009
TRACEROUTE udp:33434-33535
RTSP tcp:554 tcp:7070 tcp:8554 udp:554
MMS tcp:1755 udp:1024-5000
KERBEROS tcp:88 tcp:464 udp:88 udp:464
LDAP_UDP udp:389
SMB tcp:445
NONE tcp:0
`;

const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Email Access', ['DNS', 'IMAP', 'IMAPS', 'POP3', 'POP3S', 'SMTP', 'SMTPS']],
  ['Web Access', ['DNS', 'HTTP', 'HTTPS']],
  ['Windows AD', ['DCE-RPC', 'DNS', 'KERBEROS', 'LDAP', 'LDAP_UDP', 'SAMBA', 'SMB']],
  ['Exchange Server', ['DCE-RPC', 'DNS', 'HTTPS']],
];

const PREDEFINED_CONTEXT = 'FortiOS predefined';

const SERVICES: ReadonlyMap<string, FgService> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [name = '', ...items] = line.trim().split(/\s+/);
      return [name, serviceFrom(name, items)] as const;
    }),
);

const SERVICE_GROUPS: ReadonlyMap<string, FgServiceGroup> = new Map(
  GROUPS.map(([name, members]) => [name, { name, line: 0, context: PREDEFINED_CONTEXT, members: { names: members, line: 0 } }] as const),
);

export function predefinedService(name: string): FgService | undefined {
  return SERVICES.get(name);
}

export function predefinedServiceGroup(name: string): FgServiceGroup | undefined {
  return SERVICE_GROUPS.get(name);
}

/** Every predefined service name, for tests and documentation. */
export function predefinedServiceNames(): string[] {
  return [...SERVICES.keys()];
}

function serviceFrom(name: string, items: readonly string[]): FgService {
  const tcp: PortRange[] = [];
  const udp: PortRange[] = [];
  const sctp: PortRange[] = [];
  let protocol: FgService['protocol'] = 'TCP/UDP/SCTP';
  let protocolNumber = 0;
  let icmpType: number | undefined;
  for (const item of items) {
    const colon = item.indexOf(':');
    const kind = colon < 0 ? item : item.slice(0, colon);
    const spec = colon < 0 ? '' : item.slice(colon + 1);
    if (kind === 'tcp' || kind === 'udp' || kind === 'sctp') {
      ({ tcp, udp, sctp })[kind].push(portRange(spec));
    } else if (kind === 'icmp' || kind === 'icmp6') {
      protocol = kind === 'icmp' ? 'ICMP' : 'ICMP6';
      if (spec !== '') icmpType = Number(spec);
    } else {
      protocol = 'IP';
      protocolNumber = Number(spec);
    }
  }
  return {
    name,
    line: 0,
    context: PREDEFINED_CONTEXT,
    protocol,
    tcp,
    udp,
    sctp,
    protocolNumber,
    ...(icmpType !== undefined && { icmpType }),
  };
}

/** `513:512-1023` → dst 513, src 512-1023. The table is trusted, so no validation here. */
function portRange(spec: string): PortRange {
  const [dst = '', src] = spec.split(':');
  const [dLo, dHi] = bounds(dst);
  const [sLo, sHi] = src === undefined ? [0, 65535] : bounds(src);
  return { dstLo: dLo, dstHi: dHi, srcLo: sLo, srcHi: sHi };
}

function bounds(text: string): [number, number] {
  const [lo = '0', hi] = text.split('-');
  return [Number(lo), Number(hi ?? lo)];
}
