import type { Device } from '../../model/device.js';

/**
 * Uses of an object that a converter expresses otherwise than as an ObjectReference, as
 * (name space, name) keys like object-unused.ts builds.
 *
 * ASA object NAT (`object network X` / `nat (in,out) …`) translates the object's own
 * addresses, but parsers/asa/convert-nat.ts records no reference to X for it; its NAT entries
 * carry the id "section2/X" (with "/destination" or "/reverse" for the derived entries).
 * Without this, the ubiquitous `obj_any` of `nat (inside,outside) dynamic interface` would be
 * reported as unused. Recording the reference in the converter would make this file unneeded.
 */
export function implicitUses(device: Device): Set<string> {
  const out = new Set<string>();
  if (device.vendor !== 'asa') return out;
  for (const entry of [...device.destinationNat, ...device.sourceNat]) {
    if (!entry.id.startsWith('section2/')) continue;
    const rest = entry.id.slice('section2/'.length);
    // Both readings count: an object name could itself end like a derived entry's suffix, and
    // an extra use only ever hides a finding.
    out.add(`address\u0000${rest}`);
    out.add(`address\u0000${rest.replace(/\/(destination|reverse)$/, '')}`);
  }
  return out;
}
