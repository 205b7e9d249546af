import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { countLines } from '../../src/snapshot/count-lines.js';
import { textFromBytes } from '../../src/snapshot/read-text-file.js';
import type { YamlError } from '../../src/yaml/error-sink.js';
import { toJson } from '../helpers/config-tests.js';
import { seedBytes, seedName } from './config-fuzz.js';
import { itFuzzesSeeds } from './fuzz-config.js';
import { applyMutations, mutations } from './mutations.js';
import { YAML_NESTING } from './nestings.js';
import { isEndOfInput } from './result-checks.js';
import type { Seed } from './seeds.js';

/**
 * The fuzz of a YAML loader (sansou.yaml, waivers.yaml, a ruleset). Their result is not a
 * ParsedConfig but errors located by file, line and column, and a document that is usable or
 * not; the guarantees are the same in that shape: never a throw or an internal error, every
 * error on a line of the file, an unusable document always explained by an error, and the
 * same result for the same bytes.
 */
export interface YamlLoader<R extends { readonly errors: readonly YamlError[] }> {
  /** What the file is, for test names. */
  readonly name: string;
  /** The snapshot-relative name errors carry. */
  readonly file: string;
  readonly seeds: () => Seed[];
  readonly load: (text: string, file: string) => R;
  /** False when the loader gave up on the document, which some error must then explain. */
  readonly usable: (result: R) => boolean;
}

function errorProblems(errors: readonly YamlError[], file: string, text: string): string[] {
  const problems: string[] = [];
  const lines = countLines(text);
  // An error about the document as a whole (an empty file) is on line 1 even with no lines.
  const last = Math.max(lines, 1);
  // The YAML reader places an error at the end of the input (an unclosed flow collection) just
  // after the final newline: column 1 of the line an editor shows, empty, below the last.
  const atEnd = (e: YamlError) => isEndOfInput(text, e.line) && e.column === 1;
  errors.forEach((e, i) => {
    const where = `error ${i} (${e.line}:${e.column}, ${JSON.stringify(e.message?.slice(0, 120))})`;
    if (e.file !== file) problems.push(`${where}: names file ${e.file}`);
    if (!Number.isInteger(e.line) || e.line < 1 || (e.line > last && !atEnd(e))) problems.push(`${where}: line outside [1, ${last}] and not the end of the input`);
    if (!Number.isInteger(e.column) || e.column < 1) problems.push(`${where}: column is not a positive integer`);
    if (typeof e.message !== 'string' || e.message.trim() === '') problems.push(`${where}: empty message`);
    if (e.message.includes('internal error')) problems.push(`${where}: internal error`);
    const next = errors[i + 1];
    if (next && (next.line < e.line || (next.line === e.line && next.column < e.column))) problems.push(`${where}: not sorted by line and column`);
  });
  return problems;
}

export function describeYamlFuzz<R extends { readonly errors: readonly YamlError[] }>(loader: YamlLoader<R>): void {
  describe(`fuzz: ${loader.name}`, () => {
    const seeds = loader.seeds();

    itFuzzesSeeds(seeds, 'seeds', 'mutated files never throw, report no internal error and give well-formed, deterministic results', () =>
      fc.property(seedName(seeds), mutations(), (name, list) => {
        // Read as a snapshot reads a person's YAML file: decoded from its bytes, binary passed on as UTF-8.
        const text = textFromBytes(applyMutations(seedBytes(seeds, name), list, YAML_NESTING));
        const result = loader.load(text, loader.file);
        expect(Array.isArray(result.errors)).toBe(true);
        expect(errorProblems(result.errors, loader.file, text)).toEqual([]);
        if (!loader.usable(result)) expect(result.errors.length).toBeGreaterThan(0);
        expect(toJson(loader.load(text, loader.file))).toBe(toJson(result));
      }),
    );
  });
}
