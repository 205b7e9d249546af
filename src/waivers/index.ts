/**
 * Waivers (例外措置): approved, expiring exceptions to findings, read from
 * `<snapshot>/waivers.yaml` (schemas/waivers.schema.json) and applied after the checks.
 */
export { loadWaivers } from './load-waivers.js';
export { type WaivedFinding, type WaiverOutcome, WaiverDateError, applyWaivers, isInForce, isWaiverDateError } from './apply-waivers.js';
export { type WaiverReport, applySnapshotWaivers } from './audit-waivers.js';
export { globMatches, waiverMatches } from './match-finding.js';
export { isIsoDate, localDate } from './iso-date.js';
export { waiversSchemaPath } from './waivers-schema.js';
export type { Waiver, WaiverSelector, WaiversFileError, WaiversFileResult } from './waiver-types.js';
