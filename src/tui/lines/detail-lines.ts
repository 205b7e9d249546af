import { citedLines } from '../../report/cited-lines.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import { packetWords } from '../../report/path-words.js';
import { type Line, type Span, BLANK, fitLine } from '../layout/span.js';
import type { TuiFinding } from '../state/finding-list.js';
import type { TuiWords } from '../words/tui-words.js';
import { excerptLines } from './excerpt-lines.js';
import { paragraph } from './paragraph.js';
import { pathLines } from './path-lines.js';
import { severitySpan } from './severity-style.js';

/** Diff mode: the two snapshots, as the user named them. */
export interface DiffSides {
  /** Before the change. */
  readonly before: string;
  /** After it. */
  readonly after: string;
}

/** Widest a paragraph gets. */
const PROSE_WIDTH = 120;

/** Where the finding sits in the list it was opened from, for "finding 2 of 3". */
export interface ListPosition {
  /** 1-based. */
  readonly index: number;
  /** Findings in that list. */
  readonly count: number;
}

/**
 * A finding's detail as every line it takes at this width; the pane scrolls through them.
 * The order follows the reader's questions: what is wrong (title, message, waiver state),
 * which rule of the policy says so (clause), which packets (packets, witness), through what
 * (path, then the config lines of each rule, masked), and what to do (fix, location).
 */
export function detailLines(item: TuiFinding, position: ListPosition | undefined, configLines: ReadonlyMap<string, readonly string[]>, lang: Language, words: TuiWords, width: number, sides?: DiffSides): Line[] {
  const c = catalogue(lang);
  const l = c.labels;
  const f = item.finding;
  // Prose longer than this is hard to follow from line to line, however wide the terminal.
  const prose = Math.min(width, PROSE_WIDTH);
  const head: Span[] = [severitySpan(f.severity, `[${c.severities[f.severity]}]`), { text: ` ${f.check}`, bold: true }];
  if (f.from !== undefined && f.to !== undefined) head.push({ text: `  ${f.from} → ${f.to}` });
  if (position) head.push({ text: `   ${fill(words.position, { index: position.index, count: position.count })}`, dim: true });
  const out: Line[] = [head, ...paragraph(f.title, prose, { indent: 0, style: { bold: true } }), ...paragraph(f.message, prose, { indent: 0 })];

  if (sides && item.change === 'added') out.push(...paragraph(fill(words.addedNote, { ...sides }), prose, { indent: 0, style: { color: 'cyan' } }));
  if (sides && item.change === 'resolved') out.push(...paragraph(fill(words.resolvedNote, { ...sides }), prose, { indent: 0, style: { color: 'green' } }));
  if (item.waived && f.waiver) {
    out.push(...paragraph(fill(words.waiverInForce, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver }), prose, { indent: 0, style: { color: 'cyan' } }));
    out.push(...paragraph(f.waiver.reason, prose, { label: l.reason }));
  } else if (f.waiver?.expired) {
    out.push(...paragraph(`! ${fill(l.waiverExpired, { id: f.waiver.id, expires: f.waiver.expires, approver: f.waiver.approver })}`, prose, { indent: 0, style: { color: 'yellow' } }));
  }
  if (f.clause) out.push(BLANK, ...paragraph(`${f.clause.policy} ${f.clause.ref} 「${f.clause.text}」`, prose, { indent: 0, label: l.clause }));

  if ((f.packets && f.packets.length > 0) || f.witness) out.push(BLANK);
  if (f.packets && f.packets.length > 0) {
    out.push([{ text: `${l.packets}:`, bold: true }]);
    for (const p of f.packets) out.push(...paragraph(p, prose));
  }
  if (f.witness) out.push([{ text: `${l.witness}: `, bold: true }, { text: packetWords(f.witness) }]);
  if (f.delivered) out.push([{ text: `${l.deliveredAs}: `, bold: true }, { text: packetWords(f.delivered) }]);

  if (f.path && f.path.length > 0) out.push(BLANK, [{ text: `${l.path}:`, bold: true }], ...pathLines(f.path, lang, words, width));
  const cited = citedLines(f, lang);
  if (cited.length > 0) out.push(BLANK, [{ text: `${l.excerpts}:`, bold: true }], ...excerptLines(cited, configLines, lang, width));

  if (f.remediation) out.push(BLANK, ...paragraph(f.remediation, prose, { indent: 0, label: l.remediation }));
  // The fingerprint is printed under its waivers.yaml key, so it can be copied into a waiver.
  out.push(BLANK);
  if (f.location) out.push([{ text: `${l.location}: `, bold: true }, { text: `${f.location.file}:${f.location.line}` }]);
  out.push([{ text: `fingerprint: ${f.fingerprint}`, dim: true }]);
  return out.map((line) => fitLine(line, width));
}

