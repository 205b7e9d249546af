import type { Device } from '../../model/device.js';
import type { AdminAccount } from '../../model/management.js';
import { compareText } from '../../util/compare-text.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { provenanceKey, scopeName } from './devices.js';
import { DEFAULT_ADMIN_NAMES } from './default-admin-names.js';
import type { HygieneCheck } from './types.js';

/** The account param of the RTX unnamed login. */
const ANONYMOUS = 'anonymous';

/**
 * Administrator accounts still under a vendor default name (default-admin-names.ts), one
 * finding per account; a box-wide account that several contexts list (FortiGate super_admin
 * on every VDOM, IOS users on every VRF device) is one finding on the box.
 *
 * YAMAHA RTX: the converter records `login user` accounts only (`login password` and
 * `administrator password` are ignored lines, their secrets never read). An RTX with no login
 * user is administered only through the factory's unnamed login, one password shared by
 * everyone and no name to hold anyone accountable: that is reported once per device, with
 * variant 'anonymous', on the device's first line. Whether the unnamed login stays usable
 * next to named accounts is not in the model, so named accounts silence it.
 */
export function defaultAdmin(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const bySite = new Map<string, { devices: Device[]; admin: AdminAccount }>();
  const findings: Finding[] = [];
  for (const device of devices) {
    if (device.vendor === 'rtx' && device.admins.length === 0) {
      findings.push({
        check: check.id,
        severity: check.severity,
        variant: ANONYMOUS,
        params: { device: device.id, account: ANONYMOUS },
        location: device.provenance,
        fingerprint: fingerprintOf(check.id, device.id, ANONYMOUS),
      });
      continue;
    }
    const names = DEFAULT_ADMIN_NAMES[device.vendor];
    for (const admin of device.admins) {
      if (!names.includes(admin.name)) continue;
      const key = `${admin.name}\u0000${provenanceKey(admin.provenance)}`;
      const entry = bySite.get(key);
      if (entry) entry.devices.push(device);
      else bySite.set(key, { devices: [device], admin });
    }
  }
  const seen = new Set<string>();
  for (const { devices: where, admin } of bySite.values()) {
    const device = scopeName(where);
    const fingerprint = fingerprintOf(check.id, device, admin.name);
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    findings.push({
      check: check.id,
      severity: check.severity,
      variant: 'named',
      params: { device, account: admin.name },
      location: admin.provenance,
      fingerprint,
    });
  }
  return findings.sort((a, b) => compareText(String(a.params.device), String(b.params.device)) || compareText(String(a.params.account), String(b.params.account)));
}
