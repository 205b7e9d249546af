import type { AddressSpace } from '../../../src/space/address-space.js';
import type { Packet } from '../../../src/space/packet.js';
import type { Prng } from '../../helpers/prng.js';
import type { GeneratedHost } from './generate.js';
import type { Host } from './evaluate.js';

/**
 * Packets to compare on. Sources come from the segment that injects at the interface; the
 * host's own addresses are left out as sources (the kernel drops them as martians, the model
 * does not know that), and so are subnet network and broadcast addresses as destinations (the
 * kernel delivers those locally as broadcasts; the model has no broadcast). Both are neutral
 * model gaps, listed in the parser's report, not netfilter semantics.
 */
export function samplePackets(r: Prng, gen: GeneratedHost, host: Host, sources: AddressSpace, count: number): Packet[] {
  const ranges = [...sources.v4.ranges()];
  if (ranges.length === 0) return [];
  const special = new Set<number>();
  for (const i of host.ifaces) {
    for (const a of i.addresses) {
      const size = 2 ** (32 - a.length);
      const net = a.value - (a.value % size);
      special.add(net).add(net + size - 1);
    }
  }
  const ok = (a: number) => !special.has(a) && !host.isLocal(a) && a >>> 28 !== 0xe;
  const pickIn = (lo: number, hi: number) => lo + Math.floor(r.next() * (hi - lo));
  const out: Packet[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const [lo, hi] = r.pick(ranges);
    const src = pickIn(lo, hi);
    if (!ok(src)) continue;
    let dst: number;
    const k = r.int(0, 9);
    if (k <= 3) dst = r.pick(gen.addresses);
    else if (k <= 5) {
      const i = r.pick(host.ifaces);
      const a = r.pick(i.addresses);
      const size = 2 ** (32 - a.length);
      dst = r.chance(0.3) ? a.value : a.value - (a.value % size) + r.int(1, size - 2);
    } else if (k === 6) dst = 0x0a010000 + r.int(0, 4 * 256 - 1);
    else if (k === 7) dst = r.pick([0x0a010900 + r.int(1, 254), 0x0a020000 + r.int(1, 254)]);
    else dst = 0xc6336400 + r.int(1, 254);
    if (special.has(dst)) continue;
    const protocol = r.pick([6, 6, 6, 17, 17, 1, 1, 47]);
    let srcPort = r.chance(0.8) ? r.int(1024, 65535) : r.pick([...gen.ports, 53, 123]);
    let dstPort = r.chance(0.75) && gen.ports.length > 0 ? r.pick(gen.ports) + r.pick([0, 0, 0, 1, -1]) : r.int(0, 65535);
    if (protocol === 1) {
      dstPort = r.pick([0, 3, 8, 8, 11]);
      srcPort = r.pick([0, 0, 1]);
    } else if (protocol === 47) {
      srcPort = 0;
      dstPort = 0;
    }
    out.push({ src: { family: 4, value: src }, dst: { family: 4, value: dst }, protocol, srcPort, dstPort: Math.max(0, Math.min(65535, dstPort)) });
  }
  return out;
}
