import type { Device } from '../../model/device.js';
import type { Provenance } from '../../model/provenance.js';
import { compareText } from '../../util/compare-text.js';
import type { CheckContext } from '../context.js';

/** Every device of the snapshot, by id, so findings come out in the same order on every run. */
export function devicesOf(ctx: CheckContext): Device[] {
  return [...ctx.topology.devices.values()].sort((a, b) => compareText(a.id, b.id));
}

/**
 * What a finding about several contexts of one box calls it. A definition written once in a
 * file shows up on every context that sees it (IOS VRFs, PAN-OS vsys sharing `shared`
 * objects, FortiGate VDOMs sharing global admins): one device keeps its id, several contexts
 * of one box are named by the box's hostname, anything else lists the ids.
 */
export function scopeName(devices: readonly Device[]): string {
  const ids = [...new Set(devices.map((d) => d.id))].sort(compareText);
  if (ids.length === 1) return ids[0]!;
  const hostnames = new Set(devices.map((d) => d.hostname));
  return hostnames.size === 1 ? devices[0]!.hostname : ids.join(', ');
}

/**
 * A config line to point at. Some converters give whole-device facts line 0 (iptables'
 * "INPUT accepts everything" has no line of its own); the device's first line stands in.
 */
export function locationOf(provenance: Provenance, device: Device): Provenance {
  return provenance.line >= 1 ? provenance : device.provenance;
}

/** Orders config lines by file, then line. */
export function compareProvenance(a: Provenance, b: Provenance): number {
  return compareText(a.file, b.file) || a.line - b.line;
}

/** A key that is equal for the same config line. */
export function provenanceKey(p: Provenance): string {
  return `${p.file}\u0000${p.line}`;
}
