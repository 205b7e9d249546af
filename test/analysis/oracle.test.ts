import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/analysis/flow.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { Prng } from '../helpers/prng.js';
import { randomNetwork, randomPackets } from '../helpers/random-network.js';
import { finalSources, outcomeKey, simulate } from '../helpers/simulate.js';
import type { Packet } from '../../src/space/packet.js';

function keysOf(o: Outcome, p: Packet): string[] {
  return finalSources(o, p).map((src) => keyOf(o, src));
}

function keyOf(o: Outcome, finalSrc: number | undefined): string {
  return outcomeKey(
    o.disposition,
    o.to,
    o.hops.map((h) => ({
      device: h.device,
      in: h.in,
      ...(h.out === undefined ? {} : { out: h.out }),
      ...(h.dnat ? { dnat: h.dnat.id } : {}),
      ...(h.route ? { route: h.route.prefix } : {}),
      ...(h.gateway === undefined ? {} : { gateway: h.gateway }),
      decisions: h.decisions.map((d) => d.ruleId ?? `default-${d.action}`),
      ...(h.snat?.ruleId === undefined ? {} : { snat: h.snat.ruleId }),
    })),
    finalSrc,
  );
}

describe('symbolic reachability against the brute-force simulator', () => {
  it('gives every sampled packet exactly the fates and paths the simulator finds (300 random networks)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 2 }), (seed) => {
        const net = randomNetwork(seed);
        const topology = new Topology(net.devices, net.site);
        const starts = startsFor(topology);
        const outcomes = propagate(topology, starts);
        const r = new Prng(seed ^ 0x5bd1e995);
        for (const start of starts) {
          const mine = outcomes.filter((o) => o.source === start.source && o.injection.device === start.device && o.injection.iface === start.iface);
          for (const p of randomPackets(r, net, start.packets.srcSpace(), 25)) {
            const expected = simulate(net.devices, net.site, start, p);
            const actual = new Set(mine.filter((o) => o.orig.contains(p)).flatMap((o) => keysOf(o, p)));
            expect([...actual].sort()).toEqual([...expected].sort());
            compared++;
          }
        }
      }),
      { numRuns: Number(process.env.ORACLE_RUNS ?? 300) },
    );
    // Guard against a generator that silently stops producing packets to compare.
    expect(compared).toBeGreaterThan(1000);
  });
});
