import type { AddressSpec } from './vendor-config.js';
import { V4_LAST, parseAddress, parseMask, prefixRange } from './ipv4-values.js';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

type Pattern = [number | null, number | null, number | null, number | null];

/** Shared empty list: most columns have no pattern and nothing unresolved. */
const NONE: readonly never[] = [];

/**
 * Reads an address column of `ip filter` / `ip filter dynamic`. Every form of the command
 * reference is exact: `*`, A.B.C.D with `*` octets, A/mask (bits, dotted, 0x…), A-B, -A, A-,
 * comma lists. FQDNs, `@application` names and map-e / hb46pp are kept as unresolved: they
 * depend on DNS answers and run-time state the config does not hold.
 */
export function parseAddressSpec(text: string): Parsed<AddressSpec> {
  if (text === '') return fail('empty address');
  let any = false;
  const ranges: Array<readonly [number, number]> = [];
  const patterns: Pattern[] = [];
  const unresolved: string[] = [];
  for (const item of text.split(',')) {
    if (item === '*') {
      any = true;
      continue;
    }
    if (item.startsWith('@') || item === 'map-e' || item === 'hb46pp' || looksLikeName(item)) {
      unresolved.push(item);
      continue;
    }
    const range = parseItem(item);
    if (!range.ok) return fail(range.error);
    if (range.value.length === 4) patterns.push(range.value as Pattern);
    else ranges.push(range.value as readonly [number, number]);
  }
  // slice() trims the backing stores that push() over-allocates: exports hold many columns.
  return ok({
    text,
    any,
    ranges: ranges.length > 0 ? ranges.slice() : NONE,
    patterns: patterns.length > 0 ? patterns.slice() : NONE,
    unresolved: unresolved.length > 0 ? unresolved.slice() : NONE,
  });
}

/** A host name: letters somewhere, dots between labels, an optional leading `*.`. */
function looksLikeName(item: string): boolean {
  return /[a-z]/i.test(item) && /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(item);
}

function parseItem(item: string): Parsed<readonly [number, number] | Pattern> {
  const slash = item.indexOf('/');
  if (slash >= 0) {
    const address = parseAddress(item.slice(0, slash));
    const length = parseMask(item.slice(slash + 1));
    if (address === undefined || length === undefined) return fail(`"${item}" is not an address with a mask`);
    return ok(prefixRange(address, length));
  }
  const dash = item.indexOf('-');
  if (dash >= 0) {
    const left = item.slice(0, dash);
    const right = item.slice(dash + 1);
    const first = left === '' ? 0 : parseAddress(left);
    const last = right === '' ? V4_LAST : parseAddress(right);
    if (first === undefined || last === undefined || (left === '' && right === '')) return fail(`"${item}" is not an address range`);
    if (last < first) return fail(`"${item}" is a range whose end comes before its start`);
    return ok([first, last]);
  }
  if (!item.includes('*')) {
    const address = parseAddress(item);
    return address === undefined ? fail(`"${item}" is not an IPv4 address`) : ok([address, address]);
  }
  return parseWildcard(item);
}

/** A.B.*.* is a prefix; 10.*.0.1 is a pattern of 256 addresses. */
function parseWildcard(item: string): Parsed<readonly [number, number] | Pattern> {
  const parts = item.split('.');
  if (parts.length !== 4) return fail(`"${item}" is not an IPv4 address`);
  const octets: Pattern = [null, null, null, null];
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    if (p === '*') continue;
    if (!/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(p)) return fail(`"${item}" is not an IPv4 address`);
    octets[i] = Number(p);
  }
  const firstWild = octets.indexOf(null);
  const trailing = octets.slice(firstWild).every((o) => o === null);
  if (!trailing) return ok(octets);
  let base = 0;
  for (let i = 0; i < firstWild; i++) base = base * 256 + octets[i]!;
  const size = 256 ** (4 - firstWild);
  const first = base * size;
  return ok([first, first + size - 1]);
}
