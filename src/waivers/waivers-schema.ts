import { type ShippedSchema, shippedSchema, shippedSchemaPath } from '../yaml/shipped-schema.js';

const SCHEMA_FILE = 'waivers.schema.json';

/** Path of schemas/waivers.schema.json in the installed package, if it is there. */
export function waiversSchemaPath(): string | undefined {
  return shippedSchemaPath(SCHEMA_FILE);
}

/**
 * The compiled waivers schema, or why it is unavailable. Without it the loader rejects every
 * waiver: an exception that could not be checked must not hide a finding.
 */
export function waiversValidator(): ShippedSchema {
  return shippedSchema(SCHEMA_FILE);
}
