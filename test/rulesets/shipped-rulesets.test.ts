import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModelRuleset, loadPolicyProfile } from '../../src/checks/load-ruleset.js';
import { catalogue } from '../../src/report/messages/index.js';

const DOCUMENTS: Record<string, string> = { mutsu: 'test/fixtures/policies/002_4d98d80f297b0001.txt' };

describe('shipped rulesets and policy profiles', () => {
  const models = readdirSync('rulesets/models').map((f) => f.replace(/\.yaml$/, ''));
  const policies = readdirSync('rulesets/policies').map((f) => f.replace(/\.yaml$/, ''));

  it('every model ruleset matches the schema, and every check has words in both languages', () => {
    for (const id of models) {
      const ruleset = loadModelRuleset(id);
      expect(ruleset.id).toBe(id);
      for (const c of ruleset.checks) {
        expect(catalogue('ja').checks[c.id], `${c.id} (ja)`).toBeDefined();
        expect(catalogue('en').checks[c.id], `${c.id} (en)`).toBeDefined();
      }
    }
  });

  it('every clause quotes its source document verbatim (… marks an omission)', () => {
    for (const id of policies) {
      const profile = loadPolicyProfile(id);
      const source = DOCUMENTS[id];
      expect(source, `source document of ${id}`).toBeDefined();
      const text = readFileSync(source!, 'utf8');
      for (const [check, clause] of profile.clauses) {
        for (const piece of clause.text.split('…')) expect(text.includes(piece.trim()), `${id} ${check}: "${piece}"`).toBe(true);
      }
    }
  });

  it('the αモデル checks all have a むつ市 clause', () => {
    const clauses = loadPolicyProfile('mutsu').clauses;
    for (const c of loadModelRuleset('alpha').checks) expect(clauses.has(c.id), c.id).toBe(true);
  });
});
