import { useMemo } from 'react';
import { ScrolledLines } from '../components/scrolled-lines.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { textKeys } from '../keys/key-intents.js';
import { inputDetailLines } from '../lines/input-detail-lines.js';
import { lastScroll } from '../state/scroll-window.js';
import { topView } from '../state/view-stack.js';
import type { PaneProps } from './pane-props.js';

/** One input's warnings and unrecognized lines, scrolled. */
export function InputDetailPane({ data, state, dispatch, words, width, height, isActive }: PaneProps) {
  const view = topView(state.stack);
  const input = view.kind === 'input-detail' ? data.doc.inputs[view.input] : undefined;
  const scroll = view.kind === 'input-detail' ? view.scroll : 0;
  const lines = useMemo(() => (input === undefined ? [] : inputDetailLines(input, words, width)), [input, words, width]);
  usePaneKeys(textKeys(Math.max(1, height - 2), lastScroll(lines.length, height), false), dispatch, isActive);
  return <ScrolledLines lines={lines} scroll={scroll} height={height} width={width} />;
}
