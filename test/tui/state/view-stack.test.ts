import { describe, expect, it } from 'vitest';
import { createAppReducer, initialAppState, type AppAction, type AppState } from '../../../src/tui/state/app-state.js';
import { helpReducer } from '../../../src/tui/state/help-overlay.js';
import { buildTuiModel } from '../../../src/tui/state/tui-model.js';
import { type ViewStack, cyclePane, paneOf, popView, pushView, topView } from '../../../src/tui/state/view-stack.js';
import { smallReport } from '../../helpers/tui-fixtures.js';

const model = buildTuiModel(smallReport());
const reduce = createAppReducer(model);
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(reduce, state);

describe('the view stack', () => {
  it('never pops its first screen', () => {
    const root: ViewStack = [{ kind: 'matrix' }];
    expect(popView(root)).toBe(root);
    expect(popView(pushView(root, { kind: 'findings', selected: 0 }))).toEqual(root);
  });

  it('Tab cycles matrix → findings → inputs → matrix, Shift+Tab the other way', () => {
    let stack: ViewStack = [{ kind: 'matrix' }];
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push(paneOf((stack = cyclePane(stack, 1))));
    expect(seen).toEqual(['findings', 'inputs', 'matrix']);
    expect(paneOf(cyclePane([{ kind: 'matrix' }], -1))).toBe('inputs');
  });

  it('Tab closes screens opened over the pane, and keeps the matrix cursor', () => {
    let state = run(initialAppState(model), { type: 'moveCursor', rows: 2, columns: 0 }, { type: 'open' }, { type: 'open' });
    expect(state.stack.map((v) => v.kind)).toEqual(['matrix', 'findings', 'detail']);
    state = run(state, { type: 'cyclePane', step: 1 });
    expect(state.stack).toEqual([{ kind: 'findings', selected: 0 }]);
    state = run(state, { type: 'cyclePane', step: 1 }, { type: 'cyclePane', step: 1 });
    expect(state.stack).toEqual([{ kind: 'matrix' }]);
    expect(state.cursor).toEqual({ row: 2, column: 1 });
  });
});

describe('opening and going back', () => {
  it('matrix cell → findings → detail, then back twice', () => {
    let state = run(initialAppState(model), { type: 'moveCursor', rows: 2, columns: 0 }, { type: 'open' }, { type: 'move', delta: 1 }, { type: 'open' });
    const detail = topView(state.stack);
    expect(detail).toEqual({ kind: 'detail', finding: 2, scroll: 0 });
    expect(model.findings[2]!.finding.check).toBe('CLASSIFIED-ASSET-EXPOSED');
    state = run(state, { type: 'back' });
    expect(topView(state.stack)).toEqual({ kind: 'findings', pair: { from: 'internet', to: 'lgwan' }, selected: 1 });
    state = run(state, { type: 'back' }, { type: 'back' });
    expect(state.stack).toEqual([{ kind: 'matrix' }]);
  });

  it('Enter on an empty list opens nothing', () => {
    const state = run(initialAppState(model), { type: 'moveCursor', rows: 1, columns: 1 }, { type: 'open' }, { type: 'open' });
    expect(topView(state.stack).kind).toBe('findings');
  });

  it('←→ in a detail walk its list, and the list follows', () => {
    let state = run(initialAppState(model), { type: 'cyclePane', step: 1 }, { type: 'open' }, { type: 'sibling', delta: 1 }, { type: 'scroll', delta: 3, max: 10 }, { type: 'sibling', delta: 1 });
    expect(topView(state.stack)).toEqual({ kind: 'detail', finding: 2, scroll: 0 });
    state = run(state, { type: 'sibling', delta: 5 });
    expect(topView(state.stack)).toMatchObject({ finding: 3 });
    state = run(state, { type: 'back' });
    expect(topView(state.stack)).toEqual({ kind: 'findings', selected: 3 });
  });

  it('an input opens its warnings, and back returns to the inputs', () => {
    let state = run(initialAppState(model), { type: 'cyclePane', step: -1 }, { type: 'move', delta: 1 }, { type: 'open' });
    expect(topView(state.stack)).toEqual({ kind: 'input-detail', input: 1, scroll: 0 });
    state = run(state, { type: 'back' });
    expect(state.stack).toEqual([{ kind: 'inputs', selected: 1 }]);
  });
});

describe('the help overlay', () => {
  it('opens and closes', () => {
    expect(helpReducer(false, { type: 'openHelp' })).toBe(true);
    expect(helpReducer(true, { type: 'closeHelp' })).toBe(false);
  });

  it('opens over any screen, and back closes it without leaving the screen', () => {
    let state = run(initialAppState(model), { type: 'cyclePane', step: 1 }, { type: 'open' }, { type: 'openHelp' });
    expect(state.help).toBe(true);
    state = run(state, { type: 'back' });
    expect(state.help).toBe(false);
    expect(topView(state.stack).kind).toBe('detail');
    state = run(state, { type: 'openHelp' }, { type: 'closeHelp' });
    expect(state.help).toBe(false);
    expect(topView(state.stack).kind).toBe('detail');
  });
});
