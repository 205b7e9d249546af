import { COMMAND_WORDS } from './command-words.js';
import { displayWidth, isWide } from './display-width.js';
import type { SourceText } from '../common/source-text.js';

/** One command of the configuration: a physical line, or a wrapped line put back together. */
export interface Statement {
  /** 1-based line where the statement starts; warnings and provenance point here. */
  readonly line: number;
  /** Last physical line it spans (equal to `line` unless it was wrapped). */
  readonly lastLine: number;
  /** The command text without indentation or trailing blanks. */
  readonly text: string;
}

/** Width at which terminal captures and the Web GUI's config view break long lines. */
export const WRAP_COLUMNS = 80;

/**
 * Splits the text into statements, rejoining lines that a capture wrapped at 80 columns.
 *
 * RTX prints `show config` one command per line, indenting the commands of a `pp select` or
 * `tunnel select` block by one space (two under `ipsec tunnel`). A capture from an 80-column
 * terminal breaks longer lines by characters, wherever column 80 falls: inside a number
 * ("… 100 10" / "5") or before a blank (" 200102 200104"); a double-width character that
 * would straddle column 80 moves whole to the next line. So a line exactly 80 columns wide
 * (79 before a wide character) continues on the next line, joined without adding anything,
 * unless that next line starts with a command word. Tools that wrap at word boundaries indent
 * the continuation instead; an indented line starting with a digit or `dynamic` (which no RTX
 * command does) is joined with one blank. Each statement keeps its first line's number. One
 * pass, no backtracking.
 */
export function splitStatements(source: SourceText): Statement[] {
  const out: Statement[] = [];
  let current: { line: number; lastLine: number; text: string } | undefined;
  let previousRaw = '';
  for (let n = 1; n <= source.lineCount; n++) {
    const raw = source.lineText(n);
    const trimmed = raw.trim();
    if (current && current.lastLine === n - 1 && trimmed !== '') {
      const joined = continuation(previousRaw, raw, trimmed);
      if (joined !== undefined) {
        current.text += joined;
        current.lastLine = n;
        previousRaw = raw;
        continue;
      }
    }
    if (current) out.push(finish(current));
    current = trimmed === '' ? undefined : { line: n, lastLine: n, text: raw.replace(/^[ \t]+/, '') };
    previousRaw = raw;
  }
  if (current) out.push(finish(current));
  return out;
}

/** The text to append when `raw` continues the previous physical line, else undefined. */
function continuation(previousRaw: string, raw: string, trimmed: string): string | undefined {
  const first = firstWord(trimmed);
  if (COMMAND_WORDS.has(first) || trimmed.startsWith('#')) return undefined;
  const width = displayWidth(previousRaw);
  // A wide character that would straddle column 80 moves whole to the next line.
  if (width === WRAP_COLUMNS || (width === WRAP_COLUMNS - 1 && isWide(raw.codePointAt(0) ?? 0))) return raw;
  const indented = raw.charCodeAt(0) === 0x20 || raw.charCodeAt(0) === 0x09;
  if (indented && (isDigit(first.charCodeAt(0)) || first === 'dynamic')) return ` ${trimmed}`;
  return undefined;
}

function finish(s: { line: number; lastLine: number; text: string }): Statement {
  return { line: s.line, lastLine: s.lastLine, text: s.text.trimEnd() };
}

function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) end++;
  return text.slice(0, end);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
