import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { JAddress, JAddressBook, JunosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { expandWildcard } from './wildcard.js';

export interface ResolvedAddress {
  readonly space: AddressSpace;
  readonly kind: 'address' | 'address-group';
  readonly found: boolean;
}

const BUILTIN: ReadonlyMap<string, AddressSpace> = new Map([
  ['any', AddressSpace.ANY],
  ['any-ipv4', AddressSpace.ANY_V4],
  ['any-ipv6', AddressSpace.ANY_V6],
]);

/**
 * Address-book names → exact address spaces. A policy looks a name up in the books of the
 * zone it applies to: the zone's own (legacy) book, then the named books attached to the
 * zone, then the global book; a global policy, which has no single zone, only in the global
 * book. An address set's members live in the set's own book. `dns-name` entries are
 * resolved at run time and match nothing here (warned where used).
 */
export class AddressResolver {
  private readonly global?: JAddressBook;
  private readonly zoneBooks = new Map<string, JAddressBook>();
  private readonly attached = new Map<string, JAddressBook[]>();
  private readonly memo = new Map<string, AddressSpace>();
  /** Per book, its entries by name: lookups stay constant-time on books of any size. */
  private readonly index = new Map<JAddressBook, { addresses: Map<string, JAddress>; sets: Map<string, JAddressBook['sets'][number]> }>();

  constructor(
    config: JunosConfig,
    private readonly sink: WarningSink,
  ) {
    for (const b of config.addressBooks) {
      if (b.name === 'global') this.global = b;
      for (const z of b.attachZones) {
        const list = this.attached.get(z.name) ?? [];
        list.push(b);
        this.attached.set(z.name, list);
      }
    }
    for (const z of config.zones) if (!z.functional) this.zoneBooks.set(z.name, z.addressBook);
  }

  private entries(book: JAddressBook): { addresses: Map<string, JAddress>; sets: Map<string, JAddressBook['sets'][number]> } {
    let e = this.index.get(book);
    if (!e) {
      e = { addresses: new Map(book.addresses.map((a) => [a.name, a])), sets: new Map(book.sets.map((x) => [x.name, x])) };
      this.index.set(book, e);
    }
    return e;
  }

  /** The books a name is looked up in, most specific first. */
  booksFor(zone: string | undefined): JAddressBook[] {
    const books: JAddressBook[] = [];
    if (zone !== undefined) {
      const own = this.zoneBooks.get(zone);
      if (own) books.push(own);
      books.push(...(this.attached.get(zone) ?? []));
    }
    if (this.global) books.push(this.global);
    return books;
  }

  resolve(name: string, zone: string | undefined): ResolvedAddress {
    const builtin = BUILTIN.get(name);
    if (builtin) return { space: builtin, kind: 'address', found: true };
    for (const book of this.booksFor(zone)) {
      const e = this.entries(book);
      if (e.addresses.has(name)) return { space: this.inBook(book, name, []), kind: 'address', found: true };
      if (e.sets.has(name)) return { space: this.inBook(book, name, []), kind: 'address-group', found: true };
    }
    return { space: AddressSpace.EMPTY, kind: 'address', found: false };
  }

  /** Whether `name` is an address-book name some book defines (for NAT `…-name` references). */
  resolveAnyBook(name: string): ResolvedAddress {
    const direct = this.resolve(name, undefined);
    if (direct.found) return direct;
    for (const book of [...this.zoneBooks.values(), ...[...this.attached.values()].flat()]) {
      const e = this.entries(book);
      if (e.addresses.has(name) || e.sets.has(name)) return { space: this.inBook(book, name, []), kind: e.sets.has(name) ? 'address-group' : 'address', found: true };
    }
    return { space: AddressSpace.EMPTY, kind: 'address', found: false };
  }

  private inBook(book: JAddressBook, name: string, stack: readonly string[]): AddressSpace {
    const key = `${book.context}\u0000${name}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    let space = AddressSpace.EMPTY;
    const e = this.entries(book);
    const address = e.addresses.get(name);
    const set = e.sets.get(name);
    if (address) {
      space = this.valueOf(address);
    } else if (set) {
      if (stack.includes(name)) {
        this.sink.invalid(set.line, set.context, `address set "${name}" contains itself; the loop adds nothing`);
        return AddressSpace.EMPTY;
      }
      const parts: AddressSpace[] = [];
      for (const m of [...set.addresses, ...set.sets]) {
        const inSameBook = e.addresses.has(m.name) || e.sets.has(m.name);
        if (inSameBook) parts.push(this.inBook(book, m.name, [...stack, name]));
        else if (BUILTIN.has(m.name)) parts.push(BUILTIN.get(m.name)!);
        else this.sink.invalid(m.line, set.context, `address set "${name}" names "${m.name}", which its address book does not define; that member matches nothing`);
      }
      space = AddressSpace.unionAll(parts);
    }
    this.memo.set(key, space);
    return space;
  }

  private valueOf(a: JAddress): AddressSpace {
    const v = a.value;
    switch (v.type) {
      case 'prefix':
        return AddressSpace.fromCidr(v.cidr);
      case 'range':
        return AddressSpace.fromRange(v.from, v.to);
      case 'wildcard': {
        const { set, widened } = expandWildcard(v.base, v.mask);
        if (widened) this.sink.unsupported(a.line, a.context, 'the wildcard address has too many ranges; it is widened to a superset, so rules using it match more');
        return new AddressSpace(set, IntervalSet.empty());
      }
      case 'dns-name':
        this.sink.unsupported(a.line, a.context, `dns-name ${v.host} is resolved by DNS at run time, which sansou cannot do offline: the address matches nothing, so rules using it match less`);
        return AddressSpace.EMPTY;
      case 'invalid':
        return AddressSpace.EMPTY;
    }
  }
}
