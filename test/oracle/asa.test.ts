import { describe, expect, it } from 'vitest';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { parseAsa, readAsaConfig } from '../../parsers/asa/index.js';
import { Prng } from '../helpers/prng.js';
import { AsaEvaluator } from './asa/evaluate.js';
import { generateAsa } from './asa/generate.js';
import { outcomeKey, samplePackets, siteFor, toPacket } from './asa/sample.js';

/**
 * The ASA parser and the analysis against an evaluator of ASA semantics written directly on
 * the typed configuration: random configurations are generated as text, parsed, propagated
 * symbolically, and every sampled packet's fate must be exactly what the evaluator says
 * (disposition, egress interface, destination after NAT, deciding rules, source NAT rule).
 */
const RUNS = Number(process.env.ASA_ORACLE_RUNS ?? 200);
const PACKETS_PER_INTERFACE = 22;

describe('ASA oracle', () => {
  it(`agrees with the ASA evaluator on sampled packets of ${RUNS} random configurations`, () => {
    let compared = 0;
    const dispositions = new Map<string, number>();
    const mismatches: string[] = [];
    for (let seed = 1; seed <= RUNS; seed++) {
      const g = generateAsa(seed);
      const parsed = parseAsa(g.text, `configs/fw${seed}.cfg`);
      // The generator writes only valid ASA syntax: anything unrecognized is a parser bug.
      expect(parsed.warnings.filter((w) => w.kind === 'unrecognized'), `seed ${seed}`).toEqual([]);
      const device = parsed.devices[0]!;
      const topology = new Topology([device], siteFor(g));
      const outcomes = propagate(topology, startsFor(topology));
      const evaluator = new AsaEvaluator(readAsaConfig(g.text).config);
      const r = new Prng(seed * 7919);
      for (const f of g.interfaces) {
        if (!f.enabled) continue;
        const mine = outcomes.filter((o) => o.injection.iface === f.name);
        for (const p of samplePackets(r, g, f.base, PACKETS_PER_INTERFACE)) {
          const packet = toPacket(p);
          const expected = [...evaluator.evaluate(f.name, p)].sort();
          const actual = [...new Set(mine.filter((o) => o.orig.contains(packet)).map((o) => outcomeKey(o, packet)))].sort();
          // Collected rather than asserted one by one: ten thousand expect() calls cost seconds.
          if (actual.join('\n') !== expected.join('\n') && mismatches.length < 5) {
            mismatches.push(`seed ${seed}, packet ${JSON.stringify(p)} into ${f.name}:\n  expected ${expected.join(' / ')}\n  actual   ${actual.join(' / ')}\n${g.text}`);
          }
          compared++;
          for (const k of expected) {
            const [d, , after, decisions, snat] = k.split('|') as [string, string, string, string, string];
            const tally = (key: string) => dispositions.set(key, (dispositions.get(key) ?? 0) + 1);
            tally(d);
            if (after !== `${p.dst}:${p.dport}`) tally('un-NAT');
            if (snat !== '-') tally('source NAT');
            for (const id of decisions.split(',')) if (id !== '') tally(id.includes(':') && !/^[A-Z]/.test(id) ? id.slice(0, id.indexOf(':')) : /^[A-Z]/.test(id) ? 'access-list entry' : id);
          }
        }
      }
    }
    expect(mismatches.join('\n\n')).toBe('');
    if (process.env.ASA_ORACLE_STATS) console.log(compared, Object.fromEntries(dispositions));
    // The generator must keep exercising every kind of fate, or the comparison proves little.
    expect(compared).toBeGreaterThan(RUNS * 50);
    const kinds = ['delivered', 'denied', 'accepted', 'no-route', 'un-NAT', 'source NAT', 'access-list entry', 'implicit-deny', 'security-level', 'same-security', 'same-interface', 'management-only'];
    for (const k of kinds) expect(dispositions.get(k) ?? 0, k).toBeGreaterThan(20);
  });
});
