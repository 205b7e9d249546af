import { type CheckContext, idsOf } from './context.js';
import type { Finding } from './finding.js';
import { pathFinding, violationsByPath } from './flow-violations.js';
import type { CheckConfig } from './types.js';

type EgressBypass = Extract<CheckConfig, { primitive: 'egress-bypass' }>;

/**
 * Traffic from the Internet segment that reaches the Internet other than through the
 * 自治体情報セキュリティクラウド: delivered into an internet-kind external on an attachment not
 * marked securityCloud. Only when some attachment is marked: otherwise sansou cannot tell the
 * security-cloud uplink from any other, and saying nothing is more honest than guessing.
 */
export function egressBypass(ctx: CheckContext, check: EgressBypass): Finding[] {
  const internets = ctx.site.externals.filter((e) => e.kind === 'internet');
  const marked = internets.flatMap((e) => e.attach.filter((a) => a.securityCloud));
  if (marked.length === 0) return [];
  const findings: Finding[] = [];
  for (const from of idsOf(ctx, check.from)) {
    for (const external of internets) {
      if (external.id === from) continue;
      for (const v of violationsByPath(ctx, from, external.id, [])) {
        const last = v.outcome.hops[v.outcome.hops.length - 1];
        if (!last || marked.some((a) => a.device === last.device && a.interface === last.out)) continue;
        const via = `${last.device} ${last.out ?? ''}`.trim();
        findings.push(pathFinding(ctx, check, from, external.id, v, { via }));
      }
    }
  }
  return findings;
}
