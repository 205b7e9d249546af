import { useEffect, useState } from 'react';
import { App } from './app.js';
import type { BackgroundLoad } from './data/load-in-background.js';
import type { LoadStage } from './data/load-tui-data.js';
import type { TuiData } from './data/tui-data.js';
import { useKeepReading } from './hooks/use-keep-reading.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { FailurePane } from './panes/failure-pane.js';
import { LoadingPane } from './panes/loading-pane.js';
import { fill } from '../report/messages/index.js';
import type { TuiOptions } from './tui-options.js';
import { tuiWords } from './words/tui-words.js';

/** Props of Root. */
export interface RootProps {
  /** What to audit, and how. */
  readonly options: TuiOptions;
  /** The audit of the snapshot, started before the screen by whoever owns it (see loadInBackground). */
  readonly load: BackgroundLoad;
  /** Told the exit status when it is not 0: 2 when the snapshot cannot be audited. */
  readonly onExitCode: (code: number) => void;
}

/**
 * The TUI from start to end: a one-line "analysing…" frame drawn at once, with a spinner and
 * the stage the audit is in (the audit runs in a worker), then the browser — or the reason
 * the snapshot could not be audited.
 */
export function Root({ options, load, onExitCode }: RootProps) {
  const { columns } = useTerminalSize();
  useKeepReading();
  const words = tuiWords(options.lang);
  const [stage, setStage] = useState<LoadStage>(load.stage);
  const [data, setData] = useState<TuiData>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    const stopListening = load.onStage(setStage);
    setStage(load.stage());
    load.result.then(
      (loaded) => {
        if (!live) return;
        if (!loaded.usable) onExitCode(2);
        setData(loaded);
      },
      (error: unknown) => {
        if (!live) return;
        onExitCode(2);
        setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
      stopListening();
    };
  }, [load, onExitCode]);

  if (failure !== undefined) return <FailurePane title={fill(words.failed, { dir: options.snapshotLabel })} reason={failure} hint={words.pressAnyKey} width={columns} />;
  if (data === undefined) return <LoadingPane status={fill(words.analysing, { dir: options.snapshotLabel })} stage={words.stages[stage]} width={columns} />;
  return <App data={data} />;
}
