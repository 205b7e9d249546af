import { LineBlock } from '../components/line-block.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { useScrollOffset } from '../hooks/use-scroll-offset.js';
import { listKeys } from '../keys/key-intents.js';
import { INPUTS_CHROME, inputsLines } from '../lines/inputs-lines.js';
import { topView } from '../state/view-stack.js';
import type { PaneProps } from './pane-props.js';

/** The inputs pane: each file read, how well, and Enter for its warnings. */
export function InputsPane({ data, state, dispatch, words, width, height, isActive }: PaneProps) {
  const view = topView(state.stack);
  const selected = view.kind === 'inputs' ? view.selected : 0;
  const listHeight = Math.max(1, height - INPUTS_CHROME);
  const offset = useScrollOffset(selected, data.doc.inputs.length, listHeight);
  usePaneKeys(listKeys(listHeight), dispatch, isActive);
  return <LineBlock lines={inputsLines(data.doc, selected, offset, data.doc.language, words, width, height)} height={height} />;
}
