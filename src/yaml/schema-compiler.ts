import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Options, ValidateFunction } from 'ajv';

/**
 * How every shipped schema is compiled. `verbose`: errors carry the failing data and the
 * parent schema, which the messages quote. The precompiled validators (see
 * precompiled-schema.ts) are built with the same options, so both give the same errors.
 */
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, allowUnionTypes: true, logger: false };

/**
 * Compiles a schema in this process: the fallback when no precompiled validator matches.
 * `references` are the other shipped schemas, which a schema may refer to by their $id (the
 * diff refers to the report's finding, packet and hop).
 */
export function compileSchema(schema: object, references: readonly object[] = []): ValidateFunction {
  return withReferences(new (ajv().Ajv)(AJV_OPTIONS), schema, references).compile(schema);
}

/**
 * Ajv, loaded on first use: with the precompiled validators the CLI never needs the compiler,
 * and loading it costs a tenth of the start-up of a small audit.
 */
function ajv(): typeof import('ajv') {
  return createRequire(import.meta.url)('ajv') as typeof import('ajv');
}

/** The fingerprint a precompiled validator carries of the schema text it was built from. */
export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}

/**
 * A CommonJS module holding the validator of one schema as plain code, and the hash of the
 * schema text, so a validator built from an older schema is never used for a newer one.
 * Compiling the shipped schemas takes a quarter of a second at every start, most of the
 * time `sansou audit` spends on a small town; loading this code takes a few milliseconds.
 */
export function standaloneValidator(schemaText: string, references: readonly object[] = []): string {
  const schema = JSON.parse(schemaText) as object;
  const compiler = withReferences(new (ajv().Ajv)({ ...AJV_OPTIONS, code: { source: true } }), schema, references);
  const validate = compiler.compile(schema);
  const standalone = createRequire(import.meta.url)('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js');
  return `${standalone.default(compiler, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash(schemaText))};\n`;
}

/** The compiler, told every reference but the schema itself (Ajv refuses an $id twice). */
function withReferences(compiler: import('ajv').Ajv, schema: object, references: readonly object[]): import('ajv').Ajv {
  const id = (s: object) => (s as { $id?: unknown }).$id;
  for (const r of references) if (id(r) === undefined || id(r) !== id(schema)) compiler.addSchema(r);
  return compiler;
}
