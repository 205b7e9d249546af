import { describe, expect, it } from 'vitest';
import { type KeyPress, filterKeys, globalKeys, helpKeys, listKeys, matrixKeys, searchKeys, textKeys } from '../../src/tui/keys/key-intents.js';
import { splitKeys } from '../../src/tui/keys/split-keys.js';

const NO_KEY: KeyPress = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false, home: false, end: false, return: false, escape: false, tab: false, shift: false, backspace: false, delete: false, ctrl: false, meta: false };
const key = (fields: Partial<KeyPress> = {}): KeyPress => ({ ...NO_KEY, ...fields });

describe('keys', () => {
  it('are the same on every screen for Tab, back, quit, help, search and filters', () => {
    expect(globalKeys('', key({ tab: true }))).toEqual({ type: 'cyclePane', step: 1 });
    expect(globalKeys('', key({ tab: true, shift: true }))).toEqual({ type: 'cyclePane', step: -1 });
    expect(globalKeys('', key({ escape: true, meta: true }))).toEqual({ type: 'back' });
    expect(globalKeys('', key({ delete: true }))).toEqual({ type: 'back' });
    expect(globalKeys('q', key())).toEqual({ type: 'quit' });
    expect(globalKeys('?', key())).toEqual({ type: 'openHelp' });
    expect(globalKeys('/', key())).toEqual({ type: 'startSearch' });
    expect(globalKeys('f', key())).toEqual({ type: 'openFilters' });
    expect(globalKeys('3', key())).toEqual({ type: 'setSeverity', severity: 'medium' });
    expect(globalKeys('x', key())).toBeUndefined();
  });

  it('in the filter menu choose a field with ↑↓, its value with ←→, and close with Enter, Esc or f', () => {
    expect(filterKeys('', key({ downArrow: true }))).toEqual({ type: 'moveFilterField', delta: 1 });
    expect(filterKeys('k', key())).toEqual({ type: 'moveFilterField', delta: -1 });
    expect(filterKeys('', key({ rightArrow: true }))).toEqual({ type: 'stepFilter', delta: 1 });
    expect(filterKeys('h', key())).toEqual({ type: 'stepFilter', delta: -1 });
    expect(filterKeys('', key({ delete: true }))).toEqual({ type: 'clearFilter' });
    for (const close of [key({ return: true }), key({ escape: true })]) expect(filterKeys('', close)).toEqual({ type: 'closeFilters' });
    expect(filterKeys('f', key())).toEqual({ type: 'closeFilters' });
    expect(filterKeys('2', key())).toEqual({ type: 'setSeverity', severity: 'high' });
    expect(filterKeys('', key({ tab: true }))).toBeUndefined();
  });

  it('move the matrix cursor with arrows and h j k l', () => {
    expect(matrixKeys('', key({ rightArrow: true }))).toEqual({ type: 'moveCursor', rows: 0, columns: 1 });
    expect(matrixKeys('h', key())).toEqual({ type: 'moveCursor', rows: 0, columns: -1 });
    expect(matrixKeys('j', key())).toEqual({ type: 'moveCursor', rows: 1, columns: 0 });
    expect(matrixKeys('', key({ return: true }))).toEqual({ type: 'open' });
  });

  it('move a list by rows and pages', () => {
    expect(listKeys(10)('k', key())).toEqual({ type: 'move', delta: -1 });
    expect(listKeys(10)('', key({ pageDown: true }))).toEqual({ type: 'move', delta: 10 });
    expect(listKeys(10)('', key({ end: true }))).toEqual({ type: 'move', delta: Infinity });
  });

  it('scroll a text, and walk findings only where there are siblings', () => {
    expect(textKeys(5, 20, true)('', key({ downArrow: true }))).toEqual({ type: 'scroll', delta: 1, max: 20 });
    expect(textKeys(5, 20, true)('l', key())).toEqual({ type: 'sibling', delta: 1 });
    expect(textKeys(5, 20, false)('l', key())).toBeUndefined();
  });

  it('make every printable key text at the search prompt, q included', () => {
    expect(searchKeys('q', key())).toEqual({ type: 'typeSearch', text: 'q' });
    expect(searchKeys('接続', key())).toEqual({ type: 'typeSearch', text: '接続' });
    expect(searchKeys('', key({ backspace: true }))).toEqual({ type: 'eraseSearch' });
    expect(searchKeys('', key({ return: true }))).toEqual({ type: 'commitSearch' });
    expect(searchKeys('', key({ escape: true }))).toEqual({ type: 'cancelSearch' });
    expect(searchKeys('\u0001', key())).toBeUndefined();
  });

  it('close the help with anything', () => {
    expect(helpKeys('z', key())).toEqual({ type: 'closeHelp' });
    expect(helpKeys('', key({ escape: true }))).toEqual({ type: 'closeHelp' });
  });
});

describe('keys read together', () => {
  it('are split into the keys a terminal sends for each character', () => {
    const keys = splitKeys('jJ\r\t\u007F');
    expect(keys.map((k) => k.input)).toEqual(['j', 'J', '', '', '']);
    expect(keys[1]!.key.shift).toBe(true);
    expect(keys[2]!.key.return).toBe(true);
    expect(keys[3]!.key.tab).toBe(true);
    expect(keys[4]!.key.delete).toBe(true);
    expect(listKeys(5)(keys[2]!.input, keys[2]!.key)).toEqual({ type: 'open' });
  });
});
