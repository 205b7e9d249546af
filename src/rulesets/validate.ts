import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { packagePath } from '../package-files.js';
import type { ErrorSink } from '../yaml/error-sink.js';
import { reportSchemaErrors } from '../yaml/schema-errors.js';

const validators = new Map<string, ValidateFunction>();

/** The compiled schema of schemas/<file>, compiled once. */
function validator(schemaFile: string): ValidateFunction {
  let v = validators.get(schemaFile);
  if (!v) {
    const schema = JSON.parse(readFileSync(packagePath('schemas', schemaFile), 'utf8')) as object;
    // verbose: errors carry the parent schema, whose description says what is expected.
    v = new Ajv({ allErrors: true, verbose: true, logger: false }).compile(schema);
    validators.set(schemaFile, v);
  }
  return v;
}

/** Validates plain data against a shipped schema, reporting each problem on its YAML node. */
export function validateWithSchema(data: unknown, schemaFile: string, sink: ErrorSink): boolean {
  const validate = validator(schemaFile);
  if (validate(data)) return true;
  reportSchemaErrors(validate.errors ?? [], data, sink);
  return false;
}
