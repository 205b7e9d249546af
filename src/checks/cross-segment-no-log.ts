import type { Rule } from '../model/filter.js';
import { identityOf } from '../model/identity.js';
import type { Provenance } from '../model/provenance.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * A rule that lets traffic cross between different segments or external networks without
 * logging it. Found on the delivered paths, not by reading rules alone: only rules that really
 * carry cross-segment traffic count. One finding per rule, listing the pairs it carries; the
 * finding names no single from/to, so the segment matrix is not marked by a logging gap.
 * Vendor defaults (intrazone allow) are UNFILTERED-BRIDGE's concern, not this check's.
 */
export function crossSegmentNoLog(ctx: CheckContext, check: CheckConfig): Finding[] {
  const byRule = new Map<string, { device: string; stage: string; rule: Rule; pairs: Set<string> }>();
  const ruleOf = ruleFinder(ctx);
  for (const outcome of ctx.reachability.outcomes) {
    if (outcome.disposition !== 'delivered' || outcome.to === undefined || outcome.to === outcome.source) continue;
    if (ctx.topology.ownership.owner(outcome.to)?.type !== 'segment' && ctx.topology.ownership.owner(outcome.to)?.type !== 'external') continue;
    for (const hop of outcome.hops) {
      for (const d of hop.decisions) {
        if (d.action !== 'permit' || d.implicit || d.ruleId === undefined) continue;
        const rule = ruleOf(hop.device, d.stage, d.ruleId, d.provenance);
        if (!rule || rule.log) continue;
        const key = `${hop.device}\u0000${d.stage}\u0000${d.ruleId}`;
        const seen = byRule.get(key) ?? { device: hop.device, stage: d.stage, rule, pairs: new Set<string>() };
        seen.pairs.add(`${outcome.source} → ${outcome.to}`);
        byRule.set(key, seen);
      }
    }
  }
  return [...byRule.values()].map(({ device, stage, rule, pairs }) => ({
    check: check.id,
    severity: check.severity,
    params: { device, stage, rule: rule.name === undefined || rule.name === rule.id ? rule.id : `${rule.id} (${rule.name})`, pairs: [...pairs].sort().join(', ') },
    location: rule.provenance,
    fingerprint: fingerprintOf(check.id, device, stage, identityOf(rule)),
  }));
}

/**
 * Finds the rule a decision names; the provenance tells apart stages that share a name. The
 * rules are filed once by device, stage name and id: the outcomes name the same rules over and
 * over, and searching the device's rule lists each time costs rules × outcomes.
 */
function ruleFinder(ctx: CheckContext): (deviceId: string, stageName: string, ruleId: string, where: Provenance | undefined) => Rule | undefined {
  const filed = new Map<string, Rule[]>();
  for (const device of ctx.topology.devices.values()) {
    for (const stage of device.filters) {
      for (const rule of stage.rules) {
        const key = `${device.id}\u0000${stage.name}\u0000${rule.id}`;
        const list = filed.get(key);
        if (list) list.push(rule);
        else filed.set(key, [rule]);
      }
    }
  }
  return (deviceId, stageName, ruleId, where) => {
    const candidates = filed.get(`${deviceId}\u0000${stageName}\u0000${ruleId}`) ?? [];
    return candidates.find((r) => where === undefined || (r.provenance.file === where.file && r.provenance.line === where.line)) ?? candidates[0];
  };
}
