/**
 * Splits a set-format export into statements and words. A statement is one `set …` line; a
 * double-quoted value may run over several lines (certificates do), but only while the next
 * line does not itself start a statement, so a stray quote cannot swallow the rest of the file.
 */
export interface Word {
  readonly text: string;
  readonly quoted: boolean;
}

export interface Statement {
  /** 1-based line where the statement starts. */
  readonly line: number;
  /** Last line it covers (a multi-line quoted value). */
  readonly endLine: number;
  readonly words: readonly Word[];
  /** Why the words could not be read, when they could not (an unterminated quote). */
  readonly error?: string;
}

const STATEMENT_START = /^\s*(set|delete)\s/;
/** A quoted value longer than this many lines is taken for a stray quote (and re-reading stays cheap). */
const MAX_QUOTED_LINES = 200;

export function splitStatements(text: string): Statement[] {
  const out: Statement[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const first = i;
    let body = stripCr(lines[i]!);
    let result = tokenize(body);
    // An open quote continues on the next line, unless that line starts a new statement.
    while (result.openQuote && i + 1 < lines.length && i - first < MAX_QUOTED_LINES && !STATEMENT_START.test(lines[i + 1]!)) {
      i++;
      body += `\n${stripCr(lines[i]!)}`;
      result = tokenize(body);
    }
    out.push({
      line: first + 1,
      endLine: i + 1,
      words: result.words,
      ...(result.openQuote ? { error: 'a quoted value is never closed' } : {}),
    });
    i++;
  }
  // A final newline does not start another line.
  if (out.length > 0 && text.endsWith('\n') && out[out.length - 1]!.words.length === 0) out.pop();
  return out;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Words of one statement: whitespace-separated, double quotes group, `\"` escapes a quote. */
export function tokenize(body: string): { words: Word[]; openQuote: boolean } {
  const words: Word[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const ch = body[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = '';
      i++;
      let closed = false;
      while (i < n) {
        // Copy the run up to the next quote or backslash in one slice.
        let j = i;
        while (j < n && body[j] !== '"' && body[j] !== '\\') j++;
        value += body.slice(i, j);
        i = j;
        if (i >= n) break;
        if (body[i] === '\\') {
          if (body[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            value += '\\';
            i++;
          }
          continue;
        }
        closed = true;
        i++;
        break;
      }
      words.push({ text: value, quoted: true });
      if (!closed) return { words, openQuote: true };
      continue;
    }
    const start = i;
    while (i < n && body[i] !== ' ' && body[i] !== '\t' && body[i] !== '\n' && body[i] !== '"') i++;
    words.push({ text: body.slice(start, i), quoted: false });
  }
  return { words, openQuote: false };
}
