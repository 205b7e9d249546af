import { useApp, useInput } from 'ink';
import { type MutableRefObject, createContext, useContext } from 'react';
import type { KeyMap } from '../keys/key-intents.js';
import { splitKeys } from '../keys/split-keys.js';
import type { AppAction } from '../state/app-state.js';

/**
 * The key map of the screen drawn last. A pane's keyboard handler is attached by an effect,
 * which React runs some time after the screen is drawn; keys that arrive in between (typed
 * fast, pasted, or read in one chunk with the key that changed the screen) reach the handler
 * of the screen that is leaving. Every handler therefore reads the keys through this ref,
 * which the active pane sets as it draws, so a key always means what the screen shows.
 */
export const KeyRouterContext = createContext<MutableRefObject<KeyMap | undefined> | undefined>(undefined);

/**
 * A pane's one keyboard handler. Only the pane on screen is active, so a key is handled once;
 * `q` leaves through Ink, which restores the terminal.
 */
export function usePaneKeys(keys: KeyMap, dispatch: (action: AppAction) => void, isActive: boolean): void {
  const { exit } = useApp();
  const router = useContext(KeyRouterContext);
  // Set while drawing, not in an effect, for the reason above. Ink renders synchronously and
  // never discards a render, so the ref always holds the keys of the screen on the terminal.
  if (isActive && router) router.current = keys;
  useInput(
    (input, key) => {
      const map = router?.current ?? keys;
      // Ink passes characters read together as one string, as it would a paste: a held j, or
      // keys sent in one burst over a slow SSH link, arrive as "jj\r". Unless the screen takes
      // the string whole (the search prompt does), each character is a key of its own.
      const whole = map(input, key);
      const intents = whole !== undefined || [...input].length < 2 ? [whole] : splitKeys(input).map((k) => map(k.input, k.key));
      for (const intent of intents) {
        if (intent === undefined) continue;
        if (intent.type === 'quit') return exit();
        dispatch(intent);
      }
    },
    { isActive },
  );
}
