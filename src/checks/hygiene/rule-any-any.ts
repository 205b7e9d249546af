import type { Device } from '../../model/device.js';
import type { Rule } from '../../model/filter.js';
import { packetsOfTerms } from '../../analysis/applicable-terms.js';
import { identityOf } from '../../model/identity.js';
import { AddressSpace } from '../../space/address-space.js';
import { PacketSet } from '../../space/packet-set.js';
import { type Finding, fingerprintOf } from '../finding.js';
import { ruleLabel } from './rule-label.js';
import type { HygieneCheck } from './types.js';

/** Every IPv4 packet: any source, any destination, every protocol and port. */
const ALL_V4 = PacketSet.of(AddressSpace.ANY_V4, AddressSpace.ANY_V4);
/** Every IPv6 packet. */
const ALL_V6 = PacketSet.of(AddressSpace.ANY_V6, AddressSpace.ANY_V6);

/**
 * Enabled permit rules written by the administrator that let through every packet of an
 * address family: any source, any destination, any service. One family is enough, because
 * configs usually say 0.0.0.0/0 (or FortiGate "all", which is IPv4 only) and mean "anything";
 * a rule open to all of IPv6 alone is just as open. Interfaces, zones and DNAT restrictions of
 * the terms are ignored on purpose: permit any/any/any between two zones is still a rule that
 * filters nothing between them.
 */
export function ruleAnyAny(devices: readonly Device[], check: HygieneCheck): Finding[] {
  const findings: Finding[] = [];
  for (const device of devices) {
    for (const stage of device.filters) {
      for (const rule of stage.rules) {
        if (!isAnyAnyPermit(rule)) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          params: { device: device.id, stage: stage.name, rule: ruleLabel(rule) },
          location: rule.provenance,
          fingerprint: fingerprintOf(check.id, device.id, stage.name, identityOf(rule)),
        });
      }
    }
  }
  return findings;
}

/** True for an enabled, written permit whose match covers a whole address family. */
export function isAnyAnyPermit(rule: Rule): boolean {
  if (rule.action !== 'permit' || !rule.enabled || rule.implicit) return false;
  const matched = packetsOfTerms(rule.terms);
  return ALL_V4.isSubsetOf(matched) || ALL_V6.isSubsetOf(matched);
}
