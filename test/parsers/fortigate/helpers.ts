import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/fortigate/', import.meta.url));

export const FIXTURE_NAMES = [
  'fgt-edge-sample',
  'fgt-core-sample',
  'fgt-truncated-sample',
  'fgt-garbage-sample',
  'fgt-invalid-sample',
] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.conf`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseFortigate(fixtureText(name), `configs/${name}.conf`);
}

/**
 * 1-based line of the first line containing `needle` after the first line containing each of
 * `after` in turn. Tests locate lines this way so the fixtures can change without renumbering.
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

/** A packet from "10.0.0.1", "10.0.0.2", "tcp", 443 (ICMP: type as dport, code as sport). */
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

export function rule(device: Device, id: string): Rule {
  const r = device.filters[0]?.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Whether any term of the rule matches the packet, ignoring interfaces and DNAT. */
export function ruleMatches(r: Rule, p: Packet): boolean {
  return r.terms.some((t) => t.packets.contains(p));
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
