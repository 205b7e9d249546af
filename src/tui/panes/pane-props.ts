import type { TuiData } from '../data/tui-data.js';
import type { AppAction, AppState } from '../state/app-state.js';
import type { TuiModel } from '../state/tui-model.js';
import type { TuiWords } from '../words/tui-words.js';

/** What every pane receives from the app. */
export interface PaneProps {
  /** The audit's data (report, masked configs, segment names). */
  readonly data: TuiData;
  /** The lists and grid derived from the report. */
  readonly model: TuiModel;
  /** The current state. */
  readonly state: AppState;
  /** Sends an action to the app's reducer. */
  readonly dispatch: (action: AppAction) => void;
  /** The TUI's own words in the report's language. */
  readonly words: TuiWords;
  /** Columns available. */
  readonly width: number;
  /** Rows available to the pane. */
  readonly height: number;
  /** Whether this pane receives the keys. */
  readonly isActive: boolean;
}
