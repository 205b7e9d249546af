import { SEVERITIES, type Severity } from '../../checks/types.js';
import type { SarifLevel } from './sarif-types.js';

/**
 * SARIF has three levels where sansou has five severities. A critical or high finding is a
 * forbidden path or an exposure the policy does not allow, so it is an error (GitHub fails the
 * check on errors by default); medium is a warning; low and info are notes.
 */
const LEVEL: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * GitHub code scanning reads `security-severity` (a CVSS-like score as a string) and buckets
 * it: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 3.9 or less low. Each score sits
 * well inside its bucket so rounding never moves it; info has no bucket of its own on GitHub
 * and shows as low.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** The SARIF level of a severity. */
export function sarifLevel(severity: Severity): SarifLevel {
  return LEVEL[severity];
}

/** GitHub's security-severity score of a severity. */
export function securitySeverity(severity: Severity): string {
  return SECURITY_SEVERITY[severity];
}

/** The most severe of several severities (a check's findings may differ under a user ruleset). */
export function mostSevere(severities: readonly Severity[]): Severity {
  return SEVERITIES.find((s) => severities.includes(s)) ?? 'info';
}
