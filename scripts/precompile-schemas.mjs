// Writes dist/validators/<name>.schema.cjs for every schema in schemas/: the validator as
// plain code, so the CLI does not compile JSON Schemas at every start. Run by `npm run build`
// after tsc, from the compiled sources.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standaloneValidator } from '../dist/src/yaml/schema-compiler.js';
import { precompiledValidatorPath, shippedSchemaReferences } from '../dist/src/yaml/shipped-schema.js';

for (const file of readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).sort()) {
  const target = precompiledValidatorPath(file);
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, standaloneValidator(readFileSync(join('schemas', file), 'utf8'), shippedSchemaReferences(file)));
}
