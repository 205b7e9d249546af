// YAMAHA RTX writer: renders an abstract device as the `show config` of an RTX1220, whose
// three LAN ports carry the first three interfaces; further interfaces are 802.1Q tagged
// VLANs on lan2 (lan2/1, lan2/2 …), as an RTX with more segments than ports is configured.
//
// RTX has no address objects: every `ip filter` line spells its addresses. Each interface
// gets an inbound secure filter list of its own, in rule order, ending with an explicit
// `reject * * * * *` as YAMAHA's own examples do; an interface without rules gets that line
// alone, since an interface without a secure filter passes everything. RTX logs per filter
// through the action: `pass` is silent and `reject` logs, `pass-log` and `reject-nolog`
// say otherwise.

import { hexFiller } from './filler.mjs';

/** @typedef {import('../abstract-device.mjs').AbstractDevice} AbstractDevice */
/** @typedef {import('../abstract-device.mjs').AbstractRule} AbstractRule */
/** @typedef {import('../abstract-device.mjs').RenderedFile} RenderedFile */
/** @typedef {import('../abstract-device.mjs').VendorWriter} VendorWriter */

/** Physical LAN ports of an RTX1220; later interfaces are VLANs on TRUNK. */
const LAN_PORTS = 3;
const TRUNK = 'lan2';

/**
 * Filters of interface k are numbered from (k + 1) × BLOCK, as operators number them by
 * interface (100100, 100101 … for lan1), each list ending with BLOCK − 1 in its block.
 * RTX filter numbers stop at 21474836, which bounds interfaces × BLOCK.
 */
const BLOCK = 100000;
const FIRST_OFFSET = 100;
const MAX_FILTER = 21474836;

/**
 * Port mnemonics RTX shows in filters. `ftp` is left out on purpose: it means both 20 and 21.
 */
const PORT_NAMES = new Map([
  [23, 'telnet'],
  [25, 'smtp'],
  [53, 'domain'],
  [80, 'www'],
  [110, 'pop3'],
  [123, 'ntp'],
  [143, 'imap'],
  [161, 'snmp'],
  [443, 'https'],
  [514, 'syslog'],
]);

/** @param {number} index */
function interfaceName(index) {
  return index < LAN_PORTS ? `lan${index + 1}` : `${TRUNK}/${index - LAN_PORTS + 1}`;
}

/** @param {string} seed */
function md5Crypt(seed) {
  const b64 = Buffer.from(hexFiller(seed, 64), 'hex').toString('base64').replace(/[+=]/g, '.');
  return `$1$${b64.slice(0, 8)}$${b64.slice(8, 30)}`;
}

/**
 * Addresses inline, as RTX writes them: a host bare, a network as A/P, `*` for any.
 * @param {Map<string, string>} spelled @param {string} name
 */
function addressOf(spelled, name) {
  if (name === 'any') return '*';
  const text = spelled.get(name);
  // Falling back to `*` would silently widen the rule; a broken device must fail loudly.
  if (text === undefined) throw new Error(`rtx writer: no address object named ${name}`);
  return text;
}

/** @param {AbstractRule} rule */
function actionOf(rule) {
  if (rule.action === 'permit') return rule.log ? 'pass-log' : 'pass';
  return rule.log ? 'reject' : 'reject-nolog';
}

/** @param {AbstractRule} rule */
function serviceOf(rule) {
  if (rule.protocol === 'any') return '* * *';
  if (rule.protocol === 'icmp') return 'icmp';
  return `${rule.protocol} * ${rule.port === undefined ? '*' : (PORT_NAMES.get(rule.port) ?? rule.port)}`;
}

/** @param {AbstractDevice} device @returns {string[]} */
function header(device) {
  const h = hexFiller(device.hostname);
  const mac = (/** @type {number} */ n) => `00:a0:de:${h.slice(0, 2)}:${h.slice(2, 4)}:${(n + parseInt(h.slice(4, 6), 16)).toString(16).padStart(2, '0').slice(-2)}`;
  const macs = [0, 1, 2].map(mac);
  const serial = `S4A${h.slice(6, 12).toUpperCase()}`;
  return [
    '# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)',
    `# MAC Address : ${macs.join(', ')}`,
    '# Memory 256Mbytes, 3LAN',
    `# main:  RTX1220 ver=00 serial=${serial} ${macs.map((m) => `MAC-Address=${m}`).join(' ')}`,
    '# Reporting Date: Apr  8 09:12:41 2025',
    `login password encrypted ${md5Crypt(`${device.hostname}/login`)}`,
    `administrator password encrypted ${md5Crypt(`${device.hostname}/admin`)}`,
    'console character ja.utf8',
    'console lines infinity',
    `console prompt ${device.hostname}`,
    'timezone +09:00',
  ];
}

/** @param {AbstractDevice} device @returns {string[]} */
function routes(device) {
  return device.routes.map((r) => (r.prefix === 0 ? `ip route default gateway ${r.gateway}` : `ip route ${r.network}/${r.prefix} gateway ${r.gateway}`));
}

/**
 * The filter lines and each interface's list of numbers, in rule order within an interface.
 * @param {AbstractDevice} device
 */
function filters(device) {
  /** @type {Map<string, string>} */
  const spelled = new Map(device.addresses.map((a) => [a.name, a.prefix === 32 ? a.network : `${a.network}/${a.prefix}`]));
  /** @type {string[][]} */
  const lines = device.interfaces.map(() => []);
  /** @type {number[][]} */
  const numbers = device.interfaces.map(() => []);
  for (const rule of device.rules) {
    const list = numbers[rule.from];
    const out = lines[rule.from];
    if (!list || !out) continue;
    const n = (rule.from + 1) * BLOCK + FIRST_OFFSET + list.length;
    list.push(n);
    out.push(`ip filter ${n} ${actionOf(rule)} ${addressOf(spelled, rule.source)} ${addressOf(spelled, rule.destination)} ${serviceOf(rule)}`);
  }
  for (let k = 0; k < device.interfaces.length; k++) {
    const last = (k + 2) * BLOCK - 1;
    if (last > MAX_FILTER || (numbers[k]?.length ?? 0) > BLOCK - FIRST_OFFSET - 1) {
      throw new Error(`rtx writer: ${device.hostname} needs more filter numbers than RTX has (interface ${k}); at most ${Math.floor(MAX_FILTER / BLOCK) - 1} interfaces of ${BLOCK - FIRST_OFFSET - 1} rules`);
    }
    numbers[k]?.push(last);
    lines[k]?.push(`ip filter ${last} reject * * * * *`);
  }
  return { lines, numbers };
}

/** @param {AbstractDevice} device @param {number[][]} numbers @returns {string[]} */
function interfaces(device, numbers) {
  const lines = [];
  for (let k = 0; k < device.interfaces.length; k++) {
    const i = /** @type {import('../abstract-device.mjs').AbstractInterface} */ (device.interfaces[k]);
    const name = interfaceName(k);
    if (k >= LAN_PORTS) lines.push(`vlan ${name} 802.1q vid ${100 + k}`);
    lines.push(`description ${name} "${i.description}"`, `ip ${name} address ${i.address}/${i.prefix}`, `ip ${name} secure filter in ${(numbers[k] ?? []).join(' ')}`);
  }
  return lines;
}

/** @param {AbstractDevice} device @returns {RenderedFile[]} */
function render(device) {
  const { lines: filterLines, numbers } = filters(device);
  const lines = [
    ...header(device),
    ...routes(device),
    'ip filter source-route on',
    'ip filter directed-broadcast on',
    ...interfaces(device, numbers),
    ...filterLines.flat(),
    `syslog host ${device.syslog}`,
    'syslog notice on',
    'syslog info on',
    'telnetd service off',
    'httpd host none',
    'sshd service on',
    `sshd host ${interfaceName(0)}`,
    'sshd host key generate *',
    'statistics traffic on',
  ];
  return [{ file: `${device.hostname}.config`, text: `${lines.join('\n')}\n` }];
}

/** @type {VendorWriter} */
export const writer = {
  vendor: 'rtx',
  interfaceName,
  // RTX has no hostname command: sansou names the device after its file.
  deviceId: (hostname) => hostname,
  render,
};
