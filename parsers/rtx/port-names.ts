/**
 * Port mnemonics of `ip filter` columns. The command reference lists ftp, ftpdata, telnet,
 * smtp, domain, gopher, finger, www, pop3, sunrpc, ident, ntp, nntp, snmp, syslog, printer,
 * talk, route, uucp and submission (calling the table partial); Yamaha's own default filters
 * use netbios_ns…netbios_ssn, and https is accepted too. `ftp` stands for both 20 and 21.
 * In static filters `www` is port 80 only (dynamic filters differ, see dynamic-apps.ts).
 */
export const PORT_NAMES: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ['ftp', [20, 21]],
  ['ftpdata', [20]],
  ['telnet', [23]],
  ['smtp', [25]],
  ['domain', [53]],
  ['bootps', [67]],
  ['bootpc', [68]],
  ['tftp', [69]],
  ['gopher', [70]],
  ['finger', [79]],
  ['www', [80]],
  ['pop3', [110]],
  ['sunrpc', [111]],
  ['ident', [113]],
  ['nntp', [119]],
  ['ntp', [123]],
  ['netbios_ns', [137]],
  ['netbios_dgm', [138]],
  ['netbios_ssn', [139]],
  ['imap', [143]],
  ['snmp', [161]],
  ['snmptrap', [162]],
  ['https', [443]],
  ['syslog', [514]],
  ['printer', [515]],
  ['talk', [517]],
  ['route', [520]],
  ['uucp', [540]],
  ['submission', [587]],
]);
