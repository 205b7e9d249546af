// FortiGate writer: spells an abstract device as the full-configuration backup a single-VDOM
// FortiGate (FortiOS 7.2) exports. Only blocks that sansou's FortiOS parser reads without a
// warning are written; blocks it ignores (global settings, DNS, NTP, syslog) are kept because
// every real backup has them and a benchmark should make the parser skip them too.

import { base64Filler, fnv1a, hexWord } from './filler.mjs';
import { maskOf, sameSubnet } from './ipv4.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').VendorWriter} VendorWriter */

const HEADER = [
  '#config-version=FGT100F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin',
  '#conf_file_ver=8312497465135372',
  '#buildno=1639',
  '#global_vdom=1',
];

/** @param {number} index */
function interfaceName(index) {
  return `port${index + 1}`;
}

/**
 * A single-VDOM unit is one device named after its hostname; only multi-VDOM backups get the
 * "hostname/vdom" ids.
 * @param {string} hostname
 */
function deviceId(hostname) {
  return hostname;
}

/**
 * @param {AbstractDevice} device
 * @returns {import('../abstract-device.mjs').RenderedFile[]}
 */
function render(device) {
  const seed = fnv1a(device.hostname);
  /** @type {string[]} */
  const out = [...HEADER];
  writeGlobal(out, device);
  writeInterfaces(out, device);
  writeAdmin(out, seed);
  writeLogging(out, device);
  writeAddresses(out, device, seed);
  const services = writeServices(out, device.rules);
  writePolicies(out, device, services, seed);
  writeRoutes(out, device);
  return [{ file: `${device.hostname}.conf`, text: `${out.join('\n')}\n` }];
}

/** @type {VendorWriter} */
export const writer = { vendor: 'fortigate', interfaceName, deviceId, render };

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeGlobal(out, device) {
  out.push(
    'config system global',
    '    set admin-sport 443',
    '    set admintimeout 15',
    '    set alias "FortiGate-100F"',
    `    set hostname "${device.hostname}"`,
    '    set language japanese',
    // 60 is FortiOS's "(GMT+9:00) Osaka, Sapporo, Tokyo, Seoul".
    '    set timezone 60',
    'end',
  );
}

/**
 * Ping only: management over the data ports would add management entries that have nothing
 * to do with the benchmark's rules.
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeInterfaces(out, device) {
  out.push('config system interface');
  device.interfaces.forEach((i, k) => {
    out.push(
      `    edit "${interfaceName(k)}"`,
      '        set vdom "root"',
      `        set ip ${i.address} ${maskOf(i.prefix)}`,
      '        set allowaccess ping',
      '        set type physical',
      `        set description "${i.description}"`,
      `        set snmp-index ${k + 1}`,
      '    next',
    );
  });
  out.push('end');
}

/**
 * One administrator with a stored (hashed) password; the hash is derived from the hostname so
 * that the same device always gives the same bytes.
 * @param {string[]} out
 * @param {number} seed
 */
function writeAdmin(out, seed) {
  out.push(
    'config system admin',
    '    edit "admin"',
    '        set accprofile "super_admin"',
    '        set vdom "root"',
    `        set password ENC SH2${base64Filler(seed, 60)}=`,
    '    next',
    'end',
    'config system ntp',
    '    set ntpsync enable',
    '    set server-mode disable',
    'end',
  );
}

/**
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeLogging(out, device) {
  out.push('config log syslogd setting', '    set status enable', `    set server "${device.syslog}"`, 'end');
}

/**
 * The factory "all" object first, as every backup has it, then the device's objects.
 * @param {string[]} out
 * @param {AbstractDevice} device
 * @param {number} seed
 */
function writeAddresses(out, device, seed) {
  out.push('config firewall address');
  let n = 0;
  if (!device.addresses.some((a) => a.name === 'all')) {
    out.push('    edit "all"', `        set uuid ${uuid(seed, 0xa000, n++)}`, '    next');
  }
  for (const a of device.addresses) {
    out.push(`    edit "${a.name}"`, `        set uuid ${uuid(seed, 0xa000, n++)}`, `        set subnet ${a.network} ${maskOf(a.prefix)}`, '    next');
  }
  out.push('end');
}

/**
 * Custom services for the tcp and udp ports the rules name, each defined once in order of
 * first use. Returns the service name to put in each rule, by rule index.
 * @param {string[]} out
 * @param {readonly AbstractRule[]} rules
 * @returns {string[]}
 */
function writeServices(out, rules) {
  /** @type {Set<string>} */
  const defined = new Set();
  /** @type {string[]} */
  const body = [];
  const names = rules.map((r) => {
    if (r.protocol === 'any') return 'ALL';
    if (r.protocol === 'icmp') return 'ALL_ICMP';
    if (r.port === undefined) return r.protocol === 'tcp' ? 'ALL_TCP' : 'ALL_UDP';
    const name = `${r.protocol}-${r.port}`;
    if (!defined.has(name)) {
      defined.add(name);
      body.push(`    edit "${name}"`, `        set ${r.protocol}-portrange ${r.port}`, '    next');
    }
    return name;
  });
  if (body.length > 0) out.push('config firewall service custom', ...body, 'end');
  return names;
}

/**
 * One policy per rule, numbered in rule order so that id order and evaluation order agree.
 * Traffic no policy matches meets FortiOS's implicit deny, so no final deny is written.
 * @param {string[]} out
 * @param {AbstractDevice} device
 * @param {readonly string[]} services
 * @param {number} seed
 */
function writePolicies(out, device, services, seed) {
  out.push('config firewall policy');
  device.rules.forEach((r, k) => {
    out.push(
      `    edit ${k + 1}`,
      `        set name "${r.name}"`,
      `        set uuid ${uuid(seed, 0xb000, k)}`,
      `        set srcintf "${interfaceName(r.from)}"`,
      `        set dstintf "${interfaceName(r.to)}"`,
      `        set action ${r.action === 'permit' ? 'accept' : 'deny'}`,
      `        set srcaddr "${r.source === 'any' ? 'all' : r.source}"`,
      `        set dstaddr "${r.destination === 'any' ? 'all' : r.destination}"`,
      '        set schedule "always"',
      `        set service "${services[k]}"`,
      `        set logtraffic ${r.log ? 'all' : 'disable'}`,
      '    next',
    );
  });
  out.push('end');
}

/**
 * Each route leaves through the interface whose subnet holds its gateway, as FortiOS requires
 * (`set device`). A default route is written without `set dst`, as FortiOS prints it.
 * @param {string[]} out
 * @param {AbstractDevice} device
 */
function writeRoutes(out, device) {
  if (device.routes.length === 0) return;
  out.push('config router static');
  device.routes.forEach((r, k) => {
    out.push(`    edit ${k + 1}`);
    if (r.prefix > 0) out.push(`        set dst ${r.network} ${maskOf(r.prefix)}`);
    out.push(`        set gateway ${r.gateway}`);
    const via = device.interfaces.findIndex((i) => sameSubnet(r.gateway, i.address, i.prefix));
    if (via >= 0) out.push(`        set device "${interfaceName(via)}"`);
    out.push('    next');
  });
  out.push('end');
}

// ---- small helpers -----------------------------------------------------------------------

/**
 * A version-5-looking uuid built from the seed, a table tag and an index: unique per object
 * without any randomness.
 * @param {number} seed
 * @param {number} table
 * @param {number} index
 */
function uuid(seed, table, index) {
  return `${hexWord(seed, 8)}-${hexWord(table, 4)}-51ef-${hexWord(0x8000 | (index >>> 16), 4)}-${hexWord(index & 0xffff, 4)}${hexWord(fnv1a(`${seed}:${index}`), 8)}`;
}
