import { type AuditOptions, audit } from '../../audit/audit.js';
import type { AuditResult, AuditStage } from '../../audit/audit.js';
import { type Compared, buildDiff, compared } from '../../diff/diff-document.js';
import type { ReportFinding } from '../../report/report-document.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import type { TuiOptions } from '../tui-options.js';
import { citedFiles } from '../../report/cited-lines.js';
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
  const shown = compared(after, options.lang);
  const doc = shown.report;
  return {
    doc,
    snapshotLabel: options.snapshotLabel,
    usable: after.usable,
    segmentNames: segmentNames(after),
    configLines: options.noExcerpts === true ? new Map() : readMaskedConfigs(after.snapshot, citedFiles([...doc.findings, ...doc.waived])),
    ...(before === undefined || options.before === undefined ? {} : { diff: tuiDiff(before, shown, options.before, options) }),
  };
}

function auditSnapshot(path: string, options: AuditOptions, onStage: (stage: LoadStage) => void): AuditResult {
  onStage('reading');
  return audit(loadSnapshot(path), options);
}

/** Diff mode's comparison, reusing the report of the after snapshot the screens show. */
function tuiDiff(before: AuditResult, after: Compared, side: NonNullable<TuiOptions['before']>, options: TuiOptions): TuiDiff {
  const doc = buildDiff(compared(before, options.lang), after, { before: side.label, after: options.snapshotLabel }, options.lang);
  // Resolved findings are the before snapshot's: their excerpts come from its configs, the only files read.
  const configLines = options.noExcerpts === true ? new Map<string, readonly string[]>() : readMaskedConfigs(before.snapshot, citedFiles(doc.findings.resolved));
  return { doc, beforeLabel: side.label, configLines };
}

function segmentNames(result: AuditResult): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const s of [...result.site.segments, ...result.site.externals]) if (s.name !== undefined && s.name !== s.id) names.set(s.id, s.name);
  return names;
}

