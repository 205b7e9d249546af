// Deterministic filler shared by the vendor writers: fake password hashes, uuids, counters,
// MAC addresses and dates must look lived-in yet be the same bytes for the same device on
// every run. Nothing here is random; everything is derived from a seed string or number.

/** The standard base64 alphabet. */
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The alphabet of crypt(3) strings ($1$, $5$, $6$ …). */
export const CRYPT_ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * FNV-1a: a stable 32-bit number from a string.
 * @param {string} text
 * @returns {number}
 */
export function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * A xorshift32 sequence of unsigned 32-bit numbers; a string seed is hashed with FNV-1a first.
 * @param {string | number} seed
 * @returns {() => number}
 */
export function xorshift(seed) {
  let x = (typeof seed === 'string' ? fnv1a(seed) : seed >>> 0) || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/**
 * `length` lowercase hex digits derived from `seed`, e.g. a fake hash or checksum.
 * @param {string} seed
 * @param {number} [length]
 * @returns {string}
 */
export function hexFiller(seed, length = 32) {
  let h = fnv1a(seed);
  let out = '';
  while (out.length < length) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/**
 * `length` characters of `alphabet` (64 characters, base64 by default) that look like an
 * encoded hash.
 * @param {string | number} seed
 * @param {number} length
 * @param {string} [alphabet]
 * @returns {string}
 */
export function base64Filler(seed, length, alphabet = BASE64) {
  const next = xorshift(seed);
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[next() % 64];
  return s;
}

/**
 * The low `width` hex digits of `n`, zero-padded (a uuid group).
 * @param {number} n
 * @param {number} width
 * @returns {string}
 */
export function hexWord(n, width) {
  return (n >>> 0).toString(16).padStart(width, '0').slice(-width);
}
