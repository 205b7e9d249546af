import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteSchemaPath } from '../../src/site/load-site-file.js';
import { EXTERNAL_KINDS, NETWORK_MODELS, SEGMENT_KINDS } from '../../src/site/types.js';
import { schemaProblems } from '../helpers/schema-lint.js';

const schemaFile = fileURLToPath(new URL('../../schemas/site.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const fixture = (name: string): unknown => parse(readFileSync(fileURLToPath(new URL(`../fixtures/site/${name}`, import.meta.url)), 'utf8'));

// Full strict mode: the published schema must not rely on ajv leniency.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

describe('schemas/site.schema.json', () => {
  it('is the schema the loader finds', () => {
    expect(siteSchemaPath()).toBe(schemaFile);
  });

  it('accepts the full fixture', () => {
    const ok = validate(fixture('full.yaml'));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects the misspelled keys of the wrong-keys fixture', () => {
    expect(validate(fixture('wrong-keys.yaml'))).toBe(false);
    const unknown = (validate.errors ?? []).filter((e) => e.keyword === 'additionalProperties').map((e) => [e.instancePath, e.params['additionalProperty']]);
    expect(unknown).toEqual([
      ['', 'segmnets'],
      ['/segments/dmz', 'netwoks'],
      ['/segments/internet/attach/0', 'vdom'],
    ]);
  });

  it('requires services on a file sanitizer only', () => {
    expect(validate({ sanitizers: [{ name: 'f', method: 'file', hosts: ['10.0.0.1'] }] })).toBe(false);
    expect(validate({ sanitizers: [{ name: 'm', method: 'mail', hosts: ['10.0.0.1'] }] })).toBe(true);
  });

  it('uses the same kinds and models as the types', () => {
    const defs = schema['definitions'] as Json;
    const enumOf = (def: string, prop: string): unknown => (((defs[def] as Json)['properties'] as Json)[prop] as Json)['enum'];
    expect(enumOf('segment', 'kind')).toEqual([...SEGMENT_KINDS]);
    expect(enumOf('external', 'kind')).toEqual([...EXTERNAL_KINDS]);
    expect(((schema['properties'] as Json)['model'] as Json)['enum']).toEqual([...NETWORK_MODELS]);
  });

  it('documents every property and closes every object', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });
});
