import type { Rule } from '../model/filter.js';
import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

/**
 * A rule that lets traffic cross between two different segments or external networks without
 * logging it. Found on the delivered paths, not by reading rules alone: only rules that really
 * carry cross-segment traffic count, and each is reported once per pair of owners it carries.
 * Vendor defaults (intrazone allow) are UNFILTERED-BRIDGE's concern, not this check's.
 */
export function crossSegmentNoLog(ctx: CheckContext, check: CheckConfig): Finding[] {
  const seen = new Map<string, Finding>();
  for (const outcome of ctx.reachability.outcomes) {
    if (outcome.disposition !== 'delivered' || outcome.to === undefined || outcome.to === outcome.source) continue;
    if (ctx.topology.ownership.owner(outcome.to)?.type === 'transit' || outcome.to === 'unclassified') continue;
    for (const hop of outcome.hops) {
      for (const d of hop.decisions) {
        if (d.action !== 'permit' || d.implicit || d.ruleId === undefined) continue;
        const rule = ruleOf(ctx, hop.device, d.stage, d.ruleId);
        if (!rule || rule.log) continue;
        const key = `${hop.device}\u0000${d.stage}\u0000${d.ruleId}\u0000${outcome.source}\u0000${outcome.to}`;
        if (seen.has(key)) continue;
        seen.set(key, {
          check: check.id,
          severity: check.severity,
          from: outcome.source,
          to: outcome.to,
          params: { device: hop.device, rule: rule.name === undefined ? rule.id : `${rule.id} (${rule.name})`, stage: d.stage, from: outcome.source, to: outcome.to },
          location: rule.provenance,
          fingerprint: fingerprintOf(check.id, hop.device, d.stage, d.ruleId, outcome.source, outcome.to),
        });
      }
    }
  }
  return [...seen.values()];
}

function ruleOf(ctx: CheckContext, deviceId: string, stageName: string, ruleId: string): Rule | undefined {
  const device = ctx.topology.devices.get(deviceId);
  return device?.filters.find((s) => s.name === stageName)?.rules.find((r) => r.id === ruleId);
}
