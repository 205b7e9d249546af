import { LineBlock } from '../components/line-block.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { useScrollOffset } from '../hooks/use-scroll-offset.js';
import { filterKeys } from '../keys/key-intents.js';
import { filterMenuHeight, filterMenuLines } from '../lines/filter-menu-lines.js';
import { type FindingListView, findingListLines, findingListRows } from '../lines/finding-list-lines.js';
import { listedFindings } from '../state/app-state.js';
import { activeQuery } from '../state/search.js';
import { topView } from '../state/view-stack.js';
import type { PaneProps } from './pane-props.js';

/**
 * The `f` menu over the findings list. The list stays in view under the menu and narrows as
 * each value is chosen; the menu has the keys until it closes.
 */
export function FilterPane({ data, model, state, dispatch, words, width, height, isActive }: PaneProps) {
  usePaneKeys(filterKeys, dispatch, isActive);
  const lang = data.doc.language;
  const menu = filterMenuLines({ filter: state.filter, choices: model.choices, fields: model.filterFields, focus: state.filterMenu ?? 0 }, lang, words, width);
  const view = topView(state.stack);
  const pair = view.kind === 'findings' ? view.pair : undefined;
  const selected = view.kind === 'findings' ? view.selected : 0;
  const visible = listedFindings(model, state, pair);
  const listHeight = Math.max(1, height - filterMenuHeight(model.filterFields));
  const base: Omit<FindingListView, 'offset'> = { findings: model.findings, visible, selected, pair, filter: state.filter, query: activeQuery(state.search) };
  const offset = useScrollOffset(selected, visible.length, findingListRows({ ...base, offset: 0 }, lang, words, width, listHeight));
  return <LineBlock lines={[...menu, ...findingListLines({ ...base, offset }, lang, words, width, listHeight)]} height={height} />;
}
