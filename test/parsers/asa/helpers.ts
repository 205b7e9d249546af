import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '../../../src/analysis/flow.js';
import { propagate } from '../../../src/analysis/propagate.js';
import { startsFor } from '../../../src/analysis/reachability.js';
import type { Device } from '../../../src/model/device.js';
import type { FilterStage, Rule } from '../../../src/model/filter.js';
import type { ParsedConfig } from '../../../src/model/parse-result.js';
import { Topology } from '../../../src/network/topology.js';
import type { External, Segment } from '../../../src/site/types.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { formatIp, makeCidr, parseIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { PROTOCOL_NUMBERS } from '../../../src/space/protocols.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { parseAsa } from '../../../parsers/asa/index.js';
import { site } from '../../helpers/build-network.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/asa/', import.meta.url));

export const FIXTURE_NAMES = ['asa-branch-fw', 'asa-dmz-ctx', 'asa-honcho-fw', 'asa-truncated', 'asa-broken'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.cfg`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseAsa(fixtureText(name), `configs/${name}.cfg`);
}

export const SAMPLE_CITY_ASA = fileURLToPath(new URL('../../../samples/sample-city/configs/asa-mn.cfg', import.meta.url));

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

/** A packet: "10.0.0.1", "10.0.0.2", "tcp", 443 (ICMP: type as dport, code as sport). */
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

export function stage(d: Device, name: string): FilterStage {
  const s = d.filters.find((f) => f.name === name);
  if (!s) throw new Error(`no stage ${name}; stages: ${d.filters.map((f) => f.name).join(' | ')}`);
  return s;
}

export function rule(d: Device, id: string): Rule {
  for (const s of d.filters) {
    const r = s.rules.find((x) => x.id === id);
    if (r) return r;
  }
  throw new Error(`no rule ${id}`);
}

/** Whether any term of the rule matches the packet, ignoring interfaces. */
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

/** What happened to one packet, in the words of the tests. */
export interface Fate {
  readonly disposition: Outcome['disposition'];
  readonly out?: string;
  /** Rule ids that decided, in stage order; a default deny reads "default". */
  readonly rules: readonly string[];
  readonly dnat?: string;
  readonly snat?: string;
  /** Destination after NAT, "10.0.0.1:443". */
  readonly to: string;
}

/**
 * Runs the real analysis on one device: every interface subnet is a segment of its own, and
 * `world` (if given) is where the rest of the address space (the Internet) is attached, so
 * packets from any source can enter there. Returns the fates of `p` entering `iface`.
 */
export function fates(d: Device, iface: string, p: Packet, world?: string): Fate[] {
  const segments: Segment[] = [];
  d.interfaces.forEach((i, k) => {
    if (i.name === world) return;
    const networks = AddressSpace.unionAll(i.addresses.map((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength))));
    if (!networks.isEmpty()) segments.push({ id: `s${k}`, kind: 'other', networks, attach: [] });
  });
  const externals: External[] = world === undefined ? [] : [{ id: 'world', kind: 'internet', networks: 'default', attach: [{ device: d.id, interface: world, securityCloud: false }] }];
  const topology = new Topology([d], site({ segments, externals }));
  const outcomes = propagate(topology, startsFor(topology)).filter((o) => o.injection.iface === iface && o.orig.contains(p));
  return outcomes.map((o) => {
    const hop = o.hops[0]!;
    const after = applyToPacket(o.t, p);
    const rules = hop.decisions.filter((x) => x.ruleId !== undefined || x.action === 'deny').map((x) => x.ruleId ?? 'default');
    return {
      disposition: o.disposition,
      rules,
      to: `${formatIp(after.dst)}:${after.dstPort}`,
      ...(hop.out === undefined ? {} : { out: hop.out }),
      ...(hop.dnat ? { dnat: hop.dnat.id } : {}),
      ...(hop.snat?.ruleId === undefined ? {} : { snat: hop.snat.ruleId }),
    };
  });
}

/** The single fate of a packet (fails when ECMP or NAT pools split it). */
export function fate(d: Device, iface: string, p: Packet, world?: string): Fate {
  const all = fates(d, iface, p, world);
  if (all.length !== 1) throw new Error(`expected one fate, got ${JSON.stringify(all)}`);
  return all[0]!;
}
