import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../audit/audit.js';
import type { AuditResult, AuditStage } from '../../audit/audit.js';
import { buildReport } from '../../report/report-document.js';
import type { ReportDocument } from '../../report/report-document.js';
import { decodeConfig } from '../../snapshot/decode-config.js';
import { loadSnapshot } from '../../snapshot/load-snapshot.js';
import type { TuiOptions } from '../tui-options.js';
import { maskConfigLines } from './masked-config.js';
import type { TuiData } from './tui-data.js';

/** The steps of loading, announced before each one starts: reading, the audit's own, reporting. */
export type LoadStage = 'reading' | AuditStage | 'reporting';

/**
 * Reads and audits the snapshot, and puts the result in the form the screens show. It is
 * synchronous, as the audit is: the TUI runs it in a worker (see load-in-background.ts), so
 * the screen keeps turning its spinner and answering keys meanwhile.
 */
export function loadTuiData(options: TuiOptions, onStage: (stage: LoadStage) => void): TuiData {
  onStage('reading');
  const snapshot = loadSnapshot(options.snapshotPath);
  const result = audit(snapshot, {
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.today === undefined ? {} : { today: options.today }),
    rulesets: options.rulesets,
    onStage,
  });
  onStage('reporting');
  const doc = buildReport(result, options.lang);
  const configFiles = new Set(snapshot.configs.map((c) => c.file));
  return {
    doc,
    snapshotLabel: options.snapshotLabel,
    usable: result.usable,
    segmentNames: segmentNames(result),
    configLines: readCitedConfigs(options.snapshotPath, citedFiles(doc).filter((f) => configFiles.has(f))),
  };
}

function segmentNames(result: AuditResult): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const s of [...result.site.segments, ...result.site.externals]) if (s.name !== undefined && s.name !== s.id) names.set(s.id, s.name);
  return names;
}

/** Files a finding's path or location cites, each once. */
function citedFiles(doc: ReportDocument): string[] {
  const files = new Set<string>();
  for (const f of [...doc.findings, ...doc.waived]) {
    for (const step of f.path ?? []) if (step.file !== undefined) files.add(step.file);
    if (f.location) files.add(f.location.file);
  }
  return [...files];
}

/**
 * Only files the snapshot loaded as configs are read, by their snapshot path, so no path
 * from a report can make the TUI open anything else. Each is masked as it is read: the
 * unmasked text is never kept.
 */
function readCitedConfigs(dir: string, files: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const file of files) {
    try {
      const decoded = decodeConfig(readFileSync(join(dir, file)));
      if (!('binary' in decoded)) out.set(file, maskConfigLines(decoded.text));
    } catch {
      // A file that vanished since the audit read it has no excerpt; the detail says so.
    }
  }
  return out;
}
