import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReachability, startsFor } from '../../src/analysis/reachability.js';
import { type ChangedClass, changedClasses } from '../../src/diff/flow-changes.js';
import type { Device } from '../../src/model/device.js';
import { Topology } from '../../src/network/topology.js';
import type { Site } from '../../src/site/types.js';
import type { Packet } from '../../src/space/packet.js';
import { pickWitness } from '../../src/space/witness.js';
import { Prng } from '../helpers/prng.js';
import { type RandomNetwork, randomNetwork, randomPackets } from '../helpers/random-network.js';
import { simulate } from '../helpers/simulate.js';

/**
 * The acceptance test of the traffic part of `sansou diff`: on random networks and a random
 * change (one rule's action flipped, or the rule removed), a packet is listed as newly
 * allowed between two owners exactly when the brute-force simulator (written without
 * src/analysis) delivers it there after the change and not before, and as newly blocked
 * exactly in the reverse case. (A packet may be in several classes: a segment's traffic
 * enters at each of its interfaces, and each entry has its own path.)
 */

/**
 * One rule changed on one device: its action flipped, or the rule removed. Rules that decide
 * some traffic are preferred, so that most changes change something.
 */
function changeOneRule(devices: readonly Device[], deciding: ReadonlySet<string>, r: Prng): Device[] | undefined {
  const all = devices.flatMap((d, di) => d.filters.flatMap((stage, si) => stage.rules.map((rule, ri) => ({ at: [di, si, ri] as const, key: `${d.id}\u0000${rule.id}` }))));
  const preferred = all.filter((c) => deciding.has(c.key));
  const candidates = (preferred.length > 0 && r.chance(0.8) ? preferred : all).map((c) => c.at);
  if (candidates.length === 0) return undefined;
  const [di, si, ri] = r.pick(candidates);
  const remove = r.chance(0.3);
  return devices.map((d, i) =>
    i !== di
      ? d
      : {
          ...d,
          filters: d.filters.map((stage, j) =>
            j !== si
              ? stage
              : {
                  ...stage,
                  rules: stage.rules.flatMap((rule, k) => (k !== ri ? [rule] : remove ? [] : [{ ...rule, action: rule.action === 'permit' ? ('deny' as const) : ('permit' as const) }])),
                },
          ),
        },
  );
}

function audited(devices: readonly Device[], site: Site) {
  return { site, reachability: analyzeReachability(new Topology([...devices], site)), findings: [] };
}

/** A packet of every class either side delivers: where a change can show, if anywhere. */
function deliveredPackets(...sides: ReadonlyArray<ReturnType<typeof audited>>): Packet[] {
  return sides.flatMap((side) => side.reachability.outcomes.filter((o) => o.disposition === 'delivered').flatMap((o) => pickWitness(o.orig) ?? []));
}

/** Owners the simulator delivers `p` into, from any entry of its source. */
function deliveredTo(devices: readonly Device[], site: Site, entries: ReadonlyArray<{ device: string; iface: string }>, p: Packet): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) for (const key of simulate(devices, site, entry, p)) {
    const m = /^delivered to=(\S*)/.exec(key);
    if (m) out.add(m[1]!);
  }
  return out;
}

function contains(classes: readonly ChangedClass[], p: Packet): boolean {
  return classes.some((c) => c.packets.contains(p));
}

describe('the traffic a change allows or blocks, against the brute-force simulator', () => {
  it('lists a packet exactly when the simulator’s verdict changes (random networks and changes)', () => {
    let compared = 0;
    let changed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 2 }), (seed) => {
        const net: RandomNetwork = randomNetwork(seed);
        const r = new Prng(seed ^ 0x5bd1e995);
        const auditBefore = audited(net.devices, net.site);
        const deciding = new Set(auditBefore.reachability.outcomes.flatMap((o) => o.hops.flatMap((h) => h.decisions.flatMap((d) => (d.ruleId === undefined ? [] : [`${h.device}\u0000${d.ruleId}`])))));
        const after = changeOneRule(net.devices, deciding, r);
        if (after === undefined) return;
        const auditAfter = audited(after, net.site);
        const classes = changedClasses(auditBefore, auditAfter);
        const owners = [...net.site.segments, ...net.site.externals].map((o) => o.id);
        const starts = startsFor(new Topology(net.devices, net.site));
        const delivered = deliveredPackets(auditBefore, auditAfter);
        for (const source of owners) {
          const entries = starts.filter((s) => s.source === source);
          for (const start of entries) {
            const sources = start.packets.srcSpace();
            const packets = [...randomPackets(r, net, sources, 6), ...delivered.filter((p) => sources.contains(p.src))];
            for (const p of packets) {
              const mine = entries.filter((s) => s.packets.contains(p));
              const then = deliveredTo(net.devices, net.site, mine, p);
              const now = deliveredTo(after, net.site, mine, p);
              for (const to of owners) {
                if (to === source) continue;
                const of = (change: 'allowed' | 'blocked') => classes.filter((c) => c.from === source && c.to === to && c.change === change);
                expect(contains(of('allowed'), p)).toBe(now.has(to) && !then.has(to));
                expect(contains(of('blocked'), p)).toBe(then.has(to) && !now.has(to));
                if (now.has(to) !== then.has(to)) changed++;
                compared++;
              }
            }
          }
        }
      }),
      // A fixed seed keeps the guards below from failing by chance; DIFF_ORACLE_SEED and
      // DIFF_ORACLE_RUNS explore further.
      { numRuns: Number(process.env.DIFF_ORACLE_RUNS ?? 250), seed: Number(process.env.DIFF_ORACLE_SEED ?? 20261122) },
    );
    // Guard against a generator that silently stops producing changes that matter.
    expect(compared).toBeGreaterThan(1000);
    expect(changed).toBeGreaterThan(15);
  });
});
