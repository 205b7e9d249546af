import { useStdin } from 'ink';
import { useEffect } from 'react';

/**
 * Keeps Ink reading keys for as long as the component is mounted. Ink reads the keyboard while
 * at least one handler is active, and stops — leaving raw mode and discarding a half-read key
 * such as a lone Esc — the moment the count drops to none. Between two screens it does: the
 * leaving screen's handler goes before the coming one's arrives, so an Esc pressed then would
 * be lost, and a key typed then echoed over the screen. Holding one count for the whole run
 * keeps the terminal in raw mode from the first frame to the last.
 */
export function useKeepReading(): void {
  const { setRawMode, isRawModeSupported } = useStdin();
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode, isRawModeSupported]);
}
