import type { Device } from '../../model/device.js';
import type { DefinedObject } from '../../model/objects.js';
import type { Provenance } from '../../model/provenance.js';
import { compareText } from '../../util/compare-text.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { compareProvenance, provenanceKey, scopeName } from './devices.js';
import { implicitUses } from './implicit-uses.js';
import { isPredefined } from './predefined-objects.js';
import type { HygieneCheck } from './types.js';
import { UNUSED_KINDS, nameSpaceOf } from './unused-coverage.js';

/** One definition in the config, with every device that lists it. */
interface Definition {
  readonly object: DefinedObject;
  readonly devices: Device[];
}

/**
 * Objects defined but used nowhere sansou reads, for the kinds whose uses the vendor's
 * converter records (unused-coverage.ts), never the vendor's own predefined objects.
 *
 * Who may use a definition: every device that lists it (a PAN-OS `shared` object is listed by
 * each vsys, so a use in any vsys counts), and the devices of the same file that list no
 * objects at all (IOS lists the box's objects on the global device only, while a VRF device
 * records its own uses). A definition found in several contexts is one finding, on the box.
 * A reference made by the definition itself at its own line (PAN-OS resolves each group by
 * name when it is defined) is not a use.
 */
export function objectUnused(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const definitions = new Map<string, Definition>();
  for (const device of devices) {
    const kinds = UNUSED_KINDS[device.vendor];
    for (const object of device.objects) {
      if (!kinds.includes(object.kind) || isPredefined(device.vendor, object.kind, object.name)) continue;
      const key = `${object.kind}\u0000${object.name}\u0000${provenanceKey(object.provenance)}`;
      const entry = definitions.get(key);
      if (entry) entry.devices.push(device);
      else definitions.set(key, { object, devices: [device] });
    }
  }
  const uses = new Map(devices.map((d) => [d, usesOf(d)] as const));
  const borrowers = (file: string) => devices.filter((d) => d.objects.length === 0 && d.provenance.file === file);

  const byFingerprint = new Map<string, Finding>();
  for (const { object, devices: listing } of definitions.values()) {
    const key = `${nameSpaceOf(object.kind)}\u0000${object.name}`;
    const viewers = [...listing, ...borrowers(object.provenance.file)];
    const used = viewers.some((d) => (uses.get(d)?.get(key) ?? []).some((p) => provenanceKey(p) !== provenanceKey(object.provenance)));
    if (used) continue;
    const device = scopeName(listing);
    const fingerprint = fingerprintOf(check.id, device, object.kind, object.name);
    const earlier = byFingerprint.get(fingerprint);
    // Two definitions of one name in one scope (PAN-OS shared and vsys): report the first line.
    if (earlier?.location && compareProvenance(earlier.location, object.provenance) <= 0) continue;
    byFingerprint.set(fingerprint, {
      check: check.id,
      severity: check.severity,
      // The message is worded per kind of object.
      variant: object.kind,
      params: { device, kind: object.kind, name: object.name },
      location: object.provenance,
      fingerprint,
    });
  }
  return [...byFingerprint.values()].sort(
    (a, b) => compareText(String(a.params.device), String(b.params.device)) || compareText(String(a.params.kind), String(b.params.kind)) || compareText(String(a.params.name), String(b.params.name)),
  );
}

/** Where each (name space, name) is used on a device: its references' lines, and implicit uses. */
function usesOf(device: Device): Map<string, Provenance[]> {
  const out = new Map<string, Provenance[]>();
  const add = (key: string, where: Provenance) => {
    const list = out.get(key);
    if (list) list.push(where);
    else out.set(key, [where]);
  };
  for (const ref of device.references) add(`${nameSpaceOf(ref.kind)}\u0000${ref.name}`, ref.provenance);
  // An implicit use has no line of its own; line 0 never equals a definition's line.
  for (const key of implicitUses(device)) add(key, { file: device.provenance.file, line: 0 });
  return out;
}
