import { graphemes } from './graphemes.js';

type Cell = { readonly text: string; readonly width: number };

/** 行頭禁則: closing marks that must not begin a line. */
const NO_START = new Set([...'、。，．,.）」』】〕〉》｝]）!?！？ー・：；:;…ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々']);
/** 行末禁則: opening marks that must not end a line. */
const NO_END = new Set([...'（「『【〔〈《｛[(']);

/**
 * Splits text into lines of at most `width` columns. English breaks at spaces; Japanese has
 * no spaces, so a line may break beside any wide character, except before a closing mark
 * (、。）」) or after an opening one (（「), as Japanese typesetting requires (禁則処理). A
 * word longer than the line is cut where it must be. Line breaks in the text are kept.
 */
export function wrapToWidth(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, limit));
}

function wrapParagraph(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: Cell[] = [];
  let used = 0;
  const flush = (upTo: number) => {
    lines.push(joinCells(line.slice(0, upTo)).trimEnd());
    line = line.slice(upTo);
    while (line[0]?.text === ' ') line.shift();
    used = line.reduce((n, g) => n + g.width, 0);
  };
  for (const g of graphemes(text)) {
    let skip = false;
    while (line.length > 0 && used + g.width > width) {
      if (g.text === ' ') {
        flush(line.length);
        skip = true;
      } else {
        flush(breakPosition(line, g));
      }
    }
    if (skip || (g.text === ' ' && line.length === 0 && lines.length > 0)) continue;
    line.push(g);
    used += g.width;
  }
  if (line.length > 0 || lines.length === 0) lines.push(joinCells(line).trimEnd());
  return lines;
}

/**
 * Where a full line may break, given the character that no longer fits: the last place after
 * a space or beside a wide character that keeps the 禁則 rules (possibly just before `next`);
 * failing that, just before `next` (a cut).
 */
function breakPosition(line: readonly Cell[], next: Cell): number {
  for (let i = line.length; i >= 1; i--) {
    const before = line[i - 1]!;
    const after = i === line.length ? next : line[i]!;
    if (NO_START.has(after.text) || NO_END.has(before.text)) continue;
    if (before.text === ' ' || before.width > 1 || after.width > 1) return i;
  }
  return line.length;
}

function joinCells(cells: readonly Cell[]): string {
  return cells.map((c) => c.text).join('');
}
