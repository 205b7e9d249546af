import { describe, expect, it } from 'vitest';
import type { Device } from '../../src/model/device.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import type { Site } from '../../src/site/types.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseRtx, readRtxConfig } from '../../parsers/rtx/index.js';
import { Prng } from '../helpers/prng.js';
import { modelKey, vendorKey } from './rtx/compare.js';
import { evaluate } from './rtx/evaluate.js';
import { type GeneratedConfig, generateConfig } from './rtx/generate-config.js';
import { samplePackets } from './rtx/sample-packets.js';

const CONFIGS = Number(process.env.RTX_ORACLE_CONFIGS ?? 200);
const PACKETS_PER_START = 18;
const KINDS = ['lgwan', 'internet', 'mynumber', 'dmz', 'other'] as const;

/** Each interface subnet is its own segment; optionally an external network owns the rest. */
function siteFor(gen: GeneratedConfig, deviceId: string): Site {
  const segments = gen.interfaces.map((i, k) => ({
    id: `s${k}`,
    kind: KINDS[k % KINDS.length]!,
    networks: new AddressSpace(IntervalSet.range(i.subnet[0], i.subnet[1] + 1), IntervalSet.empty()),
    attach: [],
  }));
  const externals = gen.externalAt
    ? [{ id: 'ext', kind: 'internet' as const, networks: 'default' as const, attach: [{ device: deviceId, interface: gen.externalAt, securityCloud: false }] }]
    : [];
  return { model: 'alpha', segments, externals, sanitizers: [], approved: [], breakout: [], published: [], modelDeclared: true, transit: AddressSpace.EMPTY, origin: 'file', inferences: [] };
}

interface Tally {
  compared: number;
  gaps: number;
  mismatches: string[];
}

/** Parses `gen`, runs the analysis and compares every sampled packet with the RTX evaluator. */
function compareOne(seed: number, tally: Tally, sabotage?: (d: Device) => Device): void {
  const r = new Prng(seed);
  const gen = generateConfig(r);
  const parsed = parseRtx(gen.text, 'configs/oracle.config');
  expect(parsed.status, `seed ${seed}: ${parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.text).join('; ')}`).toBe('PASSED');
  const device = sabotage ? sabotage(parsed.devices[0]!) : parsed.devices[0]!;
  const { config } = readRtxConfig(gen.text);
  const topology = new Topology([device], siteFor(gen, device.id));
  const starts = startsFor(topology);
  const outcomes = propagate(topology, starts);
  const pr = new Prng(seed ^ 0x2545f491);
  for (const start of starts) {
    const mine = outcomes.filter((o) => o.source === start.source && o.injection.iface === start.iface);
    for (const p of samplePackets(pr, gen, config, start.packets.srcSpace(), PACKETS_PER_START)) {
      const vendor = evaluate(config, start.iface, p);
      const expected = [...new Set(vendor.map(vendorKey))].sort();
      const actual = [...new Set(mine.filter((o) => o.orig.contains(p)).map((o) => modelKey(o, p)))].sort();
      tally.compared++;
      if (vendor.some((v) => v.localGap)) tally.gaps++;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        tally.mismatches.push(`seed ${seed} in ${start.iface} ${JSON.stringify(p)}\n  model:  ${actual.join('\n          ')}\n  vendor: ${expected.join('\n          ')}\n${gen.text}`);
      }
    }
  }
}

describe('RTX vendor oracle: parser + analysis against RTX semantics on the typed config', () => {
  it(`gives every sampled packet the fate the RTX evaluator gives it (${CONFIGS} random configurations)`, () => {
    const tally: Tally = { compared: 0, gaps: 0, mismatches: [] };
    for (let i = 0; i < CONFIGS; i++) compareOne(0x5eed0000 + i * 7919, tally);
    if (tally.mismatches.length > 0) console.log(`${tally.mismatches.length} mismatches of ${tally.compared}`, tally.mismatches.slice(0, 4).map((m) => m.split("\n").slice(0, 3).join("\n")).join("\n"));
    expect(tally.mismatches.slice(0, 3)).toEqual([]);
    // Guard against a generator that silently stops producing packets to compare.
    expect(tally.compared).toBeGreaterThan(10 * CONFIGS);
    if (process.env.RTX_ORACLE_STATS) console.log(`compared ${tally.compared} packets, ${tally.gaps} addressed to the router's masquerade address and refused there but answered in the model`);
  });

  it('has teeth: a conversion that forgets the implicit discard of a secure filter list is caught', () => {
    const tally: Tally = { compared: 0, gaps: 0, mismatches: [] };
    const permissive = (d: Device): Device => ({ ...d, filters: d.filters.map((s) => (s.name.includes('secure filter') ? { ...s, defaultAction: 'permit' } : s)) });
    for (let i = 0; i < 12; i++) compareOne(0x7ee70000 + i * 104729, tally, permissive);
    expect(tally.mismatches.length).toBeGreaterThan(0);
  });
});
