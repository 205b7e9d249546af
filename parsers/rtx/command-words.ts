/**
 * First words of RTX commands. A physical line that starts with one of them is a new
 * statement even when the line before it is exactly 80 columns long: the wrap detector must
 * not glue two real commands together.
 */
export const COMMAND_WORDS: ReadonlySet<string> = new Set([
  'administrator', 'alarm', 'ap', 'auth', 'bgp', 'bridge', 'cloud', 'console', 'cooperation', 'dashboard', 'ddns',
  'description', 'dhcp', 'dns', 'dpi', 'ethernet', 'external-memory', 'heartbeat', 'heartbeat2', 'http', 'httpd',
  'ip', 'ipsec', 'ipv6', 'isdn', 'l2tp', 'lan', 'lan-map', 'leased', 'login', 'lua', 'mail', 'mobile', 'nat',
  'netvolante-dns', 'no', 'ntp', 'ntpdate', 'operation', 'ospf', 'packetdump', 'policy', 'pp', 'ppp', 'pppoe', 'pptp',
  'provider', 'queue', 'radius', 'remote', 'rip', 'save', 'schedule', 'sd', 'security', 'set', 'sftpd', 'show', 'sip',
  'snapshot', 'snmp', 'snmpv2c', 'snmpv3', 'sntpd', 'speed', 'sshd', 'statistics', 'switch', 'syslog', 'system',
  'tcp', 'telnetd', 'tftp', 'timezone', 'tunnel', 'upnp', 'url', 'usbhost', 'user', 'vlan', 'wan1', 'wins',
  'wireless-lan', 'yno', 'exit', 'quit',
]);
