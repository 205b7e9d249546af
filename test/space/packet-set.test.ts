import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Packet } from '../../src/space/packet.js';
import { PacketSet, escapesAtCorner } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { pickWitness } from '../../src/space/witness.js';
import { summarizePacketSet } from '../../src/space/summary.js';
import { parseIp } from '../../src/space/ip.js';

/**
 * A tiny universe, enumerated in full: 8 IPv4 and 4 IPv6 addresses, two protocols, two source
 * ports and four destination ports. Every set operation is checked packet by packet.
 */
const V4 = Array.from({ length: 8 }, (_, i) => 0x0a000000 + i);
const V6 = [0n, 1n, 2n, 3n];
const PROTOS = [6, 17];
const SPORTS = [0, 1];
const DPORTS = [0, 1, 2, 3];

const UNIVERSE: Packet[] = [];
for (const fam of [4, 6] as const) {
  const addrs = fam === 4 ? V4 : V6;
  for (const s of addrs) for (const d of addrs) for (const protocol of PROTOS) for (const srcPort of SPORTS) for (const dstPort of DPORTS) {
    UNIVERSE.push({ src: { family: fam, value: s } as Packet['src'], dst: { family: fam, value: d } as Packet['dst'], protocol, srcPort, dstPort });
  }
}

const arbRange = (n: number) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n })).map(([lo, len]) => [lo, Math.min(n, lo + len)] as const);
const arbAddrSpace = fc.record({ v4: fc.option(arbRange(8)), v6: fc.option(arbRange(4)) }).map(({ v4, v6 }) => {
  const s4 = v4 ? IntervalSet.range(V4[0]! + v4[0], V4[0]! + v4[1]) : IntervalSet.empty<number>();
  const s6 = v6 ? IntervalSet.range(BigInt(v6[0]), BigInt(v6[1])) : IntervalSet.empty<bigint>();
  return new AddressSpace(s4, s6);
});
const arbServices = fc
  .array(fc.record({ p: arbRange(2), s: arbRange(2), d: arbRange(4) }), { minLength: 1, maxLength: 2 })
  .map((items) =>
    new ServiceSet(
      items.map(({ p, s, d }) => ({
        proto: IntervalSet.fromRanges(PROTOS.slice(p[0], p[1]).map((x) => [x, x + 1] as const)),
        sport: IntervalSet.range(s[0], s[1]),
        dport: IntervalSet.range(d[0], d[1]),
      })),
    ),
  );
const arbBoxSet = fc.tuple(arbAddrSpace, arbAddrSpace, arbServices).map(([s, d, svc]) => PacketSet.of(s, d, svc));
const arbSet = fc.array(arbBoxSet, { maxLength: 4 }).map((sets) => PacketSet.unionAll(sets));

function members(set: PacketSet): boolean[] {
  return UNIVERSE.map((p) => set.contains(p));
}

describe('PacketSet against the enumerated universe', () => {
  it('union, intersection and difference are exact', () => {
    fc.assert(
      fc.property(arbSet, arbSet, (a, b) => {
        const ma = members(a);
        const mb = members(b);
        const mu = members(a.union(b));
        const mi = members(a.intersect(b));
        const md = members(a.subtract(b));
        expect(mu).toEqual(ma.map((x, i) => x || mb[i]!));
        expect(mi).toEqual(ma.map((x, i) => x && mb[i]!));
        expect(md).toEqual(ma.map((x, i) => x && !mb[i]!));
        expect(a.isEmpty()).toBe(!ma.some(Boolean));
        expect(a.overlaps(b)).toBe(mi.some(Boolean));
        expect(a.isSubsetOf(b)).toBe(ma.every((x, i) => !x || mb[i]));
      }),
      { numRuns: 300 },
    );
  });

  it('escapes at a corner only when some packet of the set is in none of the others, and does so for a set in none', () => {
    fc.assert(
      fc.property(arbSet, fc.array(arbSet, { maxLength: 3 }), (a, others) => {
        const outside = members(a).some((x, i) => x && !others.some((o) => o.contains(UNIVERSE[i]!)));
        if (escapesAtCorner(a, others)) expect(outside).toBe(true);
        if (!a.isEmpty() && !others.some((o) => o.overlaps(a))) expect(escapesAtCorner(a, others)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a packet mix address families', () => {
    const set = PacketSet.of(AddressSpace.ANY, AddressSpace.ANY);
    expect(set.contains({ src: { family: 4, value: 1 }, dst: { family: 6, value: 1n }, protocol: 6, srcPort: 1, dstPort: 1 })).toBe(false);
  });

  it('gives a witness inside the set, and none for the empty set', () => {
    fc.assert(
      fc.property(arbSet, (a) => {
        const w = pickWitness(a);
        if (a.isEmpty()) expect(w).toBeUndefined();
        else expect(a.contains(w!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('prefers hinted hosts and telling ports in the witness', () => {
    const set = PacketSet.of(AddressSpace.fromCidr({ family: 4, address: 0x0a1e0000, prefixLength: 16 }), AddressSpace.ANY_V4);
    const host = parseIp('10.20.1.8')!;
    const w = pickWitness(set, { dst: [host] })!;
    expect(w.dst).toEqual(host);
    expect(w.protocol).toBe(6);
    expect(w.dstPort).toBe(445);
    expect(w.src).toEqual(parseIp('10.30.0.1'));
  });

  it('summarizes a set readably', () => {
    const set = PacketSet.of(
      AddressSpace.fromCidr({ family: 4, address: 0x0a1e0000, prefixLength: 16 }),
      AddressSpace.fromAddress(parseIp('10.20.1.8')!),
      ServiceSet.ports(6, 445, 445),
    );
    expect(summarizePacketSet(set)).toEqual(['10.30.0.0/16 → 10.20.1.8 tcp/445']);
  });
});
