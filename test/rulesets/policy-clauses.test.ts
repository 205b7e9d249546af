import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CATALOGUE, MODELS } from '../helpers/check-catalogue.js';

// The policy profiles are read as plain YAML here (not through the loader) so that this test
// checks the shipped files themselves: quotes, coverage of the check catalogue, documented gaps.

/** Policy id -> its source document, vendored byte-for-byte from the shared policies. */
const SOURCES: Record<string, string> = {
  kawamata: 'test/fixtures/policies/000_64c6a4a2093d52b5.txt',
  'sendai-kyosai': 'test/fixtures/policies/001_e4e02d60adf7d8b2.txt',
  mutsu: 'test/fixtures/policies/002_4d98d80f297b0001.txt',
  hanamaki: 'test/fixtures/policies/003_5b4bb054e23d2305.txt',
  sorachi: 'test/fixtures/policies/004_91fb038f170e84df.txt',
};


const MYNUMBER_AND_LGWAN = ['MYNUMBER-INTERNET', 'MYNUMBER-LGWAN', 'MYNUMBER-OTHER', 'INTERNET-LGWAN-UNSANITIZED', 'LGWAN-INTERNET-DIRECT'];

interface Clause {
  ref: string;
  text: string;
}
interface Profile {
  id: string;
  organization: string;
  title: string;
  model?: string | string[];
  clauses: Record<string, Clause>;
  notCovered?: Record<string, { ja: string; en: string }>;
}

const DIR = 'rulesets/policies';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const profiles = new Map<string, Profile>(
  files.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Profile]),
);

function profile(id: string): Profile {
  const p = profiles.get(id);
  if (p === undefined) throw new Error(`no policy profile ${id}`);
  return p;
}

describe('policy profiles: clause citations', () => {
  it('ships one profile per source document, and nothing else', () => {
    expect([...profiles.keys()].sort()).toEqual(Object.keys(SOURCES).sort());
  });

  describe.each([...profiles.keys()])('%s', (id) => {
    const p = profile(id);

    it('has its file name as id, and the required fields', () => {
      expect(p.id).toBe(id);
      expect(typeof p.organization).toBe('string');
      expect(typeof p.title).toBe('string');
      for (const m of p.model === undefined ? [] : [p.model].flat()) expect(MODELS).toContain(m);
      expect(typeof p.clauses).toBe('object');
    });

    it('quotes its source document verbatim (… marks an omission)', () => {
      const source = SOURCES[id];
      expect(source, `source document of ${id}`).toBeDefined();
      const text = readFileSync(source!, 'utf8');
      for (const [check, clause] of Object.entries(p.clauses)) {
        expect(typeof clause.ref, `${id} ${check} ref`).toBe('string');
        expect(clause.ref.trim(), `${id} ${check} ref`).not.toBe('');
        expect(typeof clause.text, `${id} ${check} text`).toBe('string');
        for (const piece of clause.text.split('…').map((s) => s.trim())) {
          expect(piece, `${id} ${check}: empty piece in "${clause.text}"`).not.toBe('');
          expect(text.includes(piece), `${id} ${check}: "${piece}" not in ${source}`).toBe(true);
        }
      }
    });

    it('accounts for every catalogue check exactly once: cited or notCovered with a reason', () => {
      const cited = Object.keys(p.clauses);
      const notCovered = Object.keys(p.notCovered ?? {});
      const known = new Set<string>(CATALOGUE);
      for (const c of [...cited, ...notCovered]) expect(known.has(c), `${id}: unknown check ${c}`).toBe(true);
      for (const c of CATALOGUE) {
        const inClauses = cited.includes(c);
        const inNotCovered = notCovered.includes(c);
        expect(inClauses || inNotCovered, `${id}: ${c} neither cited nor notCovered`).toBe(true);
        expect(inClauses && inNotCovered, `${id}: ${c} both cited and notCovered`).toBe(false);
      }
      // Each reason in both languages: Japanese words under ja, and an English sentence under en.
      for (const [c, reason] of Object.entries(p.notCovered ?? {})) {
        expect(Object.keys(reason).sort(), `${id} ${c} reason`).toEqual(['en', 'ja']);
        expect(reason.ja, `${id} ${c} reason`).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
        expect(reason.en, `${id} ${c} reason`).toMatch(/\b[a-z]{3,} [a-z]{2,}\b/);
      }
    });
  });

  it('sorachi (internet-only) cites no マイナンバー or LGWAN check, while kawamata (alpha) cites them all', () => {
    const sorachi = profile('sorachi');
    const kawamata = profile('kawamata');
    expect(sorachi.model).toBe('internet-only');
    expect(kawamata.model).toBe('alpha');
    for (const c of MYNUMBER_AND_LGWAN) {
      expect(sorachi.clauses[c], `sorachi ${c}`).toBeUndefined();
      expect(sorachi.notCovered?.[c], `sorachi ${c} reason`).toBeDefined();
      expect(kawamata.clauses[c], `kawamata ${c}`).toBeDefined();
    }
    expect(kawamata.clauses['MYNUMBER-INTERNET']!.ref).toContain('6.(3) ①');
    expect(kawamata.clauses['INTERNET-LGWAN-UNSANITIZED']!.ref).toContain('6.(3) ②');
    expect(kawamata.clauses['INTERNET-EGRESS-BYPASS']!.ref).toContain('6.(3) ③');
  });

  it('sendai-kyosai (two-layer) separates マイナンバー事務系 but prescribes no LGWAN measure', () => {
    const p = profile('sendai-kyosai');
    expect(p.model).toBe('two-layer');
    for (const c of ['MYNUMBER-INTERNET', 'MYNUMBER-LGWAN', 'MYNUMBER-OTHER']) expect(p.clauses[c], c).toBeDefined();
    for (const c of ['INTERNET-LGWAN-UNSANITIZED', 'LGWAN-INTERNET-DIRECT']) expect(p.clauses[c], c).toBeUndefined();
  });

  it('hanamaki prescribes no model; its classification (第6) backs CLASSIFIED-ASSET-EXPOSED and its 台帳 (第7) INVENTORY-MISMATCH', () => {
    const p = profile('hanamaki');
    expect('model' in p).toBe(false);
    expect(p.clauses['CLASSIFIED-ASSET-EXPOSED']?.ref).toMatch(/^第6/);
    expect(p.clauses['CLASSIFIED-ASSET-EXPOSED']?.text).toContain('レベル1');
    expect(p.clauses['INVENTORY-MISMATCH']?.ref).toMatch(/^第7/);
  });

  it('mutsu (alpha-prime) backs nearly every check with a real clause', () => {
    const p = profile('mutsu');
    // α′ by default (3 (2) ④ allows local breakout); plain α also complies.
    expect(p.model).toEqual(['alpha-prime', 'alpha']);
    expect(Object.keys(p.notCovered ?? {}).length).toBeLessThanOrEqual(2);
    expect(p.clauses['APPROVED-TOO-BROAD']?.ref).toContain('3 (2) ④');
    expect(p.clauses['INTERNET-EGRESS-BYPASS']?.ref).toContain('3 (3)');
    expect(p.clauses['DEFAULT-ADMIN']?.text).toContain('初期設定以外');
  });
});
