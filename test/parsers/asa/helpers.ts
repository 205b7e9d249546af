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
import { formatIp, makeCidr } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { parseAsa } from '../../../parsers/asa/index.js';
import { site } from '../../helpers/build-network.js';
export { lineOf, pkt, onlyDevice, toJson, v4 } from '../../helpers/config-tests.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/asa/', import.meta.url));

export const FIXTURE_NAMES = ['asa-branch-fw', 'asa-dmz-ctx', 'asa-honcho-fw', 'asa-truncated', 'asa-broken'] as const;

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}${name}.cfg`, 'utf8');
}

export function parseFixture(name: string): ParsedConfig {
  return parseAsa(fixtureText(name), `configs/${name}.cfg`);
}

export const SAMPLE_CITY_ASA = fileURLToPath(new URL('../../../samples/sample-city/configs/asa-mn.cfg', import.meta.url));

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
