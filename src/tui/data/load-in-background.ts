import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TuiOptions } from '../tui-options.js';
import type { LoadMessage } from './load-message.js';
import type { LoadStage } from './load-tui-data.js';
import type { TuiData } from './tui-data.js';

/** A load under way. */
export interface BackgroundLoad {
  /** The data, or the reason it could not be had (an Error whose message is fit to show). */
  readonly result: Promise<TuiData>;
  /** The stage under way now. */
  readonly stage: () => LoadStage;
  /** Calls `listener` with each stage that starts from now on; returns how to stop. */
  readonly onStage: (listener: (stage: LoadStage) => void) => () => void;
  /** Stops the load; its result then never settles. */
  readonly cancel: () => void;
}

/**
 * Audits in a worker thread, started before the screen is: the audit then runs on one core
 * while Ink loads on the other, and the screen, once up, stays alive however long the audit
 * takes: the spinner turns, the stage line follows the audit, and `q` leaves at once (the
 * worker is stopped). The worker is the compiled tui-load-worker.js beside this module, in
 * dist/src/ as in the bundle. Running from the sources, which have no such file, it audits in
 * this thread on the next turn of the event loop instead. This module imports no audit code
 * itself, so starting a load costs the caller nothing.
 */
export function loadInBackground(options: TuiOptions): BackgroundLoad {
  const progress = stageTracker();
  const script = new URL('./tui-load-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return loadInThisThread(options, progress);
  const worker = new Worker(script, { workerData: options });
  let settled = false;
  const result = new Promise<TuiData>((resolve, reject) => {
    const fail = (reason: string) => {
      settled = true;
      reject(new Error(reason));
    };
    worker.on('message', (message: LoadMessage) => {
      if (message.kind === 'stage') progress.set(message.stage);
      else if (message.kind === 'failure') fail(message.reason);
      else {
        settled = true;
        resolve(message.data);
      }
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (!settled) fail(`the audit stopped unexpectedly (exit ${code})`);
    });
  });
  const cancel = () => {
    settled = true;
    progress.stop();
    void worker.terminate();
  };
  return { result, stage: progress.get, onStage: progress.subscribe, cancel };
}

function loadInThisThread(options: TuiOptions, progress: StageTracker): BackgroundLoad {
  let cancelled = false;
  const result = new Promise<TuiData>((resolve, reject) => {
    setImmediate(() => {
      if (cancelled) return;
      import('./load-tui-data.js')
        .then(({ loadTuiData }) => resolve(loadTuiData(options, progress.set)))
        .catch((error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
    });
  });
  const cancel = () => {
    cancelled = true;
    progress.stop();
  };
  return { result, stage: progress.get, onStage: progress.subscribe, cancel };
}

/** The current stage and who wants to hear of the next one. */
interface StageTracker {
  readonly get: () => LoadStage;
  readonly set: (stage: LoadStage) => void;
  readonly subscribe: (listener: (stage: LoadStage) => void) => () => void;
  /** No more announcements, whatever comes. */
  readonly stop: () => void;
}

function stageTracker(): StageTracker {
  let current: LoadStage = 'reading';
  let stopped = false;
  const listeners = new Set<(stage: LoadStage) => void>();
  return {
    get: () => current,
    set: (stage) => {
      if (stopped) return;
      current = stage;
      for (const listener of listeners) listener(stage);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      stopped = true;
      listeners.clear();
    },
  };
}
