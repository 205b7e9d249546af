// A synthetic municipal network for `npm run bench`: `towns` towns of five devices each, in
// every vendor format sansou reads, with a site file and an asset inventory. Deterministic:
// the same parameters write the same bytes, so timings compare across runs and machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng.mjs';
import { TOWN_SEGMENTS, buildDevice, townRoles } from './town.mjs';

/** @typedef {import('./abstract-device.mjs').VendorWriter} VendorWriter */

const FIREWALLS = ['fortigate', 'paloalto', 'junos', 'asa'];
const ROUTERS = ['rtx', 'ios'];

/** Which vendor plays each role in town t: the firewalls rotate so every vendor meets every role. */
function vendorFor(role, t) {
  if (role === 'mn-fw') return FIREWALLS[t % 4];
  if (role === 'core-fw') return FIREWALLS[(t + 1) % 4];
  if (role === 'inet-fw') return FIREWALLS[(t + 2) % 4];
  if (role === 'lgwan-rtr') return ROUTERS[t % 2];
  return 'iptables';
}

/** @returns {Promise<Map<string, VendorWriter>>} */
async function loadWriters() {
  const writers = new Map();
  for (const id of [...FIREWALLS, ...ROUTERS, 'iptables']) writers.set(id, (await import(`./vendors/${id}.mjs`)).writer);
  return writers;
}

/**
 * Writes the snapshot into `dir` (configs/, sansou.yaml, inventory.csv).
 * @param {string} dir
 * @param {{ towns: number, rulesPerDevice: number, assetsPerTown: number, seed?: number }} size
 * @returns {Promise<{ devices: number, rules: number, assets: number }>}
 */
export async function writeSyntheticNetwork(dir, { towns, rulesPerDevice, assetsPerTown, seed = 1 }) {
  if (towns > 200) throw new Error('at most 200 towns: town t owns 10.t.0.0/16');
  const writers = await loadWriters();
  const rand = prng(seed);
  mkdirSync(join(dir, 'configs'), { recursive: true });
  const site = siteHeader(towns);
  const attach = { lgwan: [], internet: [] };
  let devices = 0;
  for (let t = 1; t <= towns; t++) {
    const town = label(t);
    for (const role of townRoles(t)) {
      const writer = /** @type {VendorWriter} */ (writers.get(vendorFor(role.name, t)));
      const hostname = `${town}-${role.name}`;
      const device = buildDevice(role, hostname, rulesPerDevice, rand, `10.${t}.64.50`);
      for (const file of writer.render(device)) writeFileSync(join(dir, 'configs', file.file), file.text);
      devices++;
      if (role.name === 'lgwan-rtr') attach.lgwan.push(`{ device: ${writer.deviceId(hostname)}, interface: ${writer.interfaceName(1)} }`);
      if (role.name === 'inet-fw') attach.internet.push(`{ device: ${writer.deviceId(hostname)}, interface: ${writer.interfaceName(2)}, securityCloud: true }`);
    }
    for (const s of TOWN_SEGMENTS) site.push(`  ${town}-${s.key}: { kind: ${s.kind}, name: ${town}${s.name}, networks: [10.${t}.${s.third}.0/${s.prefix}] }`);
  }
  site.push(
    'externals:',
    '  lgwan-wan:',
    '    kind: lgwan',
    '    name: LGWAN（J-LIS 網）',
    '    networks: [172.16.0.0/12]',
    `    attach: [${attach.lgwan.join(', ')}]`,
    '  the-internet:',
    '    kind: internet',
    '    name: インターネット（自治体情報セキュリティクラウド経由）',
    '    networks: default',
    `    attach: [${attach.internet.join(', ')}]`,
    `transit: [${range(towns).map((t) => `10.${t}.254.0/24`).join(', ')}]`,
    'sanitizers:',
    ...range(towns).map((t) => `  - { name: ${label(t)}-sani, method: file, hosts: [10.${t}.128.10, 10.${t}.64.10], services: [tcp/443] }`),
    'approved:',
    `  - { name: 中間サーバー連携, from: [${range(towns).map((t) => `10.${t}.0.0/18`).join(', ')}], to: [172.16.100.0/24], services: [tcp/443] }`,
    '',
  );
  writeFileSync(join(dir, 'sansou.yaml'), site.join('\n'));
  writeFileSync(join(dir, 'inventory.csv'), inventory(towns, assetsPerTown, rand));
  return { devices, rules: devices * rulesPerDevice, assets: towns * assetsPerTown };
}

function siteHeader(towns) {
  return [`# 合成ネットワーク — ${towns} 町、ベンチマーク用（npm run bench が生成）`, 'organization: ベンチマーク県', 'model: alpha', 'policy: mutsu', 'segments:'];
}

/** @param {number} t @returns {string} The town's prefix of names: t001, t002, ... */
function label(t) {
  return `t${String(t).padStart(3, '0')}`;
}

/** @param {number} n @returns {number[]} 1..n */
function range(n) {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Hosts spread over the segments the way a town's are: most on the LGWAN and My Number sides. */
function inventory(towns, perTown, rand) {
  const rows = ['ホスト名,IPアドレス,系統,役割,機密性,設置場所,管理者,備考'];
  const shares = [0.4, 0.35, 0.2, 0.05];
  for (let t = 1; t <= towns; t++) {
    const used = new Set();
    for (let i = 0; i < perTown; i++) {
      const r = rand.next();
      const k = r < shares[0] ? 0 : r < shares[0] + shares[1] ? 1 : r < 1 - shares[3] ? 2 : 3;
      const s = TOWN_SEGMENTS[k];
      let ip;
      do ip = `10.${t}.${s.third + (s.prefix === 24 ? 0 : 1 + rand.int(60))}.${2 + rand.int(250)}`;
      while (used.has(ip) && used.size < 60 * 250);
      used.add(ip);
      const server = rand.chance(0.15);
      // 機密性: My Number 3A, LGWAN 2; the Internet side and the DMZ hold public information (1).
      const secrecy = ['3A', '2', '1', '1'][k];
      rows.push(`t${t}-${server ? 'srv' : 'pc'}${String(i).padStart(5, '0')},${ip},${label(t)}${s.name},${server ? 'server' : 'terminal'},${secrecy},本庁舎,情報政策課,`);
    }
  }
  return `${rows.join('\n')}\n`;
}
