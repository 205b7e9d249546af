import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileSchema, schemaHash, standaloneValidator } from '../../src/yaml/schema-compiler.js';
import { shippedSchemaReferences } from '../../src/yaml/shipped-schema.js';

// The CLI validates with the validators the build precompiles; the sources compile the
// schemas at run time. Both must say the same thing about every document, valid or not,
// down to each error's path, data and quoted schema, which the messages are made of.

const SCHEMA_DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  'site.schema.json': [...yamlFiles('samples', 'sansou.yaml'), ...filesIn('test/fixtures/site').filter((f) => !f.includes('syntax-error'))],
  'device.schema.json': filesIn('test/fixtures/neutral'),
  'ruleset.schema.json': filesIn('rulesets/models'),
  'policy.schema.json': filesIn('rulesets/policies'),
  'waivers.schema.json': ['test/fixtures/snapshots/waived-town/waivers.yaml'],
  'report.schema.json': [],
  'trace.schema.json': [],
  'diff.schema.json': [],
};

describe('precompiled schema validators', () => {
  it('cover every shipped schema', () => {
    expect(Object.keys(SCHEMA_DOCUMENTS).sort()).toEqual(readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).sort());
  });

  for (const [schemaFile, files] of Object.entries(SCHEMA_DOCUMENTS)) {
    it(`${schemaFile}: the precompiled validator gives the same verdict and errors as the compiled one`, () => {
      const text = readFileSync(join('schemas', schemaFile), 'utf8');
      const references = shippedSchemaReferences(schemaFile);
      const precompiled = loadStandalone(standaloneValidator(text, references));
      const compiled = compileSchema(JSON.parse(text) as object, references);
      expect(precompiled.schemaHash).toBe(schemaHash(text));
      const documents = [...files.map(readDocument), null, 7, 'text', [], {}, { 'no-such-key': true }];
      const verdicts = documents.flatMap((doc) => [doc, ...mutations(doc)]).map((doc) => {
        const same = precompiled.validate(doc) === compiled(doc);
        expect(precompiled.validate.errors ?? null).toEqual(compiled.errors ?? null);
        expect(same).toBe(true);
        return compiled.errors === null || compiled.errors === undefined;
      });
      // Both outcomes were exercised wherever real documents exist.
      if (files.length > 0) expect(new Set(verdicts)).toEqual(new Set([true, false]));
    });
  }

  it('a validator carries the hash of the very schema text it was built from', () => {
    const text = readFileSync('schemas/waivers.schema.json', 'utf8');
    expect(loadStandalone(standaloneValidator(text)).schemaHash).not.toBe(schemaHash(`${text} `));
  });
});

/** Evaluates the generated CommonJS module with this project's require, so ajv's runtime resolves. */
function loadStandalone(code: string): { validate: ValidateFunction; schemaHash: unknown } {
  const module = { exports: {} as { default?: ValidateFunction; schemaHash?: unknown } };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(import.meta.url));
  if (module.exports.default === undefined) throw new Error('the generated module exports no validator');
  return { validate: module.exports.default, schemaHash: module.exports.schemaHash };
}

/** A document broken in two ways the readers meet: an unknown top-level key, a wrong type. */
function mutations(doc: unknown): unknown[] {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const [firstKey] = Object.keys(doc);
  const out: unknown[] = [{ ...doc, 'unknown-key': 1 }];
  if (firstKey !== undefined) out.push({ ...doc, [firstKey]: 12345 });
  return out;
}

function readDocument(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parse(text);
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(dir, f));
}

function yamlFiles(root: string, name: string): string[] {
  return readdirSync(root).sort().map((d) => join(root, d, name)).filter((f) => existsSync(f));
}
