import { render } from 'ink';
import type { BackgroundLoad } from './data/load-in-background.js';
import { Root } from './root.js';
import type { TuiOptions } from './tui-options.js';

/** The streams the TUI draws on and reads keys from; both must be terminals. */
export interface TuiStreams {
  /** Where frames are drawn. */
  readonly stdout: NodeJS.WriteStream;
  /** Where keys come from. */
  readonly stdin: NodeJS.ReadStream;
  /** Where Ink reports its own errors. */
  readonly stderr: NodeJS.WriteStream;
}

/**
 * Runs the TUI until the reader quits, and returns the exit status: 0, or 2 when the snapshot
 * could not be audited. This module is the only way in to Ink and React: commands import it
 * dynamically, after checking for a terminal, so `sansou audit` never loads them. The command
 * owns the screen (see enterAlternateScreen); Ink draws from its top left.
 */
export async function runTui(options: TuiOptions, load: BackgroundLoad, streams: TuiStreams): Promise<number> {
  let code = 0;
  const instance = render(<Root options={options} load={load} onExitCode={(c) => (code = c)} />, {
    stdout: streams.stdout,
    stdin: streams.stdin,
    stderr: streams.stderr,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await instance.waitUntilExit();
  return code;
}
