import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Packet } from '../../src/space/packet.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type FieldMap, type Transform, compose, preimage, uniformize } from '../../src/space/transform.js';

const BASE = 0x0a000000;
const ADDRS = Array.from({ length: 8 }, (_, i) => BASE + i);
const PORTS = [0, 1, 2, 3];

const PACKETS: Packet[] = [];
for (const s of ADDRS) for (const d of ADDRS) for (const dstPort of PORTS) {
  PACKETS.push({ src: { family: 4, value: s }, dst: { family: 4, value: d }, protocol: 6, srcPort: 0, dstPort });
}

const arbRange = (n: number) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: n })).map(([lo, len]) => [lo, Math.min(n, lo + len)] as const);
const arbAddr = arbRange(8).map(([lo, hi]) => IntervalSet.range(BASE + lo, BASE + hi));
const arbPorts = arbRange(4).map(([lo, hi]) => IntervalSet.range(lo, hi));
const arbPredicate = fc
  .array(fc.tuple(arbAddr, arbAddr, arbPorts), { minLength: 1, maxLength: 3 })
  .map((parts) =>
    PacketSet.unionAll(parts.map(([s, d, p]) => PacketSet.of(new AddressSpace(s, IntervalSet.empty()), new AddressSpace(d, IntervalSet.empty()), new ServiceSet([{ proto: IntervalSet.range(6, 7), sport: IntervalSet.range(0, 65536), dport: p }])))),
  );
const arbAddrMap: fc.Arbitrary<FieldMap<number> | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0).map((shift) => ({ shift })),
  arbAddr.map((set) => ({ set })),
);
const arbPortMap: fc.Arbitrary<FieldMap<number> | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: -2, max: 2 }).filter((n) => n !== 0).map((shift) => ({ shift })),
  arbPorts.map((set) => ({ set })),
);
const arbTransform = fc.record({ src: arbAddrMap, dst: arbAddrMap, dport: arbPortMap }).map(({ src, dst, dport }) => {
  const t: { src?: FieldMap<number>; dst?: FieldMap<number>; dport?: FieldMap<number> } = {};
  if (src) t.src = src;
  if (dst) t.dst = dst;
  if (dport) t.dport = dport;
  return t as Transform;
});

/** Every header the transform may produce from `p` (a pool yields one per value). */
function images(t: Transform, p: Packet): Packet[] {
  const values = (m: FieldMap<number> | undefined, v: number): number[] => {
    if (m === undefined) return [v];
    if ('shift' in m) return [v + m.shift];
    const out: number[] = [];
    for (const [lo, hi] of m.set.ranges()) for (let x = lo; x < hi; x++) out.push(x);
    return out;
  };
  const out: Packet[] = [];
  for (const s of values(t.src as FieldMap<number> | undefined, p.src.value as number))
    for (const d of values(t.dst as FieldMap<number> | undefined, p.dst.value as number))
      for (const dp of values(t.dport, p.dstPort)) out.push({ ...p, src: { family: 4, value: s }, dst: { family: 4, value: d }, dstPort: dp });
  return out;
}

const key = (p: Packet) => `${p.src.value}>${p.dst.value}:${p.dstPort}`;

describe('NAT transforms against enumeration', () => {
  it('uniform pieces partition the choices, and the preimage is exact for each piece', () => {
    fc.assert(
      fc.property(arbTransform, arbPredicate, (t, predicate) => {
        const pieces = uniformize(t, [predicate]);
        for (const p of PACKETS) {
          const all = images(t, p).map(key).sort();
          const fromPieces = pieces.flatMap((piece) => images(piece, p)).map(key).sort();
          expect(fromPieces).toEqual(all);
          for (const piece of pieces) {
            const hits = images(piece, p).map((img) => predicate.contains(img));
            // Uniform: every choice of the piece agrees, and the preimage says which way.
            expect(new Set(hits).size).toBe(1);
            expect(preimage(predicate, piece).contains(p)).toBe(hits[0]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('composition equals applying one transform after the other', () => {
    fc.assert(
      fc.property(arbTransform, arbTransform, (a, b) => {
        const c = compose(a, b);
        for (const p of PACKETS.slice(0, 64)) {
          const stepwise = new Set(images(a, p).flatMap((q) => images(b, q)).map(key));
          const composed = new Set(images(c, p).map(key));
          expect(composed).toEqual(stepwise);
        }
      }),
      { numRuns: 200 },
    );
  });
});
