import { readFileSync } from 'node:fs';
import type { AuditResult } from '../audit/audit.js';
import type { Finding, PathStep } from '../checks/finding.js';
import { SEVERITIES, type Severity } from '../checks/types.js';
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
  readonly site: { readonly origin: 'file' | 'inferred'; readonly inferences: ReadonlyArray<{ subject: string; conclusion: string; reason: string }> };
  readonly inputs: readonly ReportInput[];
  readonly problems: ReadonlyArray<{ file?: string; line?: number; message: string }>;
  readonly summary: Readonly<Record<Severity, number>>;
  readonly matrix: ReadonlyArray<{ from: string; to: string; status: string; findings: number; packets: readonly string[] }>;
  readonly findings: readonly ReportFinding[];
}

export interface ReportInput {
  readonly file: string;
  readonly format: string;
  readonly status: string;
  readonly lines: number;
  readonly unrecognized: number;
  readonly devices: readonly string[];
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
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, result.findings.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  return {
    schemaVersion: 1,
    tool: { name: 'sansou', version: toolVersion() },
    language: lang,
    ...(result.site.organization === undefined ? {} : { organization: result.site.organization }),
    model: result.site.model,
    ...(result.policy ? { policy: result.policy.id } : {}),
    site: { origin: result.site.origin, inferences: result.site.inferences.map((i) => ({ ...i })) },
    inputs: result.inputs.map((i) => ({
      file: i.file,
      format: i.format,
      status: i.status,
      lines: i.lines,
      unrecognized: i.unrecognized,
      devices: i.devices,
      // Parsers mask secrets already; masking again costs little and guards every output.
      warnings: i.warnings.map((w) => ({ line: w.line, kind: w.kind, context: w.context, comment: w.comment, text: maskSecretsInLine(w.text) })),
    })),
    problems: result.problems.map((p) => ({ ...p })),
    summary,
    matrix: result.matrix.map((c) => ({ from: c.from, to: c.to, status: c.status, findings: c.findings, packets: c.packets })),
    findings: result.findings.map((f) => reportFinding(result, f, lang)),
  };
}

function reportFinding(result: AuditResult, f: Finding, lang: Language): ReportFinding {
  const text = checkText(lang, f.check);
  const template = typeof text.message === 'string' ? text.message : (text.message[f.variant ?? ''] ?? Object.values(text.message)[0] ?? f.check);
  const clause = result.policy?.clauses.get(f.check);
  return {
    check: f.check,
    severity: f.severity,
    ...(f.from === undefined ? {} : { from: f.from }),
    ...(f.to === undefined ? {} : { to: f.to }),
    title: text.title,
    message: fill(template, f.params),
    remediation: text.remediation,
    ...(clause ? { clause: { policy: clause.policy, ref: clause.ref, text: clause.text } } : {}),
    ...(f.packets ? { packets: f.packets } : {}),
    ...(f.witness ? { witness: { ...f.witness, protocol: protocolName(f.witness.protocol) } } : {}),
    ...(f.delivered ? { delivered: { ...f.delivered, protocol: protocolName(f.delivered.protocol) } } : {}),
    ...(f.path ? { path: f.path } : {}),
    ...(f.location ? { location: { file: f.location.file, line: f.location.line } } : {}),
    fingerprint: f.fingerprint,
  };
}

/** Percentage of config lines understood, over every config input. */
export function coverage(doc: ReportDocument): { percent: string; understood: number; total: number } {
  const configs = doc.inputs.filter((i) => !i.format.startsWith('inventory-csv') && i.format !== 'site-yaml');
  const total = configs.reduce((n, i) => n + i.lines, 0);
  const missed = configs.reduce((n, i) => n + (i.status === 'FAILED' ? i.lines : i.unrecognized), 0);
  const understood = total - missed;
  const percent = total === 0 ? '0.0' : ((100 * understood) / total).toFixed(1);
  return { percent, understood, total };
}
