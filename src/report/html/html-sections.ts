import { SEVERITIES } from '../../checks/types.js';
import { matrixGrid } from '../matrix-grid.js';
import { type Language, catalogue, fill } from '../messages/index.js';
import { type ReportDocument, coverage } from '../report-document.js';
import { waiverSelector } from '../report-words.js';
import { type Html, html } from './escape-html.js';

/** Warnings listed per input; the JSON report has them all. */
const WARNINGS_SHOWN = 10;

/** The heading: organization, model, policy, snapshot, site, rulesets and the tool's version. */
export function headerSection(doc: ReportDocument, snapshotLabel: string, lang: Language): Html {
  const l = catalogue(lang).labels;
  const item = (label: string, value: string) => html`<dt>${label}</dt><dd>${value}</dd>\n`;
  return html`<header>
<h1>${l.report}${doc.organization ? ` — ${doc.organization}` : ''}</h1>
<dl class="meta">
${doc.organization ? item(l.organization, doc.organization) : false}${item(l.model, doc.model)}${item(l.policy, doc.policy ?? '—')}${item(l.snapshot, snapshotLabel)}${item(l.site, doc.site.origin === 'file' ? l.siteFromFile : l.siteInferred)}${doc.rulesets.length > 0 ? item(l.rulesets, doc.rulesets.join(', ')) : false}</dl>
<p>${fill(l.toolVersion, { version: doc.tool.version })}</p>
</header>
`;
}

/** Findings per severity, the total and the waived ones. */
export function summarySection(doc: ReportDocument, lang: Language): Html {
  const c = catalogue(lang);
  const l = c.labels;
  const total = SEVERITIES.reduce((n, s) => n + doc.summary[s], 0);
  const row = (label: Html | string, count: number) => html`<tr><th scope="row">${label}</th><td class="num">${count}</td></tr>\n`;
  return html`<section id="summary">
<h2>${l.summary}</h2>
<table class="summary">
<thead><tr><th scope="col">${l.columns.severity}</th><th scope="col">${l.columns.count}</th></tr></thead>
<tbody>
${SEVERITIES.map((s) => row(html`<span class="sev ${s}">${c.severities[s]}</span>`, doc.summary[s]))}${row(l.totalRow, total)}${row(l.waivedRow, doc.waived.length)}</tbody>
</table>
</section>
`;
}

/**
 * Parse coverage, every input with its SHA-256, and what each reader did not understand; the
 * text of those lines only when config text may be shown. Then the site's inferences.
 */
export function inputsSection(doc: ReportDocument, lang: Language): Html {
  const l = catalogue(lang).labels;
  const c = l.columns;
  const rows = doc.inputs.map(
    (i) =>
      html`<tr><td class="mono">${i.file}</td><td>${i.format}</td><td>${i.status}</td><td class="num">${i.lines}</td><td class="num">${i.unrecognized}</td><td>${i.devices.join(', ')}</td><td><code class="sha">${i.sha256 ?? '—'}</code></td></tr>\n`,
  );
  const warnings: Html[] = [];
  for (const input of doc.inputs) {
    for (const w of input.warnings.slice(0, WARNINGS_SHOWN)) {
      warnings.push(html`<li><span class="mono">${input.file}:${w.line}</span> [${w.kind}] ${w.comment}${w.text ? html` <code>${w.text}</code>` : false}</li>\n`);
    }
    if (input.warnings.length > WARNINGS_SHOWN) warnings.push(html`<li><span class="mono">${input.file}</span>: ${fill(l.moreWarnings, { count: input.warnings.length - WARNINGS_SHOWN })}</li>\n`);
  }
  const inferences = doc.site.inferences.map((i) => html`<li>${i.subject} → ${i.conclusion} (${i.reason})</li>\n`);
  return html`<section id="inputs">
<h2>${l.parseCoverage}</h2>
<p>${fill(l.coverage, coverage(doc))}</p>
<table class="inputs">
<thead><tr><th scope="col">${c.file}</th><th scope="col">${c.format}</th><th scope="col">${c.status}</th><th scope="col">${c.lines}</th><th scope="col">${c.unrecognized}</th><th scope="col">${c.devices}</th><th scope="col">${c.sha256}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
${warnings.length > 0 && html`<ul class="warnings">\n${warnings}</ul>\n`}${inferences.length > 0 && html`<h3>${l.inferences}</h3>\n<ul>\n${inferences}</ul>\n`}</section>
`;
}

/** The segment matrix: each cell coloured by its status and carrying its symbol, so it reads in black and white too. */
export function matrixSection(doc: ReportDocument, lang: Language): Html {
  const l = catalogue(lang).labels;
  const grid = matrixGrid(doc);
  if (grid.columns.length === 0) return html`<section id="matrix">\n<h2>${l.matrix}</h2>\n<p>—</p>\n</section>\n`;
  const head = grid.columns.map((id) => html`<th scope="col">${id}</th>`);
  const rows = grid.rows.map((r) => html`<tr><th scope="row">${r.from}</th>${r.cells.map((cell) => html`<td class="${cell.kind}">${cell.symbol}</td>`)}</tr>\n`);
  return html`<section id="matrix">
<h2>${l.matrix}</h2>
<table class="matrix">
<thead><tr><th scope="col">${l.matrixCorner}</th>${head}</tr></thead>
<tbody>
${rows}</tbody>
</table>
<p class="legend">${l.matrixLegend}</p>
</section>
`;
}

/** Waivers that matched no finding, with where they are, their expiry and what they select. */
export function unusedWaiversSection(doc: ReportDocument, lang: Language): Html | false {
  if (doc.unusedWaivers.length === 0) return false;
  const l = catalogue(lang).labels;
  const c = l.columns;
  const rows = doc.unusedWaivers.map(
    (w) =>
      html`<tr><td>${w.id}</td><td class="mono">${w.file}:${w.line}</td><td>${w.expires}${w.expired ? ` (${l.expiredMark})` : ''}</td><td class="mono">${waiverSelector(w)}</td></tr>\n`,
  );
  return html`<section id="unused-waivers">
<h2>${fill(l.unusedWaivers, { count: doc.unusedWaivers.length })}</h2>
<table>
<thead><tr><th scope="col">${c.waiver}</th><th scope="col">${c.location}</th><th scope="col">${c.expires}</th><th scope="col">${c.selector}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
</section>
`;
}

/** Model checks the policy leaves out, with the policy's reason. */
export function omittedSection(doc: ReportDocument, lang: Language): Html | false {
  if (doc.omittedChecks.length === 0) return false;
  const l = catalogue(lang).labels;
  const rows = doc.omittedChecks.map((o) => html`<tr><td class="mono">${o.check}</td><td>${o.reason}</td></tr>\n`);
  return html`<section id="omitted">
<h2>${fill(l.omittedChecks, { policy: doc.policy ?? '' })}</h2>
<table>
<thead><tr><th scope="col">${l.columns.check}</th><th scope="col">${l.columns.reason}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
</section>
`;
}

/** Problems with the inputs that are not findings, with file and line. */
export function problemsSection(doc: ReportDocument, lang: Language): Html | false {
  if (doc.problems.length === 0) return false;
  const l = catalogue(lang).labels;
  const items = doc.problems.map((p) => html`<li>${p.file ? html`<span class="mono">${p.file}${p.line ? `:${p.line}` : ''}</span> ` : false}${p.message}</li>\n`);
  return html`<section id="problems">
<h2>${l.problems}</h2>
<ul>
${items}</ul>
</section>
`;
}
