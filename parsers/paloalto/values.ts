import { type Cidr, type IpAddress, makeCidr, parseAddressWithPrefix, parseIp, parseIPv4 } from '../../src/space/ip.js';

/**
 * PAN-OS value syntax, parsed strictly: a value that is almost an address is a warning, never
 * a silently different address.
 */

/** "10.1.1.0/24", "10.1.1.5" (a host), "2001:db8::/32"; host bits kept. */
export function parseHostPrefix(text: string): { address: IpAddress; prefixLength: number } | undefined {
  // PAN-OS writes prefix lengths, never dotted masks, after the slash.
  const slash = text.indexOf('/');
  if (slash >= 0 && !/^\d{1,3}$/.test(text.slice(slash + 1))) return undefined;
  return parseAddressWithPrefix(text);
}

/** An ip-netmask value as the set of addresses it matches: the prefix, host bits cleared. */
export function parseNetmask(text: string): Cidr | undefined {
  const p = parseHostPrefix(text);
  return p && makeCidr(p.address, p.prefixLength);
}

/** "10.0.0.1-10.0.0.9"; both ends of one family, first ≤ last. */
export function parseIpRange(text: string): { first: IpAddress; last: IpAddress } | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) return undefined;
  const first = parseIp(text.slice(0, dash).trim());
  const last = parseIp(text.slice(dash + 1).trim());
  if (!first || !last || first.family !== last.family) return undefined;
  if (first.value > last.value) return undefined;
  return { first, last };
}

/** "10.0.1.0/0.0.254.255": an IPv4 base and a wildcard mask whose one bits are "any". */
export function parseIpWildcard(text: string): { base: number; mask: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const base = parseIPv4(text.slice(0, slash));
  const mask = parseIPv4(text.slice(slash + 1));
  if (base === undefined || mask === undefined) return undefined;
  return { base: (base & ~mask) >>> 0, mask };
}

export interface PortRange {
  readonly lo: number;
  readonly hi: number;
}

/** "80,8080,8000-8010"; every port in 0..65535, lo ≤ hi. */
export function parsePortList(text: string): PortRange[] | undefined {
  const out: PortRange[] = [];
  for (const raw of text.split(',')) {
    const piece = raw.trim();
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(piece);
    if (!m) return undefined;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo > hi || hi > 65535) return undefined;
    out.push({ lo, hi });
  }
  return out.length > 0 ? out : undefined;
}

/** A port number 0..65535 ("443"). */
export function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

/** A non-negative integer setting such as a metric or distance, within [0, max]. */
export function parseCount(text: string, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= max ? n : undefined;
}
