import { type Line, fitLine } from '../layout/span.js';
import type { AppState } from '../state/app-state.js';
import type { View } from '../state/view-stack.js';
import type { TuiWords } from '../words/tui-words.js';

/**
 * The bottom line: the help's closing hint, the filter menu's keys, the search prompt while it
 * is open, or the keys of the current screen.
 */
export function footerLine(view: View, state: Pick<AppState, 'help' | 'filterMenu' | 'search'>, words: TuiWords, width: number): Line {
  const draft = state.search.draft;
  if (state.help) return fitLine([{ text: words.hints.help, dim: true }], width);
  if (state.filterMenu !== undefined) return fitLine([{ text: words.hints.filters, dim: true }], width);
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
