import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/space/address-space.js';
import { type FirstMatch, firstMatch } from '../../src/space/first-match.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Packet } from '../../src/space/packet.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';

/**
 * The oracle is the definition, packet by packet: over a small universe enumerated in full,
 * each packet must go to the first rule holding it, or to the rest. Lists are long enough
 * (above the walk limit of 64) that the divide-and-conquer path runs.
 */
const V4 = Array.from({ length: 8 }, (_, i) => 0x0a000000 + i);
const V6 = [0n, 1n, 2n];
const PROTOS = [6, 17];
const DPORTS = [0, 1, 2, 3];

const UNIVERSE: Packet[] = [];
for (const family of [4, 6] as const) {
  const addresses = family === 4 ? V4 : V6;
  for (const s of addresses) for (const d of addresses) for (const protocol of PROTOS) for (const srcPort of [0, 1]) for (const dstPort of DPORTS) {
    UNIVERSE.push({ src: { family, value: s } as Packet['src'], dst: { family, value: d } as Packet['dst'], protocol, srcPort, dstPort });
  }
}

const arbRange = (n: number) => fc.tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n })).map(([lo, len]) => [lo, Math.min(n, lo + len)] as const);
/** Mostly narrow ranges, as host rules are, with some wide ones. */
const arbAddressRange = (n: number) => fc.oneof({ weight: 3, arbitrary: fc.nat(n - 1).map((lo) => [lo, lo + 1] as const) }, { weight: 1, arbitrary: arbRange(n) });
const arbSpace = fc.record({ v4: fc.option(arbAddressRange(8), { freq: 8 }), v6: fc.option(arbRange(3), { freq: 2 }) }).map(({ v4, v6 }) =>
  new AddressSpace(v4 ? IntervalSet.range(V4[0]! + v4[0], V4[0]! + v4[1]) : IntervalSet.empty<number>(), v6 ? IntervalSet.range(BigInt(v6[0]), BigInt(v6[1])) : IntervalSet.empty<bigint>()),
);
const arbServices = fc.record({ p: arbRange(2), s: arbRange(2), d: arbRange(4) }).map(
  ({ p, s, d }) => new ServiceSet([{ proto: IntervalSet.fromRanges(PROTOS.slice(p[0], p[1]).map((x) => [x, x + 1] as const)), sport: IntervalSet.range(s[0], s[1]), dport: IntervalSet.range(d[0], d[1]) }]),
);
const arbRule = fc.array(fc.tuple(arbSpace, arbSpace, arbServices), { minLength: 1, maxLength: 2 }).map((parts) => PacketSet.unionAll(parts.map(([s, d, svc]) => PacketSet.of(s, d, svc))));
const arbFlow = fc.oneof(
  fc.constant(PacketSet.ANY),
  fc.array(fc.tuple(arbSpace, arbSpace, arbServices), { minLength: 1, maxLength: 4 }).map((parts) => PacketSet.unionAll(parts.map(([s, d, svc]) => PacketSet.of(s, d, svc)))),
);

/** Every part of the division built, as the oracle reads them. */
function built(division: FirstMatch): { taken: Map<number, PacketSet>; rest: PacketSet } {
  return { taken: new Map(division.takers.map((i) => [i, division.part(i)])), rest: division.rest() };
}

describe('firstMatch', () => {
  it('gives each packet to the first rule holding it, on lists long enough to be divided', () => {
    fc.assert(
      fc.property(arbFlow, fc.array(arbRule, { minLength: 65, maxLength: 110 }), (flow, rules) => {
        const division = firstMatch(flow, rules);
        const { taken, rest } = built(division);
        // Every rule's packets lie in the universe, so the rules that take any are exactly the
        // first holders of some universe packet of the flow.
        const firstHolders = new Set<number>();
        for (const packet of UNIVERSE) {
          const expected = flow.contains(packet) ? rules.findIndex((r) => r.contains(packet)) : undefined;
          if (expected !== undefined && expected >= 0) firstHolders.add(expected);
          const holders = [...taken].filter(([, set]) => set.contains(packet)).map(([i]) => i);
          if (expected === undefined) {
            expect(holders).toEqual([]);
            expect(rest.contains(packet)).toBe(false);
          } else if (expected < 0) {
            expect(holders).toEqual([]);
            expect(rest.contains(packet)).toBe(true);
          } else {
            expect(holders).toEqual([expected]);
            expect(rest.contains(packet)).toBe(false);
          }
        }
        for (const set of taken.values()) expect(set.isEmpty()).toBe(false);
        expect(division.takers).toEqual([...firstHolders].sort((a, b) => a - b));
      }),
      { numRuns: 40, seed: 20261122 },
    );
  });

  it('builds the same parts when asked for later, and knows the takers and the rest without building them', () => {
    fc.assert(
      fc.property(arbFlow, fc.array(arbRule, { minLength: 65, maxLength: 110 }), (flow, rules) => {
        const division = firstMatch(flow, rules);
        const { taken, rest } = built(division);
        expect(division.hasRest).toBe(!rest.isEmpty());
        for (const [i, set] of taken) expect(division.partLater(i)().equals(set)).toBe(true);
        expect(division.restLater()().equals(rest)).toBe(true);
        // A rule that takes nothing has an empty part, however it is asked for.
        const idle = rules.findIndex((_, i) => !taken.has(i));
        if (idle >= 0) {
          expect(division.part(idle).isEmpty()).toBe(true);
          expect(division.partLater(idle)().isEmpty()).toBe(true);
        }
      }),
      { numRuns: 30, seed: 20261123 },
    );
  });

  it('lists the rules that take packets in rule order', () => {
    const host = (i: number) => PacketSet.of(AddressSpace.ANY, new AddressSpace(IntervalSet.range(V4[0]! + (i % 8), V4[0]! + (i % 8) + 1), IntervalSet.empty()));
    const rules = Array.from({ length: 100 }, (_, i) => host(i));
    const { taken, rest } = built(firstMatch(PacketSet.ANY, rules));
    expect([...taken.keys()]).toEqual(Array.from({ length: 8 }, (_, i) => i));
    expect(rest.isEmpty()).toBe(false);
  });
});
