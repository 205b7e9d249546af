import type { Device } from '../../model/device.js';
import type { ManagementAccess } from '../../model/management.js';
import type { Provenance } from '../../model/provenance.js';
import { compareText } from '../../util/compare-text.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { compareProvenance, locationOf, provenanceKey, scopeName } from './devices.js';
import type { HygieneCheck } from './types.js';

/** What an interface-less management entry is reported on: every interface of the device. */
const ALL_INTERFACES = 'all';

/**
 * Cleartext or weakly authenticated management the device answers (telnet, http, SNMP v1/v2c,
 * tftp...: whatever its converter marks `secure: false`), one finding per device, service and
 * interface ('all' when the service answers on every interface). Trusted-host restrictions do
 * not make it secure: the password still crosses the network in the clear. A context's copy
 * of a box-wide setting (IOS vty lines on every VRF device) comes from the same line and is
 * reported once, on the box.
 */
export function mgmtInsecure(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const bySite = new Map<string, { devices: Device[]; access: ManagementAccess; location: Provenance }>();
  for (const device of devices) {
    for (const access of device.management) {
      if (access.secure) continue;
      const location = locationOf(access.provenance, device);
      const key = `${access.service}\u0000${access.interface ?? ALL_INTERFACES}\u0000${provenanceKey(location)}`;
      const entry = bySite.get(key);
      if (entry) entry.devices.push(device);
      else bySite.set(key, { devices: [device], access, location });
    }
  }
  const byFinding = new Map<string, Finding>();
  for (const { devices: where, access, location } of bySite.values()) {
    const device = scopeName(where);
    const iface = access.interface ?? ALL_INTERFACES;
    const fingerprint = fingerprintOf(check.id, device, access.service, iface);
    const earlier = byFinding.get(fingerprint);
    if (earlier?.location && compareProvenance(earlier.location, location) <= 0) continue;
    byFinding.set(fingerprint, {
      check: check.id,
      severity: check.severity,
      variant: access.interface === undefined ? 'all' : 'interface',
      params: { device, service: access.service, interface: iface },
      location,
      fingerprint,
    });
  }
  return [...byFinding.values()].sort(
    (a, b) =>
      compareText(String(a.params.device), String(b.params.device)) ||
      compareText(String(a.params.service), String(b.params.service)) ||
      compareText(String(a.params.interface), String(b.params.interface)),
  );
}
