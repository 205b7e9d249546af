import type { KeyPress } from './key-intents.js';

const NO_KEY: KeyPress = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageUp: false,
  pageDown: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  tab: false,
  shift: false,
  backspace: false,
  delete: false,
  ctrl: false,
  meta: false,
};

/**
 * The keys in a string Ink read in one go. Ink splits input at escape sequences only, so keys
 * that arrive together — a held j, "j" and Enter sent in one burst over SSH, a paste — come
 * as one string such as "jj\r". Each character becomes the key a terminal sends it for:
 * CR or LF is Enter, HT is Tab, BS and DEL are Backspace; anything else is itself.
 */
export function splitKeys(input: string): Array<{ readonly input: string; readonly key: KeyPress }> {
  return [...input].map((c) => {
    if (c === '\r' || c === '\n') return { input: '', key: { ...NO_KEY, return: true } };
    if (c === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
    if (c === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
    if (c === '\u007F') return { input: '', key: { ...NO_KEY, delete: true } };
    return { input: c, key: { ...NO_KEY, shift: /^[A-Z]$/.test(c) } };
  });
}
