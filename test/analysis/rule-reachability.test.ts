import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unreachableRules } from '../../src/analysis/rule-reachability.js';
import type { MatchTerm, Rule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Packet } from '../../src/space/packet.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { device, iface, stage } from '../helpers/build-network.js';
import { Prng } from '../helpers/prng.js';

const BASE = 0x0a000000;
const IFACES = ['a', 'b', 'c'];
const DNATS = ['v1', 'v2'];
/**
 * Every packet class the random rules can tell apart: the four addresses and one outside them,
 * protocols 6 and 17, one between them (rules may span 6–17) and one outside, ports 0–3 and one
 * above. Exhaustive over these is exhaustive over all packets.
 */
const PACKETS: Packet[] = [];
for (let s = 0; s < 5; s++) for (let d = 0; d < 5; d++) for (const protocol of [6, 10, 17, 1]) for (const dstPort of [0, 1, 2, 3, 100]) {
  PACKETS.push({ src: { family: 4, value: BASE + s }, dst: { family: 4, value: BASE + d }, protocol, srcPort: 0, dstPort });
}
type Context = { in: string; out: string; dnat: string | undefined };
/** Contexts of a device: every interface pair, untranslated or translated by one of its DNAT entries. */
const contextsOf = (dnats: readonly string[]): Context[] => IFACES.flatMap((i) => IFACES.flatMap((o) => [undefined, ...dnats].map((dnat) => ({ in: i, out: o, dnat }))));

function randomRules(seed: number): Rule[] {
  const r = new Prng(seed);
  const range = (n: number) => {
    const lo = r.int(0, n - 1);
    return [lo, r.int(lo + 1, n)] as const;
  };
  return Array.from({ length: r.int(1, 7) }, (_, k) => {
    const terms: MatchTerm[] = Array.from({ length: r.int(1, 2) }, () => {
      const [s0, s1] = range(4);
      const [d0, d1] = range(4);
      const [p0, p1] = range(4);
      const packets = PacketSet.of(
        new AddressSpace(IntervalSet.range(BASE + s0, BASE + s1), IntervalSet.empty()),
        new AddressSpace(IntervalSet.range(BASE + d0, BASE + d1), IntervalSet.empty()),
        r.chance(0.3) ? ServiceSet.ANY : new ServiceSet([{ proto: IntervalSet.range(r.pick([6, 17]), r.pick([7, 18])), sport: IntervalSet.range(0, 65536), dport: IntervalSet.range(p0, p1) }]),
      );
      const dnat = r.int(0, 3);
      return {
        ...(r.chance(0.4) ? { inInterfaces: r.subset(IFACES) } : {}),
        ...(r.chance(0.4) ? { outInterfaces: r.subset(IFACES) } : {}),
        packets,
        ...(dnat === 1 ? { dnat: 'untranslated' as const } : dnat === 2 ? { dnat: r.subset(DNATS) } : {}),
      };
    });
    return {
      id: `r${k}`,
      action: r.chance(0.5) ? 'permit' : 'deny',
      enabled: r.chance(0.85),
      log: false,
      terms,
      implicit: false,
      display: { inInterfaces: [], outInterfaces: [], sources: [], destinations: [], services: [] },
      provenance: { file: 'x', line: k + 1 },
    } satisfies Rule;
  });
}

function termMatches(t: MatchTerm, c: Context, p: Packet): boolean {
  if (t.inInterfaces && !t.inInterfaces.includes(c.in)) return false;
  if (t.outInterfaces && !t.outInterfaces.includes(c.out)) return false;
  if (t.dnat === 'untranslated' && c.dnat !== undefined) return false;
  if (Array.isArray(t.dnat) && (c.dnat === undefined || !t.dnat.includes(c.dnat))) return false;
  return t.packets.contains(p);
}

describe('rule reachability against brute force', () => {
  it('reports a rule exactly when no packet in any context reaches it, with earlier rules that cover it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const rules = randomRules(seed);
        // Half the devices have the DNAT entries the rules name; the other half have only one.
        const dnatIds = seed % 2 === 0 ? DNATS : DNATS.slice(0, 1);
        const destinationNat = dnatIds.map((id) => ({ id, match: PacketSet.EMPTY, translate: {}, mapped: AddressSpace.EMPTY, provenance: { file: 'x', line: 1 } }));
        const d = device('fw', { interfaces: IFACES.map((n, i) => iface(n, `10.9.${i}.1/24`)), filters: [stage(rules)], destinationNat });
        const CONTEXTS = contextsOf(dnatIds);
        const enabled = rules.filter((x) => x.enabled);
        const matches = (rule: Rule, c: Context, p: Packet) => rule.terms.some((t) => termMatches(t, c, p));
        const expected = enabled.filter((rule, i) => {
          let applies = false;
          for (const c of CONTEXTS) for (const p of PACKETS) {
            if (!matches(rule, c, p)) continue;
            applies = true;
            if (!enabled.slice(0, i).some((e) => matches(e, c, p))) return false;
          }
          return applies;
        });
        const found = unreachableRules(d);
        expect(found.map((u) => u.rule.id)).toEqual(expected.map((x) => x.id));
        for (const u of found) {
          // The cover takes every packet of the rule in every context, and only earlier rules are in it.
          for (const c of CONTEXTS) for (const p of PACKETS) if (matches(u.rule, c, p)) expect(u.coveredBy.some((e) => matches(e, c, p))).toBe(true);
          expect(u.coveredBy.every((e) => enabled.indexOf(e) < enabled.indexOf(u.rule))).toBe(true);
          expect(u.conflicting).toBe(u.coveredBy.some((e) => e.action !== u.rule.action));
        }
      }),
      { numRuns: 300 },
    );
  });
});
