import type { Token } from './tokenize.js';

/** Words of a statement where `[ a b ]` lists are still grouped. */
export type Part = { readonly word: string } | { readonly list: readonly string[] };

/** Statements that one bracketed list may multiply into, at most; beyond, it is refused. */
const MAX_EXPANSION = 4096;

/**
 * Groups tokens into words and `[ … ]` lists. Returns a message instead when a bracket does
 * not close, a list nests, or a token is not a word.
 */
export function groupParts(tokens: readonly Token[]): Part[] | string {
  const parts: Part[] = [];
  let list: string[] | undefined;
  for (const t of tokens) {
    if (t.kind === '[') {
      if (list) return 'a [ list ] is nested inside another';
      list = [];
    } else if (t.kind === ']') {
      if (!list) return 'a ] closes no [ list';
      parts.push({ list });
      list = undefined;
    } else if (t.kind === 'word' || t.kind === 'string') {
      if (list) list.push(t.text);
      else parts.push({ word: t.text });
    } else {
      return `unexpected "${t.text}"`;
    }
  }
  if (list) return 'a [ list ] is not closed';
  return parts;
}

/**
 * The statements a list of parts stands for: `application [ a b ]` is `application a` and
 * `application b`. An empty list gives none. Several lists multiply, up to a bound.
 */
export function expandParts(parts: readonly Part[]): string[][] | string {
  let out: string[][] = [[]];
  for (const p of parts) {
    if ('word' in p) {
      for (const w of out) w.push(p.word);
      continue;
    }
    if (out.length * p.list.length > MAX_EXPANSION) return `the [ lists ] expand to more than ${MAX_EXPANSION} statements`;
    const next: string[][] = [];
    for (const w of out) for (const item of p.list) next.push([...w, item]);
    out = next;
  }
  return out;
}
