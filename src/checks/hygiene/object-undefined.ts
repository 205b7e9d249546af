import type { Device } from '../../model/device.js';
import type { ObjectReference } from '../../model/objects.js';
import { compareText } from '../../util/compare-text.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { compareProvenance, provenanceKey, scopeName } from './devices.js';
import type { HygieneCheck } from './types.js';

/** The uses of one undefined name, and the devices that make them. */
interface Missing {
  readonly devices: Device[];
  readonly uses: ObjectReference[];
}

/**
 * Names used but never defined, one finding per device, kind and name, with the first use
 * (in file order) and how many places use it. A converter records a shared use on every
 * context that sees it (an IOS vty access-class on each VRF, a `shared` address group's
 * member on each PAN-OS vsys); such copies start at the same config line, so they are merged
 * into one finding on the box.
 */
export function objectUndefined(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const byKey = new Map<string, Missing>();
  for (const device of devices) {
    const mine = new Map<string, ObjectReference[]>();
    for (const ref of device.references) {
      if (ref.resolved) continue;
      const key = `${ref.kind}\u0000${ref.name}`;
      const list = mine.get(key) ?? [];
      list.push(ref);
      mine.set(key, list);
    }
    for (const [key, uses] of mine) {
      uses.sort((a, b) => compareProvenance(a.provenance, b.provenance) || compareText(a.usedBy, b.usedBy));
      const merged = `${key}\u0000${provenanceKey(uses[0]!.provenance)}`;
      const entry = byKey.get(merged);
      if (entry) {
        entry.devices.push(device);
        entry.uses.push(...uses);
      } else byKey.set(merged, { devices: [device], uses });
    }
  }
  // Two groups can still land on one name (the box itself and a merged set of its contexts).
  const byScope = new Map<string, { readonly device: string; readonly uses: ObjectReference[] }>();
  for (const { devices: where, uses } of byKey.values()) {
    const device = scopeName(where);
    const key = `${device}\u0000${uses[0]!.kind}\u0000${uses[0]!.name}`;
    const entry = byScope.get(key);
    if (entry) entry.uses.push(...uses);
    else byScope.set(key, { device, uses: [...uses] });
  }
  const findings: Finding[] = [];
  for (const { device, uses } of byScope.values()) {
    // Copies of one use on several contexts count once.
    const sites = new Map(uses.map((u) => [`${provenanceKey(u.provenance)}\u0000${u.usedBy}`, u] as const));
    const distinct = [...sites.values()].sort((a, b) => compareProvenance(a.provenance, b.provenance) || compareText(a.usedBy, b.usedBy));
    const first = distinct[0]!;
    findings.push({
      check: check.id,
      severity: check.severity,
      // The message is worded per kind of object.
      variant: first.kind,
      params: { device, kind: first.kind, name: first.name, usedBy: first.usedBy, count: distinct.length },
      location: first.provenance,
      fingerprint: fingerprintOf(check.id, device, first.kind, first.name),
    });
  }
  return findings.sort((a, b) => compareText(String(a.params.device), String(b.params.device)) || compareText(String(a.params.kind), String(b.params.kind)) || compareText(String(a.params.name), String(b.params.name)));
}
