import { wordsOf } from './words.js';
import type { Clause, PolicyProfile } from '../checks/types.js';
import { ErrorSink, type YamlError } from '../yaml/error-sink.js';
import { readYaml } from '../yaml/read-yaml.js';
import { isRecord } from '../yaml/yaml-path.js';
import { validateWithSchema } from './validate.js';

/** A policy profile as read, and every problem with file, line and key. */
export interface PolicyReadResult {
  readonly policy?: PolicyProfile;
  readonly errors: readonly YamlError[];
}

/** Reads a policy profile (rulesets/policies/*.yaml): clause citations per check. */
export function readPolicy(text: string, file: string): PolicyReadResult {
  const sink = new ErrorSink();
  const parsed = readYaml(text, sink);
  const done = (policy?: PolicyProfile): PolicyReadResult => ({ ...(policy ? { policy } : {}), errors: sink.resolve(file, parsed.index) });
  if (parsed.syntaxErrors) return done();
  const root = parsed.value;
  if (!isRecord(root)) {
    sink.add([], 'a policy profile is a map with id:, organization:, title: and clauses:');
    return done();
  }
  if (!validateWithSchema(root, 'policy.schema.json', sink)) return done();
  const raw = root as {
    id: string;
    organization: string;
    title: string;
    model?: string | string[];
    clauses: Record<string, { ref: string; text: string }>;
    notCovered?: Record<string, unknown>;
  };
  const models = raw.model === undefined ? [] : typeof raw.model === 'string' ? [raw.model] : raw.model;
  const clauses = new Map<string, Clause>(Object.entries(raw.clauses).map(([check, c]) => [check, { policy: raw.id, ref: c.ref, text: c.text }]));
  return done({
    id: raw.id,
    organization: raw.organization,
    title: raw.title,
    ...(models[0] === undefined ? {} : { model: models[0] }),
    models,
    clauses,
    notCovered: new Map(Object.entries(raw.notCovered ?? {}).flatMap(([check, reason]) => {
      const words = wordsOf(reason);
      return words === undefined ? [] : [[check, words] as const];
    })),
  });
}
