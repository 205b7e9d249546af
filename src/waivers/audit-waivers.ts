import { yamlErrorProblem } from '../yaml/error-sink.js';
import type { InputProblem } from '../audit/audit.js';
import type { Finding } from '../checks/finding.js';
import type { Snapshot } from '../snapshot/load-snapshot.js';
import { type WaivedFinding, applyWaivers } from './apply-waivers.js';
import { localDate } from './iso-date.js';
import type { Waiver } from './waiver-types.js';

/** What the snapshot's waivers did in an audit, for the report. */
export interface WaiverReport {
  /** The day the waivers were evaluated on (YYYY-MM-DD): AuditOptions.today, or the local date. */
  readonly today: string;
  /** Findings a waiver in force covers: left out of the findings, the summary, the matrix and the exit status. */
  readonly waived: readonly WaivedFinding[];
  /** Findings still reported although waivers match them, because every such waiver has expired. */
  readonly expired: readonly WaivedFinding[];
  /** Waivers that match no finding (expired or not): stale entries to remove or correct. */
  readonly unused: readonly Waiver[];
}

/**
 * The audit's step for waivers: reports the waivers file's errors as input problems (pushed
 * onto `problems`, like the audit's other steps do) and applies the valid waivers to the
 * sorted findings, keeping their order. `today` defaults to the local date at call time, so
 * without it the result is reproducible only on the same day.
 */
export function applySnapshotWaivers(
  snapshot: Snapshot,
  findings: readonly Finding[],
  today: string | undefined,
  problems: InputProblem[],
): { findings: readonly Finding[]; waivers: WaiverReport } {
  const day = today ?? localDate(new Date());
  for (const e of snapshot.waiversFile?.result.errors ?? []) problems.push(yamlErrorProblem(e));
  const outcome = applyWaivers(findings, snapshot.waiversFile?.result.waivers ?? [], day);
  return { findings: outcome.active, waivers: { today: day, waived: outcome.waived, expired: outcome.expired, unused: outcome.unused } };
}
