/**
 * Junos group wildcards: `<ge-*>`, `<*.0>`, `<ge-0/0/[0-3]>`. `*` matches any run of
 * characters, `?` one character, `[…]` one of a class (ranges and `!`/`^` negation).
 * Matching is iterative with one backtrack point, so it is linear in practice and never
 * exponential.
 */
export function isWildcardWord(word: string): boolean {
  return word.length >= 2 && word.startsWith('<') && word.endsWith('>');
}

export function wildcardMatches(pattern: string, word: string): boolean {
  const p = isWildcardWord(pattern) ? pattern.slice(1, -1) : pattern;
  let i = 0;
  let j = 0;
  let starP = -1;
  let starW = 0;
  while (j < word.length) {
    if (i < p.length && p[i] === '*') {
      starP = i++;
      starW = j;
      continue;
    }
    if (i < p.length) {
      const step = matchOne(p, i, word[j]!);
      if (step > 0) {
        i += step;
        j++;
        continue;
      }
    }
    if (starP < 0) return false;
    i = starP + 1;
    j = ++starW;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/** Length of the pattern element at `i` when it matches `c`, else 0. */
function matchOne(p: string, i: number, c: string): number {
  const e = p[i]!;
  if (e === '?') return 1;
  if (e !== '[') return e === c ? 1 : 0;
  const close = p.indexOf(']', i + 2);
  if (close < 0) return c === '[' ? 1 : 0;
  let k = i + 1;
  const negate = p[k] === '!' || p[k] === '^';
  if (negate) k++;
  let hit = false;
  while (k < close) {
    if (p[k + 1] === '-' && k + 2 < close) {
      if (c >= p[k]! && c <= p[k + 2]!) hit = true;
      k += 3;
    } else {
      if (c === p[k]) hit = true;
      k++;
    }
  }
  return hit !== negate ? close - i + 1 : 0;
}
