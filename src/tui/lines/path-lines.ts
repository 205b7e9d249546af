import { stepInterfaces, stepRule } from '../../report/path-words.js';
import type { PathStep } from '../../checks/finding.js';
import { displayWidth } from '../../report/layout.js';
import { type Language, catalogue } from '../../report/messages/index.js';
import { type Line, type Span, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import type { TuiWords } from '../words/tui-words.js';

const INDENT = 4;
const GAP = 2;

/**
 * The hop-by-hop path: per firewall, the interfaces (with zones) the packets cross, the rule
 * that let them through and where it is written. As a table with headings when it fits the
 * width; otherwise each hop takes two lines (device and interfaces, then rule, action and
 * file:line), with the devices still aligned. Cells are padded by display width, so Japanese
 * zone and rule names keep the columns straight.
 */
export function pathLines(steps: readonly PathStep[], lang: Language, words: TuiWords, width: number): Line[] {
  const rows = steps.map((step, i) => pathCells(step, i, lang));
  const headings = ['', words.pathColumns.device, words.pathColumns.interfaces, words.pathColumns.rule, words.pathColumns.action, words.pathColumns.at];
  const widths = headings.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const tableWidth = INDENT + widths.reduce((n, w) => n + w, 0) + GAP * (widths.length - 1);
  const out: Line[] = [];
  if (tableWidth <= width) {
    out.push([{ text: ' '.repeat(INDENT) + headings.map((h, c) => fitToWidth(h, widths[c]!)).join(' '.repeat(GAP)).trimEnd(), dim: true }]);
    rows.forEach((r, i) => {
      out.push([{ text: ' '.repeat(INDENT) + r.map((cell, c) => fitToWidth(cell, widths[c]!)).join(' '.repeat(GAP)).trimEnd() }]);
      out.push(...natLines(steps[i]!, INDENT + widths[0]! + GAP));
    });
    return out.map((line) => fitLine(line, width));
  }
  const deviceWidth = Math.min(24, widths[1]!);
  rows.forEach((r, i) => {
    const [number, device, interfaces, rule, action, at] = r as [string, string, string, string, string, string];
    const head: Span[] = [{ text: ' '.repeat(INDENT) + fitToWidth(number, widths[0]!) + ' ' }, { text: fitToWidth(device, deviceWidth), bold: true }, { text: `  ${interfaces}` }];
    const indent = ' '.repeat(INDENT + widths[0]! + 1);
    out.push(head, [{ text: `${indent}${[rule, action, at].filter((s) => s !== '').join('  ')}` }], ...natLines(steps[i]!, indent.length));
  });
  return out.map((line) => fitLine(line, width));
}

/** One step as cells: number, device, interfaces, rule, action, file:line (the same words as the text report). */
function pathCells(step: PathStep, index: number, lang: Language): string[] {
  return [
    `${index + 1}.`,
    step.device,
    stepInterfaces(step),
    stepRule(step, lang),
    step.action === 'none' ? '' : catalogue(lang).labels.actions[step.action],
    step.file === undefined ? '' : `${step.file}:${step.line}`,
  ];
}

function natLines(step: PathStep, indent: number): Line[] {
  return step.nat ? [[{ text: `${' '.repeat(indent)}NAT: ${step.nat}`, dim: true }]] : [];
}
