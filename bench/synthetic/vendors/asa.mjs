// Cisco ASA writer: renders an abstract device as `show running-config` of an ASA 5500-X in
// routed mode. Every interface is a VLAN subinterface of one trunk, which is how a firewall
// with many segments is usually cabled, and which keeps interface names independent of how
// many physical ports a model has.
//
// Filtering is per ingress interface: each interface gets its own inbound access-list bound
// with `access-group NAME in interface IF`. ASA lets traffic from a higher to a lower security
// level through when an interface has no access-group, so every interface gets one, and an
// interface without rules gets a list that only denies: unmatched traffic is then denied by
// the list itself and not by the level arithmetic. All named interfaces share one security
// level except the uplink, and `same-security-traffic permit inter-interface` is configured so
// that the access lists alone decide.

import { hexFiller } from './filler.mjs';
import { maskOf, sameSubnet } from './ipv4.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').RenderedFile} RenderedFile */
/** @typedef {import('../abstract-device.mjs').VendorWriter} VendorWriter */

/** VLAN ids start here, so interface k is `vlan(100 + k)` on the trunk. */
const FIRST_VLAN = 100;

/**
 * Port names ASA writes back in running-config instead of the number (`eq https`); any other
 * port stays numeric, as on a real unit.
 */
const PORT_NAMES = new Map([
  [21, 'ftp'],
  [22, 'ssh'],
  [23, 'telnet'],
  [25, 'smtp'],
  [53, 'domain'],
  [80, 'www'],
  [110, 'pop3'],
  [123, 'ntp'],
  [143, 'imap4'],
  [161, 'snmp'],
  [389, 'ldap'],
  [443, 'https'],
  [514, 'syslog'],
  [636, 'ldaps'],
]);

/** @param {number} index */
function interfaceName(index) {
  return `vlan${FIRST_VLAN + index}`;
}

/**
 * The interface a packet to `address` leaves through: a connected subnet, else the longest
 * static route whose gateway sits in a connected subnet; the first interface as a last resort.
 * @param {AbstractDevice} device @param {string} address
 */
function egressOf(device, address) {
  const connected = device.interfaces.findIndex((i) => sameSubnet(address, i.address, i.prefix));
  if (connected >= 0) return connected;
  const routes = device.routes.filter((r) => sameSubnet(address, r.network, r.prefix)).sort((a, b) => b.prefix - a.prefix);
  for (const r of routes) {
    const k = device.interfaces.findIndex((i) => sameSubnet(r.gateway, i.address, i.prefix));
    if (k >= 0) return k;
  }
  return 0;
}

/** @param {AbstractDevice} device */
function uplinkOf(device) {
  const dflt = device.routes.find((r) => r.prefix === 0);
  return dflt ? egressOf(device, dflt.gateway) : -1;
}

/** @param {number} index */
function aclName(index) {
  return `${interfaceName(index)}_access_in`;
}

/**
 * One access-control entry. Addresses are always objects (the abstract device names every
 * address it uses), `any` excepted.
 * @param {AbstractRule} rule
 */
function ace(rule) {
  const protocol = rule.protocol === 'any' ? 'ip' : rule.protocol;
  const source = rule.source === 'any' ? 'any' : `object ${rule.source}`;
  const destination = `object ${rule.destination}`;
  const port = rule.port !== undefined && (rule.protocol === 'tcp' || rule.protocol === 'udp') ? ` eq ${PORT_NAMES.get(rule.port) ?? rule.port}` : '';
  const log = rule.log ? ' log' : '';
  return `access-list ${aclName(rule.from)} extended ${rule.action} ${protocol} ${source} ${destination}${port}${log} `;
}

/**
 * A PBKDF2 password as ASA 9.x shows it: a 16-byte salt and a 16-byte hash, each in base64.
 * @param {string} seed
 */
function pbkdf2(seed) {
  const salt = Buffer.from(hexFiller(`${seed}/salt`), 'hex').toString('base64');
  const hash = Buffer.from(hexFiller(seed), 'hex').toString('base64');
  return `$sha512$5000$${salt}$${hash} pbkdf2`;
}

/** @param {AbstractDevice} device @returns {string[]} */
function header(device) {
  const h = hexFiller(device.hostname);
  return [
    ': Saved',
    '',
    ': ',
    `: Serial Number: JAD${h.slice(0, 8).toUpperCase()}`,
    ': Hardware:   ASA5525, 8192 MB RAM, CPU Lynnfield 2394 MHz, 1 CPU (4 cores)',
    ':',
    'ASA Version 9.16(4)57 ',
    '!',
    `hostname ${device.hostname}`,
    'domain-name city.example.lg.jp',
    `enable password ${pbkdf2(device.hostname)}`,
    'names',
    'no mac-address auto',
    '',
    '!',
  ];
}

/** @param {AbstractDevice} device @param {number} uplink @returns {string[]} */
function interfaces(device, uplink) {
  const lines = ['interface GigabitEthernet0/0', ' description trunk to core switch', ' no nameif', ' no security-level', ' no ip address', '!'];
  device.interfaces.forEach((i, k) => {
    lines.push(
      `interface GigabitEthernet0/0.${FIRST_VLAN + k}`,
      ` description ${i.description}`,
      ` vlan ${FIRST_VLAN + k}`,
      ` nameif ${interfaceName(k)}`,
      ` security-level ${k === uplink ? 0 : 50}`,
      ` ip address ${i.address} ${maskOf(i.prefix)} `,
      '!',
    );
  });
  lines.push('interface Management0/0', ' management-only', ' shutdown', ' no nameif', ' no security-level', ' no ip address', '!');
  return lines;
}

/** @param {AbstractDevice} device @returns {string[]} */
function objects(device) {
  const lines = [];
  for (const a of device.addresses) {
    lines.push(`object network ${a.name}`, a.prefix === 32 ? ` host ${a.network}` : ` subnet ${a.network} ${maskOf(a.prefix)}`);
  }
  return lines;
}

/**
 * Access lists, grouped by ingress interface but in rule order within each: a rule's place in
 * its own interface's list is all that decides, since a packet meets only one list.
 * @param {AbstractDevice} device @returns {{ lines: string[], groups: string[] }}
 */
function accessLists(device) {
  /** @type {string[][]} */
  const perInterface = device.interfaces.map(() => []);
  for (const rule of device.rules) {
    perInterface[rule.from]?.push(`access-list ${aclName(rule.from)} remark ${rule.name}`, ace(rule));
  }
  const lines = [];
  const groups = [];
  for (let k = 0; k < perInterface.length; k++) {
    const entries = /** @type {string[]} */ (perInterface[k]);
    if (entries.length === 0) entries.push(`access-list ${aclName(k)} remark no traffic enters here`, `access-list ${aclName(k)} extended deny ip any any log `);
    for (const e of entries) lines.push(e);
    groups.push(`access-group ${aclName(k)} in interface ${interfaceName(k)}`);
  }
  return { lines, groups };
}

/** @param {AbstractDevice} device @returns {RenderedFile[]} */
function render(device) {
  const uplink = uplinkOf(device);
  const syslogIf = interfaceName(egressOf(device, device.syslog));
  const { lines: acl, groups } = accessLists(device);
  const lines = [
    ...header(device),
    ...interfaces(device, uplink),
    'ftp mode passive',
    'clock timezone JST 9',
    'same-security-traffic permit inter-interface',
    ...objects(device),
    ...acl,
    'pager lines 24',
    'logging enable',
    'logging timestamp',
    'logging buffered informational',
    // Notifications, not informational: the per-connection messages would otherwise log every
    // permitted flow, and a rule's `log` keyword would no longer be what decides.
    'logging trap notifications',
    'logging facility 20',
    `logging host ${syslogIf} ${device.syslog}`,
    ...device.interfaces.map((_, k) => `mtu ${interfaceName(k)} 1500`),
    'no failover',
    'icmp unreachable rate-limit 1 burst-size 1',
    'no asdm history enable',
    'arp timeout 14400',
    'no arp permit-nonconnected',
    ...groups,
    ...device.routes.map((r) => `route ${interfaceName(egressOf(device, r.gateway))} ${r.network} ${maskOf(r.prefix)} ${r.gateway} 1`),
    'timeout xlate 3:00:00',
    'timeout conn 1:00:00 half-closed 0:10:00 udp 0:02:00 sctp 0:02:00 icmp 0:00:02',
    'user-identity default-domain LOCAL',
    'aaa authentication ssh console LOCAL ',
    'no snmp-server location',
    'no snmp-server contact',
    'crypto ipsec security-association pmtu-aging infinite',
    'telnet timeout 5',
    'ssh timeout 10',
    'ssh version 2',
    'console timeout 0',
    'threat-detection basic-threat',
    'threat-detection statistics access-list',
    `username admin password ${pbkdf2(`${device.hostname}/admin`)} privilege 15`,
    '!',
    'class-map inspection_default',
    ' match default-inspection-traffic',
    '!',
    'policy-map global_policy',
    ' class inspection_default',
    '  inspect dns ',
    '  inspect ftp ',
    '  inspect icmp ',
    '!',
    'service-policy global_policy global',
    'prompt hostname context ',
    `Cryptochecksum:${hexFiller(`${device.hostname}/${device.rules.length}`)}`,
    ': end',
  ];
  return [{ file: `${device.hostname}.cfg`, text: `${lines.join('\n')}\n` }];
}

/** @type {VendorWriter} */
export const writer = {
  vendor: 'asa',
  interfaceName,
  deviceId: (hostname) => hostname,
  render,
};
