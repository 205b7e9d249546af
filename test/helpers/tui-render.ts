import { EventEmitter } from 'node:events';
import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';

/**
 * A terminal of a chosen size for Ink, like ink-testing-library's but with rows and columns
 * that a test sets and changes (ink-testing-library's is fixed at 100 columns and no rows).
 */
class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  isTTY = false;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

/**
 * Keys as a terminal delivers them: bytes wait in the stream until someone reads them. Ink
 * stops reading between two screens (the old one's key handler goes before the new one's
 * comes), and a real stream keeps what arrives meanwhile and signals it when a reader comes
 * back; so does this one, else a key pressed right after Enter would be lost in tests only.
 */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private pending: string[] = [];
  constructor() {
    super();
    this.on('newListener', (event: string) => {
      if (event === 'readable') setImmediate(() => this.pending.length > 0 && this.emit('readable'));
    });
  }
  write(data: string) {
    this.pending.push(data);
    if (this.listenerCount('readable') > 0) this.emit('readable');
  }
  read = () => {
    const data = this.pending.shift();
    return data ?? null;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** A rendered app in a fake terminal. */
export interface TuiHarness {
  /** The last frame drawn, as text (colours are off in tests). */
  lastFrame(): string;
  /** Every frame drawn so far. */
  frames(): readonly string[];
  /** Types keys, then waits for Ink to draw. */
  press(...keys: string[]): Promise<void>;
  /** Resizes the terminal, then waits for Ink to draw. */
  resize(columns: number, rows: number): Promise<void>;
  /** Waits until the last frame satisfies the predicate (the audit runs in the background). */
  waitFor(predicate: (frame: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves when the app exits (q). */
  exited(): Promise<void>;
  /** Unmounts the app. */
  unmount(): void;
}

/** Keys as a terminal sends them. */
export const KEY = {
  enter: '\r',
  escape: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  tab: '\t',
  backspace: '\u007F',
} as const;

/** Longest wait for a key's frame: a key that changes nothing draws none. */
const PRESS_MS = 400;
/** Quiet time after a frame that counts as the key's drawing being done. */
const QUIET_MS = 15;

export const tick = (ms = 20) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Renders an element in a terminal of `columns` × `rows`. */
export function renderTui(element: ReactElement, columns = 80, rows = 24): TuiHarness {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance: Instance = render(element, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const lastFrame = () => stdout.frames[stdout.frames.length - 1] ?? '';
  return {
    lastFrame,
    frames: () => stdout.frames,
    async press(...keys) {
      // Waits for the key's frame rather than a fixed time: a loaded machine (the suite runs
      // files in parallel) may take longer than any fixed pause to draw a heavy screen.
      for (const key of keys) {
        const before = stdout.frames.length;
        stdin.write(key);
        const deadline = Date.now() + PRESS_MS;
        while (stdout.frames.length === before && Date.now() < deadline) await tick(5);
        let seen = stdout.frames.length;
        do {
          seen = stdout.frames.length;
          await tick(QUIET_MS);
        } while (stdout.frames.length !== seen);
      }
    },
    async resize(c, r) {
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit('resize');
      await tick();
    },
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(lastFrame())) {
        if (Date.now() > deadline) throw new Error(`timed out; last frame:\n${lastFrame()}`);
        await tick(10);
      }
      // Ink draws a screen when React commits it, and React attaches the screen's key handler
      // just after, in its effects; a key typed in between goes to the screen that is leaving.
      await tick();
      return lastFrame();
    },
    exited: () => instance.waitUntilExit().then(() => undefined),
    unmount: () => instance.unmount(),
  };
}

/** Lines of a frame wider than `columns` terminal columns (string-width ignores colour codes). */
export function linesWiderThan(frame: string, columns: number): string[] {
  return frame.split('\n').filter((line) => stringWidth(line) > columns);
}
