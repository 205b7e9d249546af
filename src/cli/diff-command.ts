import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../audit/audit.js';
import type { ReportDocument } from '../report/report-document.js';
import { renderSarif } from '../report/sarif/index.js';
import { withoutConfigText } from '../report/without-config-text.js';
import { type DiffDocument, buildDiff, compared } from '../diff/diff-document.js';
import { renderDiffText } from '../diff/diff-text.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from './io.js';
import { REPORT_OPTIONS, type ReportChoices, exitForSeverities, oneOf, printRulesetProblems, reportChoices } from './options.js';
import { PROGRESS_DELAY_MS, createProgress } from './progress.js';
import { reportInTui } from './tui-command.js';

export const DIFF_USAGE = `Usage: sansou diff <before> <after> [options]

Compares two snapshots of the same network, before and after a change (作業申請): the
findings the change adds, resolves or leaves, and for every pair of segments the exact
traffic it newly allows or blocks, each class with a witness packet, the rule responsible
and its path. Both snapshots are audited the same way.

Options:
  --format FORMAT        text (default), json (schemas/diff.schema.json), or sarif
                         (SARIF 2.1.0 of the ADDED findings, for code review)
  --output FILE          write the diff to FILE instead of standard output
  --fail-on LEVEL        exit 1 when an ADDED finding is at or above LEVEL:
                         critical|high|medium|low|info|never (default high)
  --lang ja|en           language (default from LANG / LC_ALL)
  --policy ID            policy profile for both audits (default: each site file's)
  --ruleset FILE         also enforce your own ruleset in both; may be repeated
  --today YYYY-MM-DD     the day waivers.yaml expiry dates are compared with
  --quiet                no progress line on the terminal (it is never drawn in a pipe)
  --tui                  browse the after snapshot in the terminal UI, each finding
                         marked new or unchanged, with the findings the change resolves

Findings are matched by fingerprint, which names the problem (check, segments, devices,
rules) and never a line number, so rules that merely moved do not show as changes.

Exit status: 0 no added finding at or above --fail-on; 1 added findings at or above it;
2 unusable input or bad usage.`;

/** `sansou diff <before> <after>`. */
export function runDiff(args: readonly string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: REPORT_OPTIONS });
  if (values.help) {
    io.stdout.write(`${DIFF_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 2) throw new UsageError('diff needs two snapshot directories: before and after (see sansou help diff)');
  const choices = reportChoices(values, io);
  const format = oneOf(choices.format, DIFF_FORMATS, '--format');
  const [beforeDir, afterDir] = positionals as [string, string];
  // The same comparison, browsed: the after snapshot, each finding marked against the before one.
  if (values.tui) return reportInTui(values, choices, afterDir, io, beforeDir);
  const progress = createProgress(io.stderr, { quiet: values.quiet === true, delayMs: PROGRESS_DELAY_MS, label: `${beforeDir} → ${afterDir}`, lang: choices.lang });
  const auditOf = (dir: string) => {
    progress.stage('reading');
    return audit(loadSnapshot(resolve(io.cwd, dir), { onConfig: progress.config }), { ...choices.audit, onStage: progress.stage });
  };
  const before = auditOf(beforeDir);
  const after = auditOf(afterDir);
  progress.stage('reporting');
  const afterSide = compared(after, choices.lang);
  const doc = buildDiff(compared(before, choices.lang), afterSide, { before: beforeDir, after: afterDir }, choices.lang);
  const text = renderDiff(format, doc, afterSide.report, afterDir, choices, io);
  progress.done();
  // Both audits read the same rulesets: their errors once.
  printRulesetProblems(after, choices.audit.rulesets, io);
  for (const [dir, result] of [[beforeDir, before], [afterDir, after]] as const) {
    if (!result.usable) {
      io.stderr.write(`sansou: nothing usable in ${dir}: no configuration under configs/ could be read (run sansou audit ${dir} to see why)\n`);
      return EXIT_UNUSABLE;
    }
  }
  if (values.output === undefined) io.stdout.write(text);
  else writeFileSync(resolve(io.cwd, values.output), text);
  return exitForSeverities(doc.findings.added.map((f) => f.severity), choices.failOn);
}

/** The formats `sansou diff` writes. */
const DIFF_FORMATS = ['text', 'json', 'sarif'] as const;

/**
 * The comparison in the format asked for. SARIF carries the added findings only, at their
 * lines in the after snapshot: what a reviewer of the change must look at.
 */
function renderDiff(format: (typeof DIFF_FORMATS)[number], doc: DiffDocument, afterReport: ReportDocument, afterDir: string, choices: ReportChoices, io: CliIo): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc, null, 2)}\n`;
    case 'sarif':
      return renderSarif(withoutConfigText(afterReport), { snapshotDir: afterDir, cwd: io.cwd, findings: doc.findings.added });
    case 'text':
      return renderDiffText(doc, choices.lang);
  }
}
