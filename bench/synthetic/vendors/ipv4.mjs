// Dotted-quad IPv4 arithmetic shared by the vendor writers.

/**
 * @param {string} dotted
 * @returns {number} the address as an unsigned 32-bit number
 */
export function ipToInt(dotted) {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

/**
 * @param {number} value an unsigned 32-bit number
 * @returns {string}
 */
export function intToIp(value) {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/**
 * @param {number} prefix
 * @returns {number} the netmask as an unsigned 32-bit number
 */
export function maskBits(prefix) {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/**
 * @param {number} prefix
 * @returns {string} the netmask in dotted-quad form (24 → 255.255.255.0)
 */
export function maskOf(prefix) {
  return intToIp(maskBits(prefix));
}

/**
 * Whether `address` lies in `network`/`prefix`.
 * @param {string} address
 * @param {string} network
 * @param {number} prefix
 */
export function sameSubnet(address, network, prefix) {
  const m = maskBits(prefix);
  return ((ipToInt(address) & m) >>> 0) === ((ipToInt(network) & m) >>> 0);
}
