import { SEVERITIES } from '../../checks/types.js';
import { displayWidth } from '../../report/layout.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import { type Line, type Span, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import type { FilterChoices, FilterField, FindingFilter } from '../state/finding-filter.js';
import { asFindingChange } from '../state/finding-list.js';
import type { TuiWords } from '../words/tui-words.js';

/** Lines the menu takes above the findings list: its heading, one per field, a rule. */
export function filterMenuHeight(fields: readonly FilterField[]): number {
  return fields.length + 2;
}

/** What the `f` menu shows. */
export interface FilterMenuView {
  /** The filters in force. */
  readonly filter: FindingFilter;
  /** The values each field offers. */
  readonly choices: FilterChoices;
  /** The fields, in order. */
  readonly fields: readonly FilterField[];
  /** Index into `fields` of the field with focus. */
  readonly focus: number;
}

/**
 * The menu: one row per field, its label padded by display width, then its value. The row
 * with focus is marked ▶ and shows ◀ ▶ around its value and its place among the values, so
 * the reader sees that ←→ step through them; the value of every row says how many findings
 * have it. The findings list, drawn under the rule, narrows as the values change.
 */
export function filterMenuLines(view: FilterMenuView, lang: Language, words: TuiWords, width: number): Line[] {
  const labelWidth = Math.max(...view.fields.map((f) => displayWidth(words.filterMenu.fields[f])));
  const out: Line[] = [[{ text: words.filterMenu.title, bold: true }]];
  view.fields.forEach((field, index) => {
    const focused = index === view.focus;
    const value = valueLabel(view, field, lang, words);
    const spans: Span[] = [
      { text: focused ? '▶ ' : '  ', bold: true },
      { text: fitToWidth(words.filterMenu.fields[field], labelWidth), bold: focused },
      { text: '  ' },
      ...(focused ? [{ text: '◀ ', color: 'cyan' as const }, { text: value, inverse: true }, { text: ' ▶', color: 'cyan' as const }] : [{ text: value, ...(view.filter[field] === undefined ? { dim: true } : { color: 'cyan' as const }) }]),
    ];
    if (focused) spans.push({ text: `  ${position(view, field)}`, dim: true });
    out.push(spans);
  });
  out.push([{ text: '─'.repeat(Math.max(0, width)), dim: true }]);
  return out.map((line) => fitLine(line, width));
}

/** The field's value as the reader knows it: a severity or a change in words, "all", and the count. */
function valueLabel(view: FilterMenuView, field: FilterField, lang: Language, words: TuiWords): string {
  const value = view.filter[field];
  if (value === undefined) return words.filterMenu.all;
  const severity = SEVERITIES.find((s) => s === value);
  const change = asFindingChange(value);
  const label = field === 'severity' && severity !== undefined ? catalogue(lang).severities[severity] : field === 'change' && change !== undefined ? words.changes[change] : value;
  const count = view.choices[field].find((c) => c.value === value)?.count ?? 0;
  return fill(words.filterMenu.count, { value: label, count });
}

/** "2/5": the value's place among "all" and the field's values. */
function position(view: FilterMenuView, field: FilterField): string {
  const values = view.choices[field].map((c) => c.value);
  const value = view.filter[field];
  return `${value === undefined ? 0 : values.indexOf(value) + 1}/${values.length}`;
}
