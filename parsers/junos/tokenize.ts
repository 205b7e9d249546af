/**
 * Junos configuration tokens. The brace format and `display set` lines share one lexer:
 * words, quoted strings, braces, semicolons and the brackets of `[ a b ]` lists. `#` at the
 * start of a token and `/* … *\/` annotations are comments. Every token knows its line.
 */
export type TokenKind = 'word' | 'string' | '{' | '}' | ';' | '[' | ']';

export interface Token {
  readonly kind: TokenKind;
  /** The word, or the string's content without quotes and escapes. */
  readonly text: string;
  /** 1-based line where the token starts. */
  readonly line: number;
}

export interface LexProblem {
  readonly line: number;
  readonly message: string;
}

export interface Lexed {
  readonly tokens: Token[];
  readonly problems: LexProblem[];
}

/** Character codes the lexer tests. */
const TAB = 9;
const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const STAR = 42;
const SLASH = 47;
const SEMICOLON = 59;
const LESS = 60;
const OPENBRACKET = 91;
const BACKSLASH = 92;
const CLOSEBRACKET = 93;
const OPENBRACE = 123;
const CLOSEBRACE = 125;

function isSpace(c: number): boolean {
  return c === SPACE || (c >= TAB && c <= RETURN);
}

function isPunct(c: number): boolean {
  return c === OPENBRACE || c === CLOSEBRACE || c === SEMICOLON || c === OPENBRACKET || c === CLOSEBRACKET;
}

/**
 * Tokenizes `text` from offset `from` to `to`; `firstLine` is the line at `from`. Linear in
 * the length: each character is looked at a bounded number of times.
 */
export function tokenize(text: string, firstLine = 1, from = 0, to = text.length): Lexed {
  const tokens: Token[] = [];
  const problems: LexProblem[] = [];
  let line = firstLine;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === HASH) {
      // A comment runs to the end of the line (`## Last commit`, `; ## SECRET-DATA`).
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > to ? to : nl;
      continue;
    }
    if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const start = line;
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 || end + 2 > to ? to : end + 2;
      for (let k = i; k < stop; k++) if (text.charCodeAt(k) === NEWLINE) line++;
      if (end < 0 || end + 2 > to) problems.push({ line: start, message: 'a /* comment */ is not closed before the end of the file' });
      i = stop;
      continue;
    }
    if (isPunct(c)) {
      tokens.push({ kind: text[i] as TokenKind, text: text[i]!, line });
      i++;
      continue;
    }
    if (c === QUOTE) {
      const start = line;
      const parts: string[] = [];
      let runStart = i + 1;
      i++;
      let closed = false;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH && i + 1 < to) {
          parts.push(text.slice(runStart, i), text[i + 1]!);
          if (text.charCodeAt(i + 1) === NEWLINE) line++;
          i += 2;
          runStart = i;
          continue;
        }
        if (d === QUOTE) {
          closed = true;
          break;
        }
        if (d === NEWLINE) line++;
        i++;
      }
      parts.push(text.slice(runStart, i));
      if (closed) i++;
      else problems.push({ line: start, message: 'a quoted string is not closed' });
      tokens.push({ kind: 'string', text: parts.join(''), line: start });
      continue;
    }
    // A word. `<…>` group wildcards may hold brackets: read them to the closing `>`.
    const start = i;
    if (c === LESS) {
      const close = text.indexOf('>', i);
      const nl = text.indexOf('\n', i);
      if (close > 0 && close < to && (nl < 0 || close < nl)) i = close + 1;
    }
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isSpace(d) || isPunct(d) || d === QUOTE) break;
      i++;
    }
    tokens.push({ kind: 'word', text: text.slice(start, i), line });
  }
  return { tokens, problems };
}
