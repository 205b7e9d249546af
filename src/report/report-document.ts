import { inLanguage } from '../rulesets/words.js';
import { readFileSync } from 'node:fs';
import type { AuditResult } from '../audit/audit.js';
import type { Finding, PathStep, WitnessPacket } from '../checks/finding.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
import type { Waiver } from '../waivers/waiver-types.js';
import { packagePath } from '../package-files.js';
import { protocolName } from '../space/protocols.js';
import { maskSecretsInLine } from './mask-secrets.js';
import { type Language, checkText, fill } from './messages/index.js';

/**
 * The report as data (JSON report schemaVersion 1, schemas/report.schema.json). Every output
 * format renders this one document, so they never disagree.
 */
export interface ReportDocument {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'sansou'; readonly version: string };
  readonly language: Language;
  readonly organization?: string;
  readonly model: string;
  readonly policy?: string;
  /** The user's rulesets enforced besides the model (--ruleset). */
  readonly rulesets: readonly string[];
  /** Model checks the policy does not cite, so not run, with the policy's reason. */
  readonly omittedChecks: ReadonlyArray<{ readonly check: string; readonly reason: string }>;
  readonly site: { readonly origin: 'file' | 'inferred'; readonly inferences: ReadonlyArray<{ subject: string; conclusion: string; reason: string }> };
  readonly inputs: readonly ReportInput[];
  readonly problems: ReadonlyArray<{ file?: string; line?: number; message: string }>;
  readonly summary: Readonly<Record<Severity, number>>;
  readonly matrix: ReadonlyArray<{ from: string; to: string; status: string; findings: number; packets: readonly string[] }>;
  readonly findings: readonly ReportFinding[];
  /** Findings a waiver in force covers (例外措置), sorted like findings; not counted in summary or matrix. */
  readonly waived: ReadonlyArray<ReportFinding & { readonly waiver: ReportWaiver }>;
  /** Waivers that matched no finding, in file order. */
  readonly unusedWaivers: readonly ReportUnusedWaiver[];
}

/** The waiver attached to a waived finding, or to a finding reported again because its waiver expired. */
export interface ReportWaiver {
  /** The waiver's id, or "waiver #n" when the file gives none. */
  readonly id: string;
  /** The waivers file. */
  readonly file: string;
  /** Line of the waiver's entry. */
  readonly line: number;
  /** Why the exception was granted. */
  readonly reason: string;
  /** Who approved it. */
  readonly approver: string;
  /** Last day it applies, YYYY-MM-DD. */
  readonly expires: string;
  /** Present (true) only on a finding reported again because its waiver has expired. */
  readonly expired?: true;
}

/** A waiver that matched no finding: stale, or its selector is wrong. */
export interface ReportUnusedWaiver extends Omit<ReportWaiver, 'expired'> {
  /** True when the expiry day is before the audit's date. */
  readonly expired: boolean;
  /** The fingerprint it selects, for a fingerprint selector. */
  readonly fingerprint?: string;
  /** The check it selects, for a check selector. */
  readonly check?: string;
  /** The field patterns of a check selector. */
  readonly match?: Readonly<Record<string, string>>;
}

/** One input file and how much of it sansou understood. */
export interface ReportInput {
  /** Path relative to the snapshot directory (a --ruleset file: as given). */
  readonly file: string;
  /** Detected format: fortigate, inventory-csv (utf-8), site-yaml, unknown, binary … */
  readonly format: string;
  /** PASSED, PARTIALLY_UNRECOGNIZED or FAILED. */
  readonly status: string;
  /** Lines in the file. */
  readonly lines: number;
  /** Lines not understood. */
  readonly unrecognized: number;
  /** Device ids found in a config. */
  readonly devices: readonly string[];
  /**
   * SHA-256 (lower-case hex) of the file's bytes as read, so the report can be tied to the
   * exact export it judged. Absent when the file was not read (above the size limit,
   * unreadable) and for a --ruleset file.
   */
  readonly sha256?: string;
  /** What the reader did not understand or could not accept, line by line (secrets masked). */
  readonly warnings: ReadonlyArray<{ line: number; kind: string; context: string; comment: string; text: string }>;
}

export interface ReportFinding {
  readonly check: string;
  readonly severity: Severity;
  readonly from?: string;
  readonly to?: string;
  readonly title: string;
  readonly message: string;
  readonly remediation: string;
  readonly clause?: { readonly policy: string; readonly ref: string; readonly text: string };
  readonly packets?: readonly string[];
  readonly witness?: ReportPacket;
  readonly delivered?: ReportPacket;
  readonly path?: readonly PathStep[];
  readonly location?: { readonly file: string; readonly line: number };
  readonly fingerprint: string;
  /** Only on a finding reported again because the waiver that covered it has expired. */
  readonly waiver?: ReportWaiver;
}

export interface ReportPacket {
  readonly src: string;
  readonly dst: string;
  readonly protocol: string;
  readonly srcPort: number;
  readonly dstPort: number;
}

let version: string | undefined;

export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return version;
}

export function buildReport(result: AuditResult, lang: Language): ReportDocument {
  const expiredBy = new Map(result.waivers.expired.map((e) => [e.finding, e.waiver]));
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    schemaVersion: 1,
    tool: { name: 'sansou', version: toolVersion() },
    language: lang,
    ...(result.site.organization === undefined ? {} : { organization: result.site.organization }),
    model: result.site.model,
    ...(result.policy ? { policy: result.policy.id } : {}),
    rulesets: result.userRulesets.map((r) => r.id),
    omittedChecks: result.plan.omitted.map((o) => ({ check: o.id, reason: inLanguage(o.reason, lang) })),
    site: { origin: result.site.origin, inferences: result.site.inferences.map((i) => ({ ...i })) },
    inputs: result.inputs.map((i) => ({
      file: i.file,
      format: i.format,
      status: i.status,
      lines: i.lines,
      unrecognized: i.unrecognized,
      devices: i.devices,
      ...(i.sha256 === undefined ? {} : { sha256: i.sha256 }),
      // Parsers mask secrets already; masking again costs little and guards every output.
      warnings: i.warnings.map((w) => ({ line: w.line, kind: w.kind, context: w.context, comment: w.comment, text: maskSecretsInLine(w.text) })),
    })),
    problems: result.problems.map((p) => ({ ...p })),
    summary,
    matrix: result.matrix.map((c) => ({ from: c.from, to: c.to, status: c.status, findings: c.findings, packets: c.packets })),
    findings: result.findings.map((f) => {
      const lapsed = expiredBy.get(f);
      return { ...reportFinding(result, f, lang), ...(lapsed ? { waiver: { ...reportWaiver(lapsed), expired: true as const } } : {}) };
    }),
    waived: result.waivers.waived.map(({ finding, waiver }) => ({ ...reportFinding(result, finding, lang), waiver: reportWaiver(waiver) })),
    unusedWaivers: result.waivers.unused.map((w) => ({
      ...reportWaiver(w),
      expired: w.expires < result.waivers.today,
      ...(w.selector.kind === 'fingerprint' ? { fingerprint: w.selector.fingerprint } : { check: w.selector.check, match: w.selector.match }),
    })),
  };
}

function reportWaiver(w: Waiver): ReportWaiver {
  return { id: w.id, file: w.file, line: w.line, reason: w.reason, approver: w.approver, expires: w.expires };
}

function reportFinding(result: AuditResult, f: Finding, lang: Language): ReportFinding {
  const primitive = result.plan.checks.find((c) => c.check.id === f.check)?.check.primitive;
  const text = checkText(lang, f.check, primitive);
  const template = typeof text.message === 'string' ? text.message : (text.message[f.variant ?? ''] ?? Object.values(text.message)[0] ?? f.check);
  const clause = f.clause;
  return {
    check: f.check,
    severity: f.severity,
    ...(f.from === undefined ? {} : { from: f.from }),
    ...(f.to === undefined ? {} : { to: f.to }),
    title: f.title?.[lang] ?? f.title?.en ?? f.title?.ja ?? text.title,
    message: fill(template, f.params),
    remediation: text.remediation,
    ...(clause ? { clause: { policy: clause.policy, ref: clause.ref, text: clause.text } } : {}),
    ...(f.packets ? { packets: f.packets } : {}),
    ...(f.witness ? { witness: reportPacket(f.witness) } : {}),
    ...(f.delivered ? { delivered: reportPacket(f.delivered) } : {}),
    ...(f.path ? { path: f.path } : {}),
    ...(f.location ? { location: { file: f.location.file, line: f.location.line } } : {}),
    fingerprint: f.fingerprint,
  };
}

/** Percentage of config lines understood, over every config input. */
export function coverage(doc: ReportDocument): { percent: string; understood: number; total: number } {
  const configs = doc.inputs.filter((i) => !i.format.startsWith('inventory-csv') && i.format !== 'site-yaml' && i.format !== 'waivers-yaml' && i.format !== 'ruleset-yaml');
  const total = configs.reduce((n, i) => n + i.lines, 0);
  const missed = configs.reduce((n, i) => n + (i.status === 'FAILED' ? i.lines : i.unrecognized), 0);
  const understood = total - missed;
  const percent = total === 0 ? '0.0' : ((100 * understood) / total).toFixed(1);
  return { percent, understood, total };
}

/** A witness packet as reports write it: the protocol by name. */
export function reportPacket(p: WitnessPacket): ReportPacket {
  return { ...p, protocol: protocolName(p.protocol) };
}
