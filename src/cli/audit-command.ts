import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../audit/audit.js';
import { buildReport } from '../report/report-document.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from './io.js';
import { REPORT_OPTIONS, exitForSeverities, oneOf, printRulesetProblems, reportChoices } from './options.js';
import { PROGRESS_DELAY_MS, createProgress } from './progress.js';
import { REPORT_FORMATS, renderReport } from './render-report.js';
import { reportInTui } from './tui-command.js';

export const AUDIT_USAGE = `Usage: sansou audit <snapshot> [options]

Audits the snapshot directory (configs/, sansou.yaml, inventory.csv) against the
three-layer separation and prints every forbidden path with the rule that allows it.

Options:
  --format FORMAT        text (default), json (schemas/report.schema.json), sarif (SARIF
                         2.1.0, for GitHub code scanning), markdown, or html (one
                         self-contained, printable page)
  --no-excerpts          leave every line of config text out of the report
  --quiet                no progress line on the terminal (it is never drawn in a pipe)
  --output FILE          write the report to FILE instead of standard output
  --fail-on LEVEL        exit 1 when a finding is at or above LEVEL:
                         critical|high|medium|low|info|never (default high)
  --lang ja|en           report language (default from LANG / LC_ALL)
  --policy ID            policy profile: the checks it cites run, with its clauses
                         (default: the site file's policy; without one every check
                         of the model runs; see sansou rulesets)
  --ruleset FILE         also enforce your own ruleset (a zone matrix, extra checks);
                         may be given more than once
  --today YYYY-MM-DD     the day waivers.yaml expiry dates are compared with
                         (default: today; give it for reproducible reports)
  --tui                  browse the audit in the terminal UI instead (as sansou tui)

Exit status: 0 no finding at or above --fail-on; 1 findings at or above it;
2 unusable input or bad usage.`;

export function runAudit(args: readonly string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: REPORT_OPTIONS });
  if (values.help) {
    io.stdout.write(`${AUDIT_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('audit needs exactly one snapshot directory');
  const choices = reportChoices(values, io);
  const format = oneOf(choices.format, REPORT_FORMATS, '--format');
  const dir = positionals[0]!;
  if (values.tui) return reportInTui(values, choices, dir, io);
  const progress = createProgress(io.stderr, { quiet: values.quiet === true, delayMs: PROGRESS_DELAY_MS, label: dir, lang: choices.lang });
  progress.stage('reading');
  const result = audit(loadSnapshot(resolve(io.cwd, dir), { onConfig: progress.config }), { ...choices.audit, onStage: progress.stage });
  progress.stage('reporting');
  const doc = buildReport(result, choices.lang);
  const text = renderReport(format, result, doc, { snapshotLabel: dir, cwd: io.cwd, lang: choices.lang, excerpts: values['no-excerpts'] !== true });
  progress.done();
  printRulesetProblems(result, choices.audit.rulesets, io);
  if (values.output === undefined) io.stdout.write(text);
  else writeFileSync(resolve(io.cwd, values.output), text);

  if (!result.usable) {
    io.stderr.write(`sansou: nothing usable in ${dir}: no configuration under configs/ could be read (see the inputs above)\n`);
    return EXIT_UNUSABLE;
  }
  return exitForSeverities(result.findings.map((f) => f.severity), choices.failOn);
}
