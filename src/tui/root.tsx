import { useEffect, useState } from 'react';
import { App } from './app.js';
import { type LoadStage, loadTuiData } from './data/load-tui-data.js';
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
  /** Told the exit status when it is not 0: 2 when the snapshot cannot be audited. */
  readonly onExitCode: (code: number) => void;
}

/**
 * The TUI from start to end: a one-line "analysing…" frame drawn at once, the audit on the
 * next turns of the event loop (it is synchronous, and would otherwise hold back the first
 * frame), then the browser — or the reason the snapshot could not be audited.
 */
export function Root({ options, onExitCode }: RootProps) {
  const { columns } = useTerminalSize();
  useKeepReading();
  const words = tuiWords(options.lang);
  const [stage, setStage] = useState<LoadStage>('reading');
  const [data, setData] = useState<TuiData>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    loadTuiData(options, (s) => live && setStage(s)).then(
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
    };
  }, [options, onExitCode]);

  if (failure !== undefined) return <FailurePane title={fill(words.failed, { dir: options.snapshotLabel })} reason={failure} hint={words.pressAnyKey} width={columns} />;
  if (data === undefined) return <LoadingPane status={fill(words.analysing, { dir: options.snapshotLabel })} stage={words.stages[stage]} width={columns} />;
  return <App data={data} />;
}
