import { addressHull } from '../space/box.js';
import type { PacketSet } from '../space/packet-set.js';
import { countBelow } from '../util/sorted-count.js';

/**
 * Finds, among a long rule list, the rules that may touch a set of packets, by destination
 * address, without testing every rule. A class of packets that one rule let through is narrow;
 * the next firewall has thousands of rules and only a handful of them concern that class.
 *
 * Each rule is filed under the hull (lowest to highest address) of its IPv4 destinations, in
 * bands by the hull's width: within a band every hull is at most 2^b wide, so the hulls that
 * overlap a query start at most 2^b before it and a binary search finds them. Rules with IPv6
 * packets are always candidates. The answer is a superset of the rules that really overlap.
 */
export class RuleIndex {
  /** Per width band b: the rules whose hull is at most 2^b wide, sorted by the hull's start. */
  private readonly bands: Array<{ width: number; starts: number[]; ends: number[]; rules: number[] }> = [];
  private readonly v6Rules: number[] = [];

  constructor(rules: ReadonlyArray<PacketSet>) {
    const byBand = new Map<number, Array<{ start: number; end: number; rule: number }>>();
    rules.forEach((packets, rule) => {
      if (packets.v6.length > 0) this.v6Rules.push(rule);
      if (packets.v4.length === 0) return;
      const [start, end] = addressHull(packets.v4, 'dst');
      const band = Math.ceil(Math.log2(Math.max(end - start, 1)));
      const list = byBand.get(band) ?? [];
      list.push({ start, end, rule });
      byBand.set(band, list);
    });
    for (const [band, list] of [...byBand].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a.start - b.start || a.rule - b.rule);
      this.bands.push({ width: 2 ** band, starts: list.map((e) => e.start), ends: list.map((e) => e.end), rules: list.map((e) => e.rule) });
    }
  }

  /** Positions of the rules whose destinations may meet those of `packets`, ascending. */
  candidates(packets: PacketSet): number[] {
    const out: number[] = packets.v6.length > 0 ? [...this.v6Rules] : [];
    if (packets.v4.length > 0) {
      const [start, end] = addressHull(packets.v4, 'dst');
      for (const band of this.bands) {
        // Hulls in this band that overlap [start, end) start in (start - width, end).
        for (let i = countBelow(band.starts, start - band.width); i < band.starts.length && band.starts[i]! < end; i++) {
          if (band.ends[i]! > start) out.push(band.rules[i]!);
        }
      }
    }
    return ascendingUnique(out);
  }
}

/** The positions sorted and without repeats (a rule with IPv6 and IPv4 packets is found twice). */
function ascendingUnique(positions: readonly number[]): number[] {
  // A typed array sorts numbers natively, without a comparison callback per pair.
  const sorted = Int32Array.from(positions).sort();
  const out: number[] = [];
  for (const p of sorted) if (out.length === 0 || out[out.length - 1] !== p) out.push(p);
  return out;
}
