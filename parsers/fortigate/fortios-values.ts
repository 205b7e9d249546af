import { type Cidr, type IpAddress, makeCidr, maskToPrefixLength, parseIp, parseIPv4 } from '../../src/space/ip.js';

/**
 * Parsers for the value forms FortiOS writes. Each returns undefined (or a reason) instead
 * of guessing, so the caller can warn about exactly the value it could not read.
 */

/** An inclusive address range of one family. */
export interface IpRange {
  readonly start: IpAddress;
  readonly end: IpAddress;
}

/** An address with the prefix length of its subnet, host bits kept (interface addresses). */
export interface HostPrefix {
  readonly address: IpAddress;
  readonly prefixLength: number;
}

/**
 * `10.0.0.1 255.255.255.0`, `10.0.0.1/24`, `10.0.0.1/255.255.255.0` (IPv4) or
 * `2001:db8::1/64` (IPv6). A non-contiguous mask is refused: it is not a subnet.
 */
export function parseAddressAndMask(values: readonly string[]): HostPrefix | undefined {
  const [first, second] = values;
  if (first === undefined) return undefined;
  if (second !== undefined) {
    if (values.length > 2) return undefined;
    const address = parseIPv4(first);
    const prefixLength = maskToPrefixLength(second);
    if (address === undefined || prefixLength === undefined) return undefined;
    return { address: { family: 4, value: address }, prefixLength };
  }
  const slash = first.indexOf('/');
  const address = parseIp(slash < 0 ? first : first.slice(0, slash));
  if (address === undefined) return undefined;
  const max = address.family === 4 ? 32 : 128;
  if (slash < 0) return { address, prefixLength: max };
  const suffix = first.slice(slash + 1);
  let prefixLength: number | undefined;
  if (isDecimal(suffix, 3)) prefixLength = Number(suffix);
  else if (address.family === 4) prefixLength = maskToPrefixLength(suffix);
  if (prefixLength === undefined || prefixLength > max) return undefined;
  return { address, prefixLength };
}

/** Like parseAddressAndMask, with host bits cleared. */
export function parseSubnet(values: readonly string[]): Cidr | undefined {
  const parsed = parseAddressAndMask(values);
  return parsed && makeCidr(parsed.address, parsed.prefixLength);
}

/** True for the FortiOS "unset" subnet `0.0.0.0 0.0.0.0` (also written 0.0.0.0/0). */
export function isZeroSubnet(cidr: Cidr): boolean {
  return cidr.prefixLength === 0 && (cidr.family === 4 ? cidr.address === 0 : cidr.address === 0n);
}

/** `10.0.0.1-10.0.0.9`, a single address, or a subnet `10.0.0.0/24`, as an inclusive range. */
export function parseIpRange(text: string): IpRange | undefined {
  const dash = text.indexOf('-');
  if (dash >= 0) {
    const start = parseIp(text.slice(0, dash));
    const end = parseIp(text.slice(dash + 1));
    if (start === undefined || end === undefined || start.family !== end.family || end.value < start.value) return undefined;
    return { start, end };
  }
  if (text.includes('/')) {
    const cidr = parseSubnet([text]);
    return cidr && cidrToRange(cidr);
  }
  const address = parseIp(text);
  return address && { start: address, end: address };
}

export function cidrToRange(cidr: Cidr): IpRange {
  if (cidr.family === 4) {
    const size = 2 ** (32 - cidr.prefixLength);
    return { start: { family: 4, value: cidr.address }, end: { family: 4, value: cidr.address + size - 1 } };
  }
  const size = 1n << BigInt(128 - cidr.prefixLength);
  return { start: { family: 6, value: cidr.address }, end: { family: 6, value: cidr.address + size - 1n } };
}

/** An inclusive port or ICMP-type range `lo[-hi]` within [0, max]. */
export function parsePortRange(text: string, max = 65535): readonly [number, number] | undefined {
  const dash = text.indexOf('-');
  const lo = parseBoundedInt(dash < 0 ? text : text.slice(0, dash), max);
  const hi = dash < 0 ? lo : parseBoundedInt(text.slice(dash + 1), max);
  if (lo === undefined || hi === undefined || hi < lo) return undefined;
  return [lo, hi];
}

/** A decimal integer in [0, max], written without sign, exponent or fraction. */
export function parseBoundedInt(text: string, max: number): number | undefined {
  if (!isDecimal(text, 10)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}

function isDecimal(text: string, maxDigits: number): boolean {
  if (text.length === 0 || text.length > maxDigits) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
