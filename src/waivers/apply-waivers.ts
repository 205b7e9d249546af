import type { Finding } from '../checks/finding.js';
import { isIsoDate } from './iso-date.js';
import { waiverMatches } from './match-finding.js';
import type { Waiver } from './waiver-types.js';

/** A finding together with the waiver that decided its fate. */
export interface WaivedFinding {
  /** The finding as the checks produced it. */
  readonly finding: Finding;
  /** The waiver that waives it (or, in `expired`, the one that no longer does). */
  readonly waiver: Waiver;
}

/** How a set of waivers applies to a set of findings on one day. */
export interface WaiverOutcome {
  /** Findings still reported, in input order: unmatched ones and those whose waivers have all expired. */
  readonly active: readonly Finding[];
  /** Findings a waiver in force covers, in input order, each with the first such waiver in file order. */
  readonly waived: readonly WaivedFinding[];
  /**
   * Findings in `active` that only expired waivers match, in input order, each with the one
   * that expired last (the report says it has expired).
   */
  readonly expired: readonly WaivedFinding[];
  /** Waivers, in input order, that match no finding at all, whether still in force or expired. */
  readonly unused: readonly Waiver[];
}

/** `today` is not a calendar date written YYYY-MM-DD. */
export class WaiverDateError extends Error {
  override readonly name = 'WaiverDateError';
}

export function isWaiverDateError(error: unknown): error is WaiverDateError {
  return error instanceof WaiverDateError;
}

/** True when the waiver still applies on `today`: its expiry day is included. */
export function isInForce(waiver: Waiver, today: string): boolean {
  // Both are YYYY-MM-DD, whose text order is date order.
  return waiver.expires >= today;
}

/**
 * Applies waivers to findings as of `today` (YYYY-MM-DD). Pure: the date is a parameter, so
 * the same inputs always give the same outcome. A finding is waived when any matching waiver
 * is in force, even if another matching one has expired: one valid approval is enough.
 * Throws WaiverDateError when `today` is not a date.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string): WaiverOutcome {
  if (!isIsoDate(today)) throw new WaiverDateError(`'${today}' is not a date written YYYY-MM-DD`);
  const active: Finding[] = [];
  const waived: WaivedFinding[] = [];
  const expired: WaivedFinding[] = [];
  const used = new Set<Waiver>();
  for (const finding of findings) {
    const matching = waivers.filter((w) => waiverMatches(w, finding));
    for (const w of matching) used.add(w);
    const inForce = matching.find((w) => isInForce(w, today));
    if (inForce) {
      waived.push({ finding, waiver: inForce });
      continue;
    }
    active.push(finding);
    const latest = matching.reduce<Waiver | undefined>((best, w) => (best === undefined || w.expires > best.expires ? w : best), undefined);
    if (latest) expired.push({ finding, waiver: latest });
  }
  return { active, waived, expired, unused: waivers.filter((w) => !used.has(w)) };
}
