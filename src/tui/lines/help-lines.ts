import { displayWidth } from '../../report/layout.js';
import { type Line, fitLine } from '../layout/span.js';
import { fitToWidth } from '../layout/truncate.js';
import type { TuiWords } from '../words/tui-words.js';

/** The help overlay's content: the keys in one column, padded by display width, what they do in the next. */
export function helpLines(words: TuiWords, width: number): Line[] {
  const keyWidth = Math.max(...words.helpKeys.map(([k]) => displayWidth(k)));
  const out: Line[] = [[{ text: words.helpTitle, bold: true }], []];
  for (const [keys, what] of words.helpKeys) out.push([{ text: fitToWidth(keys, keyWidth), color: 'cyan', bold: true }, { text: `  ${what}` }]);
  out.push([], [{ text: words.helpClose, dim: true }]);
  return out.map((line) => fitLine(line, width));
}
