import { type Cidr, type IpAddress, maskToPrefixLength, parseAddressWithPrefix, parseIPv4, parseIp, v4PrefixRange } from '../../src/space/ip.js';
import { parsePort } from './asa-names.js';
import type { PortMatch } from './vendor-config.js';

/** `name A NAME` aliases, which commands may write in place of an IPv4 address. */
export type NameTable = ReadonlyMap<string, IpAddress>;

/** An address literal, or an alias from `name`. */
export function parseAddress(text: string, names: NameTable): IpAddress | undefined {
  return parseIp(text) ?? names.get(text);
}

/** Outcome of reading an "address mask" pair: the prefix, or why it is wrong. */
export type PrefixResult = { readonly cidr: Cidr; readonly hostBits: boolean } | { readonly error: string };

/**
 * "10.1.1.0 255.255.255.0" as ASA writes networks. The mask must be contiguous (ASA masks are
 * netmasks, never wildcards). Host bits are cleared, and reported so the reader can check.
 */
export function parseAddressMask(addressText: string, maskText: string, names: NameTable): PrefixResult {
  const address = parseAddress(addressText, names);
  if (!address || address.family !== 4) return { error: `"${addressText}" is not an IPv4 address` };
  const length = maskToPrefixLength(maskText);
  if (length === undefined) {
    return { error: parseIPv4(maskText) === undefined ? `"${maskText}" is not a netmask` : `netmask ${maskText} is not contiguous` };
  }
  const [base] = v4PrefixRange(address.value, length);
  return { cidr: { family: 4, address: base, prefixLength: length }, hostBits: base !== address.value };
}

/** "2001:db8::/32" (host bits cleared). */
export function parseIpv6Prefix(text: string): PrefixResult {
  const parsed = text.includes('/') ? parseAddressWithPrefix(text) : undefined;
  if (!parsed || parsed.address.family !== 6) return { error: `"${text}" is not an IPv6 prefix` };
  const size = 1n << BigInt(128 - parsed.prefixLength);
  const base = parsed.address.value - (parsed.address.value % size);
  return { cidr: { family: 6, address: base, prefixLength: parsed.prefixLength }, hostBits: base !== parsed.address.value };
}

export function isPortOperator(text: string): boolean {
  return text === 'eq' || text === 'neq' || text === 'lt' || text === 'gt' || text === 'range';
}

/**
 * Reads `eq P`, `neq P`, `lt P`, `gt P` or `range A B` from `tokens` at `i`.
 * Returns the match and the index after it, or an error.
 */
export function readPortMatch(tokens: readonly string[], i: number): { match: PortMatch; next: number } | { error: string } {
  const op = tokens[i];
  if (op === undefined || !isPortOperator(op)) return { error: `expected eq, neq, lt, gt or range, found "${op ?? ''}"` };
  const count = op === 'range' ? 2 : 1;
  const ports: number[] = [];
  for (let k = 1; k <= count; k++) {
    const text = tokens[i + k];
    const port = text === undefined ? undefined : parsePort(text);
    if (port === undefined) return { error: text === undefined ? `${op} needs ${count === 2 ? 'two ports' : 'a port'}` : `"${text}" is not a port number or ASA port name` };
    ports.push(port);
  }
  if (op === 'range' && ports[0]! > ports[1]!) return { error: `range ${ports[0]} ${ports[1]} is empty` };
  return { match: { op: op as PortMatch['op'], ports }, next: i + 1 + count };
}

/** Port intervals [lo, hiExclusive) of a match. */
export function portRanges(m: PortMatch): Array<[number, number]> {
  const p = m.ports[0]!;
  switch (m.op) {
    case 'eq':
      return [[p, p + 1]];
    case 'neq':
      return [
        [0, p],
        [p + 1, 65536],
      ];
    case 'lt':
      return [[0, p]];
    case 'gt':
      return [[p + 1, 65536]];
    case 'range':
      return [[p, m.ports[1]! + 1]];
  }
}

/** "3:00:00"-style and plain decimal integers within [lo, hi]. */
export function parseIntIn(text: string | undefined, lo: number, hi: number): number | undefined {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= lo && n <= hi ? n : undefined;
}
