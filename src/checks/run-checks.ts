import { approvedTooBroad } from './approved-too-broad.js';
import { classifiedAssetExposed } from './classified-asset-exposed.js';
import type { CheckContext } from './context.js';
import { crossSegmentNoLog } from './cross-segment-no-log.js';
import { egressBypass } from './egress-bypass.js';
import { externalTransit } from './external-transit.js';
import type { Finding } from './finding.js';
import { flowMatrix } from './flow-matrix.js';
import { forbidFlow } from './forbid-flow.js';
import { hygieneCheck } from './hygiene/index.js';
import { inventoryMismatch } from './inventory-mismatch.js';
import { mgmtExposed } from './mgmt-exposed.js';
import { parseUnrecognized } from './parse-unrecognized.js';
import type { CheckConfig } from './types.js';
import { unclassifiedNetwork } from './unclassified-network.js';
import { unfilteredBridge } from './unfiltered-bridge.js';

/** Runs one check; each primitive reads the context and never changes it. */
export function runCheck(ctx: CheckContext, check: CheckConfig): Finding[] {
  switch (check.primitive) {
    case 'forbid-flow':
      return forbidFlow(ctx, check);
    case 'classified-asset-exposed':
      return classifiedAssetExposed(ctx, check);
    case 'egress-bypass':
      return egressBypass(ctx, check);
    case 'mgmt-exposed':
      return mgmtExposed(ctx, check);
    case 'approved-too-broad':
      return approvedTooBroad(ctx, check);
    case 'flow-matrix':
      return flowMatrix(ctx, check);
    case 'cross-segment-no-log':
      return crossSegmentNoLog(ctx, check);
    case 'external-transit':
      return externalTransit(ctx, check);
    case 'unfiltered-bridge':
      return unfilteredBridge(ctx, check);
    case 'unclassified-network':
      return unclassifiedNetwork(ctx, check);
    case 'inventory-mismatch':
      return inventoryMismatch(ctx, check);
    case 'parse-unrecognized':
      return parseUnrecognized(ctx, check);
    case 'rule-shadowed':
    case 'rule-any-any':
    case 'object-undefined':
    case 'object-unused':
    case 'mgmt-insecure':
    case 'default-admin':
      return hygieneCheck(ctx, { id: check.id, primitive: check.primitive, severity: check.severity });
  }
}

/** The checks in order; the audit sorts the findings. */
export function runChecks(ctx: CheckContext, checks: readonly CheckConfig[]): Finding[] {
  return checks.flatMap((check) => runCheck(ctx, check));
}
