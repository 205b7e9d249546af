import { parentPort, workerData } from 'node:worker_threads';
import type { TuiOptions } from '../tui-options.js';
import { loadTuiData } from './load-tui-data.js';
import type { LoadMessage } from './load-message.js';

// The worker that audits for the TUI (see load-in-background.ts): it announces each stage,
// then sends the data, or the reason it could not be had. Everything it sends is plain data
// and Maps, which cross to the main thread by structured clone.

const port = parentPort;
if (port !== null) {
  const send = (message: LoadMessage) => port.postMessage(message);
  try {
    send({ kind: 'data', data: loadTuiData(workerData as TuiOptions, (stage) => send({ kind: 'stage', stage })) });
  } catch (error) {
    send({ kind: 'failure', reason: error instanceof Error ? error.message : String(error) });
  }
}
