import { AddressSpace } from '../space/address-space.js';
import { IntervalSet, type Scalar } from '../space/interval-set.js';
import type { IpAddress } from '../space/ip.js';
import type { ExternalKind, SegmentKind, Site } from '../site/types.js';
import { countAtOrBelow } from '../util/sorted-count.js';

/** Something that can own addresses: a segment, an external network, or transit links. */
export type Owner =
  | { readonly type: 'segment'; readonly id: string; readonly kind: SegmentKind }
  | { readonly type: 'external'; readonly id: string; readonly kind: ExternalKind }
  | { readonly type: 'transit'; readonly id: 'transit' };

/** Id used for addresses nobody claims. */
export const UNCLASSIFIED = 'unclassified';

/**
 * Who owns each address. Declared networks may nest (a DMZ /28 inside the Internet segment's
 * /16); the most specific declaration wins, ties go to the first declared. An external whose
 * networks are 'default' owns everything left over. The result partitions the claimed space.
 */
export class Ownership {
  readonly owners: readonly Owner[];
  private readonly spaces: ReadonlyMap<string, AddressSpace>;
  /** Every owned range, in address order, for lookups by binary search. */
  private readonly ranges4: RangeTable<number>;
  private readonly ranges6: RangeTable<bigint>;

  constructor(site: Site) {
    const declared: Array<{ owner: Owner; space: AddressSpace }> = [];
    for (const s of site.segments) declared.push({ owner: { type: 'segment', id: s.id, kind: s.kind }, space: s.networks });
    for (const e of site.externals) {
      if (e.networks !== 'default') declared.push({ owner: { type: 'external', id: e.id, kind: e.kind }, space: e.networks });
    }
    if (!site.transit.isEmpty()) declared.push({ owner: { type: 'transit', id: 'transit' }, space: site.transit });

    const v4 = assignMostSpecific(declared.map((d) => ({ owner: d.owner, set: d.space.v4 })));
    const v6 = assignMostSpecific(declared.map((d) => ({ owner: d.owner, set: d.space.v6 })));
    const spaces = new Map<string, AddressSpace>();
    for (const d of declared) {
      spaces.set(d.owner.id, new AddressSpace(v4.get(d.owner) ?? IntervalSet.empty(), v6.get(d.owner) ?? IntervalSet.empty()));
    }
    const owners = declared.map((d) => d.owner);
    const defaultExternal = site.externals.find((e) => e.networks === 'default');
    if (defaultExternal) {
      const claimed = AddressSpace.unionAll(spaces.values());
      const owner: Owner = { type: 'external', id: defaultExternal.id, kind: defaultExternal.kind };
      owners.push(owner);
      spaces.set(owner.id, claimed.complement());
    }
    // Externals without networks still exist (they own nothing but may be attached).
    for (const e of site.externals) {
      if (!spaces.has(e.id)) {
        owners.push({ type: 'external', id: e.id, kind: e.kind });
        spaces.set(e.id, AddressSpace.EMPTY);
      }
    }
    this.owners = owners;
    this.spaces = spaces;
    this.ranges4 = rangeTable(owners.map((o) => ({ owner: o, set: spaces.get(o.id)!.v4 })));
    this.ranges6 = rangeTable(owners.map((o) => ({ owner: o, set: spaces.get(o.id)!.v6 })));
  }

  /** The addresses `id` owns after nesting is resolved; empty for unknown ids. */
  spaceOf(id: string): AddressSpace {
    return this.spaces.get(id) ?? AddressSpace.EMPTY;
  }

  owner(id: string): Owner | undefined {
    return this.owners.find((o) => o.id === id);
  }

  /** Every address no one claims. */
  unclaimed(): AddressSpace {
    return AddressSpace.unionAll(this.spaces.values()).complement();
  }

  ownerOf(address: IpAddress): Owner | undefined {
    return address.family === 4 ? ownerIn(this.ranges4, address.value) : ownerIn(this.ranges6, address.value);
  }
}

/** Ranges [lows[i], highs[i]) owned by owners[i], sorted and disjoint (owners' spaces partition what is claimed). */
interface RangeTable<T extends Scalar> {
  readonly lows: readonly T[];
  readonly highs: readonly T[];
  readonly owners: readonly Owner[];
}

function rangeTable<T extends Scalar>(spaces: ReadonlyArray<{ owner: Owner; set: IntervalSet<T> }>): RangeTable<T> {
  const all = spaces.flatMap(({ owner, set }) => [...set.ranges()].map(([lo, hi]) => ({ lo, hi, owner })));
  all.sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  return { lows: all.map((r) => r.lo), highs: all.map((r) => r.hi), owners: all.map((r) => r.owner) };
}

/** The owner of the range holding `value`: the last range starting at or below it, if it reaches that far. */
function ownerIn<T extends Scalar>(table: RangeTable<T>, value: T): Owner | undefined {
  const n = countAtOrBelow(table.lows, value);
  return n > 0 && value < table.highs[n - 1]! ? table.owners[n - 1] : undefined;
}

/**
 * Gives each address to the declaration whose containing range is smallest. Works by
 * processing ranges from the narrowest up: each takes what no narrower range took.
 */
function assignMostSpecific<T extends Scalar>(declared: ReadonlyArray<{ owner: Owner; set: IntervalSet<T> }>): Map<Owner, IntervalSet<T>> {
  const ranges: Array<{ owner: Owner; order: number; lo: T; hi: T }> = [];
  declared.forEach((d, order) => {
    for (const [lo, hi] of d.set.ranges()) ranges.push({ owner: d.owner, order, lo, hi });
  });
  const width = (r: { lo: T; hi: T }) => (typeof r.lo === 'bigint' ? (r.hi as bigint) - r.lo : BigInt((r.hi as number) - r.lo));
  ranges.sort((a, b) => {
    const wa = width(a);
    const wb = width(b);
    return wa < wb ? -1 : wa > wb ? 1 : a.order - b.order;
  });
  let taken = IntervalSet.empty<T>();
  const out = new Map<Owner, IntervalSet<T>>();
  for (const r of ranges) {
    const mine = IntervalSet.range(r.lo, r.hi).subtract(taken);
    if (mine.isEmpty()) continue;
    out.set(r.owner, (out.get(r.owner) ?? IntervalSet.empty<T>()).union(mine));
    taken = taken.union(mine);
  }
  return out;
}
