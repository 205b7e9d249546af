import { parseIPv4 } from '../../src/space/ip.js';

export const V4_LAST = 0xffffffff;

/** A dotted IPv4 address, strictly (no octal, no shorthand); undefined otherwise. */
export function parseAddress(text: string): number | undefined {
  return parseIPv4(text);
}

/**
 * A mask as RTX accepts it: bit count (`24`), dotted (`255.255.255.0`) or hexadecimal
 * (`0xffffff00`). Returns the prefix length; undefined for anything else or a non-contiguous mask.
 */
export function parseMask(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n <= 32 ? n : undefined;
  }
  let value: number | undefined;
  if (/^0x[0-9a-f]{1,8}$/i.test(text)) value = Number.parseInt(text.slice(2), 16);
  else value = parseIPv4(text);
  if (value === undefined) return undefined;
  const inverted = ~value >>> 0;
  if ((inverted & (inverted + 1)) !== 0) return undefined;
  return 32 - Math.log2(inverted + 1);
}

/** [first, last] of the prefix containing `address`. */
export function prefixRange(address: number, prefixLength: number): readonly [number, number] {
  const size = 2 ** (32 - prefixLength);
  const base = address - (address % size);
  return [base, base + size - 1];
}

/** `A-B` with A ≤ B as an inclusive range; undefined when either side is not an address. */
export function parseAddressRange(text: string): readonly [number, number] | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) return undefined;
  const first = parseAddress(text.slice(0, dash));
  const last = parseAddress(text.slice(dash + 1));
  if (first === undefined || last === undefined || last < first) return undefined;
  return [first, last];
}
