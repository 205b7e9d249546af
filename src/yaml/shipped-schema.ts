import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packagePath } from '../package-files.js';

/** A compiled schema, or why it could not be had. */
export type ShippedSchema = { readonly validate: ValidateFunction } | { readonly problem: string };

const compiled = new Map<string, ShippedSchema>();

/** Path of schemas/<file> in the installed package, if it is there. */
export function shippedSchemaPath(file: string): string | undefined {
  const candidate = packagePath('schemas', file);
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * A schema shipped in schemas/ (site, waivers, ruleset, policy), compiled once per process.
 * Never throws: a missing or broken schema is a `problem` each reader words for its own file.
 * `verbose`: errors carry the failing data and the parent schema, which the messages quote.
 */
export function shippedSchema(file: string): ShippedSchema {
  const cached = compiled.get(file);
  if (cached) return cached;
  const name = join('schemas', file);
  let result: ShippedSchema;
  try {
    const path = shippedSchemaPath(file);
    if (path === undefined) {
      result = { problem: `${name} was not found next to the sansou installation` };
    } else {
      const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
      result = { validate: new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, logger: false }).compile(schema) };
    }
  } catch (error) {
    result = { problem: `${name} could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  compiled.set(file, result);
  return result;
}
