import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { packagePath } from '../package-files.js';
import type { PolicyProfile, Ruleset } from '../checks/types.js';
import { formatYamlError } from '../yaml/error-sink.js';
import { readPolicy } from './read-policy.js';
import { readRuleset } from './read-ruleset.js';

/** A shipped ruleset or policy profile is missing or invalid: a defect of the installation. */
export class RulesetError extends Error {
  override readonly name = 'RulesetError';
}

export function isRulesetError(error: unknown): error is RulesetError {
  return error instanceof RulesetError;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function ids(folder: 'models' | 'policies'): string[] {
  return readdirSync(packagePath('rulesets', folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Ids of the shipped network models (rulesets/models/), sorted. */
export function shippedModelIds(): string[] {
  return ids('models');
}

/** Ids of the shipped policy profiles (rulesets/policies/), sorted. */
export function shippedPolicyIds(): string[] {
  return ids('policies');
}

export function hasShippedModel(id: string): boolean {
  return ID.test(id) && existsSync(packagePath('rulesets', 'models', `${id}.yaml`));
}

export function hasShippedPolicy(id: string): boolean {
  return ID.test(id) && existsSync(packagePath('rulesets', 'policies', `${id}.yaml`));
}

const models = new Map<string, Ruleset>();
/** Models being loaded, so that a cycle of `extends` is an error rather than endless. */
const loading = new Set<string>();
const policies = new Map<string, PolicyProfile>();

/** A shipped model ruleset; it must be valid, so any error is thrown. */
export function loadShippedModel(id: string): Ruleset {
  const cached = models.get(id);
  if (cached) return cached;
  const file = `rulesets/models/${id}.yaml`;
  if (loading.has(id)) throw new RulesetError(`${file} extends itself through ${[...loading].join(' -> ')}`);
  loading.add(id);
  let read;
  try {
    read = readRuleset(readShipped(file), file, (base) => (hasShippedModel(base) ? loadShippedModel(base) : undefined));
  } finally {
    loading.delete(id);
  }
  const { ruleset, errors } = read;
  if (!ruleset || errors.length > 0) throw new RulesetError(`${file} is invalid: ${errors.map(formatYamlError).join('; ')}`);
  models.set(id, ruleset);
  return ruleset;
}

/** A shipped policy profile; it must be valid, so any error is thrown. */
export function loadShippedPolicy(id: string): PolicyProfile {
  const cached = policies.get(id);
  if (cached) return cached;
  const file = `rulesets/policies/${id}.yaml`;
  const { policy, errors } = readPolicy(readShipped(file), file);
  if (!policy || errors.length > 0) throw new RulesetError(`${file} is invalid: ${errors.map(formatYamlError).join('; ')}`);
  policies.set(id, policy);
  return policy;
}

function readShipped(file: string): string {
  const path = packagePath(file);
  if (!existsSync(path)) throw new RulesetError(`${file} is missing from the sansou installation`);
  return readFileSync(path, 'utf8');
}
