import type { ErrorSink } from '../yaml/error-sink.js';
import { reportSchemaErrors } from '../yaml/schema-errors.js';
import { shippedSchema } from '../yaml/shipped-schema.js';

/**
 * Validates plain data against a shipped schema, reporting each problem on its YAML node.
 * Without the schema nothing can be trusted: that is one error on the document.
 */
export function validateWithSchema(data: unknown, schemaFile: string, sink: ErrorSink): boolean {
  const schema = shippedSchema(schemaFile);
  if ('problem' in schema) {
    sink.add([], `the file could not be checked: ${schema.problem}`);
    return false;
  }
  if (schema.validate(data)) return true;
  reportSchemaErrors(schema.validate.errors ?? [], data, sink);
  return false;
}
