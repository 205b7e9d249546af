import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/html-report.js';
import { renderMarkdown } from '../../src/report/markdown/markdown-report.js';
import { LANGUAGES, catalogue, fill } from '../../src/report/messages/index.js';
import { waiverSelector } from '../../src/report/report-words.js';
import { auditDir, htmlEscaped, markdownTables, splitFences, structureProblems, unescapeMarkdown } from './html-and-markdown-fixtures.js';

// The sections the samples do not exercise: waived findings, an expired waiver, unused
// waivers (waived-town); input problems and failed inputs (broken-town).

const FIXTURES = ['test/fixtures/snapshots/waived-town', 'test/fixtures/snapshots/broken-town'];

describe('waivers and input problems in the Markdown and HTML reports', () => {
  for (const dir of FIXTURES) {
    for (const lang of LANGUAGES) {
      const a = auditDir(dir, lang);
      const { doc } = a;
      const l = catalogue(lang).labels;
      const html = renderHtml(doc, dir, lang, a.excerpts);
      const md = renderMarkdown(doc, dir, lang, a.excerpts);
      const { outside } = splitFences(md);
      const readable = unescapeMarkdown(outside.join('\n'));

      it(`${dir} (${lang}): the fixture has what this test is about`, () => {
        if (dir.endsWith('waived-town')) {
          expect(doc.waived.length).toBeGreaterThan(0);
          expect(doc.unusedWaivers.length).toBeGreaterThan(0);
          expect(doc.findings.some((f) => f.waiver?.expired)).toBe(true);
        } else {
          expect(doc.problems.length + doc.inputs.filter((i) => i.status === 'FAILED').length).toBeGreaterThan(0);
        }
      });

      it(`${dir} (${lang}): HTML has each section there is something for, in order, well formed`, () => {
        const sections: Array<[string, boolean]> = [
          ['summary', true],
          ['inputs', true],
          ['matrix', true],
          ['findings', true],
          ['waived', doc.waived.length > 0],
          ['unused-waivers', doc.unusedWaivers.length > 0],
          ['omitted', doc.omittedChecks.length > 0],
          ['problems', doc.problems.length > 0],
        ];
        for (const [id, present] of sections) expect(html.includes(`<section id="${id}">`), id).toBe(present);
        const at = sections.filter(([, p]) => p).map(([id]) => html.indexOf(`<section id="${id}">`));
        expect([...at].sort((x, y) => x - y)).toEqual(at);
        expect(structureProblems(html)).toEqual([]);
      });

      it(`${dir} (${lang}): each waived finding with its waiver, each unused waiver, each expired note, each problem`, () => {
        const waived = html.slice(html.indexOf('<section id="waived">'));
        for (const f of doc.waived) {
          for (const value of [f.fingerprint, f.title, f.waiver.id, f.waiver.approver, f.waiver.reason, f.waiver.expires]) {
            expect(waived).toContain(htmlEscaped(value));
            expect(readable).toContain(value);
          }
        }
        for (const w of doc.unusedWaivers) {
          expect(html).toContain(htmlEscaped(waiverSelector(w)));
          expect(readable).toContain(waiverSelector(w));
          if (w.expired) expect(html).toContain(htmlEscaped(`${w.expires} (${l.expiredMark})`));
        }
        for (const f of doc.findings.filter((x) => x.waiver?.expired)) {
          const note = `! ${fill(l.waiverExpired, { id: f.waiver!.id, expires: f.waiver!.expires, approver: f.waiver!.approver })}`;
          expect(html).toContain(`<p class="note">${htmlEscaped(note)}</p>`);
          expect(readable).toContain(`> ${note}`);
        }
        for (const p of doc.problems) {
          expect(html).toContain(htmlEscaped(p.message));
          expect(readable).toContain(p.message);
        }
      });

      it(`${dir} (${lang}): Markdown has the same sections, and tables that keep their columns`, () => {
        const headings = [
          [l.summary, true],
          [l.parseCoverage, true],
          [l.matrix, true],
          [l.findings, true],
          [fill(l.waivedFindings, { count: doc.waived.length }), doc.waived.length > 0],
          [fill(l.unusedWaivers, { count: doc.unusedWaivers.length }), doc.unusedWaivers.length > 0],
          [fill(l.omittedChecks, { policy: doc.policy ?? '' }), doc.omittedChecks.length > 0],
          [l.problems, doc.problems.length > 0],
        ] as const;
        const lines = outside.map(unescapeMarkdown);
        for (const [heading, present] of headings) expect(lines.includes(`## ${heading}`), heading).toBe(present);
        const at = headings.filter(([, p]) => p).map(([h]) => lines.indexOf(`## ${h}`));
        expect([...at].sort((x, y) => x - y)).toEqual(at);
        for (const table of markdownTables(outside)) for (const row of table) expect(row.length).toBe(table[0]!.length);
      });
    }
  }
});
