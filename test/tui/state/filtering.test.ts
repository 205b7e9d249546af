import { describe, expect, it } from 'vitest';
import { createAppReducer, initialAppState, listedFindings, type AppAction, type AppState } from '../../../src/tui/state/app-state.js';
import { listFindings } from '../../../src/tui/state/finding-list.js';
import { nextSeverity, severityForDigit } from '../../../src/tui/state/severity-filter.js';
import { buildTuiModel } from '../../../src/tui/state/tui-model.js';
import { topView } from '../../../src/tui/state/view-stack.js';
import { visibleFindings } from '../../../src/tui/state/visible-findings.js';
import { finding, sampleTownReport, smallReport } from '../../helpers/tui-fixtures.js';

const model = buildTuiModel(smallReport());
const reduce = createAppReducer(model);
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(reduce, state);
const checksOf = (state: AppState) => {
  const top = topView(state.stack);
  return listedFindings(model, state, top.kind === 'findings' ? top.pair : undefined).map((i) => model.findings[i]!.finding.check);
};

describe('the findings list', () => {
  it('is sorted by severity, stably, with waived findings last', () => {
    const doc = smallReport({
      findings: [finding({ check: 'B', severity: 'low' }), finding({ check: 'A', severity: 'critical' }), finding({ check: 'C', severity: 'low' })],
      waived: [{ ...finding({ check: 'W', severity: 'critical' }), waiver: { id: 'W-1', file: 'waivers.yaml', line: 2, reason: 'r', approver: 'a', expires: '2027-01-01' } }],
    });
    expect(listFindings(doc).map((f) => [f.finding.check, f.waived])).toEqual([
      ['A', false],
      ['B', false],
      ['C', false],
      ['W', true],
    ]);
  });

  it('of the sample town is in the report order', () => {
    const doc = sampleTownReport('en');
    expect(listFindings(doc).map((f) => f.finding.check)).toEqual(doc.findings.map((f) => f.check));
  });
});

describe('the severity filter', () => {
  it('cycles from the most severe to info, then back to all', () => {
    const seen: Array<string | undefined> = [];
    let s = nextSeverity(undefined);
    for (let i = 0; i < 6; i++, s = nextSeverity(s)) seen.push(s);
    expect(seen).toEqual(['critical', 'high', 'medium', 'low', 'info', undefined]);
  });

  it('is set by number keys: 0 all, 1 to 5 one severity', () => {
    expect(severityForDigit('0')).toEqual({ severity: undefined });
    expect(severityForDigit('1')).toEqual({ severity: 'critical' });
    expect(severityForDigit('5')).toEqual({ severity: 'info' });
    expect(severityForDigit('6')).toBeUndefined();
    expect(severityForDigit('x')).toBeUndefined();
  });

  it('narrows the list and brings it on screen from any pane', () => {
    let state = run(initialAppState(model), { type: 'cycleSeverity' });
    expect(topView(state.stack)).toEqual({ kind: 'findings', selected: 0 });
    expect(checksOf(state)).toEqual(['INTERNET-LGWAN-UNSANITIZED', 'MYNUMBER-LGWAN']);
    state = run(state, { type: 'cycleSeverity' });
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
    state = run(state, { type: 'setSeverity', severity: undefined });
    expect(checksOf(state)).toHaveLength(4);
  });

  it('applied in a detail closes the detail onto its list, from the top', () => {
    const state = run(initialAppState(model), { type: 'cyclePane', step: 1 }, { type: 'move', delta: 3 }, { type: 'open' }, { type: 'setSeverity', severity: 'low' });
    expect(state.stack).toEqual([{ kind: 'findings', selected: 0 }]);
    expect(checksOf(state)).toEqual(['RULE-ANY-ANY']);
  });
});

describe('the pair filter from a matrix cell', () => {
  it('Enter on a violation lists that pair’s findings only', () => {
    const state = run(initialAppState(model), { type: 'moveCursor', rows: 2, columns: 0 }, { type: 'open' });
    expect(state.stack).toEqual([{ kind: 'matrix' }, { kind: 'findings', pair: { from: 'internet', to: 'lgwan' }, selected: 0 }]);
    expect(checksOf(state)).toEqual(['INTERNET-LGWAN-UNSANITIZED', 'CLASSIFIED-ASSET-EXPOSED']);
  });

  it('combines with the severity filter, and goes with Esc', () => {
    let state = run(initialAppState(model), { type: 'moveCursor', rows: 2, columns: 0 }, { type: 'open' }, { type: 'setSeverity', severity: 'high' });
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
    state = run(state, { type: 'back' });
    expect(state.stack).toEqual([{ kind: 'matrix' }]);
  });

  it('Enter on a compliant cell opens an empty list; on the diagonal nothing', () => {
    let state = run(initialAppState(model), { type: 'moveCursor', rows: 1, columns: 1 }, { type: 'open' });
    expect(topView(state.stack)).toMatchObject({ kind: 'findings', pair: { from: 'lgwan', to: 'internet' } });
    expect(checksOf(state)).toEqual([]);
    state = run(initialAppState(model), { type: 'moveCursor', rows: 1, columns: 0 }, { type: 'open' });
    expect(state.stack).toEqual([{ kind: 'matrix' }]);
  });

  it('is a plain function of the list', () => {
    const visible = visibleFindings(model.findings, { severity: undefined, query: '', pair: { from: 'mynumber', to: 'lgwan' } });
    expect(visible.map((i) => model.findings[i]!.finding.check)).toEqual(['MYNUMBER-LGWAN']);
  });
});
