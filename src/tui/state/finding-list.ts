import { SEVERITIES } from '../../checks/types.js';
import type { ReportDocument, ReportFinding } from '../../report/report-document.js';

/** One row of the findings list. */
export interface TuiFinding {
  /** The finding exactly as the report has it. */
  readonly finding: ReportFinding;
  /**
   * True for a finding a waiver in force covers (例外措置). Such findings are listed after the
   * active ones and marked, because the report keeps them apart and does not count them.
   */
  readonly waived: boolean;
}

/**
 * Every finding the TUI can show: the active ones sorted by severity as in the report (the
 * sort is stable, so the report's order holds within a severity), then the waived ones, also
 * by severity.
 */
export function listFindings(doc: ReportDocument): readonly TuiFinding[] {
  return [
    ...bySeverity(doc.findings).map((finding) => ({ finding, waived: false })),
    ...bySeverity(doc.waived).map((finding) => ({ finding, waived: true })),
  ];
}

function bySeverity<T extends ReportFinding>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** The devices on a finding's path, each once, for search. */
export function findingDevices(finding: ReportFinding): readonly string[] {
  return [...new Set((finding.path ?? []).map((step) => step.device))];
}
