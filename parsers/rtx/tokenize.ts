/** A statement split into words. */
export interface Tokens {
  readonly words: readonly string[];
  /** True when a quote opened and never closed (a truncated or broken line). */
  readonly unclosedQuote: boolean;
}

/**
 * Splits on blanks; a word that starts with a double or single quote runs to the matching
 * quote, blanks included (`description lan1 "LGWAN 接続系"`). Quotes stay on the word; use
 * `unquote` where a value is meant.
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  let i = 0;
  let unclosedQuote = false;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) {
      i++;
      continue;
    }
    const start = i;
    if (c === 0x22 || c === 0x27) {
      const close = text.indexOf(text[i]!, i + 1);
      if (close < 0) {
        unclosedQuote = true;
        i = text.length;
      } else {
        i = close + 1;
      }
      // A quoted word may run on into unquoted characters ("a b"c); keep them together.
      while (i < text.length && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09) i++;
    } else {
      while (i < text.length && text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0x09) i++;
    }
    words.push(text.slice(start, i));
  }
  return { words, unclosedQuote };
}

/** The value of a possibly quoted word: `"LGWAN 接続系"` → `LGWAN 接続系`. */
export function unquote(word: string): string {
  const q = word[0];
  if ((q === '"' || q === "'") && word.length >= 2 && word.endsWith(q)) return word.slice(1, -1);
  if (q === '"' || q === "'") return word.slice(1);
  return word;
}
