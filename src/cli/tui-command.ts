import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Language, LANGUAGES, fill, languageFromEnv } from '../report/messages/index.js';
import { loadInBackground } from '../tui/data/load-in-background.js';
import { enterAlternateScreen } from '../tui/screen/alternate-screen.js';
import type { TuiOptions } from '../tui/tui-options.js';
import { tuiWords } from '../tui/words/tui-words.js';
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from './io.js';
import { type ReportChoices, rulesetOptions, todayOption } from './options.js';

export const TUI_USAGE = `Usage: sansou tui <snapshot> [--lang ja|en] [--policy ID] [--ruleset FILE]...
                  [--today YYYY-MM-DD] [--diff BEFORE] [--no-excerpts]

Audits the snapshot and browses the result in the terminal: the segment matrix,
the findings with their paths and config lines (secrets masked), and the inputs.
With --diff BEFORE (or sansou diff BEFORE AFTER --tui), each finding is marked new or
unchanged against the snapshot BEFORE, and the findings the change resolves are listed.
Keys: arrows or h j k l, Enter, Esc, Tab, / search, f filter, ? help, q quit.
Needs an interactive terminal; \`sansou audit --tui\` does the same.`;

/** What the TUI needs from the process: the terminal it draws on and reads from. */
interface TerminalStreams {
  readonly stdout: NodeJS.WriteStream;
  readonly stdin: NodeJS.ReadStream;
  readonly stderr: NodeJS.WriteStream;
}

/** `sansou tui <snapshot>`. */
export async function runTuiCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      policy: { type: 'string' },
      ruleset: { type: 'string', multiple: true },
      today: { type: 'string' },
      diff: { type: 'string' },
      'no-excerpts': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${TUI_USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('tui needs exactly one snapshot directory');
  if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')} (got ${values.lang})`);
  const today = todayOption(values.today);
  const dir = positionals[0]!;
  return startTui(
    {
      snapshotPath: resolve(io.cwd, dir),
      snapshotLabel: dir,
      lang: (values.lang as Language | undefined) ?? languageFromEnv(io.env),
      ...(values.policy === undefined ? {} : { policy: values.policy }),
      ...(today === undefined ? {} : { today }),
      rulesets: rulesetOptions(values.ruleset, io.cwd),
      ...(values.diff === undefined ? {} : { before: { path: resolve(io.cwd, values.diff), label: values.diff } }),
      ...(values['no-excerpts'] === true ? { noExcerpts: true } : {}),
    },
    io,
  );
}

/**
 * `--tui` of audit and diff: the same audit (or comparison with `before`), browsed on screen
 * through the same entry as `sansou tui`. The report options have no meaning on a screen, so
 * they are refused.
 */
export function reportInTui(values: { readonly output?: string; readonly format?: string; readonly 'no-excerpts'?: boolean }, choices: ReportChoices, dir: string, io: CliIo, before?: string): Promise<number> {
  if (values.output !== undefined || (values.format !== undefined && values.format !== 'text')) throw new UsageError('--tui shows the audit on screen; it takes neither --output nor --format');
  return startTui(
    {
      snapshotPath: resolve(io.cwd, dir),
      snapshotLabel: dir,
      lang: choices.lang,
      ...choices.audit,
      ...(values['no-excerpts'] === true ? { noExcerpts: true } : {}),
      ...(before === undefined ? {} : { before: { path: resolve(io.cwd, before), label: before } }),
    },
    io,
  );
}

/**
 * The one way into the TUI, for `sansou tui` and `sansou audit --tui`. Without a terminal it
 * says so in one line and exits 2 before anything else, so a pipe or a cron job never waits
 * on keys. The TUI module (Ink, React) is imported only after that, and only here: the other
 * commands never load it.
 */
export async function startTui(options: TuiOptions, io: CliIo): Promise<number> {
  const streams = terminalOf(io);
  if (streams === undefined) {
    io.stderr.write(`sansou: the terminal UI needs an interactive terminal (no TTY here); for a report use: sansou audit --format text ${options.snapshotLabel}\n`);
    return EXIT_UNUSABLE;
  }
  // Checked here, before the screen changes, so the reader sees the message in the shell.
  // (UsageError, not the snapshot module's error: that module brings every parser with it.)
  for (const { path, label } of [{ path: options.snapshotPath, label: options.snapshotLabel }, ...(options.before ? [options.before] : [])]) {
    if (!existsSync(path)) throw new UsageError(`snapshot directory ${label} does not exist`);
    if (!statSync(path).isDirectory()) throw new UsageError(`${label} is not a directory: a snapshot is a directory holding configs/ (and optionally sansou.yaml, inventory.csv)`);
  }
  // React and Ink run their development builds unless told otherwise: slower to load and to
  // draw, and meant for whoever develops them, not for the reader.
  process.env.NODE_ENV ??= 'production';
  const words = tuiWords(options.lang);
  const screen = enterAlternateScreen(streams.stdout, `⠋ ${fill(words.analysing, { dir: options.snapshotLabel })} (${words.stages.reading})`);
  // Raw mode at once, so keys pressed while Ink loads are not echoed over the screen; Ink
  // receives them when it starts reading, and turns raw mode off when it ends.
  streams.stdin.setRawMode(true);
  // The audit starts now, in a worker, and runs while Ink loads.
  const load = loadInBackground(options);
  try {
    const { runTui } = await import('../tui/run.js');
    screen.clearStatus();
    return await runTui(options, load, streams);
  } finally {
    load.cancel();
    streams.stdin.setRawMode(false);
    screen.leave();
  }
}

/**
 * The process's terminal, when both the output the CLI writes to and the keyboard are one.
 * The in-process io of the tests has no isTTY, so it never counts as a terminal.
 */
function terminalOf(io: CliIo): TerminalStreams | undefined {
  const stdout = io.stdout as Partial<NodeJS.WriteStream>;
  if (stdout.isTTY !== true || process.stdin.isTTY !== true) return undefined;
  return { stdout: stdout as NodeJS.WriteStream, stdin: process.stdin, stderr: process.stderr };
}
