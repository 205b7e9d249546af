import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Terminal size in columns and rows. */
export interface TerminalSize {
  /** Width in columns. */
  readonly columns: number;
  /** Height in rows. */
  readonly rows: number;
}

/** Used when the stream does not say (a pipe in a test): the size the TUI must work in anyway. */
export const FALLBACK_SIZE: TerminalSize = { columns: 80, rows: 24 };

/** The terminal's size, updated on every resize so the layout follows the window. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || FALLBACK_SIZE.columns, rows: stdout.rows || FALLBACK_SIZE.rows });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
    // read() depends only on stdout.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}
