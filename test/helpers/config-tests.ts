import fc from 'fast-check';
import { expect } from 'vitest';
import type { Device } from '../../src/model/device.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { parseIp } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../src/space/protocols.js';

/** Helpers every parser's tests use: locating fixture lines, building packets, safe JSON. */

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

/** A parse that took no internal-error path and gave a valid status, whatever its input. */
export function expectNoInternalError(r: ParsedConfig): void {
  expect(r.warnings.filter((w) => w.comment.startsWith('internal error')), r.warnings.map((w) => w.comment).join('\n')).toEqual([]);
  expect(['PASSED', 'PARTIALLY_UNRECOGNIZED', 'FAILED']).toContain(r.status);
}

/**
 * Feeds random bytes to `check`, alone or after the vendor's `header`, decoded as a reader
 * would (`latin1` keeps every byte a character; `utf-8` replaces what is not text).
 */
export function survivesRandomBytes(check: (text: string) => void, header: string, options: { maxLength: number; numRuns: number; decode: 'utf-8' | 'latin1' }): void {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: options.maxLength }), fc.boolean(), (bytes, withHeader) => {
      const text = options.decode === 'latin1' ? Buffer.from(bytes).toString('latin1') : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      check(withHeader ? header + text : text);
    }),
    { numRuns: options.numRuns },
  );
}
