import { packetWords, stepInterfaces, stepRule } from './path-words.js';
import { SEVERITIES } from '../checks/types.js';
import type { PathStep } from '../checks/finding.js';
import { table } from './layout.js';
import { type Language, catalogue, fill } from './messages/index.js';
import { type ReportDocument, type ReportFinding, type ReportUnusedWaiver, type ReportWaiver, coverage } from './report-document.js';

const MATRIX_SYMBOL = { none: '·', compliant: '✓', violation: '✗' } as const;
/** Warnings listed per input in the text report; the JSON report has them all. */
const WARNINGS_SHOWN = 10;
/** Hex digits of an input's SHA-256 the text report shows. */
const SHA256_SHOWN = 12;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The human report for a terminal: parse coverage first (a verdict is only as good as the
 * reading), then the segment matrix, then the findings grouped by severity, then the findings
 * waived by an approved exception and the waivers that matched nothing (both sections only
 * when there is something to list, so a snapshot without waivers reads as before).
 */
export function renderText(doc: ReportDocument, snapshotDir: string, lang: Language): string {
  const c = catalogue(lang);
  const l = c.labels;
  const out: string[] = [];
  out.push(`${l.report}${doc.organization ? ` — ${doc.organization}` : ''}`);
  out.push(`${l.model}: ${doc.model}   ${l.policy}: ${doc.policy ?? '—'}   ${l.snapshot}: ${snapshotDir}`);
  out.push(`${l.site}: ${doc.site.origin === 'file' ? l.siteFromFile : l.siteInferred}`);
  if (doc.rulesets.length > 0) out.push(`${l.rulesets}: ${doc.rulesets.join(', ')}`);
  if (doc.omittedChecks.length > 0) out.push(`${fill(l.omittedChecks, { policy: doc.policy ?? '' })}: ${doc.omittedChecks.map((o) => o.check).join(', ')}`);
  out.push('');

  out.push(`${l.inputs} — ${fill(l.coverage, coverage(doc))}`);
  out.push(
    ...table(
      // The checksum is cut to 12 hex digits, enough to tell exports apart by eye; the JSON,
      // Markdown and HTML reports carry it whole.
      doc.inputs.map((i) => [i.status, i.format, i.file, `${i.lines}`, i.unrecognized > 0 ? `${i.unrecognized} ${l.unrecognizedLines}` : '', i.sha256 === undefined ? '' : `${l.columns.sha256} ${i.sha256.slice(0, SHA256_SHOWN)}`, i.devices.join(', ')]),
      ['left', 'left', 'left', 'right'],
    ).map((line) => `  ${line}`),
  );
  for (const input of doc.inputs) {
    for (const w of input.warnings.slice(0, WARNINGS_SHOWN)) {
      out.push(`    ${input.file}:${w.line}  [${w.kind}] ${w.comment}${w.text ? `  | ${truncate(w.text, 100)}` : ''}`);
    }
    if (input.warnings.length > WARNINGS_SHOWN) out.push(`    ${input.file}: … ${input.warnings.length - WARNINGS_SHOWN} more (see --format json)`);
  }
  if (doc.problems.length > 0) {
    out.push('', l.problems);
    for (const p of doc.problems) out.push(`  ${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}  ` : ''}${p.message}`);
  }
  if (doc.site.inferences.length > 0) {
    out.push('', l.inferences);
    for (const i of doc.site.inferences) out.push(`  ${i.subject} → ${i.conclusion} (${i.reason})`);
  }
  out.push('', l.matrix, ...renderMatrix(doc), `  ${l.matrixLegend}`, '');

  const counts = SEVERITIES.map((s) => `${doc.summary[s]} ${c.severities[s]}`).join(', ');
  out.push(`${l.findings}: ${counts}${doc.waived.length > 0 ? `   (${fill(l.waivedCount, { count: doc.waived.length })})` : ''}`);
  if (doc.findings.length === 0) out.push(`  ${l.noFindings}`);
  for (const severity of SEVERITIES) {
    const group = doc.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push('', `== ${c.severities[severity]} (${group.length}) ==`);
    for (const f of group) out.push('', ...renderFinding(f, lang));
  }
  if (doc.waived.length > 0) {
    out.push('', `== ${fill(l.waivedFindings, { count: doc.waived.length })} ==`);
    for (const f of doc.waived) out.push('', ...renderWaived(f, lang));
  }
  if (doc.unusedWaivers.length > 0) {
    out.push('', fill(l.unusedWaivers, { count: doc.unusedWaivers.length }));
    out.push(...table(doc.unusedWaivers.map((w) => unusedRow(w, lang))).map((line) => `  ${line}`));
  }
  return `${out.join('\n')}\n`;
}

/** A waived finding: enough to recognize it (check, direction, title, severity) and the approval behind it. */
function renderWaived(f: ReportFinding & { readonly waiver: ReportWaiver }, lang: Language): string[] {
  const c = catalogue(lang);
  const l = c.labels;
  const w = f.waiver;
  const direction = f.from !== undefined && f.to !== undefined ? `  ${f.from} → ${f.to}` : '';
  return [
    `[${f.check}]${direction}  ${c.severities[f.severity]}  ${f.title}`,
    `  ${l.waiver} ${w.id} (${w.file}:${w.line})   ${l.approver}: ${w.approver}   ${l.expires}: ${w.expires}`,
    `  ${l.reason}: ${w.reason}`,
    `  fingerprint ${f.fingerprint}`,
  ];
}

/** An unused waiver: where it is, until when, and what it was looking for. */
function unusedRow(w: ReportUnusedWaiver, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const selector =
    w.fingerprint !== undefined
      ? `fingerprint ${w.fingerprint}`
      : `check ${w.check ?? ''}${w.match && Object.keys(w.match).length > 0 ? `  match ${Object.entries(w.match).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`;
  return [w.id, `${w.file}:${w.line}`, `${l.expires} ${w.expires}${w.expired ? ` (${l.expiredMark})` : ''}`, selector];
}

function renderMatrix(doc: ReportDocument): string[] {
  const ids: string[] = [];
  for (const cell of doc.matrix) for (const id of [cell.from, cell.to]) if (!ids.includes(id)) ids.push(id);
  if (ids.length === 0) return ['  —'];
  const froms = ids.filter((id) => doc.matrix.some((c) => c.from === id));
  const rows: string[][] = [['', ...ids]];
  for (const from of froms) {
    rows.push([
      from,
      ...ids.map((to) => {
        if (to === from) return '—';
        const cell = doc.matrix.find((c) => c.from === from && c.to === to);
        if (!cell) return '';
        return cell.status === 'violation' ? `${MATRIX_SYMBOL.violation}${cell.findings}` : MATRIX_SYMBOL[cell.status as 'none' | 'compliant'];
      }),
    ]);
  }
  return table(rows).map((line) => `  ${line}`);
}

/** One finding as the text report prints it (also used by `sansou diff`). */
export function renderFinding(f: ReportFinding, lang: Language): string[] {
  const l = catalogue(lang).labels;
  const direction = f.from !== undefined && f.to !== undefined ? `  ${f.from} → ${f.to}` : '';
  const out = [`[${f.check}]${direction}  ${f.title}`, `  ${f.message}`];
  if (f.waiver?.expired) out.push(`  ! ${fill(l.waiverExpired, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver })}`);
  if (f.packets && f.packets.length > 0) {
    out.push(`  ${l.packets}:`);
    for (const p of f.packets) out.push(`    ${p}`);
  }
  if (f.witness) out.push(`  ${l.witness}: ${packetWords(f.witness)}`);
  if (f.delivered) out.push(`  ${l.deliveredAs}: ${packetWords(f.delivered)}`);
  if (f.path && f.path.length > 0) out.push(`  ${l.path}:`, ...pathTable(f.path, lang).map((line) => `    ${line}`));
  if (f.clause) out.push(`  ${l.clause}: ${f.clause.policy} ${f.clause.ref} 「${f.clause.text}」`);
  if (f.remediation) out.push(`  ${l.remediation}: ${f.remediation}`);
  if (f.location) out.push(`  ${l.location}: ${f.location.file}:${f.location.line}   fingerprint ${f.fingerprint}`);
  return out;
}

/** A path hop by hop, one aligned row per device (number, device, interfaces, rule and action, file:line, NAT). */
export function pathTable(path: readonly PathStep[], lang: Language): string[] {
  return table(path.map((step, i) => pathRow(step, i, lang)));
}

function pathRow(step: PathStep, index: number, lang: Language): string[] {
  const action = step.action === 'none' ? '' : ` ${catalogue(lang).labels.actions[step.action]}`;
  return [
    `${index + 1}.`,
    step.device,
    stepInterfaces(step),
    `${stepRule(step, lang)}${action}`,
    step.file === undefined ? '' : `${step.file}:${step.line}`,
    step.nat ?? '',
  ];
}

