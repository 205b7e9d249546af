import { Box } from 'ink';
import { useMemo, useReducer, useRef } from 'react';
import { LineBlock } from './components/line-block.js';
import { StyledLine } from './components/styled-line.js';
import type { TuiData } from './data/tui-data.js';
import { useKeepReading } from './hooks/use-keep-reading.js';
import { KeyRouterContext } from './hooks/use-pane-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import type { KeyMap } from './keys/key-intents.js';
import { footerLine } from './lines/footer-line.js';
import { HEADER_HEIGHT, headerLines } from './lines/header-lines.js';
import { DetailPane } from './panes/detail-pane.js';
import { FilterPane } from './panes/filter-pane.js';
import { FindingsPane } from './panes/findings-pane.js';
import { HelpPane } from './panes/help-pane.js';
import { InputDetailPane } from './panes/input-detail-pane.js';
import { InputsPane } from './panes/inputs-pane.js';
import { MatrixPane } from './panes/matrix-pane.js';
import type { PaneProps } from './panes/pane-props.js';
import { createAppReducer, initialAppState } from './state/app-state.js';
import { buildTuiModel } from './state/tui-model.js';
import { type View, paneOf, topView } from './state/view-stack.js';
import { tuiWords } from './words/tui-words.js';

/** Rows kept free below the frame: a frame as tall as the terminal makes Ink clear the screen on every update. */
const SPARE_ROWS = 1;
const FOOTER_HEIGHT = 1;

/** Props of App. */
export interface AppProps {
  /** The audited snapshot, ready to show. */
  readonly data: TuiData;
}

/**
 * The browser over one audit: header, the current screen, footer. The screen is the top of
 * the view stack; only it is mounted, so only its keyboard handler is live. Everything is
 * laid out for the terminal's current size and redrawn on resize.
 */
export function App({ data }: AppProps) {
  const { columns, rows } = useTerminalSize();
  useKeepReading();
  const words = tuiWords(data.doc.language);
  const model = useMemo(() => buildTuiModel(data.doc, data.diff?.doc), [data.doc, data.diff]);
  const reducer = useMemo(() => createAppReducer(model), [model]);
  const [state, dispatch] = useReducer(reducer, model, initialAppState);
  const keys = useRef<KeyMap | undefined>(undefined);
  const top = topView(state.stack);
  const width = Math.max(1, columns);
  const height = Math.max(1, rows - SPARE_ROWS - HEADER_HEIGHT - FOOTER_HEIGHT);
  const pane: PaneProps = { data, model, state, dispatch, words, width, height, isActive: true };
  return (
    <KeyRouterContext.Provider value={keys}>
      <Box flexDirection="column">
        <LineBlock lines={headerLines(data.doc, data.snapshotLabel, data.usable, paneOf(state.stack), data.doc.language, words, width, data.diff?.doc)} height={HEADER_HEIGHT} />
        <Box height={height} flexDirection="column" overflow="hidden">
          {state.help ? <HelpPane {...pane} /> : state.filterMenu !== undefined ? <FilterPane {...pane} /> : <Screen kind={top.kind} pane={pane} />}
        </Box>
        <StyledLine line={footerLine(top, state, words, width)} />
      </Box>
    </KeyRouterContext.Provider>
  );
}

/** The pane for the top view. Keyed by kind, so each screen starts with fresh scroll memory. */
function Screen({ kind, pane }: { readonly kind: View['kind']; readonly pane: PaneProps }) {
  switch (kind) {
    case 'findings':
      return <FindingsPane key={kind} {...pane} />;
    case 'detail':
      return <DetailPane key={kind} {...pane} />;
    case 'inputs':
      return <InputsPane key={kind} {...pane} />;
    case 'input-detail':
      return <InputDetailPane key={kind} {...pane} />;
    case 'matrix':
      return <MatrixPane key={kind} {...pane} />;
  }
}
