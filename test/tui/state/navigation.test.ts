import { describe, expect, it } from 'vitest';
import { createAppReducer, initialAppState, type AppAction, type AppState } from '../../../src/tui/state/app-state.js';
import { moveSelection } from '../../../src/tui/state/list-selection.js';
import { buildMatrixModel, cellAt } from '../../../src/tui/state/matrix-model.js';
import { initialCursor, moveCursor } from '../../../src/tui/state/matrix-cursor.js';
import { lastScroll, scrollBy, scrollOffset } from '../../../src/tui/state/scroll-window.js';
import { buildTuiModel } from '../../../src/tui/state/tui-model.js';
import { topView } from '../../../src/tui/state/view-stack.js';
import { smallReport } from '../../helpers/tui-fixtures.js';

const model = buildTuiModel(smallReport());
const reduce = createAppReducer(model);
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(reduce, state);

describe('the matrix model', () => {
  it('has the report order: rows are sources, columns every segment', () => {
    expect(model.matrix.rows).toEqual(['mynumber', 'lgwan', 'internet']);
    expect(model.matrix.columns).toEqual(['mynumber', 'lgwan', 'internet']);
  });

  it('says what each cell is, the diagonal and cells off the grid included', () => {
    expect(cellAt(model.matrix, 2, 1)).toMatchObject({ kind: 'violation', findings: 2 });
    expect(cellAt(model.matrix, 1, 2)).toMatchObject({ kind: 'compliant' });
    expect(cellAt(model.matrix, 0, 2)).toMatchObject({ kind: 'none' });
    expect(cellAt(model.matrix, 1, 1)).toEqual({ kind: 'self' });
    expect(cellAt(model.matrix, 5, 0)).toEqual({ kind: 'absent' });
  });

  it('of an empty report has no rows', () => {
    const empty = buildMatrixModel([]);
    expect(empty.rows).toEqual([]);
    expect(initialCursor(empty)).toEqual({ row: 0, column: 0 });
  });
});

describe('the matrix cursor', () => {
  it('starts on the first violation, reading row by row', () => {
    expect(initialCursor(model.matrix)).toEqual({ row: 0, column: 1 });
  });

  it('starts off the diagonal on a clean matrix', () => {
    const clean = buildMatrixModel([{ from: 'a', to: 'b', status: 'none', findings: 0, packets: [] }, { from: 'b', to: 'a', status: 'compliant', findings: 0, packets: [] }]);
    expect(initialCursor(clean)).toEqual({ row: 0, column: 1 });
  });

  it('moves by cells and stops at every edge', () => {
    const m = model.matrix;
    expect(moveCursor({ row: 0, column: 0 }, -1, -1, m)).toEqual({ row: 0, column: 0 });
    expect(moveCursor({ row: 2, column: 2 }, 1, 1, m)).toEqual({ row: 2, column: 2 });
    expect(moveCursor({ row: 0, column: 0 }, 1, 2, m)).toEqual({ row: 1, column: 2 });
    expect(moveCursor({ row: 0, column: 0 }, 99, 0, m)).toEqual({ row: 2, column: 0 });
  });

  it('is moved by the reducer only while the matrix is shown', () => {
    let state = run(initialAppState(model), { type: 'moveCursor', rows: 2, columns: 0 });
    expect(state.cursor).toEqual({ row: 2, column: 1 });
    state = run(state, { type: 'move', delta: -1 });
    expect(state.cursor).toEqual({ row: 1, column: 1 });
    state = run(state, { type: 'cyclePane', step: 1 }, { type: 'moveCursor', rows: -1, columns: 1 });
    expect(state.cursor).toEqual({ row: 1, column: 1 });
  });
});

describe('list selection', () => {
  it('stays inside the list', () => {
    expect(moveSelection(0, -1, 4)).toBe(0);
    expect(moveSelection(3, 1, 4)).toBe(3);
    expect(moveSelection(1, 10, 4)).toBe(3);
    expect(moveSelection(2, -Infinity, 4)).toBe(0);
    expect(moveSelection(0, Infinity, 4)).toBe(3);
    expect(moveSelection(5, 1, 0)).toBe(0);
  });

  it('of the findings list is bounded by the filtered list', () => {
    let state = run(initialAppState(model), { type: 'cyclePane', step: 1 }, { type: 'move', delta: 10 });
    expect(topView(state.stack)).toMatchObject({ kind: 'findings', selected: 3 });
    state = run(state, { type: 'setSeverity', severity: 'critical' }, { type: 'move', delta: 10 });
    expect(topView(state.stack)).toMatchObject({ kind: 'findings', selected: 1 });
    state = run(state, { type: 'move', delta: -5 });
    expect(topView(state.stack)).toMatchObject({ selected: 0 });
  });

  it('of the inputs is bounded by the inputs', () => {
    const state = run(initialAppState(model), { type: 'cyclePane', step: -1 }, { type: 'move', delta: 7 });
    expect(topView(state.stack)).toEqual({ kind: 'inputs', selected: 2 });
  });
});

describe('scrolling', () => {
  it('keeps the selection visible and moves the window only as far as needed', () => {
    expect(scrollOffset(0, 3, 20, 5)).toBe(0);
    expect(scrollOffset(0, 5, 20, 5)).toBe(1);
    expect(scrollOffset(10, 12, 20, 5)).toBe(10);
    expect(scrollOffset(10, 8, 20, 5)).toBe(8);
    expect(scrollOffset(0, 19, 20, 5)).toBe(15);
  });

  it('never scrolls past the end, even after the window grows', () => {
    expect(scrollOffset(15, 19, 20, 10)).toBe(10);
    expect(scrollOffset(4, 2, 3, 10)).toBe(0);
  });

  it('bounds a text scroll by its last page', () => {
    expect(lastScroll(10, 20)).toBe(0);
    expect(lastScroll(30, 10)).toBe(21);
    expect(scrollBy(0, -3, 21)).toBe(0);
    expect(scrollBy(20, 5, 21)).toBe(21);
  });

  it('of a detail is clamped by the reducer', () => {
    let state = run(initialAppState(model), { type: 'cyclePane', step: 1 }, { type: 'open' }, { type: 'scroll', delta: 50, max: 12 });
    expect(topView(state.stack)).toMatchObject({ kind: 'detail', scroll: 12 });
    state = run(state, { type: 'scroll', delta: -Infinity, max: 12 });
    expect(topView(state.stack)).toMatchObject({ kind: 'detail', scroll: 0 });
  });
});
