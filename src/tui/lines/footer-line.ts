import { type Line, fitLine } from '../layout/span.js';
import type { View } from '../state/view-stack.js';
import type { TuiWords } from '../words/tui-words.js';

/** The bottom line: the search prompt while it is open, the help's closing hint, or the keys of the current screen. */
export function footerLine(view: View, draft: string | undefined, help: boolean, words: TuiWords, width: number): Line {
  if (help) return fitLine([{ text: words.hints.help, dim: true }], width);
  if (draft !== undefined) return fitLine([{ text: '/ ', bold: true, color: 'cyan' }, { text: draft }, { text: '▏', color: 'cyan' }, { text: `   ${words.hints.search}`, dim: true }], width);
  const hint =
    view.kind === 'matrix'
      ? words.hints.matrix
      : view.kind === 'findings'
        ? words.hints.findings
        : view.kind === 'detail'
          ? words.hints.detail
          : view.kind === 'inputs'
            ? words.hints.inputs
            : words.hints.inputDetail;
  return fitLine([{ text: hint, dim: true }], width);
}
