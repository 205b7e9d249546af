import { padStart } from '../../report/layout.js';
import type { CitedLine } from '../../report/cited-lines.js';
import { excerptAround } from '../../report/config-excerpt.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import { type Line, fitLine } from '../layout/span.js';

/**
 * The masked config around each cited line: a heading with file:line and what is there, then
 * the lines with their numbers, the cited one marked ▶ and bold (a mark, not only a colour).
 * Config lines are cut at the screen edge rather than wrapped, as in an editor, so the
 * numbers stay in one column. Lines come only from `configLines`, which holds masked text.
 */
export function excerptLines(cited: readonly CitedLine[], configLines: ReadonlyMap<string, readonly string[]>, lang: Language, width: number): Line[] {
  const out: Line[] = [];
  for (const c of cited) {
    out.push([{ text: '  ' }, { text: `${c.file}:${c.line}`, color: 'cyan' }, { text: c.what === '' ? '' : `  ${c.what}`, dim: true }]);
    const lines = configLines.get(c.file);
    const excerpt = lines === undefined ? undefined : excerptAround(lines, c.line);
    if (excerpt === undefined) {
      out.push([{ text: `    ${fill(catalogue(lang).labels.noExcerpt, { file: c.file })}`, dim: true }]);
      continue;
    }
    const numberWidth = String(excerpt.first + excerpt.lines.length - 1).length;
    excerpt.lines.forEach((text, i) => {
      const n = excerpt.first + i;
      const focus = n === excerpt.focus;
      out.push([
        { text: focus ? '  ▶ ' : '    ', bold: true, ...(focus ? { color: 'yellow' as const } : {}) },
        { text: `${padStart(String(n), numberWidth)} │ `, dim: !focus },
        { text, ...(focus ? { bold: true } : {}) },
      ]);
    });
  }
  return out.map((line) => fitLine(line, width));
}
