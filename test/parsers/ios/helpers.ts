import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parseIos } from '../../../parsers/ios/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/ios/', import.meta.url));

/** Every IOS fixture, named after the hostname it configures. */
export const FIXTURE_NAMES = ['br-rtr01', 'honcho-core01', 'legacy-rtr02', 'trunc-sw03', 'banner-rtr04', 'broken-rtr05'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.cfg`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseIos(fixtureText(name), `configs/${name}.cfg`);
}

/** 1-based line of the first line containing `needle` after each of `after` in turn. */
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

/** A packet: "10.0.0.1", "10.0.0.2", "tcp", 443 (ICMP: type as dport, code as sport). */
export function pkt(src: string, dst: string, protocol: string, dstPort = 0, srcPort = 49152): Packet {
  const s = parseIp(src);
  const d = parseIp(dst);
  const p = PROTOCOL_NUMBERS[protocol] ?? Number(protocol);
  if (!s || !d) throw new Error(`bad packet ${src} ${dst}`);
  return { src: s, dst: d, protocol: p, srcPort, dstPort };
}

export function device(parsed: ParsedConfig, id: string): Device {
  const d = parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id} (have ${parsed.devices.map((x) => x.id).join(', ')})`);
  return d;
}

export function stage(d: Device, name: string): FilterStage {
  const s = d.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name} (have ${d.filters.map((x) => x.name).join('; ')})`);
  return s;
}

export function ruleOf(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name}`);
  return r;
}

/**
 * What a stage decides for a packet entering `inIface` and leaving `outIface`: the id of the
 * first rule whose terms match, else "default-<action>". Mirrors the analysis' first match.
 */
export function decide(s: FilterStage, p: Packet, inIface = '', outIface = ''): string {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some(
      (t) => (t.inInterfaces === undefined || t.inInterfaces.includes(inIface)) && (t.outInterfaces === undefined || t.outInterfaces.includes(outIface)) && t.packets.contains(p),
    );
    if (hit) return `${r.id}:${r.action}`;
  }
  return `default-${s.defaultAction}`;
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

export function v4(text: string): number {
  const a = parseIp(text);
  if (!a || a.family !== 4) throw new Error(`bad IPv4 ${text}`);
  return a.value;
}

const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/core-sw.cfg', import.meta.url));

/** The sample city's Catalyst core switch. */
export function sampleCoreSwitchText(): string {
  return readFileSync(SAMPLE, 'utf8');
}
