import type { Severity } from '../../checks/types.js';
import { type FindingFilter, NO_FILTER, stepFilter, withField } from './finding-filter.js';
import { type HelpAction, helpReducer } from './help-overlay.js';
import { moveSelection } from './list-selection.js';
import { cellAt } from './matrix-model.js';
import { type MatrixCursor, initialCursor, moveCursor } from './matrix-cursor.js';
import { scrollBy } from './scroll-window.js';
import { NO_SEARCH, type SearchAction, type SearchState, activeQuery, isEditing, searchReducer } from './search.js';
import type { TuiModel } from './tui-model.js';
import { type Pair, visibleFindings } from './visible-findings.js';
import { type View, type ViewStack, cyclePane, popView, pushView, replaceTop, topView, viewBelow } from './view-stack.js';

/** Everything the reader changes by pressing keys. The report itself is in TuiModel. */
export interface AppState {
  /** The screens open, the current one last. */
  readonly stack: ViewStack;
  /** The matrix cell under the cursor; kept while other panes are shown. */
  readonly cursor: MatrixCursor;
  /** The severity, check and device the findings are filtered by. */
  readonly filter: FindingFilter;
  /** While the `f` menu is open, the index (into the model's filterFields) of the field it has focus on. */
  readonly filterMenu: number | undefined;
  /** The findings search and its prompt. */
  readonly search: SearchState;
  /** Whether the help overlay is open. */
  readonly help: boolean;
}

/** What a key asks for, in words of the screen rather than of the keyboard. */
export type AppAction =
  /** ↑↓, PgUp/PgDn: move a list's selection by rows. */
  | { readonly type: 'move'; readonly delta: number }
  /** Arrows in the matrix: move the cursor by cells. */
  | { readonly type: 'moveCursor'; readonly rows: number; readonly columns: number }
  /** ↑↓ in a detail: scroll by lines; `max` is the last useful position, which only the screen knows. */
  | { readonly type: 'scroll'; readonly delta: number; readonly max: number }
  /** ←→ in a finding's detail: the previous or next finding of the list it was opened from. */
  | { readonly type: 'sibling'; readonly delta: number }
  /** Enter. */
  | { readonly type: 'open' }
  /** Esc, Backspace. */
  | { readonly type: 'back' }
  /** Tab, Shift+Tab. */
  | { readonly type: 'cyclePane'; readonly step: 1 | -1 }
  /** `f`: open the filter menu over the findings list. */
  | { readonly type: 'openFilters' }
  /** Enter, Esc or `f` in the menu. */
  | { readonly type: 'closeFilters' }
  /** ↑↓ in the menu: another field. */
  | { readonly type: 'moveFilterField'; readonly delta: number }
  /** ←→ in the menu: the focused field's previous or next value. */
  | { readonly type: 'stepFilter'; readonly delta: 1 | -1 }
  /** Backspace in the menu: the focused field back to "all". */
  | { readonly type: 'clearFilter' }
  /** Number keys. */
  | { readonly type: 'setSeverity'; readonly severity: Severity | undefined }
  | SearchAction
  | HelpAction;

export function initialAppState(model: TuiModel): AppState {
  return { stack: [{ kind: 'matrix' }], cursor: initialCursor(model.matrix), filter: NO_FILTER, filterMenu: undefined, search: NO_SEARCH, help: false };
}

/** The findings a list view shows now, as indices into model.findings. */
export function listedFindings(model: TuiModel, state: AppState, pair: Pair | undefined): readonly number[] {
  return visibleFindings(model.findings, { filter: state.filter, query: activeQuery(state.search), pair });
}

/**
 * The reducer for one report. The model is fixed for the life of the screen, so it is bound
 * here once and the state holds only what keys change. Pure: no Ink, no I/O.
 */
export function createAppReducer(model: TuiModel): (state: AppState, action: AppAction) => AppState {
  const listed = (state: AppState, view: View) => listedFindings(model, state, view.kind === 'findings' ? view.pair : undefined);

  return function reduce(state, action) {
    const top = topView(state.stack);
    switch (action.type) {
      case 'openHelp':
      case 'closeHelp':
        return { ...state, help: helpReducer(state.help, action) };
      case 'move':
        if (top.kind === 'findings') return withTop(state, { ...top, selected: moveSelection(top.selected, action.delta, listed(state, top).length) });
        if (top.kind === 'inputs') return withTop(state, { ...top, selected: moveSelection(top.selected, action.delta, model.doc.inputs.length) });
        if (top.kind === 'matrix') return { ...state, cursor: moveCursor(state.cursor, action.delta, 0, model.matrix) };
        return state;
      case 'moveCursor':
        return top.kind === 'matrix' ? { ...state, cursor: moveCursor(state.cursor, action.rows, action.columns, model.matrix) } : state;
      case 'scroll':
        return top.kind === 'detail' || top.kind === 'input-detail' ? withTop(state, { ...top, scroll: scrollBy(top.scroll, action.delta, action.max) }) : state;
      case 'sibling':
        return sibling(state, action.delta);
      case 'open':
        return open(state, top);
      case 'back':
        if (state.help) return { ...state, help: false };
        if (isEditing(state.search)) return { ...state, search: searchReducer(state.search, { type: 'cancelSearch' }) };
        return { ...state, stack: popView(state.stack) };
      case 'cyclePane':
        return { ...state, stack: cyclePane(state.stack, action.step), search: searchReducer(state.search, { type: 'cancelSearch' }) };
      case 'openFilters':
        return { ...state, filterMenu: 0, stack: findingsOnTop(state.stack), search: searchReducer(state.search, { type: 'cancelSearch' }) };
      case 'closeFilters':
        return { ...state, filterMenu: undefined };
      case 'moveFilterField':
        return state.filterMenu === undefined ? state : { ...state, filterMenu: moveSelection(state.filterMenu, action.delta, model.filterFields.length) };
      case 'stepFilter':
      case 'clearFilter': {
        const field = model.filterFields[state.filterMenu ?? -1];
        if (field === undefined) return state;
        const filter = action.type === 'stepFilter' ? stepFilter(state.filter, field, model.choices, action.delta) : withField(state.filter, field, undefined);
        return { ...state, filter, stack: findingsOnTop(state.stack) };
      }
      case 'setSeverity':
        return { ...state, filter: withField(state.filter, 'severity', action.severity), stack: findingsOnTop(state.stack) };
      case 'startSearch':
        return { ...state, search: searchReducer(state.search, action), stack: findingsOnTop(state.stack) };
      case 'typeSearch':
      case 'eraseSearch':
      case 'commitSearch':
      case 'cancelSearch': {
        // The list changes under the selection as the query changes: start again from its top.
        const search = searchReducer(state.search, action);
        return { ...state, search, stack: top.kind === 'findings' ? replaceTop(state.stack, { ...top, selected: 0 }) : state.stack };
      }
    }
  };

  function open(state: AppState, top: View): AppState {
    switch (top.kind) {
      case 'matrix': {
        const cell = cellAt(model.matrix, state.cursor.row, state.cursor.column);
        if (cell.kind === 'self' || cell.kind === 'absent') return state;
        const pair = { from: model.matrix.rows[state.cursor.row]!, to: model.matrix.columns[state.cursor.column]! };
        return { ...state, stack: pushView(state.stack, { kind: 'findings', pair, selected: 0 }) };
      }
      case 'findings': {
        const finding = listed(state, top)[top.selected];
        return finding === undefined ? state : { ...state, stack: pushView(state.stack, { kind: 'detail', finding, scroll: 0 }) };
      }
      case 'inputs':
        return model.doc.inputs[top.selected] === undefined ? state : { ...state, stack: pushView(state.stack, { kind: 'input-detail', input: top.selected, scroll: 0 }) };
      default:
        return state;
    }
  }

  /** ←→ in a detail walk the list it was opened from, and that list's selection follows, so Esc lands on the finding last seen. */
  function sibling(state: AppState, delta: number): AppState {
    const top = topView(state.stack);
    const below = viewBelow(state.stack);
    if (top.kind !== 'detail' || below?.kind !== 'findings') return state;
    const list = listed(state, below);
    const position = list.indexOf(top.finding);
    if (position < 0) return state;
    const next = moveSelection(position, delta, list.length);
    if (next === position) return state;
    const stack = replaceTop(popView(state.stack), { ...below, selected: next });
    return { ...state, stack: pushView(stack, { kind: 'detail', finding: list[next]!, scroll: 0 }) };
  }

  /**
   * A filter or a search shows its effect on a findings list: the current one, the one under
   * an open detail (which closes), or else the findings pane. Its selection goes back to the
   * top, as the rows under it have changed.
   */
  function findingsOnTop(stack: ViewStack): ViewStack {
    const top = topView(stack);
    if (top.kind === 'findings') return replaceTop(stack, { ...top, selected: 0 });
    const below = viewBelow(stack);
    if (top.kind === 'detail' && below?.kind === 'findings') return replaceTop(popView(stack), { ...below, selected: 0 });
    return [{ kind: 'findings', selected: 0 }];
  }
}

function withTop(state: AppState, view: View): AppState {
  return { ...state, stack: replaceTop(state.stack, view) };
}

