import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { parseIptables } from '../../../parsers/iptables/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/iptables/', import.meta.url));

/** Hostnames of the fixtures; each has a .rules file and (except where noted) a .ip companion. */
export const FIXTURE_HOSTS = ['fw-gw01', 'web-proxy01', 'lgwan-fw-main', 'fw-broken', 'fw-truncated'] as const;

export function rulesText(host: string): string {
  return readFileSync(`${FIXTURES}${host}.rules`, 'utf8');
}

export function companionText(host: string): string | undefined {
  const path = `${FIXTURES}${host}.ip`;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Parses a fixture the way the snapshot loader would: with its companion of the same base name. */
export function parseFixture(host: string, withCompanion = true): ParsedConfig {
  const companion = withCompanion ? companionText(host) : undefined;
  return parseIptables(rulesText(host), `configs/${host}.rules`, companion === undefined ? undefined : { text: companion, file: `configs/${host}.ip` });
}

export function onlyDevice(parsed: ParsedConfig): Device {
  if (parsed.devices.length !== 1) throw new Error(`expected one device, got ${parsed.devices.length}`);
  return parsed.devices[0]!;
}

/** 1-based line of the first line containing `needle` (after the lines containing each of `after`). */
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

export function stage(device: Device, name: string): FilterStage {
  const s = device.filters.find((f) => f.name === name);
  if (!s) throw new Error(`no stage ${name} (have ${device.filters.map((f) => f.name).join(', ')})`);
  return s;
}

export function rule(s: FilterStage, id: string): Rule {
  const r = s.rules.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id} in ${s.name} (have ${s.rules.map((x) => x.id).join(', ')})`);
  return r;
}

/**
 * First-match verdict of a stage for a packet on an interface pair, as the analysis applies it
 * (DNAT state: `dnat` is the id of the DNAT entry that translated the flow, if any).
 */
export function verdict(s: FilterStage, p: Packet, inIface: string, outIface: string, dnat?: string): { action: string; id?: string } {
  for (const r of s.rules) {
    if (!r.enabled) continue;
    const hit = r.terms.some((t) => {
      if (t.inInterfaces && !t.inInterfaces.includes(inIface)) return false;
      if (t.outInterfaces && !t.outInterfaces.includes(outIface)) return false;
      if (t.dnat === 'untranslated' && dnat !== undefined) return false;
      if (Array.isArray(t.dnat) && (dnat === undefined || !t.dnat.includes(dnat))) return false;
      return t.packets.contains(p);
    });
    if (hit) return { action: r.action, id: r.id };
  }
  return { action: s.defaultAction };
}

/** Whether the device's management plane accepts a packet addressed to one of its addresses. */
export function managementAccepts(device: Device, p: Packet): boolean {
  return device.management.some((m) => {
    const ifaces = device.interfaces.filter((i) => i.enabled && (m.interface === undefined || i.name === m.interface));
    const own = ifaces.some((i) => i.addresses.some((a) => a.address.family === p.dst.family && a.address.value === p.dst.value));
    const src = m.sources === undefined || m.sources.contains(p.src);
    const svc = m.packets.boxes.some((b) => b.proto.contains(p.protocol) && b.sport.contains(p.srcPort) && b.dport.contains(p.dstPort));
    return own && src && svc;
  });
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
