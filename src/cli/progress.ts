import type { AuditStage } from '../audit/audit.js';
import { displayWidth } from '../report/layout.js';
import { type Language, fill } from '../report/messages/index.js';
import { tuiWords } from '../tui/words/tui-words.js';

/** How long a command runs before it shows its progress: a small town's audit shows none. */
export const PROGRESS_DELAY_MS = 400;

/** The steps a command reports, in order: reading, the audit's own, reporting. */
export type ProgressStage = 'reading' | AuditStage | 'reporting';
const STAGES: readonly ProgressStage[] = ['reading', 'site', 'topology', 'reachability', 'checks', 'reporting'];

/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  /** True on a terminal; progress is drawn only there. */
  readonly isTTY?: boolean;
}

/** A command's progress line. */
export interface Progress {
  /** A stage starts. */
  readonly stage: (stage: ProgressStage) => void;
  /** While reading: the config about to be parsed, the n-th of `total`. */
  readonly config: (file: string, index: number, total: number) => void;
  /** The work is done: the line is cleared, so the report reads as if it had never been there. */
  readonly done: () => void;
}

/** When progress is drawn. */
export interface ProgressOptions {
  /** --quiet: never. */
  readonly quiet: boolean;
  /** Draw only once the work has taken this long: a small audit shows nothing. */
  readonly delayMs: number;
  /** The clock, for tests. */
  readonly now?: () => number;
  /** The snapshot, named in the line. */
  readonly label: string;
  readonly lang: Language;
}

/**
 * One line on standard error that says what a long audit is doing ("[3/6] computing
 * reachability"), rewritten in place with a carriage return. Only on a terminal and not under
 * --quiet, so pipes, files and CI logs never see it; and only after `delayMs`, since the audit
 * is synchronous and a stage can only be announced as it starts. The words are the terminal
 * UI's, which shows the same stages.
 */
export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const start = now();
  const enabled = stream.isTTY === true && !options.quiet;
  const words = tuiWords(options.lang);
  let drawn = 0;
  const draw = (stage: ProgressStage, detail = '') => {
    if (!enabled || now() - start < options.delayMs) return;
    const line = `sansou: [${STAGES.indexOf(stage) + 1}/${STAGES.length}] ${fill(words.analysing, { dir: options.label })} ${words.stages[stage]}${detail}`;
    // Padded to the widest line so far (in terminal columns: Japanese is two a character).
    const width = displayWidth(line);
    stream.write(`\r${line}${' '.repeat(Math.max(0, drawn - width))}`);
    drawn = Math.max(drawn, width);
  };
  return {
    stage: (stage) => draw(stage),
    config: (file, index, total) => draw('reading', ` ${index}/${total} ${file}`),
    done: () => {
      if (drawn > 0) stream.write(`\r${' '.repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
