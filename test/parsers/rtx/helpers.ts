import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parseRtx } from '../../../parsers/rtx/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/rtx/', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../../samples/sample-city/configs/rtx-lgwan.config', import.meta.url));

/** Fixtures in UTF-8 (the CP932 one is read as bytes, see encoding.test.ts). */
export const FIXTURE_NAMES = ['rtx3500-honcho', 'rtx830-shisho', 'rtx810-kominkan', 'rtx1210-broken', 'rtx1220-truncated'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.config`, 'utf8');
}

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}.config`);
}

export function parseFixture(name: string): ParsedConfig {
  return parseRtx(fixtureText(name), `configs/${name}.config`);
}

/**
 * 1-based line of the first line containing `needle` after the first line containing each of
 * `after` in turn, so fixtures can change without renumbering the tests.
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

/** A packet: pkt('10.0.0.1', '10.0.0.2', 'tcp', 443); ICMP: type as dstPort, code as srcPort. */
export function pkt(src: string, dst: string, protocol: string, dstPort = 0, srcPort = 49152): Packet {
  const s = parseIp(src);
  const d = parseIp(dst);
  const p = PROTOCOL_NUMBERS[protocol] ?? Number(protocol);
  if (!s || !d) throw new Error(`bad packet ${src} ${dst}`);
  return { src: s, dst: d, protocol: p, srcPort, dstPort };
}

export function onlyDevice(parsed: ParsedConfig): Device {
  if (parsed.devices.length !== 1) throw new Error(`expected one device, got ${parsed.devices.length}`);
  return parsed.devices[0]!;
}

export function stage(device: Device, name: string): FilterStage {
  const s = device.filters.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}: ${device.filters.map((x) => x.name).join(', ')}`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name}`);
  return r;
}

export function ruleMatches(r: Rule, p: Packet): boolean {
  return r.terms.some((t) => t.packets.contains(p));
}

/**
 * The verdict of a stage on an opening packet: the id of the first rule matching it (with its
 * action), or the stage default. Interfaces and DNAT conditions are the stage's own business.
 */
export function verdict(s: FilterStage, p: Packet): string {
  for (const r of s.rules) if (r.enabled && ruleMatches(r, p)) return `${r.action} ${r.id}`;
  return `default ${s.defaultAction}`;
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
