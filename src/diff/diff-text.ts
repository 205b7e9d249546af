import { type Language, catalogue, fill } from '../report/messages/index.js';
import { packetWords } from '../report/path-words.js';
import type { ReportFinding } from '../report/report-document.js';
import { pathTable, renderFinding } from '../report/text-report.js';
import type { CoverageChange, InputReading } from './coverage-changes.js';
import type { DiffDocument } from './diff-document.js';
import type { FlowChange } from './flow-changes.js';
import { diffWords } from './diff-words.js';

/**
 * The diff for a terminal or a change-request comment: what the change adds to the findings
 * first (the reason to read it at all), then what it resolves, then the traffic between
 * segments it newly allows or blocks, each class with its witness, the rule responsible and
 * its path, then whether the inputs were read as well as before.
 */
export function renderDiffText(doc: DiffDocument, lang: Language): string {
  const w = diffWords(lang);
  const c = catalogue(lang);
  const l = c.labels;
  const out: string[] = [`${w.title}${doc.organization ? ` — ${doc.organization}` : ''}`];
  out.push(`${w.before}: ${doc.before.snapshot}   ${w.after}: ${doc.after.snapshot}   ${l.model}: ${doc.after.model}   ${l.policy}: ${doc.after.policy ?? '—'}`, '');

  const { added, resolved, unchanged } = doc.findings;
  out.push(fill(w.findingsHeadline, { added: added.length, resolved: resolved.length, unchanged: unchanged.length }));
  const block = (heading: string, findings: readonly ReportFinding[], mark: string) => {
    if (findings.length === 0) return;
    out.push('', heading);
    for (const f of findings) {
      const [first = '', ...rest] = renderFinding(f, lang);
      out.push(`${mark} [${c.severities[f.severity]}] ${first}`, ...rest.map((line) => `  ${line}`));
    }
  };
  block(w.added, added, '+');
  block(w.resolved, resolved, '-');
  if (unchanged.length > 0) {
    out.push('', w.unchanged);
    for (const f of unchanged) out.push(`= [${c.severities[f.severity]}] [${f.check}]${f.from !== undefined && f.to !== undefined ? `  ${f.from} → ${f.to}` : ''}  ${f.title}`);
  }

  const checkOf = new Map([...added, ...unchanged].map((f) => [f.fingerprint, f.check]));
  for (const change of ['allowed', 'blocked'] as const) {
    const flows = doc.flows.filter((f) => f.change === change);
    out.push('', fill(change === 'allowed' ? w.allowed : w.blocked, { count: flows.length }));
    if (flows.length === 0) out.push(`  ${w.none}`);
    for (const flow of flows) out.push(...flowLines(flow, checkOf, lang));
  }

  out.push('', fill(w.coverage, { before: doc.before.coverage, after: doc.after.coverage }));
  if (doc.coverage.length === 0) out.push(`  ${w.coverageSame}`);
  for (const change of doc.coverage) out.push(`  ${coverageLine(change, lang)}`);
  return `${out.join('\n')}\n`;
}

function flowLines(flow: FlowChange, checkOf: ReadonlyMap<string, string>, lang: Language): string[] {
  const w = diffWords(lang);
  const l = catalogue(lang).labels;
  const checks = [...new Set(flow.findings.map((f) => checkOf.get(f) ?? f))].join(', ');
  const verdict = flow.verdict === 'violation' ? fill(w.violation, { checks }) : flow.verdict === 'compliant' ? w.compliant : (w.dispositions[flow.disposition] ?? flow.disposition);
  const out = ['', `  ${flow.from} → ${flow.to}   ${verdict}`, `    ${l.packets}:`, ...flow.packets.map((p) => `      ${p}`)];
  if (flow.witness) out.push(`    ${l.witness}: ${packetWords(flow.witness)}`);
  if (flow.delivered) out.push(`    ${l.deliveredAs}: ${packetWords(flow.delivered)}`);
  if (flow.location) out.push(`    ${w.responsible}: ${flow.location.file}:${flow.location.line}`);
  if (flow.path.length > 0) out.push(`    ${l.path}:`, ...pathTable(flow.path, lang).map((line) => `      ${line}`));
  return out;
}

function coverageLine(change: CoverageChange, lang: Language): string {
  const w = diffWords(lang);
  const reading = (r: InputReading) => `${r.status}${r.unrecognized > 0 ? ` (${fill(w.unrecognized, { count: r.unrecognized })})` : ''}`;
  if (!change.before) return `${change.file}: ${w.newFile}, ${reading(change.after!)}`;
  if (!change.after) return `${change.file}: ${w.removedFile}`;
  return `${change.file}: ${reading(change.before)} → ${reading(change.after)}`;
}
