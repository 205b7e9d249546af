import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { packagePath } from '../package-files.js';
import type { Carrier, CheckConfig, Clause, Kind, PolicyProfile, Ruleset, Severity, SimplePrimitive } from './types.js';
import type { SanitizerMethod } from '../site/types.js';

/** A shipped ruleset or policy profile is missing or does not match its schema. */
export class RulesetError extends Error {
  override readonly name = 'RulesetError';
}

export function isRulesetError(error: unknown): error is RulesetError {
  return error instanceof RulesetError;
}

const validators = new Map<string, ValidateFunction>();

function validator(schemaFile: string): ValidateFunction {
  let v = validators.get(schemaFile);
  if (!v) {
    const schema = JSON.parse(readFileSync(packagePath('schemas', schemaFile), 'utf8')) as object;
    v = new Ajv({ allErrors: true, logger: false }).compile(schema);
    validators.set(schemaFile, v);
  }
  return v;
}

function loadValidated(path: string, schemaFile: string): unknown {
  if (!existsSync(path)) throw new RulesetError(`${path} does not exist`);
  const data: unknown = parse(readFileSync(path, 'utf8'));
  const validate = validator(schemaFile);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
    throw new RulesetError(`${path} does not match ${schemaFile}: ${problems}`);
  }
  return data;
}

interface RawCheck {
  primitive: string;
  severity: Severity;
  from?: Kind[];
  to?: Kind[];
  bothWays?: boolean;
  carriers?: Array<'approved' | 'breakout' | { sanitizer: SanitizerMethod[]; end: 'either' | 'source' | 'destination' }>;
}

/** Loads rulesets/models/<id>.yaml. */
export function loadModelRuleset(id: string): Ruleset {
  const raw = loadValidated(packagePath('rulesets', 'models', `${id}.yaml`), 'ruleset.schema.json') as {
    id: string;
    name: { ja: string; en: string };
    checks: Record<string, RawCheck>;
  };
  const checks: CheckConfig[] = Object.entries(raw.checks).map(([checkId, c]) => {
    if (c.primitive !== 'forbid-flow') return { id: checkId, primitive: c.primitive as SimplePrimitive, severity: c.severity };
    const carriers: Carrier[] = (c.carriers ?? []).map((x) =>
      x === 'approved' ? { type: 'approved' } : x === 'breakout' ? { type: 'breakout' } : { type: 'sanitizer', methods: x.sanitizer, end: x.end },
    );
    return { id: checkId, primitive: 'forbid-flow', severity: c.severity, from: c.from ?? [], to: c.to ?? [], bothWays: c.bothWays ?? false, carriers };
  });
  return { id: raw.id, name: raw.name, checks };
}

/** Loads rulesets/policies/<id>.yaml. */
export function loadPolicyProfile(id: string): PolicyProfile {
  const raw = loadValidated(packagePath('rulesets', 'policies', `${id}.yaml`), 'policy.schema.json') as {
    id: string;
    organization: string;
    title: string;
    model: string;
    clauses: Record<string, { ref: string; text: string }>;
  };
  const clauses = new Map<string, Clause>(Object.entries(raw.clauses).map(([check, c]) => [check, { policy: raw.id, ref: c.ref, text: c.text }]));
  return { id: raw.id, organization: raw.organization, title: raw.title, model: raw.model, clauses };
}

/** Whether a model ruleset is shipped. */
export function hasModelRuleset(id: string): boolean {
  return existsSync(packagePath('rulesets', 'models', `${id}.yaml`));
}

export function hasPolicyProfile(id: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(id) && existsSync(packagePath('rulesets', 'policies', `${id}.yaml`));
}
