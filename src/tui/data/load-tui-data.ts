import { type AuditOptions, audit } from '../../audit/audit.js';
import type { AuditResult, AuditStage } from '../../audit/audit.js';
import { buildDiff } from '../../diff/diff-document.js';
import { buildReport } from '../../report/report-document.js';
import type { ReportFinding } from '../../report/report-document.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import type { TuiOptions } from '../tui-options.js';
import { readMaskedConfigs } from '../../report/read-masked-configs.js';
import type { TuiData, TuiDiff } from './tui-data.js';

/** The steps of loading, announced before each one starts: reading, the audit's own, reporting. */
export type LoadStage = 'reading' | AuditStage | 'reporting';

/**
 * Reads and audits the snapshot, and puts the result in the form the screens show. It is
 * synchronous, as the audit is: the TUI runs it in a worker (see load-in-background.ts), so
 * the screen keeps turning its spinner and answering keys meanwhile.
 */
export function loadTuiData(options: TuiOptions, onStage: (stage: LoadStage) => void): TuiData {
  const auditOptions: AuditOptions = {
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.today === undefined ? {} : { today: options.today }),
    rulesets: options.rulesets,
    onStage,
  };
  // In diff mode the snapshot before the change is audited first, the same way.
  const before = options.before === undefined ? undefined : auditSnapshot(options.before.path, auditOptions, onStage);
  const after = auditSnapshot(options.snapshotPath, auditOptions, onStage);
  onStage('reporting');
  const doc = buildReport(after.result, options.lang);
  return {
    doc,
    snapshotLabel: options.snapshotLabel,
    usable: after.result.usable,
    segmentNames: segmentNames(after.result),
    configLines: options.noExcerpts === true ? new Map() : readMaskedConfigs(after.result.snapshot, citedFiles(doc.findings, doc.waived)),
    ...(before === undefined || options.before === undefined ? {} : { diff: tuiDiff(before, after, options.before, options) }),
  };
}

/** An audited snapshot; its result holds the snapshot, whose configs are the only files an excerpt may read. */
interface Audited {
  /** The audit of the snapshot. */
  readonly result: AuditResult;
}

function auditSnapshot(path: string, options: AuditOptions, onStage: (stage: LoadStage) => void): Audited {
  onStage('reading');
  return { result: audit(loadSnapshot(path), options) };
}

function tuiDiff(before: Audited, after: Audited, side: NonNullable<TuiOptions['before']>, options: TuiOptions): TuiDiff {
  const doc = buildDiff(before.result, after.result, { before: side.label, after: options.snapshotLabel }, options.lang);
  const configLines = options.noExcerpts === true ? new Map<string, readonly string[]>() : readMaskedConfigs(before.result.snapshot, citedFiles(doc.findings.resolved, []));
  return { doc, beforeLabel: side.label, configLines };
}

function segmentNames(result: AuditResult): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const s of [...result.site.segments, ...result.site.externals]) if (s.name !== undefined && s.name !== s.id) names.set(s.id, s.name);
  return names;
}

/** Files the findings' paths or locations cite, each once. */
function citedFiles(...lists: ReadonlyArray<readonly ReportFinding[]>): string[] {
  const files = new Set<string>();
  for (const f of lists.flat()) {
    for (const step of f.path ?? []) if (step.file !== undefined) files.add(step.file);
    if (f.location) files.add(f.location.file);
  }
  return [...files];
}
