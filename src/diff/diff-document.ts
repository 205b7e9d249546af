import type { AuditResult } from '../audit/audit.js';
import { witnessHints } from '../audit/witness-hints.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
import type { Language } from '../report/messages/index.js';
import { type ReportDocument, type ReportFinding, buildReport, coverage, toolVersion } from '../report/report-document.js';
import { type CoverageChange, coverageChanges } from './coverage-changes.js';
import { findingChanges } from './finding-changes.js';
import { type FlowChange, flowChanges } from './flow-changes.js';

/** One side of the comparison. */
export interface DiffSide {
  /** The snapshot directory as given on the command line. */
  readonly snapshot: string;
  /** Network model the audit judged by. */
  readonly model: string;
  /** Policy profile, when one was used. */
  readonly policy?: string;
  /** Share of config lines understood, e.g. "100.0". */
  readonly coverage: string;
}

/** What `sansou diff` reports (schemas/diff.schema.json). */
export interface DiffDocument {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'sansou'; readonly version: string };
  readonly language: Language;
  /** The after snapshot's organization. */
  readonly organization?: string;
  readonly before: DiffSide;
  readonly after: DiffSide;
  /** Counts, for a glance and for CI. */
  readonly summary: {
    /** Findings added, by severity. */
    readonly added: Readonly<Record<Severity, number>>;
    /** Findings resolved. */
    readonly resolved: number;
    /** Findings in both. */
    readonly unchanged: number;
    /** Classes of newly allowed traffic. */
    readonly allowed: number;
    /** Of which violating. */
    readonly allowedViolations: number;
    /** Classes of newly blocked traffic. */
    readonly blocked: number;
  };
  /** Active findings matched by fingerprint. */
  readonly findings: { readonly added: readonly ReportFinding[]; readonly resolved: readonly ReportFinding[]; readonly unchanged: readonly ReportFinding[] };
  /** Every class of traffic between segments whose fate changed. */
  readonly flows: readonly FlowChange[];
  /** Inputs added, removed or read differently. */
  readonly coverage: readonly CoverageChange[];
}

/** One side of the comparison: its audit, and the report of it in the diff's language. */
export interface Compared {
  /** The audit. */
  readonly result: AuditResult;
  /** buildReport of it: callers that show the report too build it once. */
  readonly report: ReportDocument;
}

/** An audit with its report in `lang`. */
export function compared(result: AuditResult, lang: Language): Compared {
  return { result, report: buildReport(result, lang) };
}

/** The two audits compared: findings, traffic between segments, and the reading of the inputs. */
export function buildDiff(beforeSide: Compared, afterSide: Compared, labels: { readonly before: string; readonly after: string }, lang: Language): DiffDocument {
  const { result: before, report: beforeDoc } = beforeSide;
  const { result: after, report: afterDoc } = afterSide;
  const findings = findingChanges(beforeDoc.findings, afterDoc.findings);
  const hints = witnessHints(after.snapshot.inventory?.assets ?? [], after.topology);
  const flows = flowChanges(before, after, hints);
  const added = Object.fromEntries(SEVERITIES.map((s) => [s, findings.added.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    schemaVersion: 1,
    tool: { name: 'sansou', version: toolVersion() },
    language: lang,
    ...(afterDoc.organization === undefined ? {} : { organization: afterDoc.organization }),
    before: side(beforeDoc, labels.before),
    after: side(afterDoc, labels.after),
    summary: {
      added,
      resolved: findings.resolved.length,
      unchanged: findings.unchanged.length,
      allowed: flows.filter((f) => f.change === 'allowed').length,
      allowedViolations: flows.filter((f) => f.verdict === 'violation').length,
      blocked: flows.filter((f) => f.change === 'blocked').length,
    },
    findings,
    flows,
    coverage: coverageChanges(beforeDoc.inputs, afterDoc.inputs),
  };
}

function side(doc: ReportDocument, snapshot: string): DiffSide {
  return { snapshot, model: doc.model, ...(doc.policy === undefined ? {} : { policy: doc.policy }), coverage: coverage(doc).percent };
}
