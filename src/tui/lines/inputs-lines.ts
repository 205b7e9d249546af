import { displayWidth } from '../../report/layout.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import { type ReportDocument, type ReportInput, coverage } from '../../report/report-document.js';
import { fitColumns } from '../layout/fit-columns.js';
import { type Line, type Span, type SpanColor, BLANK, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import { padStart } from '../../report/layout.js';
import type { TuiWords } from '../words/tui-words.js';

/** Lines above the rows: the title with the parse coverage, and the column headings. */
export const INPUTS_CHROME = 2;

/** Status colours; the status word itself is always shown. */
export function statusColor(status: string): SpanColor {
  return status === 'PASSED' ? 'green' : status === 'FAILED' ? 'red' : 'yellow';
}

/**
 * The inputs: one row per file (file, format, status, lines, unrecognized lines, devices) in
 * columns that shrink to the width, the selected row in reverse video; then, space allowing,
 * the input problems that are not about one line of a config.
 */
export function inputsLines(doc: ReportDocument, selected: number, offset: number, lang: Language, words: TuiWords, width: number, height: number): Line[] {
  const l = catalogue(lang).labels;
  const w = catalogue(lang).labels.columns;
  const title: Line = [{ text: l.inputs, bold: true }, { text: ` — ${fill(l.coverage, coverage(doc))}` }];
  const headings = [w.file, w.format, w.status, w.lines, w.unrecognized, w.devices];
  const cells = (i: ReportInput) => [i.file, i.format, i.status, String(i.lines), String(i.unrecognized), i.devices.join(', ')];
  const natural = headings.map((h, c) => Math.max(displayWidth(h), ...doc.inputs.map((i) => displayWidth(cells(i)[c]!))));
  // The length of a status word matters least (its colour and first letters still tell it),
  // then the detail of the format (an encoding in brackets), then the devices (the file's own
  // screen lists them all); the file name matters most.
  const widths = fitColumns(natural, width - 2, [
    { column: 2, min: 8 },
    { column: 1, min: 12 },
    { column: 5, min: 12 },
    { column: 1, min: 8 },
    { column: 5, min: 8 },
    { column: 0, min: 16 },
    { column: 0, min: 8 },
  ]);
  const row = (values: readonly string[]) => values.map((v, c) => (c === 3 || c === 4 ? padStart(v, widths[c]!) : fitToWidth(v, widths[c]!)));

  const out: Line[] = [title, [{ text: `  ${row(headings).join('  ')}`, dim: true }]];
  const listHeight = Math.max(1, height - INPUTS_CHROME);
  for (let r = offset; r < Math.min(doc.inputs.length, offset + listHeight); r++) {
    const input = doc.inputs[r]!;
    const isSelected = r === selected;
    const style = isSelected ? { inverse: true } : {};
    const [file, format, status, lines, unrecognized, devices] = row(cells(input)) as [string, string, string, string, string, string];
    const spans: Span[] = [
      { text: isSelected ? '▶ ' : '  ', bold: true },
      { text: `${file}  ${format}  `, ...style },
      { text: status, color: statusColor(input.status), ...style },
      { text: `  ${lines}  `, ...style },
      { text: unrecognized, ...(input.unrecognized > 0 ? { color: 'yellow' as const } : {}), ...style },
      { text: `  ${devices}`, ...style },
    ];
    out.push(spans);
  }
  out.push(...notes(doc, lang));
  return out.slice(0, Math.max(0, height)).map((line) => fitLine(line, width));
}

/**
 * What the reader should confirm about the inputs, under the table as far as there is room:
 * where the site came from (and, when inferred, each inference), the input problems that are
 * not about one config line, and the waivers that matched nothing.
 */
function notes(doc: ReportDocument, lang: Language): Line[] {
  const l = catalogue(lang).labels;
  const out: Line[] = [BLANK, [{ text: `${l.site}: `, bold: true }, { text: doc.site.origin === 'file' ? l.siteFromFile : l.siteInferred, ...(doc.site.origin === 'file' ? {} : { color: 'yellow' as const }) }]];
  for (const i of doc.site.inferences) out.push([{ text: `  ${i.subject} → ${i.conclusion} (${i.reason})` }]);
  if (doc.problems.length > 0) {
    out.push(BLANK, [{ text: `${l.problems} (${doc.problems.length})`, bold: true }]);
    for (const p of doc.problems) out.push([{ text: `  ${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}  ` : ''}${p.message}`, color: 'yellow' }]);
  }
  if (doc.unusedWaivers.length > 0) {
    out.push(BLANK, [{ text: fill(l.unusedWaivers, { count: doc.unusedWaivers.length }), bold: true }]);
    for (const w of doc.unusedWaivers) out.push([{ text: `  ${w.id}  ${w.file}:${w.line}  ${l.expires} ${w.expires}${w.expired ? ` (${l.expiredMark})` : ''}` }]);
  }
  return out;
}
