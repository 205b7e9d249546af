import { SEVERITIES } from '../../checks/types.js';
import type { FindingFilter } from '../state/finding-filter.js';
import { displayWidth } from '../../report/layout.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import type { ReportFinding } from '../../report/report-document.js';
import { fitColumns } from '../layout/fit-columns.js';
import { type Line, type Span, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import { type TuiFinding, asFindingChange } from '../state/finding-list.js';
import type { Pair } from '../state/visible-findings.js';
import type { TuiWords } from '../words/tui-words.js';
import { severitySpan } from './severity-style.js';

/** Narrowest title column worth showing; below it the title moves under the list. */
const MIN_TITLE = 24;
/** Lines above the rows: the title with the count and the filters in force. */
const HEAD = 1;
/** Lines under the rows when the title has no column: the selected finding's title and message. */
const PREVIEW = 2;

/** What the findings list shows. */
export interface FindingListView {
  /** Every finding (model.findings). */
  readonly findings: readonly TuiFinding[];
  /** Indices of the findings the filters keep, in order. */
  readonly visible: readonly number[];
  /** Index into `visible` of the selected row. */
  readonly selected: number;
  /** First row shown (see scrollOffset). */
  readonly offset: number;
  /** The matrix cell the list was opened from. */
  readonly pair: Pair | undefined;
  /** The severity, check and device filters. */
  readonly filter: FindingFilter;
  /** The search in force (or being typed). */
  readonly query: string;
}

/** How the rows are laid out at a width. */
interface ListLayout {
  /** Widths of severity, check, pair, location, tag (waived, new, resolved) and title; 0 leaves a column out. */
  readonly widths: readonly [number, number, number, number, number, number];
  /** Rows available. */
  readonly rows: number;
}

/**
 * Rows the list has for findings at this size: what is left under its heading, and above the
 * preview of the selected finding when the title has no column. The pane pages by this.
 */
export function findingListRows(view: FindingListView, lang: Language, words: TuiWords, width: number, height: number): number {
  return listLayout(view, lang, words, width, height).rows;
}

/**
 * The findings list: a heading with "n of m" and the filters, then one row per finding —
 * severity, check, source → destination, the rule most responsible (file:line) and, when
 * there is room, the title — in columns sized with string-width, so Japanese lines up. The
 * selected row is in reverse video and marked ▶. On a narrow screen the title and message of
 * the selected finding show under the list instead, so rows of one check stay apart.
 */
export function findingListLines(view: FindingListView, lang: Language, words: TuiWords, width: number, height: number): Line[] {
  const c = catalogue(lang);
  const title: Span[] = [{ text: words.panes.findings, bold: true }, { text: `  ${fill(words.shownOf, { shown: view.visible.length, total: view.findings.length })}` }];
  const severity = SEVERITIES.find((s) => s === view.filter.severity);
  const chips = [
    severity === undefined ? undefined : fill(words.severityFilter, { severity: c.severities[severity] }),
    view.filter.check === undefined ? undefined : view.filter.check,
    view.filter.device === undefined ? undefined : fill(words.deviceFilter, { device: view.filter.device }),
    changeWord(view.filter.change, words),
    view.query === '' ? undefined : fill(words.searchFilter, { query: view.query }),
    view.pair === undefined ? undefined : fill(words.pairFilter, { from: view.pair.from, to: view.pair.to }),
  ].filter((chip): chip is string => chip !== undefined);
  for (const chip of chips) title.push({ text: '  ' }, { text: `[${chip}]`, color: 'cyan' });
  const out: Line[] = [fitLine(title, width)];
  if (view.visible.length === 0) return [...out, fitLine([{ text: `  ${words.nothingMatches}`, dim: true }], width)];

  const layout = listLayout(view, lang, words, width, height);
  const [severityWidth, checkWidth, pairWidth, atWidth, tagWidth, titleWidth] = layout.widths;
  for (let r = view.offset; r < Math.min(view.visible.length, view.offset + layout.rows); r++) {
    const item = view.findings[view.visible[r]!]!;
    const f = item.finding;
    const selected = r === view.selected;
    // Findings that do not count (waived, or gone after the change) are dimmed.
    const style = selected ? { inverse: true } : item.waived || item.change === 'resolved' ? { dim: true } : {};
    const tag = tagOf(item, words);
    const cell = (text: string, w: number): Span[] => (w > 0 ? [{ text: '  ', ...style }, { text: fitToWidth(text, w), ...style }] : []);
    const spans: Span[] = [
      { text: selected ? '▶ ' : '  ', bold: true },
      { ...severitySpan(f.severity, fitToWidth(c.severities[f.severity], severityWidth)), ...style },
      ...cell(f.check, checkWidth),
      ...cell(pairOf(f), pairWidth),
      ...cell(locationOf(f), atWidth),
      ...cell(tag === undefined ? '' : `[${tag}]`, tagWidth),
      ...cell(titleOf(item, words), titleWidth),
    ];
    out.push(fitLine(spans, width));
  }
  if (titleWidth === 0) {
    const item = view.findings[view.visible[view.selected] ?? -1];
    while (out.length < HEAD + layout.rows) out.push([]);
    if (item) out.push(fitLine([{ text: `  ${titleOf(item, words)}`, bold: true }], width), fitLine([{ text: `  ${item.finding.message}`, dim: true }], width));
  }
  return out;
}

function listLayout(view: FindingListView, lang: Language, words: TuiWords, width: number, height: number): ListLayout {
  const c = catalogue(lang);
  const rows = view.visible.map((i) => view.findings[i]!);
  const widest = (text: (f: TuiFinding) => string) => Math.max(0, ...rows.map((f) => displayWidth(text(f))));
  // A list opened from one matrix cell has one pair: the column would say nothing.
  const pair = view.pair === undefined ? widest((f) => pairOf(f.finding)) : 0;
  const natural = [Math.max(...SEVERITIES.map((s) => displayWidth(c.severities[s]))), widest((f) => f.finding.check), pair, widest((f) => locationOf(f.finding))];
  // A column of width 0 is left out, with the gap before it, so it gives its gap back.
  const room = (columns: readonly number[]) => width - 2 + 2 * columns.filter((w) => w === 0).length;
  const used = (columns: readonly number[]) => columns.reduce((n, w) => n + w, 0) + 2 * (columns.length - 1);
  const body = Math.max(1, height - HEAD);
  // The title gets a column only where everything else keeps its full width.
  const withTitle = [...natural, widest((f) => titleOf(f, words))];
  const titleRoom = room(withTitle) - used(natural) - 2;
  if (titleRoom >= MIN_TITLE) return { widths: [...natural, 0, Math.min(withTitle[4]!, titleRoom)] as unknown as ListLayout['widths'], rows: body };
  // Without a title column, a waived, new or resolved finding needs its mark in a column of its own.
  const tag = Math.max(0, ...rows.map((f) => tagOf(f, words)).map((t) => (t === undefined ? 0 : displayWidth(`[${t}]`))));
  const without = fitColumns([...natural, tag, 0], room([...natural, tag, 0]), [
    { column: 1, min: 16 },
    { column: 3, min: 10 },
    { column: 2, min: 10 },
  ]);
  return { widths: without as unknown as ListLayout['widths'], rows: Math.max(1, body - PREVIEW) };
}

function pairOf(f: ReportFinding): string {
  return f.from !== undefined && f.to !== undefined ? `${f.from} → ${f.to}` : '';
}

/** The rule most responsible, as file:line without the configs/ every config is under. */
function locationOf(f: ReportFinding): string {
  return f.location ? `${f.location.file.replace(/^configs\//, '')}:${f.location.line}` : '';
}

function titleOf(f: TuiFinding, words: TuiWords): string {
  const tag = tagOf(f, words);
  return tag === undefined ? f.finding.title : `[${tag}] ${f.finding.title}`;
}

/** The mark of a finding that is not simply there: waived, or (diff mode) new or resolved. */
function tagOf(f: TuiFinding, words: TuiWords): string | undefined {
  if (f.waived) return words.waivedTag;
  return f.change === 'added' || f.change === 'resolved' ? words.changes[f.change] : undefined;
}

function changeWord(value: string | undefined, words: TuiWords): string | undefined {
  const change = asFindingChange(value);
  return change === undefined ? undefined : words.changes[change];
}
