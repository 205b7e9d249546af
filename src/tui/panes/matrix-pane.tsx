import { LineBlock } from '../components/line-block.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { matrixKeys } from '../keys/key-intents.js';
import { matrixLines } from '../lines/matrix-lines.js';
import type { PaneProps } from './pane-props.js';

/** The segment matrix pane. */
export function MatrixPane({ data, model, state, dispatch, words, width, height, isActive }: PaneProps) {
  usePaneKeys(matrixKeys, dispatch, isActive);
  return <LineBlock lines={matrixLines(model.matrix, state.cursor, data.segmentNames, data.doc.language, words, width, height)} height={height} />;
}
