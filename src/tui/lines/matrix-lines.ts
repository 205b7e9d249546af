import { displayWidth } from '../../report/layout.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import { type Line, type Span, BLANK, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import type { MatrixCursor } from '../state/matrix-cursor.js';
import { type MatrixCellView, type MatrixModel, cellAt } from '../state/matrix-model.js';
import { scrollOffset } from '../state/scroll-window.js';
import type { TuiWords } from '../words/tui-words.js';

/** The same symbols as the text report, so a reader of one can read the other. */
const SYMBOL = { none: '·', compliant: '✓', violation: '✗', self: '—', absent: '' } as const;
const INDENT = 2;
const GAP = 2;
const MAX_LABEL = 20;
const MAX_COLUMN = 16;

/**
 * The segment matrix, fitted to the body: the grid with the cursor cell in reverse video
 * (its row and column headings bold), then what the cell under the cursor means, the
 * segments' display names, the packets that can cross, and the legend. A matrix wider or
 * taller than the screen shows the columns and rows around the cursor, with ‹ › marking
 * columns left out.
 */
export function matrixLines(model: MatrixModel, cursor: MatrixCursor, names: ReadonlyMap<string, string>, lang: Language, words: TuiWords, width: number, height: number): Line[] {
  const l = catalogue(lang).labels;
  if (model.rows.length === 0) return [fitLine([{ text: l.matrix, bold: true }], width), fitLine([{ text: `${' '.repeat(INDENT)}—` }], width)];
  const labelWidth = Math.min(MAX_LABEL, Math.max(...model.rows.map(displayWidth)));
  const columnWidths = model.columns.map((id) => Math.min(MAX_COLUMN, Math.max(3, displayWidth(id))));
  const [first, end] = visibleColumns(columnWidths, cursor.column, width - INDENT - labelWidth);
  const gridHeight = Math.max(1, Math.min(model.rows.length, height - 3));
  const top = scrollOffset(0, cursor.row, model.rows.length, gridHeight);

  const left: Span = { text: first > 0 ? ' ‹' : '  ', dim: true };
  const right: Span = { text: end < model.columns.length ? ' ›' : '', dim: true };
  const header: Span[] = [{ text: ' '.repeat(INDENT + labelWidth) }, left];
  for (let c = first; c < end; c++) header.push({ text: ' '.repeat(GAP) }, { text: fitToWidth(model.columns[c]!, columnWidths[c]!), bold: c === cursor.column });
  header.push(right);

  const out: Line[] = [[{ text: l.matrix, bold: true }], header];
  for (let r = top; r < Math.min(model.rows.length, top + gridHeight); r++) {
    const row: Span[] = [{ text: ' '.repeat(INDENT) }, { text: fitToWidth(model.rows[r]!, labelWidth), bold: r === cursor.row }, left];
    for (let c = first; c < end; c++) {
      row.push({ text: ' '.repeat(GAP) }, cellSpan(cellAt(model, r, c), columnWidths[c]!, r === cursor.row && c === cursor.column));
    }
    row.push(right);
    out.push(row);
  }

  const from = model.rows[cursor.row] ?? '';
  const to = model.columns[cursor.column] ?? '';
  const cell = cellAt(model, cursor.row, cursor.column);
  const below: Line[] = [BLANK, describeCell(cell, from, to, words)];
  const named = [from, to].filter((id, i, all) => names.has(id) && all.indexOf(id) === i);
  if (named.length > 0) below.push([{ text: `  ${named.map((id) => `${id} = ${names.get(id)}`).join('   ')}`, dim: true }]);
  const legend: Line = [{ text: `  ${l.matrixLegend}`, dim: true }];
  const room = height - out.length - below.length - 2;
  if ((cell.kind === 'violation' || cell.kind === 'compliant') && cell.packets.length > 0 && room > 1) {
    below.push([{ text: `  ${l.packets}:`, dim: true }]);
    const shown = cell.packets.length <= room - 1 ? cell.packets : cell.packets.slice(0, room - 2);
    for (const p of shown) below.push([{ text: `    ${p}` }]);
    if (shown.length < cell.packets.length) below.push([{ text: `    … ${cell.packets.length - shown.length}`, dim: true }]);
  }
  out.push(...below, BLANK, legend);
  return out.slice(0, Math.max(0, height)).map((line) => fitLine(line, width));
}

/** First and end (exclusive) column indices that fit `room` columns and include the cursor's column. */
function visibleColumns(widths: readonly number[], cursor: number, room: number): [number, number] {
  const endFrom = (first: number) => {
    let used = 4; // the ‹ and › markers, each with a space
    let end = first;
    while (end < widths.length && used + GAP + widths[end]! <= room) used += GAP + widths[end++]!;
    return Math.max(end, first + 1);
  };
  for (let first = 0; first <= cursor; first++) {
    const end = endFrom(first);
    if (cursor < end) return [first, end];
  }
  return [cursor, cursor + 1];
}

function cellSpan(cell: MatrixCellView, width: number, isCursor: boolean): Span {
  const cursor = isCursor ? { inverse: true } : {};
  switch (cell.kind) {
    case 'violation':
      return { text: fitToWidth(`${SYMBOL.violation}${cell.findings}`, width), color: 'red', bold: true, ...cursor };
    case 'compliant':
      return { text: fitToWidth(SYMBOL.compliant, width), color: 'green', ...cursor };
    case 'none':
      return { text: fitToWidth(SYMBOL.none, width), color: 'gray', ...cursor };
    case 'self':
      return { text: fitToWidth(SYMBOL.self, width), dim: true, ...cursor };
    case 'absent':
      return { text: fitToWidth(SYMBOL.absent, width), ...cursor };
  }
}

function describeCell(cell: MatrixCellView, from: string, to: string, words: TuiWords): Line {
  const params = { from, to, count: cell.kind === 'violation' ? cell.findings : 0 };
  switch (cell.kind) {
    case 'violation':
      return [{ text: '  ' }, { text: `${SYMBOL.violation} ${fill(cell.findings === 1 ? words.cell.violationOne : words.cell.violation, params)}`, color: 'red', bold: true }];
    case 'compliant':
      return [{ text: '  ' }, { text: `${SYMBOL.compliant} ${fill(words.cell.compliant, params)}`, color: 'green' }];
    case 'none':
      return [{ text: `  ${SYMBOL.none} ${fill(words.cell.none, params)}` }];
    case 'self':
      return [{ text: `  ${fill(words.cell.self, params)}`, dim: true }];
    case 'absent':
      return [{ text: `  ${fill(words.cell.absent, params)}`, dim: true }];
  }
}
