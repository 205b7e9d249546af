import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parseJunos, readJunosConfig } from '../../../parsers/junos/index.js';
import type { JunosConfig } from '../../../parsers/junos/vendor-config.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/junos/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/srx-fw.conf', import.meta.url));

/** Every fixture, by hostname. */
export const FIXTURE_NAMES = ['srx-fw', 'srx-branch01', 'srx-hq-dc1', 'mx-edge01', 'srx-trunc', 'srx-broken'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.conf`, 'utf8');
}

export function sampleText(): string {
  return readFileSync(SAMPLE, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseJunos(fixtureText(name), `configs/${name}.conf`);
}

export function vendorConfig(text: string): JunosConfig {
  const read = readJunosConfig(text);
  if (!read) throw new Error('not a Junos configuration');
  return read.config;
}

/**
 * 1-based line of the first line containing `needle` after the first line containing each
 * of `after` in turn, so the fixtures can change without renumbering the tests.
 */
export function lineOf(text: string, needle: string, ...after: string[]): number {
  const lines = text.split('\n');
  let from = 0;
  for (const marker of after) {
    const at = lines.findIndex((l, i) => i >= from && l.includes(marker));
    if (at < 0) throw new Error(`marker not found: ${marker}`);
    from = at + 1;
  }
  const at = lines.findIndex((l, i) => i >= from && l.includes(needle));
  if (at < 0) throw new Error(`line not found: ${needle}`);
  return at + 1;
}

/** A packet "10.0.0.1" → "10.0.0.2" over "tcp" to port 443 (ICMP: type as dport, code as sport). */
export function pkt(src: string, dst: string, protocol: string, dstPort = 0, srcPort = 49152): Packet {
  const s = parseIp(src);
  const d = parseIp(dst);
  const p = PROTOCOL_NUMBERS[protocol] ?? Number(protocol);
  if (!s || !d) throw new Error(`bad packet ${src} ${dst}`);
  return { src: s, dst: d, protocol: p, srcPort, dstPort };
}

export function device(parsed: ParsedConfig, id?: string): Device {
  const d = id === undefined ? parsed.devices[0] : parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id ?? '(first)'}`);
  return d;
}

export function stage(d: Device, name: string): FilterStage {
  const s = d.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name} (has ${d.filters.map((x) => x.name).join('; ')})`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/**
 * The decision of one first-match stage for a packet between two interfaces, the way the
 * analysis applies it (enabled rules, terms whose interfaces fit, then the default). The
 * header is taken as given: tests pass the header the stage sees.
 */
export function decide(s: FilterStage, inIface: string, outIface: string, p: Packet, dnat?: string): { id: string; action: 'permit' | 'deny' } {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some((t) => {
      if (t.inInterfaces && !t.inInterfaces.includes(inIface)) return false;
      if (t.outInterfaces && !t.outInterfaces.includes(outIface)) return false;
      if (t.dnat === 'untranslated' && dnat !== undefined) return false;
      if (Array.isArray(t.dnat) && (dnat === undefined || !t.dnat.includes(dnat))) return false;
      return t.packets.contains(p);
    });
    if (hit) return { id: r.id, action: r.action };
  }
  return { id: `default-${s.defaultAction}`, action: s.defaultAction };
}

/** JSON of anything in the model: bigints as strings, Maps and Sets as arrays. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v.values()];
    return v;
  });
}
