import type { CheckContext } from './context.js';
import { externalTransit } from './external-transit.js';
import type { Finding } from './finding.js';
import { forbidFlow } from './forbid-flow.js';
import { hygieneCheck } from './hygiene/index.js';
import { inventoryMismatch } from './inventory-mismatch.js';
import { parseUnrecognized } from './parse-unrecognized.js';
import type { CheckConfig, Ruleset } from './types.js';
import { unclassifiedNetwork } from './unclassified-network.js';
import { unfilteredBridge } from './unfiltered-bridge.js';

function runCheck(ctx: CheckContext, check: CheckConfig): Finding[] {
  switch (check.primitive) {
    case 'forbid-flow':
      return forbidFlow(ctx, check);
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
      return hygieneCheck(ctx, { ...check, primitive: check.primitive });
  }
}

/** Every check of the ruleset, in ruleset order; the report sorts the findings. */
export function runChecks(ctx: CheckContext, ruleset: Ruleset): Finding[] {
  return ruleset.checks.flatMap((check) => runCheck(ctx, check));
}
