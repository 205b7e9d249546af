import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { standaloneValidator } from '../../src/yaml/schema-compiler.js';
import { schemaProblems } from '../helpers/schema-lint.js';

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const schema = JSON.parse(readFileSync('schemas/trace.schema.json', 'utf8')) as Json;

describe('schemas/trace.schema.json', () => {
  it('compiles in ajv strict mode, and as the build precompiles every shipped schema', () => {
    expect(() => new Ajv({ allErrors: true, strict: true }).compile(schema)).not.toThrow();
    expect(standaloneValidator(readFileSync('schemas/trace.schema.json', 'utf8'))).toContain('schemaHash');
  });

  it('documents every property and closes every object', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('rejects a document that breaks the contract', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    const minimal = { schemaVersion: 1, tool: { name: 'sansou', version: '0' }, query: { mode: 'segments', from: 'a', to: 'b' }, owners: {}, classes: [], dispositions: [], getsThrough: false };
    expect(validate(minimal)).toBe(true);
    expect(validate({ ...minimal, dispositions: ['dropped'] })).toBe(false);
    expect(validate({ ...minimal, query: { mode: 'packet', from: 'a', to: 'b' } })).toBe(false);
    expect(validate({ ...minimal, extra: true })).toBe(false);
  });
});
