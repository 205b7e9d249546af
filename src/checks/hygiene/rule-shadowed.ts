import { unreachableRules } from '../../analysis/rule-reachability.js';
import type { Device } from '../../model/device.js';
import { identityOf } from '../../model/identity.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { ruleLabel } from './rule-label.js';
import type { HygieneCheck } from './types.js';

/**
 * Rules no packet can reach because earlier rules of the same stage take all of their
 * packets. When a covering rule has the opposite action the rule's intent is lost (a permit
 * that never permits, a deny that never denies): variant 'conflicting'; otherwise the rule
 * only repeats what is already decided: 'redundant'. Rules a converter added to model a vendor
 * default are not the administrator's to remove, so they are never reported themselves
 * (they can still be the cover of a written rule).
 */
export function ruleShadowed(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const findings: Finding[] = [];
  for (const device of devices) {
    for (const u of unreachableRules(device)) {
      if (u.rule.implicit) continue;
      findings.push({
        check: check.id,
        severity: check.severity,
        variant: u.conflicting ? 'conflicting' : 'redundant',
        params: {
          device: device.id,
          stage: u.stage.name,
          rule: ruleLabel(u.rule),
          coveredBy: u.coveredBy.map((r) => r.id).join(', '),
        },
        location: u.rule.provenance,
        fingerprint: fingerprintOf(check.id, device.id, u.stage.name, identityOf(u.rule)),
      });
    }
  }
  return findings;
}
