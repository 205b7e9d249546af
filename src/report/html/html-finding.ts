import { citeKey, citedLines } from '../cited-lines.js';
import type { ConfigExcerpt } from '../config-excerpt.js';
import type { ReportExcerpts } from '../excerpts.js';
import { padStart } from '../layout.js';
import { type Language, catalogue, fill } from '../messages/index.js';
import { packetWords, stepInterfaces } from '../path-words.js';
import type { ReportFinding, ReportWaiver } from '../report-document.js';
import { clauseWords, directionWords, stepDecision, stepPlace } from '../report-words.js';
import { type Html, html } from './escape-html.js';

/**
 * One finding as an `<article>`, in the order a reader asks: what (severity, check,
 * segments, title, message), which clause, which packets, through what (the path table, then
 * the masked config lines), what to do, and where (location, fingerprint). The severity is a
 * word as well as a colour. With `excerpts` undefined no config line is shown (--no-excerpts).
 */
export function htmlFinding(f: ReportFinding, lang: Language, excerpts: ReportExcerpts | undefined): Html {
  const c = catalogue(lang);
  const l = c.labels;
  const direction = directionWords(f);
  const expired = f.waiver?.expired ? html`<p class="note">! ${fill(l.waiverExpired, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver })}</p>\n` : false;
  return html`<article class="finding ${f.severity}">
<h4><span class="sev ${f.severity}">${c.severities[f.severity]}</span> <span class="mono">[${f.check}]</span>${direction === '' ? '' : `  ${direction}`}</h4>
<p class="title">${f.title}</p>
<p>${f.message}</p>
${expired}${facts(f, lang)}${pathTable(f, lang)}${excerpts === undefined ? false : excerptFigures(f, lang, excerpts)}${f.remediation ? html`<p><strong>${l.remediation}</strong>: ${f.remediation}</p>\n` : false}<p class="where">${f.location ? html`<strong>${l.location}</strong>: <span class="mono">${f.location.file}:${f.location.line}</span><br>` : false}<strong>${l.fingerprint}</strong>: <code>${f.fingerprint}</code></p>
</article>
`;
}

/** Clause, packets, witness and delivered packet, as a definition list; nothing when there is none. */
function facts(f: ReportFinding, lang: Language): Html | false {
  const l = catalogue(lang).labels;
  const items: Html[] = [];
  if (f.clause) items.push(html`<dt>${l.clause}</dt><dd>${clauseWords(f.clause)}</dd>\n`);
  if (f.packets && f.packets.length > 0) items.push(html`<dt>${l.packets}</dt><dd><ul>${f.packets.map((p) => html`<li class="mono">${p}</li>`)}</ul></dd>\n`);
  if (f.witness) items.push(html`<dt>${l.witness}</dt><dd class="mono">${packetWords(f.witness)}</dd>\n`);
  if (f.delivered) items.push(html`<dt>${l.deliveredAs}</dt><dd class="mono">${packetWords(f.delivered)}</dd>\n`);
  return items.length > 0 && html`<dl class="facts">\n${items}</dl>\n`;
}

/** The path hop by hop: device, interfaces and zones, the deciding rule and action, file:line, NAT. */
function pathTable(f: ReportFinding, lang: Language): Html | false {
  if (!f.path || f.path.length === 0) return false;
  const l = catalogue(lang).labels;
  const c = l.columns;
  const rows = f.path.map(
    (step, i) =>
      html`<tr><td class="num">${i + 1}</td><td>${step.device}</td><td class="mono">${stepInterfaces(step)}</td><td>${stepDecision(step, lang)}</td><td class="mono">${stepPlace(step)}</td><td>${step.nat ?? ''}</td></tr>\n`,
  );
  return html`<h5>${l.path}</h5>
<table class="path">
<thead><tr><th scope="col">${c.step}</th><th scope="col">${c.device}</th><th scope="col">${c.interfaces}</th><th scope="col">${c.rule}</th><th scope="col">${c.location}</th><th scope="col">${c.nat}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>
`;
}

/** The masked config lines around each line the finding cites, each in a `<figure>`. */
function excerptFigures(f: ReportFinding, lang: Language, excerpts: ReportExcerpts): Html | false {
  const l = catalogue(lang).labels;
  const cited = citedLines(f, lang);
  if (cited.length === 0) return false;
  const figures = cited.map((c) => {
    const excerpt = excerpts.get(citeKey(c.file, c.line));
    const caption = html`<figcaption><span class="mono">${citeKey(c.file, c.line)}</span>${c.what === '' ? '' : `  ${c.what}`}</figcaption>`;
    const body = excerpt === undefined ? html`<p class="muted">${fill(l.noExcerpt, { file: c.file })}</p>` : excerptPre(excerpt);
    return html`<figure class="excerpt">${caption}\n${body}</figure>\n`;
  });
  return html`<h5>${l.excerpts}</h5>\n${figures}`;
}

/**
 * The lines with their numbers; the cited one is marked ▶ and bold, so the mark survives
 * where no colour does. No whitespace is added inside `<pre>`, which shows all of it.
 */
function excerptPre(excerpt: ConfigExcerpt): Html {
  const width = String(excerpt.first + excerpt.lines.length - 1).length;
  const lines = excerpt.lines.map((text, i) => {
    const n = excerpt.first + i;
    const row = `${n === excerpt.focus ? '▶' : ' '} ${padStart(String(n), width)}  ${text}`;
    return n === excerpt.focus ? html`<span class="focus">${row}</span>\n` : html`${row}\n`;
  });
  return html`<pre>${lines}</pre>`;
}

/** A waived finding: enough to recognise it, and the approval behind it. */
export function htmlWaived(f: ReportFinding & { readonly waiver: ReportWaiver }, lang: Language): Html {
  const c = catalogue(lang);
  const l = c.labels;
  const w = f.waiver;
  const direction = directionWords(f);
  return html`<article class="finding waived ${f.severity}">
<h4><span class="sev ${f.severity}">${c.severities[f.severity]}</span> <span class="mono">[${f.check}]</span>${direction === '' ? '' : `  ${direction}`}</h4>
<p class="title">${f.title}</p>
<dl class="facts">
<dt>${l.waiver}</dt><dd>${w.id} <span class="mono">(${w.file}:${w.line})</span></dd>
<dt>${l.approver}</dt><dd>${w.approver}</dd>
<dt>${l.expires}</dt><dd>${w.expires}</dd>
<dt>${l.reason}</dt><dd>${w.reason}</dd>
<dt>${l.fingerprint}</dt><dd><code>${f.fingerprint}</code></dd>
</dl>
</article>
`;
}
