import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { fileName } from '../../parsers/linux-ip/text-lines.js';
import type { ParsedConfig } from '../../src/model/parse-result.js';
import { countLines } from '../../src/snapshot/count-lines.js';
import { decodeConfig } from '../../src/snapshot/decode-config.js';
import { CONFIG_FORMATS, type ConfigFormat } from '../../src/snapshot/formats.js';
import { parseConfigBytes } from '../../src/snapshot/load-snapshot.js';
import { expectNoInternalError, toJson } from '../helpers/config-tests.js';
import { itFuzzesSeeds } from './fuzz-config.js';
import { type Nesting, applyMutations, mutations } from './mutations.js';
import { type LineRange, expectWarningsWellFormed, isEndOfInput } from './result-checks.js';
import { type Seed, configSeeds } from './seeds.js';

/**
 * The fuzz of one config format. Each mutated file goes through the snapshot path
 * (`parseConfigBytes`: decode, detect, parse), twice, to check the result and that it is
 * deterministic; and, when the bytes are text, straight into the format's own parser, because
 * a mutation often defeats detection and the parser must hold up on what it is given anyway.
 */

/** Every format id the snapshot path can report, and the ids of its failures. */
const KNOWN_FORMATS = new Set([...CONFIG_FORMATS.map((f) => f.id), ...CONFIG_FORMATS.flatMap((f) => (f.companion ? [f.companion.id] : [])), 'unknown', 'binary']);

function formatOf(id: string): ConfigFormat {
  const format = CONFIG_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`no config format ${id}`);
  return format;
}

/** The text a parser sees, or undefined for bytes the snapshot refuses as binary. */
function decodedText(bytes: Uint8Array): string | undefined {
  const decoded = decodeConfig(bytes);
  return 'binary' in decoded ? undefined : decoded.text;
}

/** Lines as the parsers count them: after the byte-order mark, a final newline opening none. */
function linesOf(text: string): number {
  return countLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A companion's bytes and snapshot path, beside the config it completes. */
export interface CompanionInput {
  readonly bytes: Uint8Array;
  readonly file: string;
}

/** Checks one parse result of `text` (undefined: binary) against every guarantee. */
function expectWellFormed(result: ParsedConfig, file: string, text: string | undefined, companion?: { file: string; text: string }): void {
  expectNoInternalError(result);
  // In memory nothing can fail to be read: this comment means decoding or detection threw.
  expect(result.warnings.filter((w) => w.comment.startsWith('could not be read'))).toEqual([]);
  expect(KNOWN_FORMATS).toContain(result.format);
  expect(result.file).toBe(file);
  expect(result.lines).toBe(text === undefined ? 0 : linesOf(text));
  const prefix = companion && `${fileName(companion.file)}:`;
  const ranges: LineRange[] = [];
  if (companion && prefix) ranges.push({ lines: linesOf(companion.text), applies: (w) => w.context.startsWith(prefix) });
  // The neutral file is YAML: an unclosed collection is reported at the end of the input.
  ranges.push({ lines: result.lines, endOfInput: result.format === 'neutral' && text !== undefined && isEndOfInput(text, result.lines + 1) });
  expectWarningsWellFormed(result.warnings, ranges);
}

/** All the properties of one mutated config, with its companion when the format takes one. */
export function checkMutatedConfig(formatId: string, bytes: Uint8Array, file: string, companion?: CompanionInput): void {
  const text = decodedText(bytes);
  const companionText = companion && decodedText(companion.bytes);
  const paired = companion && companionText !== undefined ? { file: companion.file, text: companionText } : undefined;

  const viaSnapshot = parseConfigBytes(bytes, file, companion);
  // The snapshot pairs a companion only with a config detected as its partner's format.
  expectWellFormed(viaSnapshot, file, text, viaSnapshot.format === formatId ? paired : undefined);
  expect(toJson(parseConfigBytes(bytes, file, companion))).toBe(toJson(viaSnapshot));

  if (text === undefined) return;
  const direct = formatOf(formatId).parse(text, file, paired);
  expectWellFormed(direct, file, text, paired);
  expect([formatId, 'unknown']).toContain(direct.format);
}

/**
 * A seed, drawn by name: fast-check shows the name in a counterexample, not a dump of the
 * seed's bytes. `seedBytes` finds the bytes inside the property.
 */
export function seedName(seeds: readonly Seed[]): fc.Arbitrary<string> {
  return fc.constantFrom(...seeds.map((s) => s.name));
}

export function seedBytes(seeds: readonly Seed[], name: string): Buffer {
  const seed = seeds.find((s) => s.name === name);
  if (!seed) throw new Error(`no seed ${name}`);
  return seed.bytes;
}

/** The describe block of one config format: its seeds exist, and every mutation of them holds up. */
export function describeConfigFuzz(formatId: string, nesting: Nesting): void {
  describe(`fuzz: ${formatId} configs`, () => {
    const seeds = configSeeds(formatId);

    itFuzzesSeeds(seeds, 'seeds', 'mutated configs never throw, report no internal error and give well-formed, deterministic results', () =>
      fc.property(seedName(seeds), mutations(), (name, list) => {
        const bytes = applyMutations(seedBytes(seeds, name), list, nesting);
        checkMutatedConfig(formatId, bytes, `configs/${fileName(name)}`);
      }),
    );
  });
}
