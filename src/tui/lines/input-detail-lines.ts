import { fill } from '../../report/messages/index.js';
import type { ReportInput } from '../../report/report-document.js';
import { type Line, BLANK, fitLine } from '../layout/span.js';
import type { TuiWords } from '../words/tui-words.js';
import { statusColor } from './inputs-lines.js';
import { paragraph } from './paragraph.js';

/**
 * One input's warnings, every line they take at this width; the pane scrolls through them.
 * Each warning gives its line number and kind, the reader's comment, and the line itself
 * (masked by buildReport) after a bar, cut at the screen edge as in an editor.
 */
export function inputDetailLines(input: ReportInput, words: TuiWords, width: number): Line[] {
  const out: Line[] = [
    [{ text: input.file, bold: true }, { text: input.devices.length > 0 ? `  ${input.devices.join(', ')}` : '', dim: true }],
    [{ text: fill(words.inputSummary, { format: input.format, lines: input.lines, unrecognized: input.unrecognized }) }, { text: input.status, color: statusColor(input.status) }],
    BLANK,
  ];
  if (input.warnings.length === 0) out.push([{ text: words.noWarnings, dim: true }]);
  for (const w of input.warnings) {
    out.push(...paragraph(`${w.line > 0 ? `${w.line}` : '—'}  [${w.kind}] ${w.comment}`, width, { indent: 0 }));
    if (w.text !== '') out.push([{ text: '    │ ', dim: true }, { text: w.text }]);
  }
  return out.map((line) => fitLine(line, width));
}
