/**
 * Splits one FortiOS CLI statement into words.
 *
 * FortiOS writes values bare when they are simple and in double quotes otherwise; inside
 * quotes a backslash escapes the next character (`\"`, `\\`). The CLI also accepts single
 * quotes, so both are handled the same way. A quoted value may run over several lines
 * (certificates, private keys, replacement messages): the caller passes the whole range and
 * newlines inside quotes are kept in the value.
 */

export type Quote = '"' | "'";

export interface Tokens {
  readonly words: string[];
  /** The quote still open at the end of the range, when the statement is not finished. */
  readonly openQuote: Quote | undefined;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const DOUBLE = 0x22;
const SINGLE = 0x27;
const BACKSLASH = 0x5c;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF;
}

/**
 * Words of text[start, end). Runs of plain characters are copied with one slice each rather
 * than character by character, because this runs on every line of files with millions of
 * lines.
 */
export function tokenize(text: string, start = 0, end = text.length): Tokens {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: Quote | undefined;
  let runStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (quote !== undefined) {
      if (c === BACKSLASH && i + 1 < end) {
        word += text.slice(runStart, i) + text[i + 1];
        i += 2;
        runStart = i;
      } else if (c === (quote === '"' ? DOUBLE : SINGLE)) {
        word += text.slice(runStart, i);
        quote = undefined;
        i++;
        runStart = i;
      } else if (c === CR) {
        // CRLF files: keep the newline of a multi-line value, drop the carriage return.
        word += text.slice(runStart, i);
        i++;
        runStart = i;
      } else {
        i++;
      }
      continue;
    }
    if (isBlank(c)) {
      if (inWord) {
        words.push(word + text.slice(runStart, i));
        word = '';
        inWord = false;
      }
      i++;
      runStart = i;
    } else if (c === DOUBLE || c === SINGLE) {
      word += text.slice(runStart, i);
      quote = c === DOUBLE ? '"' : "'";
      inWord = true;
      i++;
      runStart = i;
    } else if (c === BACKSLASH && i + 1 < end) {
      word += text.slice(runStart, i) + text[i + 1];
      inWord = true;
      i += 2;
      runStart = i;
    } else {
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word + text.slice(runStart, end));
  return { words, openQuote: quote };
}

/**
 * The quote left open after text[start, end) when `quote` was open at `start`. Used to follow
 * a multi-line value line by line without tokenizing it again each time.
 */
export function quoteStateAfter(text: string, start: number, end: number, quote: Quote | undefined): Quote | undefined {
  let open = quote;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
    } else if (open === undefined) {
      if (c === DOUBLE) open = '"';
      else if (c === SINGLE) open = "'";
    } else if (c === (open === '"' ? DOUBLE : SINGLE)) {
      open = undefined;
    }
  }
  return open;
}
