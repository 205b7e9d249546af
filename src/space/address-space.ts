import { IntervalSet } from './interval-set.js';
import {
  type Cidr,
  type IpAddress,
  V4_END,
  V6_END,
  formatIPv4,
  formatIPv6,
  rangeToCidrs,
  v4PrefixRange,
  v6PrefixRange,
} from './ip.js';

/**
 * A set of IP addresses of both families. Address objects, segments and routes are all
 * address spaces; keeping the families apart means a packet can never mix them.
 */
export class AddressSpace {
  /** IPv4 addresses as integers in [0, 2^32). */
  readonly v4: IntervalSet<number>;
  /** IPv6 addresses as integers in [0, 2^128). */
  readonly v6: IntervalSet<bigint>;

  constructor(v4: IntervalSet<number>, v6: IntervalSet<bigint>) {
    this.v4 = v4;
    this.v6 = v6;
  }

  static readonly EMPTY = new AddressSpace(IntervalSet.empty(), IntervalSet.empty());
  static readonly ANY = new AddressSpace(IntervalSet.range(0, V4_END), IntervalSet.range(0n, V6_END));
  static readonly ANY_V4 = new AddressSpace(IntervalSet.range(0, V4_END), IntervalSet.empty());
  static readonly ANY_V6 = new AddressSpace(IntervalSet.empty(), IntervalSet.range(0n, V6_END));

  static fromCidr(cidr: Cidr): AddressSpace {
    if (cidr.family === 4) {
      const [lo, hi] = v4PrefixRange(cidr.address, cidr.prefixLength);
      return new AddressSpace(IntervalSet.range(lo, hi), IntervalSet.empty());
    }
    const [lo, hi] = v6PrefixRange(cidr.address, cidr.prefixLength);
    return new AddressSpace(IntervalSet.empty(), IntervalSet.range(lo, hi));
  }

  static fromAddress(address: IpAddress): AddressSpace {
    return address.family === 4
      ? new AddressSpace(IntervalSet.range(address.value, address.value + 1), IntervalSet.empty())
      : new AddressSpace(IntervalSet.empty(), IntervalSet.range(address.value, address.value + 1n));
  }

  /** Inclusive range first..last of one family; empty when last < first or families differ. */
  static fromRange(first: IpAddress, last: IpAddress): AddressSpace {
    if (first.family === 4 && last.family === 4) {
      return new AddressSpace(IntervalSet.range(first.value, last.value + 1), IntervalSet.empty());
    }
    if (first.family === 6 && last.family === 6) {
      return new AddressSpace(IntervalSet.empty(), IntervalSet.range(first.value, last.value + 1n));
    }
    return AddressSpace.EMPTY;
  }

  static unionAll(spaces: Iterable<AddressSpace>): AddressSpace {
    let v4 = IntervalSet.empty<number>();
    let v6 = IntervalSet.empty<bigint>();
    for (const s of spaces) {
      v4 = v4.union(s.v4);
      v6 = v6.union(s.v6);
    }
    return new AddressSpace(v4, v6);
  }

  isEmpty(): boolean {
    return this.v4.isEmpty() && this.v6.isEmpty();
  }

  union(other: AddressSpace): AddressSpace {
    return new AddressSpace(this.v4.union(other.v4), this.v6.union(other.v6));
  }

  intersect(other: AddressSpace): AddressSpace {
    return new AddressSpace(this.v4.intersect(other.v4), this.v6.intersect(other.v6));
  }

  subtract(other: AddressSpace): AddressSpace {
    return new AddressSpace(this.v4.subtract(other.v4), this.v6.subtract(other.v6));
  }

  complement(): AddressSpace {
    return AddressSpace.ANY.subtract(this);
  }

  overlaps(other: AddressSpace): boolean {
    return this.v4.overlaps(other.v4) || this.v6.overlaps(other.v6);
  }

  isSubsetOf(other: AddressSpace): boolean {
    return this.v4.isSubsetOf(other.v4) && this.v6.isSubsetOf(other.v6);
  }

  equals(other: AddressSpace): boolean {
    return this.v4.equals(other.v4) && this.v6.equals(other.v6);
  }

  contains(address: IpAddress): boolean {
    return address.family === 4 ? this.v4.contains(address.value) : this.v6.contains(address.value);
  }

  /** Readable form: prefixes and ranges, "any" for everything. */
  toString(): string {
    return formatAddressParts(this.v4, this.v6).join(', ') || '(none)';
  }
}

/** Formats each family's ranges; whole families read as "any" / "any4" / "any6". */
export function formatAddressParts(v4: IntervalSet<number>, v6: IntervalSet<bigint>): string[] {
  const allV4 = v4.equals(AddressSpace.ANY.v4);
  const allV6 = v6.equals(AddressSpace.ANY.v6);
  if (allV4 && allV6) return ['any'];
  const parts: string[] = [];
  if (allV4) parts.push('any4');
  else parts.push(...withExceptions(v4, 32, formatV4Range));
  if (allV6) parts.push('any6');
  else parts.push(...withExceptions(v6, 128, formatV6Range));
  return parts;
}

/** At most this many holes are shown as "prefix except …" rather than as a list of ranges. */
const MAX_EXCEPTIONS = 3;

/**
 * "10.20.0.0/16 except 10.20.255.1" reads better than the two ranges around the hole. Used
 * when the set is one prefix with a few holes; otherwise each range is listed.
 */
function withExceptions<T extends number | bigint>(set: IntervalSet<T>, bits: number, format: (lo: T, hi: T) => string): string[] {
  const ranges = [...set.ranges()];
  if (ranges.length < 2 || ranges.length > MAX_EXCEPTIONS + 1) return ranges.map(([lo, hi]) => format(lo, hi));
  const lo = ranges[0]![0];
  const hi = ranges[ranges.length - 1]![1];
  const hull = rangeToCidrs(lo, hi, bits);
  if (hull.length !== 1) return ranges.map(([l, h]) => format(l, h));
  const holes = IntervalSet.range(lo, hi).subtract(set);
  return [`${format(lo, hi)} except ${[...holes.ranges()].map(([l, h]) => format(l, h)).join(', ')}`];
}

function formatV4Range(lo: number, hi: number): string {
  const cidrs = rangeToCidrs(lo, hi, 32);
  if (cidrs.length === 1) {
    const c = cidrs[0]!;
    return c.prefixLength === 32 ? formatIPv4(c.address) : `${formatIPv4(c.address)}/${c.prefixLength}`;
  }
  return `${formatIPv4(lo)}-${formatIPv4(hi - 1)}`;
}

function formatV6Range(lo: bigint, hi: bigint): string {
  const cidrs = rangeToCidrs(lo, hi, 128);
  if (cidrs.length === 1) {
    const c = cidrs[0]!;
    return c.prefixLength === 128 ? formatIPv6(c.address) : `${formatIPv6(c.address)}/${c.prefixLength}`;
  }
  return `${formatIPv6(lo)}-${formatIPv6(hi - 1n)}`;
}
