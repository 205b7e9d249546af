import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/report/messages/index.js';
import { loadShippedModel, loadShippedPolicy, shippedModelIds, shippedPolicyIds } from '../../src/rulesets/shipped.js';
import { NETWORK_MODELS } from '../../src/site/types.js';

// Clause quotes are checked against their source documents in policy-clauses.test.ts.
describe('shipped rulesets and policy profiles', () => {
  it('there is a ruleset for every network model a site file may name', () => {
    expect(shippedModelIds()).toEqual([...NETWORK_MODELS].sort());
  });

  it('every model ruleset reads without error, and every check has words in both languages', () => {
    for (const id of shippedModelIds()) {
      const ruleset = loadShippedModel(id);
      expect(ruleset.id).toBe(id);
      for (const c of ruleset.checks) {
        expect(catalogue('ja').checks[c.id], `${id} ${c.id} (ja)`).toBeDefined();
        expect(catalogue('en').checks[c.id], `${id} ${c.id} (en)`).toBeDefined();
      }
    }
  });

  it('every policy profile reads, names a shipped model if any, and cites only checks some model has', () => {
    const known = new Set(shippedModelIds().flatMap((m) => loadShippedModel(m).checks.map((c) => c.id)));
    for (const id of shippedPolicyIds()) {
      const policy = loadShippedPolicy(id);
      expect(policy.id).toBe(id);
      for (const m of policy.models) expect(shippedModelIds()).toContain(m);
      for (const check of [...policy.clauses.keys(), ...policy.notCovered.keys()]) expect(known.has(check), `${id} ${check}`).toBe(true);
    }
  });

  it("a policy's model has every check the policy cites: nothing it cites is silently not run", () => {
    for (const id of shippedPolicyIds()) {
      const policy = loadShippedPolicy(id);
      for (const model of policy.models) {
        const checks = new Set(loadShippedModel(model).checks.map((c) => c.id));
        for (const check of policy.clauses.keys()) expect(checks.has(check), `${id} cites ${check}, which ${model} lacks`).toBe(true);
      }
    }
  });
});
