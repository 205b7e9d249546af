import { type ConfigExcerpt, excerptAround } from './config-excerpt.js';
import { type CitedLine, citeKey, citedLines } from './cited-lines.js';
import { type SnapshotFiles, readMaskedConfigs } from './read-masked-configs.js';
import type { ReportFinding } from './report-document.js';

/**
 * The masked config lines around every line the findings cite (±3), keyed by
 * `file:line` (citeKey). Only masked text is ever put in it. A cited line with no entry has
 * no excerpt: the file is not a config of the snapshot, changed since the audit, or is
 * shorter than the line. Reports take `undefined` instead of this to show no config text at
 * all (--no-excerpts).
 */
export type ReportExcerpts = ReadonlyMap<string, ConfigExcerpt>;

/**
 * Reads the excerpts the findings need from the snapshot the audit loaded (its configs, by
 * their recorded checksums). Pass the findings the report renders with excerpts (the
 * report's `findings`; for `sansou diff`, the resolved ones against the before snapshot).
 */
export function readExcerpts(snapshot: SnapshotFiles, findings: readonly ReportFinding[]): ReportExcerpts {
  const cited = findings.flatMap(citedPlaces);
  return collectExcerpts(cited, readMaskedConfigs(snapshot, new Set(cited.map((c) => c.file))));
}

/** The excerpt of each cited place, from masked config lines already read. Pure. */
export function collectExcerpts(cited: ReadonlyArray<Pick<CitedLine, 'file' | 'line'>>, maskedLines: ReadonlyMap<string, readonly string[]>): ReportExcerpts {
  const out = new Map<string, ConfigExcerpt>();
  for (const { file, line } of cited) {
    const lines = maskedLines.get(file);
    const excerpt = lines === undefined ? undefined : excerptAround(lines, line);
    if (excerpt !== undefined) out.set(citeKey(file, line), excerpt);
  }
  return out;
}

/** The places a finding cites; the language only names them, so any will do here. */
function citedPlaces(finding: ReportFinding): CitedLine[] {
  return citedLines(finding, 'en');
}
