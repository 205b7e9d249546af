// A synthetic town for `npm run bench`: one FortiGate between four segments and the Internet,
// with `policies` firewall policies over random host and subnet objects. Deterministic: the
// same size gives the same config, so timings compare across runs and machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEGMENTS = [
  { id: 'mynumber', kind: 'mynumber', octet: 10, port: 'port2' },
  { id: 'lgwan', kind: 'lgwan', octet: 20, port: 'port3' },
  { id: 'internet', kind: 'internet', octet: 30, port: 'port4' },
  { id: 'dmz', kind: 'dmz', octet: 40, port: 'port5' },
];
const SERVICES = ['HTTPS', 'HTTP', 'SSH', 'SMB', 'RDP', 'SMTP', 'DNS', 'ALL_ICMP', 'NTP', 'ALL'];

/** A small linear congruential generator: enough randomness, fully reproducible. */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function writeSyntheticTown(dir, policies, seed = 1) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = ['#config-version=FGT100F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin', 'config system global', '    set hostname "fw-bench"', 'end', 'config system interface'];
  lines.push('    edit "port1"', '        set vdom "root"', '        set ip 203.0.113.2 255.255.255.248', '        set role wan', '    next');
  for (const s of SEGMENTS) lines.push(`    edit "${s.port}"`, '        set vdom "root"', `        set ip 10.${s.octet}.0.1 255.255.0.0`, '    next');
  lines.push('end', 'config firewall address');
  const objects = [];
  for (let i = 0; i < Math.max(50, policies / 4); i++) {
    const s = pick(SEGMENTS);
    const host = rand() < 0.7;
    const name = `${s.id}-${host ? 'h' : 'n'}${i}`;
    const third = 1 + Math.floor(rand() * 250);
    lines.push(`    edit "${name}"`, `        set subnet 10.${s.octet}.${third}.${host ? 1 + Math.floor(rand() * 250) : 0} ${host ? '255.255.255.255' : '255.255.255.0'}`, '    next');
    objects.push({ name, segment: s });
  }
  lines.push('end', 'config router static', '    edit 1', '        set gateway 203.0.113.1', '        set device "port1"', '    next', 'end', 'config firewall policy');
  for (let id = 1; id <= policies; id++) {
    const src = pick(objects);
    const dst = pick(objects);
    lines.push(
      `    edit ${id}`,
      `        set srcintf "${src.segment.port}"`,
      `        set dstintf "${dst.segment.port}"`,
      `        set srcaddr "${src.name}"`,
      `        set dstaddr "${dst.name}"`,
      `        set action ${rand() < 0.8 ? 'accept' : 'deny'}`,
      '        set schedule "always"',
      `        set service "${pick(SERVICES)}"`,
      '        set logtraffic all',
      '    next',
    );
  }
  lines.push('end', '');
  mkdirSync(join(dir, 'configs'), { recursive: true });
  writeFileSync(join(dir, 'configs', 'fw-bench.conf'), lines.join('\n'));
  const site = ['organization: ベンチ町', 'model: alpha', 'segments:'];
  for (const s of SEGMENTS) site.push(`  ${s.id}: { kind: ${s.kind}, networks: [10.${s.octet}.0.0/16] }`);
  site.push('externals:', '  the-internet:', '    kind: internet', '    networks: default', '    attach: [{ device: fw-bench, interface: port1, securityCloud: true }]', 'transit: [203.0.113.0/29]', '');
  writeFileSync(join(dir, 'sansou.yaml'), site.join('\n'));
}
