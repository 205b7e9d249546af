import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuditOptions, AuditResult } from '../audit/audit.js';
import type { RulesetSource } from '../audit/choose-checks.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
import { type Language, LANGUAGES, languageFromEnv } from '../report/messages/index.js';
import { readTextFile } from '../snapshot/read-text-file.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from './io.js';

// Options several commands share, checked the same way everywhere, so a mistake reads the same
// whichever command it is made in.

/** The value when it is one of `allowed`; otherwise a usage error naming the option. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${value ?? 'nothing'})`);
}

/** --fail-on: a severity, or never. */
export function failOnOption(value: string | undefined): Severity | 'never' {
  return oneOf(value, [...SEVERITIES, 'never'] as const, '--fail-on');
}

/** 1 when some severity is at or above the --fail-on level, else 0. */
export function exitForSeverities(severities: readonly Severity[], failOn: Severity | 'never'): number {
  if (failOn === 'never') return EXIT_OK;
  const threshold = SEVERITIES.indexOf(failOn);
  return severities.some((s) => SEVERITIES.indexOf(s) <= threshold) ? EXIT_FINDINGS : EXIT_OK;
}

/** --today, checked for its form; the waivers code checks that it is a real day. */
export function todayOption(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--today must be a date like 2026-11-22 (got ${value})`);
  return value;
}

/** The --ruleset files, read; a missing one is a usage error, not a crash. */
export function rulesetOptions(files: readonly string[] | undefined, cwd: string): RulesetSource[] {
  return (files ?? []).map((file) => {
    const path = resolve(cwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`--ruleset ${file}: no such file`);
    return { file, text: readTextFile(path) };
  });
}

/**
 * The errors of the user's own rulesets, on standard error with file:line: the user named
 * those files, so a mistake in them must not pass unseen in a report about something else.
 */
export function printRulesetProblems(result: AuditResult, rulesets: readonly RulesetSource[], io: CliIo): void {
  for (const p of result.problems) {
    if (p.file !== undefined && rulesets.some((r) => r.file === p.file)) io.stderr.write(`sansou: ${p.file}:${p.line ?? 1}: ${p.message}\n`);
  }
}

/** The options of the commands that audit and report (audit, diff), for parseArgs. */
export const REPORT_OPTIONS = {
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  'fail-on': { type: 'string', default: 'high' },
  lang: { type: 'string' },
  policy: { type: 'string' },
  ruleset: { type: 'string', multiple: true },
  today: { type: 'string' },
  tui: { type: 'boolean' },
  'no-excerpts': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What REPORT_OPTIONS come to, checked. */
export interface ReportChoices {
  /** --format: one of the command's formats. */
  readonly format: string;
  /** --fail-on. */
  readonly failOn: Severity | 'never';
  /** --lang, else the environment's. */
  readonly lang: Language;
  /** --today, --policy and the --ruleset files, read, as the audit takes them. */
  readonly audit: AuditOptions & { readonly rulesets: readonly RulesetSource[] };
}

/** REPORT_OPTIONS' values checked (the format by each command); a bad one is a usage error naming the option. */
export function reportChoices(values: { format?: string; 'fail-on'?: string; lang?: string; policy?: string; ruleset?: string[]; today?: string }, io: CliIo): ReportChoices {
  const today = todayOption(values.today);
  return {
    format: values.format ?? 'text',
    failOn: failOnOption(values['fail-on']),
    lang: values.lang === undefined ? languageFromEnv(io.env) : oneOf(values.lang, LANGUAGES, '--lang'),
    audit: {
      ...(values.policy === undefined ? {} : { policy: values.policy }),
      ...(today === undefined ? {} : { today }),
      rulesets: rulesetOptions(values.ruleset, io.cwd),
    },
  };
}
