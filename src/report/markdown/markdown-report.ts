import { SEVERITIES } from '../../checks/types.js';
import type { ReportExcerpts } from '../excerpts.js';
import { matrixGrid } from '../matrix-grid.js';
import { type Language, catalogue, fill } from '../messages/index.js';
import { type ReportDocument, coverage } from '../report-document.js';
import { waiverSelector } from '../report-words.js';
import { mdText } from './escape-markdown.js';
import { markdownFinding, markdownWaived } from './markdown-finding.js';
import { mdTable } from './markdown-table.js';

/** Warnings listed per input; the JSON report has them all. */
const WARNINGS_SHOWN = 10;

/**
 * The audit report as one Markdown document (GitHub-flavoured), for a ticket, a wiki or a
 * pull request: the heading (organization, model, policy, snapshot, version), the summary,
 * parse coverage with every input and its SHA-256, the segment matrix, the findings by
 * severity with their paths and masked config lines, the waived findings and unused
 * waivers, the checks not run and the input problems. A pure function of its arguments: the
 * same report gives the same bytes. `excerpts` undefined shows no config text at all
 * (--no-excerpts): neither excerpts nor the text of unrecognized lines.
 */
export function renderMarkdown(doc: ReportDocument, snapshotLabel: string, lang: Language, excerpts: ReportExcerpts | undefined): string {
  const out = [
    ...header(doc, snapshotLabel, lang),
    ...summary(doc, lang),
    ...inputs(doc, lang),
    ...matrix(doc, lang),
    ...findings(doc, lang, excerpts),
    ...waivers(doc, lang),
    ...omitted(doc, lang),
    ...problems(doc, lang),
  ];
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

function header(doc: ReportDocument, snapshotLabel: string, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const item = (label: string, value: string) => `- **${mdText(label)}**: ${mdText(value)}`;
  return [
    `# ${mdText(`${l.report}${doc.organization ? ` — ${doc.organization}` : ''}`)}`,
    '',
    ...(doc.organization ? [item(l.organization, doc.organization)] : []),
    item(l.model, doc.model),
    item(l.policy, doc.policy ?? '—'),
    item(l.snapshot, snapshotLabel),
    item(l.site, doc.site.origin === 'file' ? l.siteFromFile : l.siteInferred),
    ...(doc.rulesets.length > 0 ? [item(l.rulesets, doc.rulesets.join(', '))] : []),
    `- ${mdText(fill(l.toolVersion, { version: doc.tool.version }))}`,
    '',
  ];
}

function summary(doc: ReportDocument, lang: Language): string[] {
  const c = catalogue(lang);
  const l = c.labels;
  const rows = SEVERITIES.map((s) => [c.severities[s], `${doc.summary[s]}`]);
  const total = SEVERITIES.reduce((n, s) => n + doc.summary[s], 0);
  rows.push([l.totalRow, `${total}`], [l.waivedRow, `${doc.waived.length}`]);
  return [`## ${mdText(l.summary)}`, '', ...mdTable([l.columns.severity, l.columns.count], rows, ['left', 'right']), ''];
}

/** Parse coverage, then every input with its checksum, then what each input's reader did not understand. */
function inputs(doc: ReportDocument, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const c = l.columns;
  const rows = doc.inputs.map((i) => [i.file, i.format, i.status, `${i.lines}`, `${i.unrecognized}`, i.devices.join(', '), i.sha256 ?? '—']);
  const out = [
    `## ${mdText(l.parseCoverage)}`,
    '',
    mdText(fill(l.coverage, coverage(doc))),
    '',
    ...mdTable([c.file, c.format, c.status, c.lines, c.unrecognized, c.devices, c.sha256], rows, ['left', 'left', 'left', 'right', 'right']),
    '',
  ];
  const warned: string[] = [];
  for (const input of doc.inputs) {
    for (const w of input.warnings.slice(0, WARNINGS_SHOWN)) {
      // The line's text is config text: with --no-excerpts only where and what is said.
      warned.push(`- ${mdText(`${input.file}:${w.line}  [${w.kind}] ${w.comment}${w.text ? `  | ${w.text}` : ''}`)}`);
    }
    if (input.warnings.length > WARNINGS_SHOWN) warned.push(`- ${mdText(`${input.file}: ${fill(l.moreWarnings, { count: input.warnings.length - WARNINGS_SHOWN })}`)}`);
  }
  if (warned.length > 0) out.push(...warned, '');
  if (doc.site.inferences.length > 0) {
    out.push(`### ${mdText(l.inferences)}`, '', ...doc.site.inferences.map((i) => `- ${mdText(`${i.subject} → ${i.conclusion} (${i.reason})`)}`), '');
  }
  return out;
}

function matrix(doc: ReportDocument, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const grid = matrixGrid(doc);
  const out = [`## ${mdText(l.matrix)}`, ''];
  if (grid.columns.length === 0) return [...out, '—', ''];
  const rows = grid.rows.map((r) => [r.from, ...r.cells.map((cell) => cell.symbol)]);
  out.push(...mdTable([l.matrixCorner, ...grid.columns], rows, ['left', ...grid.columns.map(() => 'center' as const)]), '', mdText(l.matrixLegend), '');
  return out;
}

function findings(doc: ReportDocument, lang: Language, excerpts: ReportExcerpts | undefined): string[] {
  const c = catalogue(lang);
  const l = c.labels;
  const counts = SEVERITIES.map((s) => `${doc.summary[s]} ${c.severities[s]}`).join(', ');
  const out = [`## ${mdText(l.findings)}`, '', mdText(`${counts}${doc.waived.length > 0 ? `   (${fill(l.waivedCount, { count: doc.waived.length })})` : ''}`), ''];
  if (doc.findings.length === 0) out.push(mdText(l.noFindings), '');
  for (const severity of SEVERITIES) {
    const group = doc.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${mdText(`${c.severities[severity]} (${group.length})`)}`, '');
    for (const f of group) out.push(...markdownFinding(f, lang, excerpts, '####'));
  }
  return out;
}

/** Waived findings, then the waivers that matched nothing; each only when there is one. */
function waivers(doc: ReportDocument, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const out: string[] = [];
  if (doc.waived.length > 0) {
    out.push(`## ${mdText(fill(l.waivedFindings, { count: doc.waived.length }))}`, '');
    for (const f of doc.waived) out.push(...markdownWaived(f, lang, '####'));
  }
  if (doc.unusedWaivers.length > 0) {
    const c = l.columns;
    const rows = doc.unusedWaivers.map((w) => [w.id, `${w.file}:${w.line}`, `${w.expires}${w.expired ? ` (${l.expiredMark})` : ''}`, waiverSelector(w)]);
    out.push(`## ${mdText(fill(l.unusedWaivers, { count: doc.unusedWaivers.length }))}`, '', ...mdTable([c.waiver, c.location, c.expires, c.selector], rows), '');
  }
  return out;
}

function omitted(doc: ReportDocument, lang: Language): string[] {
  if (doc.omittedChecks.length === 0) return [];
  const l = catalogue(lang).labels;
  return [`## ${mdText(fill(l.omittedChecks, { policy: doc.policy ?? '' }))}`, '', ...mdTable([l.columns.check, l.columns.reason], doc.omittedChecks.map((o) => [o.check, o.reason])), ''];
}

function problems(doc: ReportDocument, lang: Language): string[] {
  if (doc.problems.length === 0) return [];
  const l = catalogue(lang).labels;
  const place = (p: ReportDocument['problems'][number]) => (p.file ? `${p.file}${p.line ? `:${p.line}` : ''}  ` : '');
  return [`## ${mdText(l.problems)}`, '', ...doc.problems.map((p) => `- ${mdText(`${place(p)}${p.message}`)}`), ''];
}
