/**
 * Commands sansou recognizes and deliberately ignores because they cannot change which packets
 * the router forwards: logging, time, console, DHCP/DNS services, statistics, schedules,
 * hardware and UI settings, VPN negotiation details of tunnels it models as interfaces.
 * Keys are first words; a value lists the second words concerned ('*' for all of them).
 */
export const IGNORED_TOP: ReadonlyMap<string, ReadonlySet<string> | '*'> = new Map<string, ReadonlySet<string> | '*'>([
  ['syslog', '*'], ['dhcp', '*'], ['dns', '*'], ['schedule', '*'], ['statistics', '*'], ['operation', '*'],
  ['timezone', '*'], ['security', '*'], ['switch', '*'], ['lan-map', '*'], ['system', '*'], ['alarm', '*'],
  ['external-memory', '*'], ['sntpd', '*'], ['ntp', '*'], ['mail', '*'], ['set', '*'], ['lua', '*'],
  ['provider', '*'], ['netvolante-dns', '*'], ['ddns', '*'], ['upnp', '*'], ['queue', '*'], ['speed', '*'],
  ['radius', '*'], ['auth', '*'], ['wins', '*'], ['mobile', '*'], ['usbhost', '*'], ['sd', '*'],
  ['cooperation', '*'], ['yno', '*'], ['dashboard', '*'], ['heartbeat', '*'], ['heartbeat2', '*'],
  ['http', '*'], ['save', '*'], ['sip', '*'], ['snapshot', '*'], ['tcp', '*'], ['packetdump', '*'],
  ['cloud', '*'], ['wireless-lan', '*'], ['ap', '*'], ['dpi', '*'], ['ipsec', '*'], ['l2tp', '*'], ['pptp', '*'],
  ['ppp', '*'], ['isdn', '*'], ['leased', '*'], ['administrator', '*'], ['sftpd', '*'], ['ex-license', '*'],
  ['console', new Set(['character', 'columns', 'lines', 'info', 'errors'])],
  ['login', new Set(['password', 'timer', 'radius'])],
  ['telnetd', new Set(['session'])],
  ['httpd', new Set(['timeout', 'custom-gui', 'proxy-access', 'secure'])],
  ['sshd', new Set(['session', 'encrypt', 'client', 'auth', 'forward', 'banner'])],
  ['snmp', new Set(['community', 'trap', 'syscontact', 'syslocation', 'sysname', 'local', 'yrifppdisplayatmib2', 'ifindex-switch-static-index', 'yrswindex-switch-static-index', 'disable', 'yriftunneldisplayatmib2'])],
  ['snmpv2c', new Set(['community', 'trap'])],
  ['snmpv3', new Set(['engine', 'context', 'usm', 'vacm', 'trap', 'local'])],
  ['tftp', new Set(['timeout'])],
  ['rip', '*'], ['ospf', '*'], ['bgp', '*'], ['ethernet', '*'], ['url', '*'], ['bridge', '*'], ['vlan', new Set(['port'])],
  ['lan', new Set(['type', 'port-mirroring', 'linkup', 'link-aggregation', 'receive-buffer-size', 'flexible-port', 'port', 'backward-compatibility', 'keepalive', 'map'])],
  ['wan1', '*'], ['remote', '*'],
]);

/** `ip X …` second words that are global and ignored. */
export const IGNORED_IP_GLOBAL: ReadonlySet<string> = new Set([
  'stealth', 'keepalive', 'simple-service', 'fragment', 'tos', 'host', 'local', 'interface', 'arp', 'tcp', 'flow', 'dpi', 'mroute', 'pim', 'igmp', 'ospf', 'rip', 'bgp',
]);

/** `ip IF X …` third words that are ignored (interface details without effect on forwarding decisions). */
export const IGNORED_IP_INTERFACE: ReadonlySet<string> = new Set([
  'proxyarp', 'mtu', 'tcp', 'intrusion', 'wol', 'rip', 'ospf', 'dhcp', 'arp', 'igmp', 'pim', 'mroute', 'traffic', 'netvolante-dns', 'remote', 'vrrp', 'icmp', 'routing', 'stealth', 'napt', 'mss', 'forward', 'inbound', 'vpn', 'dpi', 'urpf',
]);

/** `pp …` / `tunnel …` second words that are ignored. */
export const IGNORED_PP: ReadonlySet<string> = new Set(['auth', 'keepalive', 'always-on', 'name', 'disconnect', 'backup', 'sessions', 'auto', 'lcp', 'icmp']);
export const IGNORED_TUNNEL: ReadonlySet<string> = new Set(['encapsulation', 'endpoint', 'name', 'backup', 'ngn', 'template', 'tos', 'type', 'mode']);
