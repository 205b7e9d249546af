import type { SourceText } from '../common/source-text.js';

/** One word of a line and where it starts, so the rest of a line can be taken verbatim. */
export interface Token {
  readonly text: string;
  readonly start: number;
}

/** One configuration line: its number, indentation, words, and the text after its indentation. */
export interface Line {
  readonly line: number;
  readonly indent: number;
  readonly tokens: readonly Token[];
  /** The line without indentation and trailing blanks. */
  readonly text: string;
}

/**
 * A top-level command with the indented lines under it. ASA's running-config writes blocks
 * (interface, object, object-group, policy-map …) as a command at column 0 followed by
 * sub-commands indented by one or more spaces; deeper levels (`policy-map` > `class` >
 * `inspect`) stay in `children` with their own indentation.
 */
export interface Statement extends Line {
  readonly children: readonly Line[];
}

export interface StatementList {
  readonly statements: readonly Statement[];
  /** Indented lines met before any top-level command: they belong to nothing. */
  readonly orphans: readonly Line[];
  /** Lines that are comments or separators (`:`, `!`) or blank. */
  readonly comments: readonly number[];
}

/** Splits a line into words at blanks; quotes mean nothing special in ASA commands. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
    tokens.push({ text: text.slice(start, i), start });
  }
  return tokens;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The line's text from word `index` on, verbatim (remarks, descriptions). */
export function restFrom(line: Line, index: number): string {
  const t = line.tokens[index];
  return t === undefined ? '' : line.text.slice(t.start).trimEnd();
}

/** Reads every line once, in order: linear in the size of the file. */
export function readStatements(source: SourceText): StatementList {
  const statements: Statement[] = [];
  const orphans: Line[] = [];
  const comments: number[] = [];
  let current: { head: Line; children: Line[] } | undefined;
  const flush = () => {
    if (current) statements.push({ ...current.head, children: current.children });
    current = undefined;
  };
  for (let n = 1; n <= source.lineCount; n++) {
    const raw = source.lineText(n);
    let indent = 0;
    while (indent < raw.length && isBlank(raw.charCodeAt(indent))) indent++;
    const text = raw.slice(indent).trimEnd();
    if (text === '' || text.startsWith('!') || (indent === 0 && text.startsWith(':'))) {
      comments.push(n);
      // A separator at column 0 closes the block above it; blank or indented ones do not.
      if (text !== '' && indent === 0) flush();
      continue;
    }
    const line: Line = { line: n, indent, tokens: tokenize(text), text };
    if (indent === 0) {
      flush();
      current = { head: line, children: [] };
    } else if (current) {
      current.children.push(line);
    } else {
      orphans.push(line);
    }
  }
  flush();
  return { statements, orphans, comments };
}

/** The first words of a line, lower-cased, joined by one space. */
export function head(line: Line, count: number): string {
  return line.tokens
    .slice(0, count)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** Word `i` of the line, or '' when the line is shorter. */
export function word(line: Line, i: number): string {
  return line.tokens[i]?.text ?? '';
}
