import { SEVERITIES, type Severity } from '../../checks/types.js';

/**
 * `f` steps through the severities from the most severe, then back to all of them. Empty
 * severities are not skipped: the cycle is the same on every snapshot, so the key can be
 * pressed a known number of times.
 */
export function nextSeverity(current: Severity | undefined): Severity | undefined {
  if (current === undefined) return SEVERITIES[0];
  return SEVERITIES[SEVERITIES.indexOf(current) + 1];
}

/** Number keys: 0 shows every severity, 1 to 5 one severity, from critical to info. */
export function severityForDigit(digit: string): { readonly severity: Severity | undefined } | undefined {
  if (digit === '0') return { severity: undefined };
  const index = Number.parseInt(digit, 10);
  if (!/^[1-9]$/.test(digit) || index > SEVERITIES.length) return undefined;
  return { severity: SEVERITIES[index - 1] };
}
