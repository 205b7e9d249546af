import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/checks/types.js';
import { renderHtml } from '../../src/report/html/html-report.js';
import { LANGUAGES, catalogue, fill } from '../../src/report/messages/index.js';
import { coverage } from '../../src/report/report-document.js';
import { withoutConfigText } from '../../src/report/without-config-text.js';
import {
  SAMPLES,
  auditDir,
  expectedCitations,
  expectedExcerptRows,
  expectedSymbol,
  fileSha256,
  htmlEscaped,
  htmlText,
  secretsIn,
  structureProblems,
} from './html-and-markdown-fixtures.js';

/** The `<article class="finding …">` elements of the findings section, in order. */
function findingArticles(html: string): string[] {
  const start = html.indexOf('<section id="findings">');
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/<article class="finding [^"]*">[\s\S]*?<\/article>/g)].map((m) => m[0]);
}

/** The matrix table as rows of [header, ...cells], each cell as [class, symbol]. */
function matrixTable(html: string): { columns: string[]; rows: Map<string, Array<[string, string]>> } {
  const table = /<table class="matrix">([\s\S]*?)<\/table>/.exec(html)![1]!;
  const columns = [...table.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => htmlText(m[1]!)).slice(1);
  const rows = new Map<string, Array<[string, string]>>();
  for (const row of table.matchAll(/<tr><th scope="row">([^<]*)<\/th>(.*?)<\/tr>/g)) {
    rows.set(htmlText(row[1]!), [...row[2]!.matchAll(/<td class="([a-z]+)">([^<]*)<\/td>/g)].map((m) => [m[1]!, m[2]!]));
  }
  return { columns, rows };
}

describe('the HTML report of every sample', () => {
  for (const dir of SAMPLES) {
    for (const lang of LANGUAGES) {
      describe(`${dir} (${lang})`, () => {
        const a = auditDir(dir, lang);
        const { doc } = a;
        const l = catalogue(lang).labels;
        const html = renderHtml(doc, dir, lang, a.excerpts);

        it('is one self-contained page: no script, nothing fetched, its language and charset declared', () => {
          expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
          expect(html).toContain(`<html lang="${lang}">`);
          expect(html).toContain('<meta charset="utf-8">');
          expect(html.toLowerCase()).not.toContain('<script');
          expect(html).not.toMatch(/\s(src|href|srcset|action|formaction|poster|background)=/i);
          expect(html).not.toMatch(/url\(|@import|<link|<img|<iframe|<object|<embed/i);
          expect(html).not.toMatch(/\son[a-z]+=/i);
          expect(html).toContain('@media print');
          expect(html).toMatch(/font-family: "Hiragino Sans"[^;]*"Noto Sans CJK JP"[^;]*sans-serif/);
        });

        it('is well formed: every element closed in order, every value escaped', () => {
          expect(structureProblems(html)).toEqual([]);
        });

        it('has its sections, in the text report’s order', () => {
          const at = ['<header>', '<section id="summary">', '<section id="inputs">', '<section id="matrix">', '<section id="findings">'].map((s) => html.indexOf(s));
          expect(at.every((i) => i >= 0)).toBe(true);
          expect([...at].sort((x, y) => x - y)).toEqual(at);
          const text = htmlText(html);
          expect(text).toContain(`${l.report}${doc.organization ? ` — ${doc.organization}` : ''}`);
          expect(html).toContain(`<dt>${htmlEscaped(l.snapshot)}</dt><dd>${htmlEscaped(dir)}</dd>`);
          expect(text).toContain(fill(l.toolVersion, { version: doc.tool.version }));
          expect(text).toContain(fill(l.coverage, coverage(doc)));
          if (doc.omittedChecks.length > 0) expect(html).toContain('<section id="omitted">');
        });

        it('counts the findings by severity in the summary', () => {
          const summary = /<table class="summary">([\s\S]*?)<\/table>/.exec(html)![1]!;
          for (const s of SEVERITIES) expect(summary).toContain(`${htmlEscaped(catalogue(lang).severities[s])}</span></th><td class="num">${doc.summary[s]}</td>`);
          expect(summary).toContain(`${htmlEscaped(l.waivedRow)}</th><td class="num">${doc.waived.length}</td>`);
        });

        it('shows each finding with its severity, check, title, fingerprint, location and path', () => {
          const articles = findingArticles(html);
          expect(articles).toHaveLength(doc.findings.length);
          doc.findings.forEach((f, i) => {
            const article = articles[i]!;
            expect(article).toContain(`<span class="sev ${f.severity}">${htmlEscaped(catalogue(lang).severities[f.severity])}</span>`);
            expect(article).toContain(`[${htmlEscaped(f.check)}]`);
            expect(article).toContain(`<p class="title">${htmlEscaped(f.title)}</p>`);
            expect(article).toContain(`<p>${htmlEscaped(f.message)}</p>`);
            expect(article).toContain(`<code>${htmlEscaped(f.fingerprint)}</code>`);
            if (f.location) expect(article).toContain(htmlEscaped(`${f.location.file}:${f.location.line}`));
            if (f.clause) expect(article).toContain(htmlEscaped(`「${f.clause.text}」`));
            if (f.remediation) expect(article).toContain(htmlEscaped(f.remediation));
            expect((article.match(/<tr><td class="num">/g) ?? []).length).toBe(f.path?.length ?? 0);
          });
        });

        it('colours the matrix cells by status and shows the symbols of doc.matrix', () => {
          const { columns, rows } = matrixTable(html);
          for (const cell of doc.matrix) {
            const [cls, symbol] = rows.get(cell.from)![columns.indexOf(cell.to)]!;
            expect(symbol, `${cell.from} → ${cell.to}`).toBe(expectedSymbol(cell));
            expect(cls).toBe(cell.status);
          }
          for (const [from, cells] of rows) expect(cells[columns.indexOf(from)]).toEqual(['self', '—']);
          expect(html).toMatch(/\.matrix td\.violation \{[^}]*background/);
        });

        it('lists every input with the SHA-256 of its bytes', () => {
          for (const input of doc.inputs) {
            const sha = fileSha256(join(dir, input.file));
            expect(input.sha256).toBe(sha);
            expect(html).toMatch(new RegExp(`<tr><td class="mono">${htmlEscaped(input.file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</td>.*<code class="sha">${sha}</code></td></tr>`));
          }
        });

        it('shows the masked config lines around each cited line in a <pre>, the cited one marked', () => {
          const articles = findingArticles(html);
          doc.findings.forEach((f, i) => {
            for (const c of expectedCitations(f)) {
              const rows = expectedExcerptRows(a, dir, c.file, c.line);
              const caption = `<figcaption><span class="mono">${htmlEscaped(`${c.file}:${c.line}`)}</span>`;
              expect(articles[i]).toContain(caption);
              const figure = articles[i]!.slice(articles[i]!.indexOf(caption));
              const body = figure.slice(0, figure.indexOf('</figure>'));
              if (rows === undefined) {
                expect(body).toContain(htmlEscaped(fill(l.noExcerpt, { file: c.file })));
                continue;
              }
              const pre = /<pre>([\s\S]*)<\/pre>/.exec(body)![1]!;
              const shown = pre.replace(/<span class="focus">(.*)<\/span>/, '$1').split('\n').slice(0, -1);
              expect(shown).toEqual(rows.map(htmlEscaped));
              expect(pre).toContain(`<span class="focus">${htmlEscaped(rows.find((r) => r.startsWith('▶'))!)}</span>`);
            }
          });
        });

        it('never shows a secret of the configs', () => {
          for (const secret of secretsIn(dir)) expect(html).not.toContain(secret);
        });

        it('is the same bytes from run to run', () => {
          const again = auditDir(dir, lang);
          expect(renderHtml(again.doc, dir, lang, again.excerpts)).toBe(html);
        });

        it('shows no config text with --no-excerpts (excerpts undefined)', () => {
          const bare = renderHtml(withoutConfigText(doc), dir, lang, undefined);
          expect(bare).not.toContain('<pre');
          expect(bare).not.toContain('<figure');
          expect(structureProblems(bare)).toEqual([]);
          const bareText = htmlText(bare);
          const said = doc.findings.map((f) => f.message).join('\n');
          for (const f of doc.findings) {
            for (const c of expectedCitations(f)) {
              for (const row of expectedExcerptRows(a, dir, c.file, c.line) ?? []) {
                const text = row.slice(row.indexOf('  ', 2) + 2).trim();
                if (text.length >= 10 && !said.includes(text)) expect(bareText, text).not.toContain(text);
              }
            }
            expect(bare).toContain(f.fingerprint);
          }
          for (const input of doc.inputs) for (const w of input.warnings) if (w.text.length >= 10) expect(bareText).not.toContain(w.text);
        });
      });
    }
  }
});
