import { type CheckContext, idsOf } from './context.js';
import type { Finding } from './finding.js';
import { ownerPairs, pathFinding, violationsByPath } from './flow-violations.js';
import type { CheckConfig } from './types.js';

type ForbidFlow = Extract<CheckConfig, { primitive: 'forbid-flow' }>;

/**
 * Forbids every class of packets initiated in a `from` owner and delivered into a `to` owner,
 * except what the carriers cover. One finding per distinct path.
 */
export function forbidFlow(ctx: CheckContext, check: ForbidFlow): Finding[] {
  const findings: Finding[] = [];
  for (const [from, to] of ownerPairs(idsOf(ctx, check.from), idsOf(ctx, check.to), check.bothWays)) {
    for (const v of violationsByPath(ctx, from, to, check.carriers)) findings.push(pathFinding(ctx, check, from, to, v));
  }
  return findings;
}
