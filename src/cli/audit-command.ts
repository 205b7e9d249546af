import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit } from '../audit/audit.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
import { type Language, LANGUAGES, languageFromEnv } from '../report/messages/index.js';
import { buildReport } from '../report/report-document.js';
import { renderText } from '../report/text-report.js';
import { loadSnapshot } from '../snapshot/load-snapshot.js';
import { readTextFile } from '../snapshot/read-text-file.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, UsageError } from './io.js';
import { startTui } from './tui-command.js';

export const AUDIT_USAGE = `Usage: sansou audit <snapshot> [options]

Audits the snapshot directory (configs/, sansou.yaml, inventory.csv) against the
three-layer separation and prints every forbidden path with the rule that allows it.

Options:
  --format text|json     output format (default text)
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

const FORMATS = ['text', 'json'] as const;

export function runAudit(args: readonly string[], io: CliIo): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'fail-on': { type: 'string', default: 'high' },
      lang: { type: 'string' },
      policy: { type: 'string' },
      ruleset: { type: 'string', multiple: true },
      today: { type: 'string' },
      tui: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${AUDIT_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('audit needs exactly one snapshot directory');
  const format = oneOf(values.format, FORMATS, '--format');
  const failOn = oneOf(values['fail-on'], [...SEVERITIES, 'never'] as const, '--fail-on');
  const lang: Language = values.lang === undefined ? languageFromEnv(io.env) : oneOf(values.lang, LANGUAGES, '--lang');

  const dir = positionals[0]!;
  if (values.tui) return handOverToTui(dir, lang, values, io);
  const snapshot = loadSnapshot(resolve(io.cwd, dir));
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today must be a date like 2026-11-22 (got ${values.today})`);
  const rulesets = (values.ruleset ?? []).map((file) => ({ file, text: readUserFile(resolve(io.cwd, file), file) }));
  const result = audit(snapshot, {
    ...(values.policy === undefined ? {} : { policy: values.policy }),
    ...(values.today === undefined ? {} : { today: values.today }),
    rulesets,
  });
  const rulesetErrors = result.problems.filter((p) => p.file !== undefined && rulesets.some((r) => r.file === p.file));
  for (const p of rulesetErrors) io.stderr.write(`sansou: ${p.file}:${p.line ?? 1}: ${p.message}\n`);
  const doc = buildReport(result, lang);
  const text = format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : renderText(doc, dir, lang);
  if (values.output === undefined) io.stdout.write(text);
  else writeFileSync(resolve(io.cwd, values.output), text);

  if (!result.usable) {
    io.stderr.write(`sansou: nothing usable in ${dir}: no configuration under configs/ could be read (see the inputs above)\n`);
    return EXIT_UNUSABLE;
  }
  return exitFor(result.findings.map((f) => f.severity), failOn);
}

/**
 * `--tui`: the same audit, browsed in the terminal UI instead of printed, through the same
 * entry as `sansou tui`. The report options have no meaning on a screen, so they are refused.
 */
function handOverToTui(dir: string, lang: Language, values: { output?: string; format?: string; policy?: string; today?: string; ruleset?: string[] }, io: CliIo): Promise<number> {
  if (values.output !== undefined || values.format === 'json') throw new UsageError('--tui shows the audit on screen; it takes neither --output nor --format json');
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError(`--today must be a date like 2026-11-22 (got ${values.today})`);
  return startTui(
    {
      snapshotPath: resolve(io.cwd, dir),
      snapshotLabel: dir,
      lang,
      ...(values.policy === undefined ? {} : { policy: values.policy }),
      ...(values.today === undefined ? {} : { today: values.today }),
      rulesets: (values.ruleset ?? []).map((file) => ({ file, text: readUserFile(resolve(io.cwd, file), file) })),
    },
    io,
  );
}

/** A file named on the command line; a missing one is a usage error, not a crash. */
function readUserFile(path: string, name: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`--ruleset ${name}: no such file`);
  return readTextFile(path);
}

function exitFor(severities: readonly Severity[], failOn: Severity | 'never'): number {
  if (failOn === 'never') return EXIT_OK;
  const threshold = SEVERITIES.indexOf(failOn);
  return severities.some((s) => SEVERITIES.indexOf(s) <= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${value ?? 'nothing'})`);
}

