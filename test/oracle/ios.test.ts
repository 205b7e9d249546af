import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/analysis/flow.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { formatIPv4 } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { applyToPacket } from '../../src/space/transform.js';
import { parseIos, readIosConfig } from '../../parsers/ios/index.js';
import { segment, site } from '../helpers/build-network.js';
import { Prng } from '../helpers/prng.js';
import { IosEvaluator } from './ios/evaluate.js';
import { generateConfig } from './ios/generate.js';
import { samplePackets } from './ios/packets.js';

/** The model's outcome in the evaluator's terms: what happened on the (only) device. */
function modelKey(o: Outcome, p: Packet): string {
  const q = applyToPacket(o.t, p);
  const h = o.hops[0]!;
  const hops = o.hops.length === 1 ? '' : ` (${o.hops.length} hops)`;
  return `${o.disposition}|${h.out ?? '-'}|${q.dst.value as number}|${q.dstPort}|${h.decisions.map((d) => d.ruleId ?? `default-${d.action}`).join(',')}${hops}`;
}

const RUNS = Number(process.env.IOS_ORACLE_RUNS ?? 220);
const PACKETS_PER_INTERFACE = 22;

describe('IOS parser and analysis against an evaluator of IOS semantics', () => {
  it(`agrees on every sampled packet of ${RUNS} random running-configs`, () => {
    let compared = 0;
    let skipped = 0;
    let denied = 0;
    let translated = 0;
    let accepted = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = new Prng(seed * 7919);
      const gen = generateConfig(r, seed);
      const parsed = parseIos(gen.text, `configs/${gen.hostname}.cfg`);
      expect(parsed.status, `seed ${seed}: ${parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => `${w.line} ${w.text} ${w.comment}`).join('; ')}`).toBe('PASSED');
      const { config } = readIosConfig(gen.text);
      const segments = gen.interfaces.map((i, n) => segment(`s${n}`, 'other', ...i.subnets.map((s) => `${formatIPv4(s.base)}/${s.length}`)));
      const topology = new Topology(parsed.devices, site({ segments }));
      const outcomes = propagate(topology, startsFor(topology));
      const evaluators = new Map<string, IosEvaluator>();
      for (const start of startsFor(topology)) {
        const device = parsed.devices.find((d) => d.id === start.device)!;
        const vrf = device.context;
        const evaluator = evaluators.get(device.id) ?? new IosEvaluator(config, vrf);
        evaluators.set(device.id, evaluator);
        const from = gen.interfaces.find((i) => i.name === start.iface)!;
        const mine = outcomes.filter((o) => o.injection.device === start.device && o.injection.iface === start.iface);
        for (const p of samplePackets(r, gen, from, PACKETS_PER_INTERFACE)) {
          const expected = evaluator.evaluate(start.iface, p);
          if (expected === 'skip') {
            skipped++;
            continue;
          }
          const actual = new Set(mine.filter((o) => o.orig.contains(p)).map((o) => modelKey(o, p)));
          const want = [...expected].sort();
          const got = [...actual].sort();
          if (got.join('\n') !== want.join('\n')) {
            const where = `seed ${seed} ${start.device} ${start.iface} ${formatIPv4(p.src.value as number)} → ${formatIPv4(p.dst.value as number)} proto ${p.protocol} ${p.srcPort}→${p.dstPort}`;
            expect(got, `${where}\n${gen.text}`).toEqual(want);
          }
          compared++;
          for (const k of expected) {
            if (k.startsWith('denied')) denied++;
            if (k.startsWith('accepted')) accepted++;
            if (!k.includes(`|${p.dst.value as number}|${p.dstPort}|`)) translated++;
          }
        }
      }
    }
    // The generator must keep exercising every kind of fate, and the known model gaps must stay rare.
    expect(compared).toBeGreaterThan(8000);
    expect(denied).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(100);
    expect(translated).toBeGreaterThan(20);
    expect(skipped).toBeLessThan(compared / 10);
  });
});
