import { describe, expect, it } from 'vitest';
import { chooseChecks } from '../../src/audit/choose-checks.js';
import { planChecks } from '../../src/rulesets/plan-checks.js';
import { readRuleset } from '../../src/rulesets/read-ruleset.js';
import { loadShippedModel, loadShippedPolicy } from '../../src/rulesets/shipped.js';
import { segment, site } from '../helpers/build-network.js';

const ids = (checks: ReadonlyArray<{ check: { id: string } }>) => checks.map((c) => c.check.id);

describe('planChecks: what an audit runs', () => {
  const alpha = loadShippedModel('alpha');

  it('without a policy, every model check runs, in the model’s order', () => {
    const plan = planChecks(alpha, undefined, []);
    expect(ids(plan.checks)).toEqual(alpha.checks.map((c) => c.id));
    expect(plan.omitted).toEqual([]);
  });

  it('under a policy, only the checks it cites, each with its clause; the rest are listed with the policy’s reason', () => {
    const sorachi = loadShippedPolicy('sorachi');
    const plan = planChecks(alpha, sorachi, []);
    expect(ids(plan.checks)).toEqual(alpha.checks.filter((c) => sorachi.clauses.has(c.id)).map((c) => c.id));
    for (const c of plan.checks) expect(c.clause).toEqual(sorachi.clauses.get(c.check.id));
    expect(plan.omitted.map((o) => o.id)).toEqual(alpha.checks.filter((c) => !sorachi.clauses.has(c.id)).map((c) => c.id));
    for (const o of plan.omitted) expect(o.reason).toBe(sorachi.notCovered.get(o.id));
  });

  it('a user check replaces the model check of the same id in place and always runs; new ones come last', () => {
    const user = readRuleset(
      `id: mine
checks:
  RULE-SHADOWED: { primitive: rule-shadowed, severity: high }
  MY-MATRIX:
    primitive: flow-matrix
    severity: medium
    zones: [a, b]
`,
      'mine.yaml',
    ).ruleset!;
    const plan = planChecks(alpha, loadShippedPolicy('hanamaki'), [user]);
    const shadowed = plan.checks.find((c) => c.check.id === 'RULE-SHADOWED')!;
    expect(shadowed.check.severity).toBe('high');
    expect(shadowed.check.ruleset).toBe('mine');
    expect(ids(plan.checks).at(-1)).toBe('MY-MATRIX');
    expect(plan.omitted.map((o) => o.id)).not.toContain('RULE-SHADOWED');
  });
});

describe('rulesets that extend a model', () => {
  const base = (id: string) => (id === 'alpha' ? loadShippedModel('alpha') : undefined);

  it('inherit the base, replace what they redefine and drop what they remove', () => {
    const { ruleset, errors } = readRuleset(
      `id: strict
extends: alpha
remove: [OBJECT-UNUSED]
checks:
  RULE-ANY-ANY: { primitive: rule-any-any, severity: critical }
`,
      's.yaml',
      base,
    );
    expect(errors).toEqual([]);
    const alpha = loadShippedModel('alpha').checks.map((c) => c.id);
    expect(ruleset!.checks.map((c) => c.id)).toEqual(alpha.filter((id) => id !== 'OBJECT-UNUSED'));
    expect(ruleset!.checks.find((c) => c.id === 'RULE-ANY-ANY')!.severity).toBe('critical');
  });

  it('name an unknown base or an unknown removed check with its line', () => {
    const { errors } = readRuleset('id: x\nextends: gamma\nchecks:\n  A: { primitive: rule-shadowed, severity: low }\n', 'x.yaml', base);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'x.yaml', line: 2, key: 'extends', message: "'gamma' is not a shipped model ruleset; nothing is inherited" }));
    const removed = readRuleset('id: y\nextends: alpha\nremove:\n  - NOPE\n', 'y.yaml', base);
    expect(removed.errors).toContainEqual(expect.objectContaining({ line: 4, key: 'remove[0]', message: 'alpha has no check NOPE' }));
  });

  it('the shipped α′ differs from α only by the breakout carrier', () => {
    const alpha = loadShippedModel('alpha');
    const prime = loadShippedModel('alpha-prime');
    expect(prime.checks.map((c) => c.id)).toEqual(alpha.checks.map((c) => c.id));
    const changed = prime.checks.filter((c, i) => JSON.stringify({ ...c, ruleset: '', source: undefined }) !== JSON.stringify({ ...alpha.checks[i]!, ruleset: '', source: undefined }));
    expect(changed.map((c) => c.id)).toEqual(['LGWAN-INTERNET-DIRECT']);
    const carriers = (changed[0] as unknown as { carriers: Array<{ type: string }> }).carriers.map((c) => c.type);
    expect(carriers).toContain('breakout');
  });
});

describe('chooseChecks: which model and policy', () => {
  const town = (extra = {}) => site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/16')], ...extra });

  it('the site file’s model wins over the policy’s, and a disagreement is a problem', () => {
    const problems: Array<{ message: string }> = [];
    const choice = chooseChecks(town({ model: 'beta', modelDeclared: true }), { policy: 'kawamata' }, problems);
    expect(choice.model.id).toBe('beta');
    expect(problems.map((p) => p.message)).toEqual(['the site file declares model beta, but policy kawamata prescribes alpha; auditing as beta']);
  });

  it('without a model in the site file, the policy’s model applies; a model the policy allows is no disagreement', () => {
    const problems: Array<{ message: string }> = [];
    expect(chooseChecks(town({ modelDeclared: false }), { policy: 'sorachi' }, problems).model.id).toBe('internet-only');
    expect(chooseChecks(town({ model: 'alpha', modelDeclared: true }), { policy: 'mutsu' }, problems).model.id).toBe('alpha');
    expect(chooseChecks(town({ modelDeclared: false }), { policy: 'mutsu' }, problems).site.model).toBe('alpha-prime');
    expect(problems).toEqual([]);
  });

  it('an unknown policy is a problem, and every model check then runs', () => {
    const problems: Array<{ message: string }> = [];
    const choice = chooseChecks(town(), { policy: 'nowhere' }, problems);
    expect(choice.policy).toBeUndefined();
    expect(choice.plan.checks.length).toBe(loadShippedModel('alpha').checks.length);
    expect(problems[0]!.message).toContain('unknown policy profile nowhere');
  });
});
