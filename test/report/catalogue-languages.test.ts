import { describe, expect, it } from 'vitest';
import { diffWords } from '../../src/diff/diff-words.js';
import { catalogue } from '../../src/report/messages/index.js';
import { traceWords } from '../../src/trace/trace-words.js';
import { tuiWords } from '../../src/tui/words/tui-words.js';

// Every word sansou prints comes from a catalogue with a Japanese and an English side. These
// tests enumerate the catalogues: both sides say the same things, check titles are Japanese
// under ja, and English under en (where a Japanese term may stand only as a gloss in brackets).

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Every leaf path of a nested object of words, with its value. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) for (const [p, v] of leaves(child, path === '' ? key : `${path}.${key}`)) out.set(p, v);
  } else {
    out.set(path, node);
  }
  return out;
}

/** English text with its bracketed glosses, which may be Japanese, taken out. */
function withoutGlosses(text: string): string {
  return text.replace(/\([^()]*\)|（[^（）]*）/g, '');
}

describe('the message catalogues', () => {
  const catalogues = {
    report: [catalogue('ja'), catalogue('en')],
    tui: [tuiWords('ja'), tuiWords('en')],
    trace: [traceWords('ja'), traceWords('en')],
    diff: [diffWords('ja'), diffWords('en')],
  } as const;

  for (const [name, [ja, en]] of Object.entries(catalogues)) {
    it(`${name}: Japanese and English have the same entries, each a non-empty text`, () => {
      const jaLeaves = leaves(ja);
      const enLeaves = leaves(en);
      expect([...jaLeaves.keys()].filter((k) => !/\.\d+(\.\d+)?$/.test(k)).sort()).toEqual([...enLeaves.keys()].filter((k) => !/\.\d+(\.\d+)?$/.test(k)).sort());
      for (const [key, value] of [...jaLeaves, ...enLeaves]) expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      // Lists (help rows) have the same length in both languages.
      expect(jaLeaves.size).toBe(enLeaves.size);
    });
  }

  it('check titles are Japanese under ja and English under en', () => {
    const ja = catalogue('ja').checks;
    const en = catalogue('en').checks;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(ja).length).toBeGreaterThan(20);
    for (const id of Object.keys(ja)) {
      expect(ja[id]!.title, id).toMatch(JAPANESE);
      expect(withoutGlosses(en[id]!.title), id).not.toMatch(JAPANESE);
      expect(en[id]!.title, id).toMatch(/[A-Za-z]{3,}/);
      // The words differ: no title is left untranslated on either side.
      expect(ja[id]!.title, id).not.toBe(en[id]!.title);
      expect(ja[id]!.remediation, id).not.toBe(en[id]!.remediation);
    }
  });

  it('the Japanese messages and remediation hints are written in Japanese', () => {
    for (const [id, text] of Object.entries(catalogue('ja').checks)) {
      const messages = typeof text.message === 'string' ? [text.message] : Object.values(text.message);
      for (const m of [...messages, text.remediation]) expect(m, id).toMatch(JAPANESE);
    }
  });
});
