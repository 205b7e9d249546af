// Juniper SRX writer: renders an abstract device as `show configuration` in the hierarchical
// brace format. Each interface is unit 0 of ge-0/0/N and sits alone in its own security zone,
// so an abstract rule from interface A to interface B is exactly one policy of the zone pair
// A → B; traffic no policy matches falls to `default-policy deny-all`.

import { base64Filler, CRYPT_ALPHABET, xorshift } from './filler.mjs';
import { sameSubnet } from './ipv4.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').RenderedFile} RenderedFile */

/** Junos indents each level by four spaces; precomputed so deep blocks cost nothing. */
const INDENT = ['', '    ', '        ', '            ', '                ', '                    ', '                        '];

/** A SHA-512 crypt string of the usual shape ($6$, 8-character salt, 86-character hash). */
function cryptHash(/** @type {string} */ seed) {
  const chars = base64Filler(seed, 94, CRYPT_ALPHABET);
  return `$6$${chars.slice(0, 8)}$${chars.slice(8)}`;
}

/** A commit stamp somewhere in 2025, fixed per hostname. */
function commitStamp(/** @type {string} */ hostname) {
  const next = xorshift(`commit:${hostname}`);
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `2025-${two(1 + (next() % 12))}-${two(1 + (next() % 28))} ${two(next() % 24)}:${two(next() % 60)}:${two(next() % 60)} JST`;
}

/**
 * Zone names from the interface descriptions ("inside users" → INSIDE-USERS), the way
 * administrators name them; a clash or an empty description falls back to a numbered name.
 * @param {AbstractDevice} device
 */
function zoneNames(device) {
  const used = new Set();
  return device.interfaces.map((iface, k) => {
    let name = iface.description
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24)
      .replace(/-+$/, '');
    if (!/^[A-Z]/.test(name) || used.has(name)) name = name === '' ? `ZONE${k}` : `Z${k}-${name}`;
    used.add(name);
    return name;
  });
}

/**
 * The application a rule names. ICMP is `junos-icmp-all` (every ICMP type, as the abstract rule
 * means); TCP and UDP get custom applications named after protocol and port, defined once.
 * @param {AbstractRule} rule
 */
function applicationOf(rule) {
  if (rule.protocol === 'any') return 'any';
  if (rule.protocol === 'icmp') return 'junos-icmp-all';
  return rule.port === undefined ? `${rule.protocol}-all` : `${rule.protocol}-${rule.port}`;
}

/** @param {AbstractDevice} device */
function render(device) {
  /** @type {string[]} */
  const out = [];
  const zones = zoneNames(device);
  const line = (/** @type {number} */ depth, /** @type {string} */ text) => out.push(INDENT[depth] + text);

  out.push(`## Last commit: ${commitStamp(device.hostname)} by netadmin`);
  out.push('version 21.4R3-S5.4;');
  systemBlock(device, line);
  securityBlock(device, zones, line);
  interfacesBlock(device, line);
  routingBlock(device, line);
  applicationsBlock(device, line);
  return [{ file: `${device.hostname}.conf`, text: `${out.join('\n')}\n` }];
}

/**
 * @typedef {(depth: number, text: string) => void} LineSink
 */

/** @param {AbstractDevice} device @param {LineSink} line */
function systemBlock(device, line) {
  line(0, 'system {');
  line(1, `host-name ${device.hostname};`);
  line(1, 'time-zone Asia/Tokyo;');
  line(1, 'root-authentication {');
  line(2, `encrypted-password "${cryptHash(`root:${device.hostname}`)}"; ## SECRET-DATA`);
  line(1, '}');
  line(1, 'login {');
  line(2, 'class noc {');
  line(3, 'permissions [ view view-configuration ];');
  line(2, '}');
  line(2, 'user netadmin {');
  line(3, 'uid 2001;');
  line(3, 'class super-user;');
  line(3, 'authentication {');
  line(4, `encrypted-password "${cryptHash(`netadmin:${device.hostname}`)}"; ## SECRET-DATA`);
  line(3, '}');
  line(2, '}');
  line(1, '}');
  line(1, 'services {');
  line(2, 'ssh {');
  line(3, 'root-login deny;');
  line(3, 'protocol-version v2;');
  line(2, '}');
  line(2, 'netconf {');
  line(3, 'ssh;');
  line(2, '}');
  line(1, '}');
  line(1, 'syslog {');
  line(2, 'user * {');
  line(3, 'any emergency;');
  line(2, '}');
  line(2, `host ${device.syslog} {`);
  line(3, 'any notice;');
  line(3, 'authorization info;');
  line(3, 'structured-data;');
  line(2, '}');
  line(2, 'file messages {');
  line(3, 'any notice;');
  line(3, 'authorization info;');
  line(2, '}');
  line(2, 'file traffic-log {');
  line(3, 'any any;');
  line(3, 'match RT_FLOW_SESSION;');
  line(2, '}');
  line(1, '}');
  line(1, 'max-configurations-on-flash 5;');
  line(1, 'max-configuration-rollbacks 5;');
  line(0, '}');
}

/** @param {AbstractDevice} device @param {string[]} zones @param {LineSink} line */
function securityBlock(device, zones, line) {
  line(0, 'security {');
  line(1, 'log {');
  line(2, 'mode stream;');
  line(2, 'report;');
  line(1, '}');
  line(1, 'screen {');
  line(2, 'ids-option untrust-screen {');
  line(3, 'icmp {');
  line(4, 'ping-death;');
  line(3, '}');
  line(3, 'tcp {');
  line(4, 'land;');
  line(3, '}');
  line(2, '}');
  line(1, '}');
  line(1, 'address-book {');
  line(2, 'global {');
  for (const a of device.addresses) line(3, `address ${a.name} ${a.network}/${a.prefix};`);
  line(2, '}');
  line(1, '}');
  policiesBlock(device, zones, line);
  line(1, 'zones {');
  const uplink = uplinkIndex(device);
  device.interfaces.forEach((iface, k) => {
    line(2, `security-zone ${zones[k]} {`);
    if (k === uplink) line(3, 'screen untrust-screen;');
    line(3, 'host-inbound-traffic {');
    line(4, 'system-services {');
    line(5, 'ping;');
    if (k !== uplink) line(5, 'ssh;');
    line(4, '}');
    line(3, '}');
    line(3, 'interfaces {');
    line(4, `${interfaceName(k)};`);
    line(3, '}');
    line(2, '}');
  });
  line(1, '}');
  line(0, '}');
}

/**
 * Policies grouped by zone pair, pairs in the order their first rule appears, rules in their
 * global order within the pair. Only a packet's own zone pair is consulted, so regrouping
 * keeps the first-match result of the abstract rule list.
 * @param {AbstractDevice} device @param {string[]} zones @param {LineSink} line
 */
function policiesBlock(device, zones, line) {
  /** @type {Map<string, AbstractRule[]>} */
  const pairs = new Map();
  for (const rule of device.rules) {
    const key = `${rule.from}>${rule.to}`;
    let list = pairs.get(key);
    if (!list) pairs.set(key, (list = []));
    list.push(rule);
  }
  line(1, 'policies {');
  for (const rules of pairs.values()) {
    const first = /** @type {AbstractRule} */ (rules[0]);
    line(2, `from-zone ${zones[first.from]} to-zone ${zones[first.to]} {`);
    // The hot loop of a large device: one pre-indented chunk per policy keeps it linear and cheap.
    for (const rule of rules) line(0, policyText(rule));
    line(2, '}');
  }
  line(2, 'default-policy {');
  line(3, 'deny-all;');
  line(2, '}');
  line(1, '}');
}

/**
 * One policy, indented for its place inside `from-zone … to-zone … {`.
 * @param {AbstractRule} rule
 */
function policyText(rule) {
  const verdict = rule.action === 'permit' ? 'permit;' : 'deny;';
  // A denied flow never opens a session, so only its init event can be logged.
  const log = !rule.log ? '' : `
                    log {
                        ${rule.action === 'permit' ? 'session-close;' : 'session-init;'}
                    }`;
  return `            policy ${rule.name} {
                match {
                    source-address ${rule.source};
                    destination-address ${rule.destination};
                    application ${applicationOf(rule)};
                }
                then {
                    ${verdict}${log}
                }
            }`;
}

/** @param {AbstractDevice} device @param {LineSink} line */
function interfacesBlock(device, line) {
  line(0, 'interfaces {');
  device.interfaces.forEach((iface, k) => {
    line(1, `ge-0/0/${k} {`);
    line(2, `description "${iface.description}";`);
    line(2, 'unit 0 {');
    line(3, 'family inet {');
    line(4, `address ${iface.address}/${iface.prefix};`);
    line(3, '}');
    line(2, '}');
    line(1, '}');
  });
  line(0, '}');
}

/** @param {AbstractDevice} device @param {LineSink} line */
function routingBlock(device, line) {
  if (device.routes.length === 0) return;
  line(0, 'routing-options {');
  line(1, 'static {');
  for (const r of device.routes) line(2, `route ${r.network}/${r.prefix} next-hop ${r.gateway};`);
  line(1, '}');
  line(0, '}');
}

/**
 * Custom TCP/UDP applications, each once, in the order rules first name them.
 * @param {AbstractDevice} device @param {LineSink} line
 */
function applicationsBlock(device, line) {
  /** @type {Map<string, AbstractRule>} */
  const custom = new Map();
  for (const rule of device.rules) {
    if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') continue;
    const name = applicationOf(rule);
    if (!custom.has(name)) custom.set(name, rule);
  }
  if (custom.size === 0) return;
  line(0, 'applications {');
  for (const [name, rule] of custom) {
    line(1, `application ${name} {`);
    line(2, `protocol ${rule.protocol};`);
    if (rule.port !== undefined) line(2, `destination-port ${rule.port};`);
    line(1, '}');
  }
  line(0, '}');
}

/**
 * The interface carrying the default route (the untrusted side), or -1.
 * @param {AbstractDevice} device
 */
function uplinkIndex(device) {
  const def = device.routes.find((r) => r.prefix === 0);
  if (!def) return -1;
  return device.interfaces.findIndex((i) => sameSubnet(def.gateway, i.address, i.prefix));
}

/** The model names an interface by its logical unit. */
function interfaceName(/** @type {number} */ index) {
  return `ge-0/0/${index}.0`;
}

/** @type {import('../abstract-device.mjs').VendorWriter} */
export const writer = {
  vendor: 'junos',
  interfaceName,
  // The default routing instance is named after `system host-name`.
  deviceId: (hostname) => hostname,
  render,
};
