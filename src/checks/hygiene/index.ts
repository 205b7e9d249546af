import type { CheckContext } from '../context.js';
import type { Finding } from '../finding.js';
import type { HygienePrimitive, Severity } from '../types.js';

/** Runs one hygiene check: a check on the devices' own configuration. */
export function hygieneCheck(_ctx: CheckContext, _check: { readonly id: string; readonly primitive: HygienePrimitive; readonly severity: Severity }): Finding[] {
  return [];
}
