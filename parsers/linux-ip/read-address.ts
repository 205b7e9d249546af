import { type Cidr, makeCidr, parseAddressWithPrefix } from '../../src/space/ip.js';
import type { IpAddr } from './vendor-config.js';

/** Flags `ip addr` prints after an address; none changes what sansou models except the two below. */
const ADDRESS_FLAGS = new Set([
  'secondary',
  'primary',
  'dynamic',
  'noprefixroute',
  'tentative',
  'deprecated',
  'dadfailed',
  'temporary',
  'mngtmpaddr',
  'home',
  'nodad',
  'optimistic',
  'permanent',
  'stable-privacy',
  'autojoin',
]);
/** Keywords followed by one value. */
const VALUED = new Set(['brd', 'scope', 'metric', 'proto', 'label', 'valid_lft', 'preferred_lft', 'any']);

export type AddressResult = { readonly address: IpAddr } | { readonly error: string };

/**
 * Reads the words after `inet`/`inet6` on an address line:
 * `10.130.5.10/16 brd 10.130.255.255 scope global secondary eth0:1`,
 * `10.0.0.1 peer 10.0.0.2/32 scope global ppp0`, `2001:db8::1/64 scope global`.
 */
export function readAddress(iface: string, family: 4 | 6, rest: readonly string[], line: number): AddressResult {
  const first = rest[0];
  if (first === undefined) return { error: 'no address after inet' };
  const parsed = parseAddressWithPrefix(first);
  if (!parsed) return { error: `"${first}" is not an address with a prefix length` };
  if (parsed.address.family !== family) return { error: `"${first}" is not an ${family === 4 ? 'IPv4' : 'IPv6'} address` };
  let prefixLength = parsed.prefixLength;
  let peer: Cidr | undefined;
  let scope: string | undefined;
  let label: string | undefined;
  const flags: string[] = [];
  for (let i = 1; i < rest.length; i++) {
    const w = rest[i]!;
    if (w === 'peer') {
      const p = parseAddressWithPrefix(rest[i + 1] ?? '');
      if (!p || p.address.family !== family) return { error: `bad peer "${rest[i + 1] ?? ''}"` };
      peer = makeCidr(p.address, p.prefixLength);
      // With a peer, the local address is a host address; the subnet is the peer's.
      prefixLength = family === 4 ? 32 : 128;
      i++;
    } else if (w === 'scope') {
      scope = rest[i + 1];
      i++;
    } else if (w === 'label') {
      label = rest[i + 1];
      i++;
    } else if (ADDRESS_FLAGS.has(w)) {
      flags.push(w);
    } else if (VALUED.has(w)) {
      i++;
    } else if (family === 4 && (w === iface || w.startsWith(`${iface}:`))) {
      label = w;
    }
    // Anything else is a newer iproute2 attribute: tolerated, it does not change the address.
  }
  return {
    address: {
      iface,
      family,
      address: parsed.address,
      prefixLength,
      ...(peer && { peer }),
      ...(scope !== undefined && { scope }),
      flags,
      ...(label !== undefined && { label }),
      line,
    },
  };
}

/** `eth1.100@eth1` → `eth1.100`; `eth0:` → `eth0`. */
export function interfaceName(word: string): string {
  const bare = word.endsWith(':') ? word.slice(0, -1) : word;
  const at = bare.indexOf('@');
  return at > 0 ? bare.slice(0, at) : bare;
}
