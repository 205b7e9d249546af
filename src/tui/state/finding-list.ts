import { SEVERITIES } from '../../checks/types.js';
import type { DiffDocument } from '../../diff/diff-document.js';
import type { ReportDocument, ReportFinding } from '../../report/report-document.js';

/** In diff mode, what the change does to a finding, in the order the filter menu offers them. */
export const FINDING_CHANGES = ['added', 'resolved', 'unchanged'] as const;
export type FindingChange = (typeof FINDING_CHANGES)[number];

/** A filter value read back as a change, when it is one. */
export function asFindingChange(value: string | undefined): FindingChange | undefined {
  return FINDING_CHANGES.find((c) => c === value);
}

/** One row of the findings list. */
export interface TuiFinding {
  /** The finding exactly as the report has it. */
  readonly finding: ReportFinding;
  /**
   * True for a finding a waiver in force covers (例外措置). Such findings are listed after the
   * active ones and marked, because the report keeps them apart and does not count them.
   */
  readonly waived: boolean;
  /** The devices it concerns, each once: those on its path, else those of the file it cites. */
  readonly devices: readonly string[];
  /**
   * Diff mode only: added or unchanged (an active finding of the snapshot after the change),
   * or resolved (a finding of the snapshot before it, which the change removes; its paths
   * and lines are the before snapshot's).
   */
  readonly change?: FindingChange;
}

/**
 * Every finding the TUI can show: the active ones sorted by severity as in the report (the
 * sort is stable, so the report's order holds within a severity), then, in diff mode, the
 * ones the change resolves, then the waived ones, each by severity.
 */
export function listFindings(doc: ReportDocument, diff?: DiffDocument): readonly TuiFinding[] {
  const devicesOfFile = new Map(doc.inputs.map((input) => [input.file, input.devices]));
  const item = (finding: ReportFinding, waived: boolean, change?: FindingChange): TuiFinding => ({
    finding,
    waived,
    devices: findingDevices(finding, devicesOfFile),
    ...(change === undefined ? {} : { change }),
  });
  const added = new Set(diff?.findings.added.map((f) => f.fingerprint));
  const active = bySeverity(doc.findings).map((f) => item(f, false, diff === undefined ? undefined : added.has(f.fingerprint) ? 'added' : 'unchanged'));
  const resolved = bySeverity(diff?.findings.resolved ?? []).map((f) => item(f, false, 'resolved'));
  return [...active, ...resolved, ...bySeverity(doc.waived).map((f) => item(f, true))];
}

function bySeverity<T extends ReportFinding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/**
 * A finding with a path concerns the devices the packets cross. One without (a rule, an
 * object, a setting) concerns the devices read from the file its location cites.
 */
function findingDevices(finding: ReportFinding, devicesOfFile: ReadonlyMap<string, readonly string[]>): readonly string[] {
  if (finding.path !== undefined && finding.path.length > 0) return [...new Set(finding.path.map((step) => step.device))];
  return finding.location === undefined ? [] : (devicesOfFile.get(finding.location.file) ?? []);
}
