import { SEVERITIES } from '../../checks/types.js';
import type { ReportExcerpts } from '../excerpts.js';
import { type Language, catalogue, fill } from '../messages/index.js';
import type { ReportDocument } from '../report-document.js';
import { type Html, html } from './escape-html.js';
import { htmlFinding, htmlWaived } from './html-finding.js';
import { headerSection, inputsSection, matrixSection, omittedSection, problemsSection, summarySection, unusedWaiversSection } from './html-sections.js';
import { STYLE } from './html-style.js';

/**
 * The policy of the page itself: it loads nothing and runs nothing, only its inline style.
 * Every value is escaped already; this is the second lock, should anything ever slip.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

/**
 * The audit report as one self-contained HTML page: no script, no external font, image or
 * style sheet, readable without JavaScript and printable. The sections follow the text
 * report: the heading, the summary, parse coverage with every input and its SHA-256, the
 * segment matrix, the findings by severity with their paths and masked config lines, the
 * waived findings and unused waivers, the checks not run and the input problems. A pure
 * function of its arguments: the same report gives the same bytes. `excerpts` undefined
 * shows no config text at all (--no-excerpts): neither excerpts nor unrecognized lines' text.
 */
export function renderHtml(doc: ReportDocument, snapshotLabel: string, lang: Language, excerpts: ReportExcerpts | undefined): string {
  const l = catalogue(lang).labels;
  const page = html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${l.report}${doc.organization ? ` — ${doc.organization}` : ''}</title>
${STYLE}
</head>
<body>
${headerSection(doc, snapshotLabel, lang)}${summarySection(doc, lang)}${inputsSection(doc, lang)}${matrixSection(doc, lang)}${findingsSection(doc, lang, excerpts)}${waivedSection(doc, lang)}${unusedWaiversSection(doc, lang)}${omittedSection(doc, lang)}${problemsSection(doc, lang)}</body>
</html>
`;
  return page.markup;
}

/** The findings grouped by severity, most severe first. */
function findingsSection(doc: ReportDocument, lang: Language, excerpts: ReportExcerpts | undefined): Html {
  const c = catalogue(lang);
  const l = c.labels;
  const counts = SEVERITIES.map((s) => `${doc.summary[s]} ${c.severities[s]}`).join(', ');
  const groups = SEVERITIES.flatMap((severity) => {
    const group = doc.findings.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [html`<h3>${c.severities[severity]} (${group.length})</h3>\n${group.map((f) => htmlFinding(f, lang, excerpts))}`];
  });
  return html`<section id="findings">
<h2>${l.findings}</h2>
<p>${counts}${doc.waived.length > 0 ? `   (${fill(l.waivedCount, { count: doc.waived.length })})` : ''}</p>
${doc.findings.length === 0 && html`<p>${l.noFindings}</p>\n`}${groups}</section>
`;
}

/** Findings an approved exception (例外措置) covers, not counted above. */
function waivedSection(doc: ReportDocument, lang: Language): Html | false {
  if (doc.waived.length === 0) return false;
  const l = catalogue(lang).labels;
  return html`<section id="waived">
<h2>${fill(l.waivedFindings, { count: doc.waived.length })}</h2>
${doc.waived.map((f) => htmlWaived(f, lang))}</section>
`;
}
