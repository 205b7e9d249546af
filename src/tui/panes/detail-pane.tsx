import { useMemo } from 'react';
import { ScrolledLines } from '../components/scrolled-lines.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { textKeys } from '../keys/key-intents.js';
import { detailLines } from '../lines/detail-lines.js';
import { listedFindings } from '../state/app-state.js';
import { lastScroll } from '../state/scroll-window.js';
import { topView, viewBelow } from '../state/view-stack.js';
import type { PaneProps } from './pane-props.js';

/** A finding's detail, scrolled; ←→ step through the list it was opened from. */
export function DetailPane({ data, model, state, dispatch, words, width, height, isActive }: PaneProps) {
  const view = topView(state.stack);
  const below = viewBelow(state.stack);
  const index = view.kind === 'detail' ? view.finding : -1;
  const scroll = view.kind === 'detail' ? view.scroll : 0;
  const list = below?.kind === 'findings' ? listedFindings(model, state, below.pair) : [];
  const position = list.indexOf(index) >= 0 ? { index: list.indexOf(index) + 1, count: list.length } : undefined;
  const item = model.findings[index];
  // A resolved finding is the before snapshot's: its excerpts come from that snapshot's configs.
  const configLines = item?.change === 'resolved' && data.diff ? data.diff.configLines : data.configLines;
  const sides = data.diff ? { before: data.diff.beforeLabel, after: data.snapshotLabel } : undefined;
  const lines = useMemo(
    () => (item === undefined ? [] : detailLines(item, position, configLines, data.doc.language, words, width, sides)),
    [item, position?.index, position?.count, data, words, width],
  );
  usePaneKeys(textKeys(Math.max(1, height - 2), lastScroll(lines.length, height), true), dispatch, isActive);
  return <ScrolledLines lines={lines} scroll={scroll} height={height} width={width} />;
}
