import { describe, expect, it } from 'vitest';
import { createAppReducer, initialAppState, listedFindings, type AppAction, type AppState } from '../../../src/tui/state/app-state.js';
import { listFindings } from '../../../src/tui/state/finding-list.js';
import { type FindingFilter, filterChoices, matchesFilter, severityForDigit, stepFilter } from '../../../src/tui/state/finding-filter.js';
import { buildTuiModel } from '../../../src/tui/state/tui-model.js';
import { topView } from '../../../src/tui/state/view-stack.js';
import { visibleFindings } from '../../../src/tui/state/visible-findings.js';
import { finding, sampleTownReport, smallReport, step } from '../../helpers/tui-fixtures.js';

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

describe('the filter menu (f)', () => {
  it('offers the values that occur, with their counts: severities by rank, checks and devices by name', () => {
    expect(model.choices.severity).toEqual([
      { value: 'critical', count: 2 },
      { value: 'high', count: 1 },
      { value: 'low', count: 1 },
    ]);
    expect(model.choices.check.map((c) => c.value)).toEqual(['CLASSIFIED-ASSET-EXPOSED', 'INTERNET-LGWAN-UNSANITIZED', 'MYNUMBER-LGWAN', 'RULE-ANY-ANY']);
    expect(model.choices.device).toEqual([
      { value: 'fw-core/root', count: 1 },
      { value: 'fw-edge', count: 1 },
      { value: 'ＦＷ-ANNEX', count: 1 },
    ]);
  });

  it('counts a finding once per device, however often its path crosses it', () => {
    const doc = smallReport({ findings: [finding({ check: 'X', severity: 'low', path: [step('a'), step('b'), step('a')] })] });
    expect(filterChoices(buildTuiModel(doc).findings).device).toEqual([
      { value: 'a', count: 1 },
      { value: 'b', count: 1 },
    ]);
  });

  it('opens over the findings list from any pane, and closes leaving the filters in force', () => {
    let state = run(initialAppState(model), { type: 'openFilters' });
    expect(state.filterMenu).toBe(0);
    expect(topView(state.stack)).toEqual({ kind: 'findings', selected: 0 });
    state = run(state, { type: 'stepFilter', delta: 1 }, { type: 'closeFilters' });
    expect(state.filterMenu).toBeUndefined();
    expect(checksOf(state)).toEqual(['INTERNET-LGWAN-UNSANITIZED', 'MYNUMBER-LGWAN']);
  });

  it('steps a field through all of its values and back to all, either way', () => {
    const seen: Array<string | undefined> = [];
    let filter: FindingFilter = {};
    for (let i = 0; i < 4; i++) {
      filter = stepFilter(filter, 'severity', model.choices, 1);
      seen.push(filter.severity);
    }
    expect(seen).toEqual(['critical', 'high', 'low', undefined]);
    expect(stepFilter({}, 'severity', model.choices, -1)).toEqual({ severity: 'low' });
  });

  it('filters by check and by device, combined with severity; Backspace clears the focused field', () => {
    let state = run(initialAppState(model), { type: 'openFilters' }, { type: 'moveFilterField', delta: 2 }, { type: 'stepFilter', delta: 1 });
    expect(state.filter).toEqual({ device: 'fw-core/root' });
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
    state = run(state, { type: 'setSeverity', severity: 'critical' });
    expect(checksOf(state)).toEqual([]);
    state = run(state, { type: 'clearFilter' }, { type: 'moveFilterField', delta: -1 }, { type: 'stepFilter', delta: -1 });
    expect(state.filter).toEqual({ severity: 'critical', check: 'RULE-ANY-ANY' });
    expect(checksOf(state)).toEqual([]);
    state = run(state, { type: 'setSeverity', severity: undefined });
    expect(checksOf(state)).toEqual(['RULE-ANY-ANY']);
  });

  it('finds findings without a path by the devices of the file they cite', () => {
    const doc = smallReport({ findings: [finding({ check: 'RULE-ANY-ANY', severity: 'low', location: { file: 'configs/rtx.config', line: 3 } })] });
    const [item] = buildTuiModel(doc).findings;
    expect(matchesFilter(item!, { device: 'rtx' })).toBe(true);
    expect(matchesFilter(item!, { device: 'fw-edge' })).toBe(false);
  });

  it('keeps the field with focus within the menu', () => {
    const state = run(initialAppState(model), { type: 'openFilters' }, { type: 'moveFilterField', delta: 10 });
    expect(state.filterMenu).toBe(2);
    expect(run(state, { type: 'moveFilterField', delta: -10 }).filterMenu).toBe(0);
  });
});

describe('the severity number keys', () => {
  it('are 0 for all, 1 to 5 for one severity', () => {
    expect(severityForDigit('0')).toEqual({ severity: undefined });
    expect(severityForDigit('1')).toEqual({ severity: 'critical' });
    expect(severityForDigit('5')).toEqual({ severity: 'info' });
    expect(severityForDigit('6')).toBeUndefined();
    expect(severityForDigit('x')).toBeUndefined();
  });

  it('narrow the list and bring it on screen from any pane', () => {
    let state = run(initialAppState(model), { type: 'setSeverity', severity: 'critical' });
    expect(topView(state.stack)).toEqual({ kind: 'findings', selected: 0 });
    expect(checksOf(state)).toEqual(['INTERNET-LGWAN-UNSANITIZED', 'MYNUMBER-LGWAN']);
    state = run(state, { type: 'setSeverity', severity: 'high' });
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
    state = run(state, { type: 'setSeverity', severity: undefined });
    expect(checksOf(state)).toHaveLength(4);
  });

  it('applied in a detail close the detail onto its list, from the top', () => {
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
    const visible = visibleFindings(model.findings, { filter: {}, query: '', pair: { from: 'mynumber', to: 'lgwan' } });
    expect(visible.map((i) => model.findings[i]!.finding.check)).toEqual(['MYNUMBER-LGWAN']);
  });
});
