import type { CheckConfig, CheckWords, Clause, PolicyProfile, Ruleset } from '../checks/types.js';

/** A check to run, with the clause its findings cite. */
export interface PlannedCheck {
  readonly check: CheckConfig;
  readonly clause?: Clause;
}

/** A model check that does not run under the policy, and why. */
export interface OmittedCheck {
  readonly id: string;
  /** Why, per language: the policy's notCovered entry, or a sentence of our own. */
  readonly reason: CheckWords;
}

/** Which checks an audit runs. */
export interface CheckPlan {
  readonly checks: readonly PlannedCheck[];
  readonly omitted: readonly OmittedCheck[];
}

/**
 * The checks an audit runs: the model's checks the policy cites (a policy enforces only what
 * it says; without a policy, all of them), then every check of the user's rulesets, which the
 * user asked for explicitly. A user check with the id of a model check replaces it in place, so
 * a user can change a shipped check's severity or parameters.
 */
export function planChecks(model: Ruleset, policy: PolicyProfile | undefined, userRulesets: readonly Ruleset[]): CheckPlan {
  const user = new Map<string, CheckConfig>();
  for (const r of userRulesets) for (const c of r.checks) user.set(c.id, c);
  const checks: PlannedCheck[] = [];
  const omitted: OmittedCheck[] = [];
  const clauseOf = (c: CheckConfig): Clause | undefined => policy?.clauses.get(c.id) ?? c.clause;
  const withClause = (c: CheckConfig): PlannedCheck => {
    const clause = clauseOf(c);
    return clause ? { check: c, clause } : { check: c };
  };
  for (const c of model.checks) {
    const replacement = user.get(c.id);
    if (replacement) {
      checks.push(withClause(replacement));
      user.delete(c.id);
    } else if (!policy || policy.clauses.has(c.id)) {
      checks.push(withClause(c));
    } else {
      omitted.push({ id: c.id, reason: policy.notCovered.get(c.id) ?? { ja: `ポリシー ${policy.id} にはこのチェックに当たる条項がありません`, en: `policy ${policy.id} cites no clause for it` } });
    }
  }
  for (const c of user.values()) checks.push(withClause(c));
  return { checks, omitted };
}
