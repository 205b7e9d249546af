import { type Html, constantMarkup } from './escape-html.js';

/**
 * The report's only style sheet, inline: no font, image or style sheet is fetched, so the
 * page reads the same offline and leaks nothing. Japanese system fonts come first in the
 * stack. Nothing depends on colour alone: every matrix cell and severity carries its symbol
 * or word, and the print rules keep a finding on one page where it fits and drop nothing
 * that a black-and-white printer cannot show.
 */
const CSS = `
:root { color-scheme: light; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; background: #fff; line-height: 1.55;
  font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", YuGothic, Meiryo, "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "BIZ UDGothic", "Noto Sans Mono CJK JP", monospace; font-size: 0.9em; }
h1 { font-size: 1.6rem; border-bottom: 3px solid #1a1a1a; padding-bottom: 0.3rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #888; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 0 0 0.4rem; }
h5 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #999; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }
dl.meta dt, dl.facts dt { font-weight: bold; }
dl.meta dd, dl.facts dd { margin: 0; }
dl.facts { margin: 0.5rem 0; }
dl.facts dd { margin-left: 1.5rem; }
dl.facts ul { margin: 0; padding-left: 1.2rem; }
.sha { word-break: break-all; font-size: 0.8em; }
table.inputs td.mono { white-space: nowrap; }
.matrix td { text-align: center; min-width: 3.2rem; font-weight: bold; }
.matrix td.none { background: #f4f4f4; color: #555; font-weight: normal; }
.matrix td.compliant { background: #dff0e0; color: #1b5e20; }
.matrix td.violation { background: #fbd9d7; color: #a10000; border: 2px solid #a10000; }
.matrix td.self, .matrix td.absent { background: #fff; color: #999; font-weight: normal; }
.legend { font-size: 0.9em; }
.finding { border: 1px solid #bbb; border-left: 6px solid #666; padding: 0.7rem 1rem; margin: 1rem 0; }
.finding.critical { border-left-color: #a10000; }
.finding.high { border-left-color: #d84b00; }
.finding.medium { border-left-color: #b08a00; }
.finding.low { border-left-color: #2d6cb5; }
.finding.info { border-left-color: #777; }
.sev { display: inline-block; border: 1px solid currentColor; padding: 0 0.4rem; font-size: 0.85em; margin-right: 0.4rem; }
.sev.critical { color: #a10000; } .sev.high { color: #c04000; } .sev.medium { color: #806400; } .sev.low { color: #2d6cb5; } .sev.info { color: #555; }
.title { font-weight: bold; margin: 0.2rem 0; }
.note { border-left: 3px solid #806400; padding-left: 0.6rem; }
.excerpt { margin: 0.4rem 0 0.8rem; }
.excerpt figcaption { font-size: 0.9em; }
.excerpt pre { margin: 0.2rem 0 0; padding: 0.4rem 0.6rem; background: #f7f7f7; border: 1px solid #ccc; overflow-x: auto; }
.excerpt .focus { font-weight: bold; background: #fff3b0; }
.muted { color: #555; font-style: italic; }
.where { font-size: 0.9em; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .finding, figure, table.matrix, tr { break-inside: avoid; page-break-inside: avoid; }
  .excerpt pre { white-space: pre-wrap; word-break: break-all; overflow: visible; }
  .matrix td, .excerpt .focus, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The `<style>` element of every HTML report. */
export const STYLE: Html = constantMarkup(`<style>${CSS}</style>`);
