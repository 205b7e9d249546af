import type { PacketSet } from './packet-set.js';
import { addressHull } from './box.js';

/**
 * The smallest destination and source ranges holding each set's IPv4 boxes, as plain numbers,
 * so that most pairs of narrow rules are told apart by four comparisons instead of building
 * interval-set overlaps. Sets with IPv6 packets are always tested in full.
 */
export class Hulls {
  private readonly v4: Float64Array;
  private readonly hasV6: Uint8Array;

  constructor(sets: readonly PacketSet[]) {
    this.v4 = new Float64Array(sets.length * 4).fill(Number.NaN);
    this.hasV6 = new Uint8Array(sets.length);
    sets.forEach((s, i) => {
      if (s.v6.length > 0) this.hasV6[i] = 1;
      if (s.v4.length === 0) return;
      this.v4.set([...addressHull(s.v4, 'dst'), ...addressHull(s.v4, 'src')], i * 4);
    });
  }

  /** False only when sets `a` and `b` surely share no packet. */
  mayMeet(a: number, b: number): boolean {
    if (this.hasV6[a] === 1 && this.hasV6[b] === 1) return true;
    const h = this.v4;
    const x = a * 4;
    const y = b * 4;
    // NaN (no IPv4 boxes) fails every comparison, so a set without them meets nothing here.
    return h[x]! < h[y + 1]! && h[y]! < h[x + 1]! && h[x + 2]! < h[y + 3]! && h[y + 2]! < h[x + 3]!;
  }
}
