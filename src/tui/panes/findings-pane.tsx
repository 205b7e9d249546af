import { LineBlock } from '../components/line-block.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { useScrollOffset } from '../hooks/use-scroll-offset.js';
import { listKeys, searchKeys } from '../keys/key-intents.js';
import { type FindingListView, findingListLines, findingListRows } from '../lines/finding-list-lines.js';
import { listedFindings } from '../state/app-state.js';
import { activeQuery, isEditing } from '../state/search.js';
import { topView } from '../state/view-stack.js';
import type { PaneProps } from './pane-props.js';

/** The findings list pane; while the `/` prompt is open, its keys are the prompt's. */
export function FindingsPane({ data, model, state, dispatch, words, width, height, isActive }: PaneProps) {
  const view = topView(state.stack);
  const pair = view.kind === 'findings' ? view.pair : undefined;
  const selected = view.kind === 'findings' ? view.selected : 0;
  const visible = listedFindings(model, state, pair);
  const lang = data.doc.language;
  const base: Omit<FindingListView, 'offset'> = { findings: model.findings, visible, selected, pair, filter: state.filter, query: activeQuery(state.search) };
  const rows = findingListRows({ ...base, offset: 0 }, lang, words, width, height);
  const offset = useScrollOffset(selected, visible.length, rows);
  usePaneKeys(isEditing(state.search) ? searchKeys : listKeys(rows), dispatch, isActive);
  const lines = findingListLines({ ...base, offset }, lang, words, width, height);
  return <LineBlock lines={lines} height={height} />;
}
