import { type YamlError, yamlErrorProblem } from '../yaml/error-sink.js';
import type { Ruleset, PolicyProfile } from '../checks/types.js';
import { type CheckPlan, planChecks } from '../rulesets/plan-checks.js';
import { readRuleset } from '../rulesets/read-ruleset.js';
import { hasShippedModel, hasShippedPolicy, loadShippedModel, loadShippedPolicy } from '../rulesets/shipped.js';
import { NETWORK_MODELS, type NetworkModel, type Site } from '../site/types.js';
import type { Selector } from '../checks/types.js';
import { countLines } from '../snapshot/count-lines.js';

/** A user's ruleset file as the caller read it: the library never touches the file system. */
export interface RulesetSource {
  /** The name errors and provenance use (as given on the command line). */
  readonly file: string;
  readonly text: string;
}

/** A problem with the inputs, as the audit reports it. */
export interface ChoiceProblem {
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
}

/** What an audit enforces: the model, the policy, the user's rulesets, and the checks they give. */
export interface ChecksChoice {
  /** The site with the model the audit uses. */
  readonly site: Site;
  readonly model: Ruleset;
  readonly policy?: PolicyProfile;
  /** The user's rulesets that could be read (checks with errors left out). */
  readonly userRulesets: readonly Ruleset[];
  /** Each user ruleset file as an input: how many lines, which have errors, whether usable. */
  readonly rulesetFiles: ReadonlyArray<{ readonly file: string; readonly lines: number; readonly errors: readonly YamlError[]; readonly usable: boolean }>;
  readonly plan: CheckPlan;
}

/**
 * Chooses what to enforce. The policy is --policy, else the site file's. The model is the site
 * file's, else the one the policy prescribes, else α: the site file describes the network as it
 * is, so it wins, and a disagreement with the policy is reported.
 */
export function chooseChecks(declared: Site, options: { readonly policy?: string; readonly rulesets?: readonly RulesetSource[] }, problems: ChoiceProblem[]): ChecksChoice {
  const policy = choosePolicy(options.policy ?? declared.policy, problems);
  const prescribed = policy?.model as NetworkModel | undefined;
  let model: NetworkModel = declared.model;
  if (!declared.modelDeclared && prescribed !== undefined && NETWORK_MODELS.includes(prescribed)) model = prescribed;
  else if (declared.modelDeclared && policy && policy.models.length > 0 && !policy.models.includes(declared.model)) {
    problems.push({ message: `the site file declares model ${declared.model}, but policy ${policy.id} prescribes ${policy.models.join(' or ')}; auditing as ${declared.model}` });
  }
  const site: Site = model === declared.model ? declared : { ...declared, model };
  const ruleset = hasShippedModel(model) ? loadShippedModel(model) : loadShippedModel('alpha');
  const userRulesets: Ruleset[] = [];
  const rulesetFiles: Array<ChecksChoice['rulesetFiles'][number]> = [];
  for (const source of options.rulesets ?? []) {
    const { ruleset: user, errors } = readRuleset(source.text, source.file, (base) => (hasShippedModel(base) ? loadShippedModel(base) : undefined));
    for (const e of errors) problems.push(yamlErrorProblem(e));
    rulesetFiles.push({ file: source.file, lines: countLines(source.text), errors, usable: user !== undefined });
    if (user) {
      checkSiteIds(user, site, problems);
      userRulesets.push(user);
    }
  }
  return { site, model: ruleset, ...(policy ? { policy } : {}), userRulesets, rulesetFiles, plan: planChecks(ruleset, policy, userRulesets) };
}

function choosePolicy(id: string | undefined, problems: ChoiceProblem[]): PolicyProfile | undefined {
  if (id === undefined) return undefined;
  if (hasShippedPolicy(id)) return loadShippedPolicy(id);
  problems.push({ message: `unknown policy profile ${id}; every check of the model runs and findings cite no clause` });
  return undefined;
}

/** Ids a user ruleset names that the site does not define: the check would silently see nothing. */
function checkSiteIds(ruleset: Ruleset, site: Site, problems: ChoiceProblem[]): void {
  const known = new Set([...site.segments.map((s) => s.id), ...site.externals.map((e) => e.id)]);
  for (const check of ruleset.checks) {
    const named: string[] = [];
    if (check.primitive === 'flow-matrix') named.push(...check.zones);
    if ('from' in check && Array.isArray(check.from)) named.push(...(check.from as Selector[]).flatMap((s) => ('id' in s ? [s.id] : [])));
    if ('to' in check && Array.isArray(check.to)) named.push(...(check.to as Selector[]).flatMap((s) => ('id' in s ? [s.id] : [])));
    for (const id of [...new Set(named)].filter((z) => !known.has(z))) {
      problems.push({
        ...(check.source ? { file: check.source.file, line: check.source.line } : {}),
        message: `check ${check.id}: '${id}' is not a segment or external of the site (${[...known].join(', ') || 'none defined'}); it is left out`,
      });
    }
  }
}
