import type { AppAction } from '../state/app-state.js';
import { severityForDigit } from '../state/finding-filter.js';

/**
 * The keys the TUI reads, as Ink reports them. Declared here rather than imported from Ink so
 * that the mapping is plain data, testable without a terminal; Ink's Key has these fields.
 */
export interface KeyPress {
  /** ↑. */
  readonly upArrow: boolean;
  /** ↓. */
  readonly downArrow: boolean;
  /** ←. */
  readonly leftArrow: boolean;
  /** →. */
  readonly rightArrow: boolean;
  /** Page Up. */
  readonly pageUp: boolean;
  /** Page Down. */
  readonly pageDown: boolean;
  /** Home. */
  readonly home: boolean;
  /** End. */
  readonly end: boolean;
  /** Enter (CR). */
  readonly return: boolean;
  /** Esc on its own, not the start of a sequence. */
  readonly escape: boolean;
  /** Tab; with shift, Shift+Tab. */
  readonly tab: boolean;
  /** Shift held, or a capital letter typed. */
  readonly shift: boolean;
  /** BS (0x08): Ctrl+H, and Backspace on a few terminals. */
  readonly backspace: boolean;
  /** Ink reports the Backspace key of most terminals (DEL, 0x7f) as delete. */
  readonly delete: boolean;
  /** Ctrl held. */
  readonly ctrl: boolean;
  /** Alt/Meta held (Ink also sets it for Esc). */
  readonly meta: boolean;
}

/** What a key means: a state change, or leaving. */
export type Intent = AppAction | { readonly type: 'quit' };

/** Maps a key press to an intent, or to nothing. */
export type KeyMap = (input: string, key: KeyPress) => Intent | undefined;

/**
 * Keys that mean the same on every screen: Tab, back, quit, help, search and the filters. Only plain ASCII and the keys every terminal sends, so they work the same over SSH.
 */
export const globalKeys: KeyMap = (input, key) => {
  if (key.tab) return { type: 'cyclePane', step: key.shift ? -1 : 1 };
  if (key.escape || key.backspace || key.delete) return { type: 'back' };
  if (key.ctrl || key.meta) return undefined;
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'openHelp' };
  if (input === '/') return { type: 'startSearch' };
  if (input === 'f') return { type: 'openFilters' };
  const digit = severityForDigit(input);
  return digit === undefined ? undefined : { type: 'setSeverity', severity: digit.severity };
};

/** The matrix: arrows and h j k l move the cursor, Enter opens the cell's findings. */
export const matrixKeys: KeyMap = (input, key) => {
  if (key.upArrow || input === 'k') return { type: 'moveCursor', rows: -1, columns: 0 };
  if (key.downArrow || input === 'j') return { type: 'moveCursor', rows: 1, columns: 0 };
  if (key.leftArrow || input === 'h') return { type: 'moveCursor', rows: 0, columns: -1 };
  if (key.rightArrow || input === 'l') return { type: 'moveCursor', rows: 0, columns: 1 };
  if (key.return) return { type: 'open' };
  return globalKeys(input, key);
};

/** A list (findings, inputs): ↑↓ j k by a row, PgUp/PgDn by `page` rows, Home/End to the ends, Enter opens. */
export function listKeys(page: number): KeyMap {
  return (input, key) => {
    if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
    if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
    if (key.pageUp) return { type: 'move', delta: -page };
    if (key.pageDown || input === ' ') return { type: 'move', delta: page };
    if (key.home || input === 'g') return { type: 'move', delta: -Infinity };
    if (key.end || input === 'G') return { type: 'move', delta: Infinity };
    if (key.return) return { type: 'open' };
    return globalKeys(input, key);
  };
}

/**
 * A long text (a finding's detail, a file's warnings): ↑↓ j k scroll a line, PgUp/PgDn a page.
 * With `siblings`, ←→ h l step to the previous or next finding of the list below.
 */
export function textKeys(page: number, max: number, siblings: boolean): KeyMap {
  return (input, key) => {
    if (key.upArrow || input === 'k') return { type: 'scroll', delta: -1, max };
    if (key.downArrow || input === 'j') return { type: 'scroll', delta: 1, max };
    if (key.pageUp) return { type: 'scroll', delta: -page, max };
    if (key.pageDown || input === ' ') return { type: 'scroll', delta: page, max };
    if (key.home || input === 'g') return { type: 'scroll', delta: -Infinity, max };
    if (key.end || input === 'G') return { type: 'scroll', delta: Infinity, max };
    if (siblings && (key.leftArrow || input === 'h')) return { type: 'sibling', delta: -1 };
    if (siblings && (key.rightArrow || input === 'l')) return { type: 'sibling', delta: 1 };
    return globalKeys(input, key);
  };
}

/** The `/` prompt: every printable key is text; Enter keeps the query, Esc drops the edit. */
export const searchKeys: KeyMap = (input, key) => {
  if (key.return) return { type: 'commitSearch' };
  if (key.escape) return { type: 'cancelSearch' };
  if (key.backspace || key.delete) return { type: 'eraseSearch' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
  // eslint-disable-next-line no-control-regex
  const text = input.replace(/[\u0000-\u001f\u007f]/g, '');
  return text === '' ? undefined : { type: 'typeSearch', text };
};

/**
 * The `f` menu: ↑↓ j k choose the field, ←→ h l its value, Backspace clears it; Enter, Esc
 * and `f` close the menu and leave the filters in force.
 */
export const filterKeys: KeyMap = (input, key) => {
  if (key.upArrow || input === 'k') return { type: 'moveFilterField', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'moveFilterField', delta: 1 };
  if (key.leftArrow || input === 'h') return { type: 'stepFilter', delta: -1 };
  if (key.rightArrow || input === 'l') return { type: 'stepFilter', delta: 1 };
  if (key.backspace || key.delete) return { type: 'clearFilter' };
  if (key.return || key.escape || input === 'f') return { type: 'closeFilters' };
  if (key.ctrl || key.meta || key.tab) return undefined;
  if (input === 'q') return { type: 'quit' };
  const digit = severityForDigit(input);
  return digit === undefined ? undefined : { type: 'setSeverity', severity: digit.severity };
};

/** The help overlay: whatever is pressed closes it. */
export const helpKeys: KeyMap = () => ({ type: 'closeHelp' });
