import { type Statement, lineOfWord, pathOf } from './statement.js';
import type { NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Makes the readonly vendor types writable while a builder fills them. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

/**
 * Whether `s` may set a single-valued setting whose current value is `current`. Local
 * statements come before inherited ones: a local one always sets (the last wins, as when
 * Junos loads the lines in order); an inherited one only fills a gap, so local values win
 * and the first group applied wins over later groups.
 */
export function maySet(current: unknown, s: Statement): boolean {
  return current === undefined || s.group === undefined;
}

/** The statement's words from `k` on, as one value (descriptions are single quoted words). */
export function valueFrom(s: Statement, k: number): string | undefined {
  return s.words.length > k ? s.words.slice(k).join(' ') : undefined;
}

export function ref(s: Statement, k: number): NameRef | undefined {
  const name = s.words[k];
  return name === undefined ? undefined : { name, line: lineOfWord(s, k) };
}

/** A statement nobody understood: an `unrecognized` warning naming the unknown word. */
export function unknownStatement(sink: WarningSink, s: Statement, known: number, what = 'statement'): void {
  const word = s.words[known];
  const detail = word === undefined ? `incomplete ${what} (a value is missing)` : `unknown ${what} "${word}"`;
  sink.unrecognized(s.line, pathOf(s, known), `${detail}; ignored`);
}

/** A statement whose value could not be read: an `invalid` warning. */
export function badValue(sink: WarningSink, s: Statement, known: number, what: string, effect: string): void {
  sink.invalid(s.line, pathOf(s, known), `${what} "${s.words.slice(known).join(' ')}" is not valid; ${effect}`);
}
