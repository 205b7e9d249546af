import type { ReportFinding } from '../report/report-document.js';

/** The findings of two audits, matched by fingerprint. */
export interface FindingChanges {
  /** In the after snapshot only: what the change introduces. */
  readonly added: readonly ReportFinding[];
  /** In the before snapshot only: what the change fixes. */
  readonly resolved: readonly ReportFinding[];
  /** In both, as the after snapshot words them (its lines may have moved). */
  readonly unchanged: readonly ReportFinding[];
}

/**
 * Matches active findings by fingerprint. A fingerprint names the problem (check, segments,
 * devices, rules by identity, never line numbers), so a finding whose rule merely moved down
 * the file is unchanged, not resolved and added again. Waived findings are not compared:
 * they are not violations in either snapshot.
 */
export function findingChanges(before: readonly ReportFinding[], after: readonly ReportFinding[]): FindingChanges {
  const beforeKeys = new Set(before.map((f) => f.fingerprint));
  const afterKeys = new Set(after.map((f) => f.fingerprint));
  return {
    added: after.filter((f) => !beforeKeys.has(f.fingerprint)),
    resolved: before.filter((f) => !afterKeys.has(f.fingerprint)),
    unchanged: after.filter((f) => beforeKeys.has(f.fingerprint)),
  };
}
