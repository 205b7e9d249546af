import type { ObjectKind } from '../../src/model/objects.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseIp } from '../../src/space/ip.js';
import { type Once, References } from './references.js';
import type { PanAddress, PanAddressGroup, PanNamed, PanObjects } from './vendor-config.js';
import { parseIpRange, parseNetmask } from './values.js';
import type { WarningSink } from './warnings.js';

/** A wildcard object expands to at most this many ranges; beyond, it matches nothing. */
const MAX_WILDCARD_RANGES = 1 << 16;

/** Where a name was used, for references and warnings. */
export interface Use {
  readonly usedBy: string;
  readonly line: number;
  readonly context: string;
}

/**
 * Resolves address names as PAN-OS does for one vsys: the vsys's own addresses and address
 * groups first, then shared ones; a rule may also write an address, a prefix or a range
 * literally. Values sansou cannot know offline (FQDN, dynamic groups, external lists, regions)
 * match nothing, with one 'unsupported' warning per object.
 */
export class AddressResolver {
  private readonly addresses = new Map<string, PanAddress>();
  private readonly groups = new Map<string, PanAddressGroup>();
  private readonly runtime = new Map<string, PanNamed & { what: string }>();
  private readonly cache = new Map<string, AddressSpace>();

  constructor(
    scopes: readonly PanObjects[],
    private readonly refs: References,
    private readonly sink: WarningSink,
    private readonly once: Once,
  ) {
    // Later scopes are the more specific (vsys after shared) and win.
    for (const s of scopes) {
      for (const a of s.addresses) this.addresses.set(a.name, a);
      for (const g of s.addressGroups) this.groups.set(g.name, g);
      for (const e of s.externalLists) this.runtime.set(e.name, { ...e, what: 'external dynamic list' });
      for (const r of s.regions) this.runtime.set(r.name, { ...r, what: 'region' });
    }
  }

  /** The union of the named addresses ("any" is everything). */
  resolveAll(names: readonly string[], use: Use): AddressSpace {
    if (names.includes('any')) return AddressSpace.ANY;
    return AddressSpace.unionAll(names.map((n) => this.resolve(n, use)));
  }

  resolve(name: string, use: Use): AddressSpace {
    return this.resolveName(name, use, new Set());
  }

  /** True when the name is an object (address or group) or a literal value. */
  isKnown(name: string): boolean {
    return name === 'any' || this.addresses.has(name) || this.groups.has(name) || this.runtime.has(name) || literal(name) !== undefined;
  }

  private resolveName(name: string, use: Use, visiting: Set<string>): AddressSpace {
    const address = this.addresses.get(name);
    if (address) {
      this.refs.add('address', name, true, use.usedBy, use.line, use.context);
      return this.objectSpace(address);
    }
    const group = this.groups.get(name);
    if (group) {
      this.refs.add('address-group', name, true, use.usedBy, use.line, use.context);
      return this.groupSpace(group, visiting);
    }
    const runtime = this.runtime.get(name);
    if (runtime) {
      if (this.once.first(`runtime:${name}`)) {
        this.sink.unsupported(use.line, use.context, `${runtime.what} "${name}" is resolved by the firewall at run time, unknown offline: it matches nothing here`);
      }
      return AddressSpace.EMPTY;
    }
    const value = literal(name);
    if (value) return value;
    if (/^[A-Z]{2}$/.test(name)) {
      if (this.once.first(`region:${name}`)) this.sink.unsupported(use.line, use.context, `region (country) "${name}" is a geolocation database lookup, unknown offline: it matches nothing here`);
      return AddressSpace.EMPTY;
    }
    const kind: ObjectKind = 'address';
    this.refs.add(kind, name, false, use.usedBy, use.line, use.context);
    return AddressSpace.EMPTY;
  }

  private objectSpace(a: PanAddress): AddressSpace {
    const cached = this.cache.get(`a:${a.name}`);
    if (cached) return cached;
    let space: AddressSpace;
    switch (a.value.type) {
      case 'ip-netmask':
        space = AddressSpace.fromCidr(a.value.cidr);
        break;
      case 'ip-range':
        space = AddressSpace.fromRange(a.value.first, a.value.last);
        break;
      case 'ip-wildcard':
        space = wildcardSpace(a.value.base, a.value.mask) ?? AddressSpace.EMPTY;
        if (space.isEmpty() && this.once.first(`wildcard:${a.name}`)) {
          this.sink.unsupported(a.valueLine, a.context, `wildcard mask of ${a.name} spreads over too many ranges to model: it matches nothing here`);
        }
        break;
      case 'fqdn':
        space = AddressSpace.EMPTY;
        if (this.once.first(`fqdn:${a.name}`)) {
          this.sink.unsupported(a.valueLine, a.context, `FQDN address ${a.name} (${a.value.fqdn}) is resolved by DNS at run time, unknown offline: it matches nothing here`);
        }
        break;
      case 'invalid':
        space = AddressSpace.EMPTY;
        break;
    }
    this.cache.set(`a:${a.name}`, space);
    return space;
  }

  private groupSpace(g: PanAddressGroup, visiting: Set<string>): AddressSpace {
    const cached = this.cache.get(`g:${g.name}`);
    if (cached) return cached;
    if (visiting.has(g.name)) {
      this.sink.invalid(g.line, g.context, `address group ${g.name} contains itself; the loop adds nothing`);
      return AddressSpace.EMPTY;
    }
    if (g.dynamicFilter) {
      if (this.once.first(`dynamic:${g.name}`)) {
        this.sink.unsupported(g.dynamicFilter.line, g.context, `dynamic address group ${g.name} (filter ${g.dynamicFilter.value}) gets its members from tags at run time, unknown offline: it matches nothing here`);
      }
      return AddressSpace.EMPTY;
    }
    visiting.add(g.name);
    const members = g.static?.names ?? [];
    const use: Use = { usedBy: `address-group ${g.name}`, line: g.static?.line ?? g.line, context: g.context };
    const space = AddressSpace.unionAll(members.map((m) => this.resolveName(m, use, visiting)));
    visiting.delete(g.name);
    this.cache.set(`g:${g.name}`, space);
    return space;
  }
}

/** A value written in place of an object: an address, a prefix or a range. */
function literal(text: string): AddressSpace | undefined {
  if (text.includes('-') && !text.includes('/')) {
    const r = parseIpRange(text);
    return r ? AddressSpace.fromRange(r.first, r.last) : undefined;
  }
  if (text.includes('/')) {
    const c = parseNetmask(text);
    return c ? AddressSpace.fromCidr(c) : undefined;
  }
  const ip = parseIp(text);
  return ip ? AddressSpace.fromAddress(ip) : undefined;
}

/**
 * The addresses x with x & ~mask = base: the contiguous low wildcard bits make each range,
 * the other wildcard bits multiply the ranges. Undefined when there would be too many.
 */
export function wildcardSpace(base: number, mask: number): AddressSpace | undefined {
  let low = 0;
  while (low < 32 && ((mask >>> low) & 1) === 1) low++;
  const width = 2 ** low;
  const high: number[] = [];
  for (let bit = low; bit < 32; bit++) if (((mask >>> bit) & 1) === 1) high.push(bit);
  if (2 ** high.length > MAX_WILDCARD_RANGES) return undefined;
  const ranges: Array<[number, number]> = [];
  for (let combo = 0; combo < 2 ** high.length; combo++) {
    let start = base >>> 0;
    for (let k = 0; k < high.length; k++) if (((combo >>> k) & 1) === 1) start += 2 ** high[k]!;
    ranges.push([start, start + width]);
  }
  return new AddressSpace(IntervalSet.fromRanges(ranges), IntervalSet.empty());
}
