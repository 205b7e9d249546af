import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packagePath } from '../package-files.js';

const SCHEMA_FILE = join('schemas', 'waivers.schema.json');

/** Path of schemas/waivers.schema.json in the installed package, if it is there. */
export function waiversSchemaPath(): string | undefined {
  const candidate = packagePath(SCHEMA_FILE);
  return existsSync(candidate) ? candidate : undefined;
}

let cached: { validate: ValidateFunction } | { problem: string } | undefined;

/**
 * The compiled waivers schema, or why it is unavailable. Compiled once. Without it the loader
 * rejects every waiver: an exception that could not be checked must not hide a finding.
 */
export function waiversValidator(): { validate: ValidateFunction } | { problem: string } {
  if (cached) return cached;
  try {
    const path = waiversSchemaPath();
    if (path === undefined) {
      cached = { problem: `${SCHEMA_FILE} was not found next to the sansou installation` };
    } else {
      const schema = JSON.parse(readFileSync(path, 'utf8')) as object;
      // verbose: errors carry the failing data and schema, which the messages use.
      const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true, logger: false });
      cached = { validate: ajv.compile(schema) };
    }
  } catch (error) {
    cached = { problem: `${SCHEMA_FILE} could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  return cached;
}
