import { padStart } from '../layout.js';
import { citeKey, citedLines } from '../cited-lines.js';
import type { ReportExcerpts } from '../excerpts.js';
import { type Language, catalogue, fill } from '../messages/index.js';
import { packetWords, stepInterfaces } from '../path-words.js';
import type { ReportFinding, ReportWaiver } from '../report-document.js';
import { clauseWords, directionWords, stepDecision, stepPlace } from '../report-words.js';
import { mdFence, mdText } from './escape-markdown.js';
import { mdTable } from './markdown-table.js';

/** "**label**: value", both escaped. */
function labelled(label: string, value: string): string {
  return `**${mdText(label)}**: ${mdText(value)}`;
}

/**
 * One finding in Markdown, in the order a reader asks: what (check, segments, title,
 * message), which clause, which packets, through what (the path, then the masked config
 * lines), what to do, and where (location, fingerprint). `heading` is the Markdown heading
 * mark (`####`). With `excerpts` undefined no config line is shown (--no-excerpts).
 */
export function markdownFinding(f: ReportFinding, lang: Language, excerpts: ReportExcerpts | undefined, heading: string): string[] {
  const l = catalogue(lang).labels;
  const direction = directionWords(f);
  const out: string[] = [`${heading} ${mdText(`[${f.check}]${direction === '' ? '' : `  ${direction}`}`)}`, '', `**${mdText(f.title)}**`, '', mdText(f.message), ''];
  if (f.waiver?.expired) out.push(`> ${mdText(`! ${fill(l.waiverExpired, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver })}`)}`, '');

  const facts: string[] = [];
  if (f.clause) facts.push(`- ${labelled(l.clause, clauseWords(f.clause))}`);
  if (f.packets && f.packets.length > 0) facts.push(`- **${mdText(l.packets)}**:`, ...f.packets.map((p) => `  - ${mdText(p)}`));
  if (f.witness) facts.push(`- ${labelled(l.witness, packetWords(f.witness))}`);
  if (f.delivered) facts.push(`- ${labelled(l.deliveredAs, packetWords(f.delivered))}`);
  if (facts.length > 0) out.push(...facts, '');

  if (f.path && f.path.length > 0) {
    const c = l.columns;
    const rows = f.path.map((step, i) => [`${i + 1}`, step.device, stepInterfaces(step), stepDecision(step, lang), stepPlace(step), step.nat ?? '']);
    out.push(`**${mdText(l.path)}**`, '', ...mdTable([c.step, c.device, c.interfaces, c.rule, c.location, c.nat], rows, ['right']), '');
  }
  if (excerpts !== undefined) out.push(...excerptBlocks(f, lang, excerpts));

  if (f.remediation) out.push(labelled(l.remediation, f.remediation), '');
  // Two lines of one paragraph; the trailing backslash is Markdown's hard line break.
  const place = f.location ? [`${labelled(l.location, `${f.location.file}:${f.location.line}`)}\\`] : [];
  out.push(...place, labelled(l.fingerprint, f.fingerprint), '');
  return out;
}

/** The masked config lines around each line the finding cites, each in its own fenced block. */
function excerptBlocks(f: ReportFinding, lang: Language, excerpts: ReportExcerpts): string[] {
  const l = catalogue(lang).labels;
  const cited = citedLines(f, lang);
  if (cited.length === 0) return [];
  const out = [`**${mdText(l.excerpts)}**`, ''];
  for (const c of cited) {
    out.push(mdText(`${citeKey(c.file, c.line)}${c.what === '' ? '' : `  ${c.what}`}`), '');
    const excerpt = excerpts.get(citeKey(c.file, c.line));
    if (excerpt === undefined) {
      out.push(`*${mdText(fill(l.noExcerpt, { file: c.file }))}*`, '');
      continue;
    }
    const width = String(excerpt.first + excerpt.lines.length - 1).length;
    // The cited line is marked ▶, so the mark survives where no styling does.
    const lines = excerpt.lines.map((text, i) => `${excerpt.first + i === excerpt.focus ? '▶' : ' '} ${padStart(String(excerpt.first + i), width)}  ${text}`);
    out.push(...mdFence(lines), '');
  }
  return out;
}

/** A waived finding: enough to recognise it, and the approval behind it. */
export function markdownWaived(f: ReportFinding & { readonly waiver: ReportWaiver }, lang: Language, heading: string): string[] {
  const c = catalogue(lang);
  const l = c.labels;
  const w = f.waiver;
  const direction = directionWords(f);
  return [
    `${heading} ${mdText(`[${f.check}]${direction === '' ? '' : `  ${direction}`}  ${c.severities[f.severity]}  ${f.title}`)}`,
    '',
    `- ${labelled(l.waiver, `${w.id} (${w.file}:${w.line})`)}`,
    `- ${labelled(l.approver, w.approver)}`,
    `- ${labelled(l.expires, w.expires)}`,
    `- ${labelled(l.reason, w.reason)}`,
    `- ${labelled(l.fingerprint, f.fingerprint)}`,
    '',
  ];
}
