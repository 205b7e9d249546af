/** Switch to and from the terminal's alternate screen, as less and vim do. */
const ENTER = '\u001B[?1049h';
const LEAVE = '\u001B[?1049l';
/** Cursor to the top left: Ink draws from wherever the cursor is. */
const HOME = '\u001B[H';
/** Back to the start of the line, and erase it. */
const CLEAR_LINE = '\r\u001B[2K';

/** The screen the TUI runs on, from the command's point of view. */
export interface AlternateScreen {
  /** Erases the status line, just before Ink draws its first frame over it. */
  clearStatus(): void;
  /** Back to the reader's screen and scrollback, as they were. */
  leave(): void;
}

/**
 * Enters the alternate screen and prints a status line at once. Loading Ink and React takes
 * a noticeable part of a second; this line is plain text written before they are imported,
 * so the reader sees that something is happening straight away. This module imports nothing,
 * so a command may use it before the dynamic import.
 */
export function enterAlternateScreen(stdout: { write(text: string): unknown }, status: string): AlternateScreen {
  stdout.write(`${ENTER}${HOME}${status}`);
  let left = false;
  return {
    clearStatus: () => stdout.write(CLEAR_LINE),
    leave: () => {
      if (left) return;
      left = true;
      stdout.write(LEAVE);
    },
  };
}
