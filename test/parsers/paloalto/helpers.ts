import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/paloalto/', import.meta.url));
export const SAMPLE_EDGE = fileURLToPath(new URL('../../../samples/sample-city/configs/pa-edge.xml', import.meta.url));

/** Every fixture, by file name; the large export and the sample-city device are read too. */
export const FIXTURE_FILES = [
  'pa-dc01.xml',
  'pa-edge.set',
  'pa-shisho.set',
  'pa-honcho-core.xml',
  'pa-truncated.xml',
  'pa-unbalanced.xml',
  'pa-unknown.xml',
  'pa-doctype.xml',
  'pa-invalid.xml',
  'pa-broken.set',
] as const;

export function fixtureText(file: string): string {
  return readFileSync(file === 'sample:pa-edge.xml' ? SAMPLE_EDGE : `${FIXTURES}${file}`, 'utf8');
}

export function parseFixture(file: string): ParsedConfig {
  const name = file.startsWith('sample:') ? file.slice('sample:'.length) : file;
  return parsePanos(fixtureText(file), `configs/${name}`);
}

/**
 * 1-based line of the first line containing `needle` after the first line containing each of
 * `after` in turn, so tests survive edits of the fixtures.
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

/** A packet from "10.0.0.1" to "10.0.0.2", "tcp", 443 (ICMP: type as dport, code as sport). */
export function pkt(src: string, dst: string, protocol: string, dstPort = 0, srcPort = 49152): Packet {
  const s = parseIp(src);
  const d = parseIp(dst);
  const p = PROTOCOL_NUMBERS[protocol] ?? Number(protocol);
  if (!s || !d) throw new Error(`bad packet ${src} ${dst}`);
  return { src: s, dst: d, protocol: p, srcPort, dstPort };
}

export function deviceById(parsed: ParsedConfig, id: string): Device {
  const d = parsed.devices.find((x) => x.id === id);
  if (!d) throw new Error(`no device ${id}: ${parsed.devices.map((x) => x.id).join(', ')}`);
  return d;
}

export function securityRule(device: Device, id: string): Rule {
  const stage = device.filters.find((f) => f.name === 'security policy');
  const r = stage?.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Whether a term of the rule covering the interface pair matches the packet. */
export function ruleMatches(r: Rule, p: Packet, inIface?: string, outIface?: string): boolean {
  return r.terms.some(
    (t) =>
      (inIface === undefined || t.inInterfaces === undefined || t.inInterfaces.includes(inIface)) &&
      (outIface === undefined || t.outInterfaces === undefined || t.outInterfaces.includes(outIface)) &&
      t.packets.contains(p),
  );
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
