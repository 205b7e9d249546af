import { HelpOverlay } from '../components/help-overlay.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { helpKeys } from '../keys/key-intents.js';
import { helpLines } from '../lines/help-lines.js';
import type { PaneProps } from './pane-props.js';

/** Widest the help box gets: beyond this the key list reads worse, not better. */
const HELP_WIDTH = 76;

/** The help overlay in place of the body; any key closes it. */
export function HelpPane({ dispatch, words, width, height, isActive }: PaneProps) {
  usePaneKeys(helpKeys, dispatch, isActive);
  const boxWidth = Math.min(width, HELP_WIDTH);
  const lines = helpLines(words, Math.max(1, boxWidth - 4));
  return <HelpOverlay lines={lines} width={boxWidth} height={Math.min(height, lines.length + 2)} />;
}
