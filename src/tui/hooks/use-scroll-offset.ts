import { useRef } from 'react';
import { scrollOffset } from '../state/scroll-window.js';

/**
 * The first visible row of a list, remembered between frames so the window moves only when
 * the selection leaves it (see scrollOffset). It is a matter of drawing, not of state: a
 * resize changes it without any key being pressed, so it lives here and not in a reducer.
 */
export function useScrollOffset(selected: number, count: number, height: number): number {
  const previous = useRef(0);
  previous.current = scrollOffset(previous.current, selected, count, height);
  return previous.current;
}
