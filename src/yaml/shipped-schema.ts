import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packagePath } from '../package-files.js';
import { compileSchema, schemaHash } from './schema-compiler.js';

/** A compiled schema, or why it could not be had. */
export type ShippedSchema = { readonly validate: ValidateFunction } | { readonly problem: string };

const compiled = new Map<string, ShippedSchema>();

/** Path of schemas/<file> in the installed package, if it is there. */
export function shippedSchemaPath(file: string): string | undefined {
  const candidate = packagePath('schemas', file);
  return existsSync(candidate) ? candidate : undefined;
}

/** Where the build leaves the precompiled validator of schemas/<file>. */
export function precompiledValidatorPath(file: string): string {
  return packagePath('dist', 'validators', file.replace(/\.json$/, '.cjs'));
}

/**
 * A schema shipped in schemas/ (site, waivers, ruleset, policy, device), once per process.
 * The build's precompiled validator is used when it was made from this very schema text;
 * otherwise (running from the sources, or a schema edited since the build) it is compiled
 * here, with the same options and so the same errors. Never throws: a missing or broken
 * schema is a `problem` each reader words for its own file.
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
      const text = readFileSync(path, 'utf8');
      result = { validate: precompiled(file, text) ?? compileSchema(JSON.parse(text) as object, shippedSchemaReferences(file)) };
    }
  } catch (error) {
    result = { problem: `${name} could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  compiled.set(file, result);
  return result;
}

/** The precompiled validator of this schema text, if the build left one. */
function precompiled(file: string, text: string): ValidateFunction | undefined {
  const path = precompiledValidatorPath(file);
  if (!existsSync(path)) return undefined;
  const loaded = createRequire(import.meta.url)(path) as { default?: ValidateFunction; schemaHash?: string };
  return loaded.schemaHash === schemaHash(text) ? loaded.default : undefined;
}

/**
 * Every other shipped schema, parsed, for the ones that refer to another by its $id. Read only
 * when a schema must be compiled here, which the build's precompiled validators spare the CLI.
 */
export function shippedSchemaReferences(except: string): object[] {
  const dir = packagePath('schemas');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json') && f !== except)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as object);
}
