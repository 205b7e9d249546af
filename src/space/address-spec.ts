import { AddressSpace } from './address-space.js';
import { formatCidr, makeCidr, parseAddressWithPrefix, parseIp } from './ip.js';

/**
 * One address item as rules write it: `any` (`any4`, `any6`), a prefix, a single address, or
 * a range `first-last`. Returns the set or why the text is not one.
 */
export function parseAddressSpec(text: string): AddressSpace | { error: string } {
  const t = text.trim();
  if (t === 'any' || t === 'all') return AddressSpace.ANY;
  if (t === 'any4') return AddressSpace.ANY_V4;
  if (t === 'any6') return AddressSpace.ANY_V6;
  const dash = t.indexOf('-');
  if (dash > 0 && !t.includes('/')) {
    const first = parseIp(t.slice(0, dash).trim());
    const last = parseIp(t.slice(dash + 1).trim());
    if (!first || !last || first.family !== last.family) return { error: `'${t}' is not a range of two addresses of one family` };
    const range = AddressSpace.fromRange(first, last);
    return range.isEmpty() ? { error: `'${t}' ends before it starts` } : range;
  }
  const parsed = parseAddressWithPrefix(t);
  if (!parsed) return { error: `'${t}' is not an address, prefix, range or any` };
  const cidr = makeCidr(parsed.address, parsed.prefixLength);
  if (cidr.address !== parsed.address.value) return { error: `'${t}' has host bits set — did you mean ${formatCidr(cidr)}?` };
  return AddressSpace.fromCidr(cidr);
}
