import { ip2long, long2ip } from 'netmask';
import { Address6 } from 'ip-address';

/**
 * IP addresses as plain integers: IPv4 as a number in [0, 2^32), IPv6 as a bigint in [0, 2^128).
 * Parsing is strict, because a config line that looks almost like an address must become a
 * warning, not a silently different address.
 */
export type Family = 4 | 6;

export const V4_END = 2 ** 32;
export const V6_END = 1n << 128n;

/** An address of either family. */
export type IpAddress = { readonly family: 4; readonly value: number } | { readonly family: 6; readonly value: bigint };

/** A prefix such as 10.20.0.0/16; `address` is the network address (host bits cleared). */
export type Cidr =
  | { readonly family: 4; readonly address: number; readonly prefixLength: number }
  | { readonly family: 6; readonly address: bigint; readonly prefixLength: number };

const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function parseIPv4(text: string): number | undefined {
  // netmask's ip2long also accepts octal and shorthand forms; configs never mean those.
  return DOTTED_QUAD.test(text) ? ip2long(text) >>> 0 : undefined;
}

export function formatIPv4(value: number): string {
  return long2ip(value);
}

export function parseIPv6(text: string): bigint | undefined {
  if (!text.includes(':') || text.includes('/') || text.includes('%')) return undefined;
  return Address6.isValid(text) ? new Address6(text).bigInt() : undefined;
}

export function formatIPv6(value: bigint): string {
  return Address6.fromBigInt(value).correctForm();
}

export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIPv6(text);
  return v6 === undefined ? undefined : { family: 6, value: v6 };
}

export function formatIp(address: IpAddress): string {
  return address.family === 4 ? formatIPv4(address.value) : formatIPv6(address.value);
}

/** Prefix length of a dotted netmask such as 255.255.255.0; undefined if not contiguous. */
export function maskToPrefixLength(mask: string): number | undefined {
  const value = parseIPv4(mask);
  if (value === undefined) return undefined;
  const inverted = ~value >>> 0;
  // A contiguous mask inverted is 2^k - 1, so adding one leaves a power of two.
  if ((inverted & (inverted + 1)) !== 0) return undefined;
  return 32 - Math.log2(inverted + 1);
}

export function v4PrefixRange(address: number, prefixLength: number): readonly [number, number] {
  const size = 2 ** (32 - prefixLength);
  const base = address - (address % size);
  return [base, base + size];
}

export function v6PrefixRange(address: bigint, prefixLength: number): readonly [bigint, bigint] {
  const size = 1n << BigInt(128 - prefixLength);
  const base = address - (address % size);
  return [base, base + size];
}

/** Builds a prefix, clearing host bits. */
export function makeCidr(address: IpAddress, prefixLength: number): Cidr {
  return address.family === 4
    ? { family: 4, address: v4PrefixRange(address.value, prefixLength)[0], prefixLength }
    : { family: 6, address: v6PrefixRange(address.value, prefixLength)[0], prefixLength };
}

/**
 * Parses "10.0.0.0/8", "10.0.0.0/255.0.0.0", "2001:db8::/32", or a bare address (a host
 * prefix). Host bits are cleared; use parseInterfaceAddress to keep them.
 */
export function parseCidr(text: string): Cidr | undefined {
  const parsed = parseAddressWithPrefix(text);
  return parsed && makeCidr(parsed.address, parsed.prefixLength);
}

/** Like parseCidr but keeps the host part, as interface addresses need it. */
export function parseAddressWithPrefix(text: string): { address: IpAddress; prefixLength: number } | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const max = address.family === 4 ? 32 : 128;
  if (slash < 0) return { address, prefixLength: max };
  const suffix = text.slice(slash + 1);
  let prefixLength: number | undefined;
  if (/^\d{1,3}$/.test(suffix)) prefixLength = Number(suffix);
  else if (address.family === 4) prefixLength = maskToPrefixLength(suffix);
  if (prefixLength === undefined || prefixLength > max) return undefined;
  return { address, prefixLength };
}

export function formatCidr(cidr: Cidr): string {
  return `${cidr.family === 4 ? formatIPv4(cidr.address) : formatIPv6(cidr.address)}/${cidr.prefixLength}`;
}

/**
 * Splits [lo, hiExclusive) into the fewest prefixes, for readable output.
 * Works for both families; `bits` is 32 or 128.
 */
export function rangeToCidrs<T extends number | bigint>(lo: T, hiExclusive: T, bits: number): Array<{ address: T; prefixLength: number }> {
  const out: Array<{ address: T; prefixLength: number }> = [];
  if (typeof lo === 'number') {
    let cur = lo as number;
    const end = hiExclusive as number;
    while (cur < end) {
      let size = 1;
      // Grow while the block stays aligned and inside the range.
      while (size * 2 <= end - cur && cur % (size * 2) === 0 && size * 2 <= 2 ** bits) size *= 2;
      out.push({ address: cur as T, prefixLength: bits - Math.log2(size) });
      cur += size;
    }
  } else {
    let cur = lo as bigint;
    const end = hiExclusive as bigint;
    while (cur < end) {
      let size = 1n;
      let log = 0;
      while (size * 2n <= end - cur && cur % (size * 2n) === 0n && log < bits) {
        size *= 2n;
        log++;
      }
      out.push({ address: cur as T, prefixLength: bits - log });
      cur += size;
    }
  }
  return out;
}
