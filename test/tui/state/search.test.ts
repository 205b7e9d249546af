import { describe, expect, it } from 'vitest';
import { createAppReducer, initialAppState, listedFindings, type AppAction, type AppState } from '../../../src/tui/state/app-state.js';
import { listFindings } from '../../../src/tui/state/finding-list.js';
import { NO_SEARCH, activeQuery, isEditing, matchesQuery, searchReducer } from '../../../src/tui/state/search.js';
import { buildTuiModel } from '../../../src/tui/state/tui-model.js';
import { topView } from '../../../src/tui/state/view-stack.js';
import { finding, smallReport, step } from '../../helpers/tui-fixtures.js';

const model = buildTuiModel(smallReport());
const reduce = createAppReducer(model);
const run = (state: AppState, ...actions: AppAction[]) => actions.reduce(reduce, state);
const type = (text: string): AppAction[] => [...text].map((c) => ({ type: 'typeSearch', text: c }));
const checksOf = (state: AppState) => listedFindings(model, state, undefined).map((i) => model.findings[i]!.finding.check);

describe('matching a query', () => {
  const item = (...findings: ReturnType<typeof finding>[]) => listFindings(smallReport({ findings }))[0]!;
  const f = item(finding({ check: 'INTERNET-LGWAN-UNSANITIZED', severity: 'critical', title: 'Internet side reaches LGWAN', message: 'マイナンバー利用事務系から到達', path: [step('fw-edge'), step('fw-core/root')] }));

  it('ignores case, over title, check, device and message', () => {
    expect(matchesQuery(f, 'internet side')).toBe(true);
    expect(matchesQuery(f, 'lgwan-unsanitized')).toBe(true);
    expect(matchesQuery(f, 'FW-CORE')).toBe(true);
    expect(matchesQuery(f, 'fw-annex')).toBe(false);
  });

  it('finds Japanese as a substring, and every word must occur', () => {
    expect(matchesQuery(f, '事務系')).toBe(true);
    expect(matchesQuery(f, '事務系 fw-edge')).toBe(true);
    expect(matchesQuery(f, '事務系 無害化')).toBe(false);
  });

  it('normalizes width: full-width Latin and half-width katakana match', () => {
    expect(matchesQuery(f, 'ＬＧＷＡＮ')).toBe(true);
    expect(matchesQuery(item(finding({ check: 'X', severity: 'low', title: 'サーバ' })), 'ｻｰﾊﾞ')).toBe(true);
  });

  it('finds a finding without a path by the device of the file it cites', () => {
    const rule = item(finding({ check: 'RULE-ANY-ANY', severity: 'low', location: { file: 'configs/rtx.config', line: 3 } }));
    expect(matchesQuery(rule, 'rtx')).toBe(true);
    expect(matchesQuery(rule, 'fw-edge')).toBe(false);
  });

  it('matches everything when empty', () => {
    expect(matchesQuery(f, '   ')).toBe(true);
  });
});

describe('the search prompt', () => {
  it('edits a draft, commits it with Enter, and keeps the old query on Esc', () => {
    let s = searchReducer(NO_SEARCH, { type: 'startSearch' });
    expect(isEditing(s)).toBe(true);
    s = searchReducer(searchReducer(s, { type: 'typeSearch', text: 'fw' }), { type: 'typeSearch', text: 'x' });
    s = searchReducer(s, { type: 'eraseSearch' });
    expect(activeQuery(s)).toBe('fw');
    s = searchReducer(s, { type: 'commitSearch' });
    expect(s).toEqual({ query: 'fw' });
    s = searchReducer(searchReducer(s, { type: 'startSearch' }), { type: 'typeSearch', text: 'zzz' });
    expect(activeQuery(s)).toBe('fwzzz');
    expect(searchReducer(s, { type: 'cancelSearch' })).toEqual({ query: 'fw' });
  });

  it('erases a whole Japanese character', () => {
    const s = searchReducer({ query: '', draft: '事務系' }, { type: 'eraseSearch' });
    expect(s.draft).toBe('事務');
  });

  it('narrows the list as one types, from the findings pane', () => {
    let state = run(initialAppState(model), { type: 'startSearch' });
    expect(topView(state.stack)).toEqual({ kind: 'findings', selected: 0 });
    state = run(state, ...type('asset'));
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
    state = run(state, { type: 'commitSearch' });
    expect(state.search).toEqual({ query: 'asset' });
    expect(checksOf(state)).toEqual(['CLASSIFIED-ASSET-EXPOSED']);
  });

  it('finds by a Japanese word of the message, and by a full-width device name', () => {
    let state = run(initialAppState(model), { type: 'startSearch' }, ...type('到達'), { type: 'commitSearch' });
    expect(checksOf(state)).toEqual(['MYNUMBER-LGWAN']);
    state = run(state, { type: 'startSearch' }, { type: 'eraseSearch' }, { type: 'eraseSearch' }, ...type('fw-annex'), { type: 'commitSearch' });
    expect(checksOf(state)).toEqual(['RULE-ANY-ANY']);
  });

  it('Esc (back) while typing cancels the edit instead of leaving the pane', () => {
    const state = run(initialAppState(model), { type: 'startSearch' }, ...type('x'), { type: 'back' });
    expect(state.search).toEqual({ query: '' });
    expect(topView(state.stack).kind).toBe('findings');
  });
});
