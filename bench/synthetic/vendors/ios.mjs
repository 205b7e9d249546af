// Cisco IOS-XE writer: renders an abstract device as `show running-config` of an ISR 4000
// series router that filters with extended named ACLs, one inbound list per interface.
//
// IOS passes everything on an interface without an ACL, so every interface gets one: an
// interface without rules gets a list whose only entry denies, and unmatched traffic is then
// refused by the implicit deny at the end of each list. Addresses are network object-groups,
// which IOS-XE has had since 15.x and which keep a long ACL readable the way operators write it.

import { hexFiller } from './filler.mjs';
import { maskOf } from './ipv4.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').RenderedFile} RenderedFile */
/** @typedef {import('../abstract-device.mjs').VendorWriter} VendorWriter */

/**
 * Port keywords IOS writes back instead of numbers in an ACL (`eq www`); IOS has none for
 * 443 or 3389, which stay numeric.
 */
const TCP_PORT_NAMES = new Map([
  [21, 'ftp'],
  [23, 'telnet'],
  [25, 'smtp'],
  [53, 'domain'],
  [80, 'www'],
  [110, 'pop3'],
]);
const UDP_PORT_NAMES = new Map([
  [53, 'domain'],
  [69, 'tftp'],
  [123, 'ntp'],
  [161, 'snmp'],
  [514, 'syslog'],
]);

/** @param {number} index */
function interfaceName(index) {
  return `GigabitEthernet0/0/${index}`;
}

/** @param {number} index */
function aclName(index) {
  return `SEG${index}-IN`;
}

/**
 * An IOS type 9 secret: scrypt hashes in a base64-like alphabet.
 * @param {string} seed
 */
function type9(seed) {
  const salt = Buffer.from(hexFiller(`${seed}/salt`), 'hex').toString('base64').replace(/[+=]/g, '').slice(0, 14);
  const hash = Buffer.from(hexFiller(seed, 64), 'hex').toString('base64').replace(/[+=]/g, '').slice(0, 43);
  return `$9$${salt}$${hash}`;
}

/**
 * One ACL entry, numbered as IOS numbers what is typed without numbers: 10, 20, 30 …
 * @param {AbstractRule} rule @param {number} seq
 */
function entry(rule, seq) {
  const protocol = rule.protocol === 'any' ? 'ip' : rule.protocol;
  const source = rule.source === 'any' ? 'any' : `object-group ${rule.source}`;
  const destination = `object-group ${rule.destination}`;
  let port = '';
  if (rule.port !== undefined && (rule.protocol === 'tcp' || rule.protocol === 'udp')) {
    const names = rule.protocol === 'tcp' ? TCP_PORT_NAMES : UDP_PORT_NAMES;
    port = ` eq ${names.get(rule.port) ?? rule.port}`;
  }
  return ` ${seq} ${rule.action} ${protocol} ${source} ${destination}${port}${rule.log ? ' log' : ''}`;
}

/** @param {AbstractDevice} device @returns {string[]} */
function header(device) {
  return [
    'Building configuration...',
    '',
    // The byte count is a realistic figure, not the real one: nothing reads it.
    `Current configuration : ${20000 + device.rules.length * 60} bytes`,
    '!',
    '! Last configuration change at 09:12:41 JST Tue Apr 8 2025 by netadmin',
    '! NVRAM config last updated at 09:12:44 JST Tue Apr 8 2025 by netadmin',
    '!',
    'version 17.9',
    'service timestamps debug datetime msec localtime show-timezone',
    'service timestamps log datetime msec localtime show-timezone',
    'service password-encryption',
    'platform qfp utilization monitor load 80',
    'platform punt-keepalive disable-kernel-core',
    '!',
    `hostname ${device.hostname}`,
    '!',
    'boot-start-marker',
    'boot-end-marker',
    '!',
    'logging buffered 64000 informational',
    'no logging console',
    `enable secret 9 ${type9(device.hostname)}`,
    '!',
    'aaa new-model',
    'aaa authentication login default local',
    'aaa authorization exec default local',
    'aaa session-id common',
    'clock timezone JST 9 0',
    '!',
    'no ip domain lookup',
    'ip domain name city.example.lg.jp',
    '!',
    'login on-success log',
    '!',
    `username netadmin privilege 15 secret 9 ${type9(`${device.hostname}/netadmin`)}`,
    '!',
    'redundancy',
    ' mode none',
    '!',
  ];
}

/** @param {AbstractDevice} device @returns {string[]} */
function interfaces(device) {
  const lines = [];
  device.interfaces.forEach((i, k) => {
    lines.push(
      `interface ${interfaceName(k)}`,
      ` description ${i.description}`,
      ` ip address ${i.address} ${maskOf(i.prefix)}`,
      ` ip access-group ${aclName(k)} in`,
      ' no ip redirects',
      ' no ip proxy-arp',
      ' negotiation auto',
      '!',
    );
  });
  return lines;
}

/** @param {AbstractDevice} device @returns {string[]} */
function objectGroups(device) {
  const lines = [];
  for (const a of device.addresses) {
    lines.push(`object-group network ${a.name}`, a.prefix === 32 ? ` host ${a.network}` : ` ${a.network} ${maskOf(a.prefix)}`, '!');
  }
  return lines;
}

/**
 * One extended named ACL per interface, its entries in rule order: a packet meets only the
 * list of the interface it enters, so only the order within each list matters.
 * @param {AbstractDevice} device @returns {string[]}
 */
function accessLists(device) {
  /** @type {string[][]} */
  const perInterface = device.interfaces.map(() => []);
  for (const rule of device.rules) {
    const entries = perInterface[rule.from];
    if (!entries) continue;
    const seq = (entries.length / 2 + 1) * 10;
    entries.push(` ${seq} remark ${rule.name}`, entry(rule, seq));
  }
  const lines = [];
  for (let k = 0; k < perInterface.length; k++) {
    const entries = /** @type {string[]} */ (perInterface[k]);
    if (entries.length === 0) entries.push(' 10 remark no traffic enters here', ' 10 deny ip any any log');
    lines.push(`ip access-list extended ${aclName(k)}`);
    for (const e of entries) lines.push(e);
    lines.push('!');
  }
  return lines;
}

/** @param {AbstractDevice} device @returns {RenderedFile[]} */
function render(device) {
  const lines = [
    ...header(device),
    ...objectGroups(device),
    ...interfaces(device),
    'ip forward-protocol nd',
    'no ip http server',
    'no ip http secure-server',
    'ip ssh version 2',
    ...device.routes.map((r) => `ip route ${r.network} ${maskOf(r.prefix)} ${r.gateway}`),
    '!',
    ...accessLists(device),
    'logging trap informational',
    `logging host ${device.syslog}`,
    '!',
    'control-plane',
    '!',
    'line con 0',
    ' exec-timeout 10 0',
    ' stopbits 1',
    'line vty 0 4',
    ' exec-timeout 10 0',
    ' transport input ssh',
    '!',
    'ntp server 10.0.0.123',
    '!',
    'end',
  ];
  return [{ file: `${device.hostname}.cfg`, text: `${lines.join('\n')}\n` }];
}

/** @type {VendorWriter} */
export const writer = {
  vendor: 'ios',
  interfaceName,
  deviceId: (hostname) => hostname,
  render,
};
