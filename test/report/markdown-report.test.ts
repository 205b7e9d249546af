import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/checks/types.js';
import { renderMarkdown } from '../../src/report/markdown/markdown-report.js';
import { LANGUAGES, catalogue, fill } from '../../src/report/messages/index.js';
import { withoutConfigText } from '../../src/report/without-config-text.js';
import {
  SAMPLES,
  auditDir,
  expectedCitations,
  expectedExcerptRows,
  expectedSymbol,
  fileSha256,
  markdownTables,
  secretsIn,
  splitFences,
  unescapeMarkdown,
} from './html-and-markdown-fixtures.js';

/** The findings' chunks: from each `####` heading of the findings section to the next. */
function findingChunks(md: string, findingsHeading: string): string[] {
  const start = md.indexOf(`\n## ${findingsHeading}\n`);
  const stop = md.indexOf('\n## ', start + 1);
  return md.slice(start, stop === -1 ? md.length : stop).split(/\n(?=#### )/).slice(1);
}

describe('the Markdown report of every sample', () => {
  for (const dir of SAMPLES) {
    for (const lang of LANGUAGES) {
      describe(`${dir} (${lang})`, () => {
        const a = auditDir(dir, lang);
        const { doc } = a;
        const l = catalogue(lang).labels;
        const md = renderMarkdown(doc, dir, lang, a.excerpts);
        const { outside, blocks } = splitFences(md);
        const readable = unescapeMarkdown(outside.join('\n'));

        it('has its sections, in the text report’s order', () => {
          const headings = [`# `, `## ${l.summary}`, `## ${l.parseCoverage}`, `## ${l.matrix}`, `## ${l.findings}`].map((h) => unescapeMarkdown(h));
          const unescapedLines = outside.map(unescapeMarkdown);
          const at = headings.map((h) => unescapedLines.findIndex((line) => line.startsWith(h)));
          expect(at.every((i) => i >= 0), `${headings.join(' | ')} at ${at.join(',')}`).toBe(true);
          expect([...at].sort((x, y) => x - y)).toEqual(at);
          expect(readable).toContain(`${l.report}${doc.organization ? ` — ${doc.organization}` : ''}`);
          expect(readable).toContain(`${l.model}**: ${doc.model}`);
          expect(readable).toContain(`${l.snapshot}**: ${dir}`);
          expect(readable).toContain(fill(l.toolVersion, { version: doc.tool.version }));
          if (doc.omittedChecks.length > 0) expect(readable).toContain(`## ${fill(l.omittedChecks, { policy: doc.policy ?? '' })}`);
        });

        it('counts the findings by severity in the summary', () => {
          const summary = markdownTables(outside)[0]!.map((row) => row.map(unescapeMarkdown));
          for (const s of SEVERITIES) expect(summary).toContainEqual([catalogue(lang).severities[s], String(doc.summary[s])]);
          expect(summary).toContainEqual([l.totalRow, String(doc.findings.length)]);
          expect(summary).toContainEqual([l.waivedRow, String(doc.waived.length)]);
        });

        it('shows each finding with its check, title, fingerprint, location and path', () => {
          const chunks = findingChunks(md, l.findings);
          expect(chunks.length).toBeGreaterThanOrEqual(doc.findings.length);
          doc.findings.forEach((f, i) => {
            const chunk = unescapeMarkdown(splitFences(chunks[i]!).outside.join('\n'));
            expect(chunk.startsWith(`#### [${f.check}]`)).toBe(true);
            expect(chunk).toContain(f.title);
            expect(chunk).toContain(f.message);
            expect(chunk).toContain(`${l.fingerprint}**: ${f.fingerprint}`);
            if (f.location) expect(chunk).toContain(`${l.location}**: ${f.location.file}:${f.location.line}`);
            if (f.clause) expect(chunk).toContain(`「${f.clause.text}」`);
            if (f.remediation) expect(chunk).toContain(f.remediation);
            for (const step of f.path ?? []) if (step.file !== undefined) expect(chunk).toContain(`| ${step.device} |`);
          });
        });

        it('shows the matrix cell by cell with the symbols of doc.matrix', () => {
          const start = outside.findIndex((line) => unescapeMarkdown(line) === `## ${l.matrix}`);
          const table = markdownTables(outside.slice(start))[0]!;
          const header = table[0]!.map(unescapeMarkdown);
          expect(header[0]).toBe(l.matrixCorner);
          for (const cell of doc.matrix) {
            const row = table.find((r) => unescapeMarkdown(r[0]!) === cell.from);
            expect(row, cell.from).toBeDefined();
            expect(row![header.indexOf(cell.to)], `${cell.from} → ${cell.to}`).toBe(expectedSymbol(cell));
          }
          for (const row of table.slice(2)) expect(row[header.indexOf(unescapeMarkdown(row[0]!))]).toBe('—');
        });

        it('lists every input with the SHA-256 of its bytes', () => {
          expect(doc.inputs.length).toBeGreaterThan(0);
          const table = markdownTables(outside)
            .map((t) => t.map((row) => row.map(unescapeMarkdown)))
            .find((t) => t[0]![0] === l.columns.file && t[0]!.at(-1) === l.columns.sha256)!;
          expect(table.length).toBe(doc.inputs.length + 2);
          for (const input of doc.inputs) {
            const sha = fileSha256(join(dir, input.file));
            expect(input.sha256).toBe(sha);
            expect(table.find((row) => row[0] === input.file)?.at(-1), input.file).toBe(sha);
          }
        });

        it('shows the masked config lines around each cited line in a fenced block', () => {
          let shown = 0;
          doc.findings.forEach((f) => {
            for (const c of expectedCitations(f)) {
              const rows = expectedExcerptRows(a, dir, c.file, c.line);
              if (rows === undefined) {
                expect(readable).toContain(fill(l.noExcerpt, { file: c.file }));
                continue;
              }
              expect(blocks.some((b) => b.join('\n') === rows.join('\n')), `${c.file}:${c.line}`).toBe(true);
              shown++;
            }
          });
          if (doc.findings.some((f) => f.path && f.path.length > 0)) expect(shown).toBeGreaterThan(0);
        });

        it('never shows a secret of the configs', () => {
          for (const secret of secretsIn(dir)) expect(md).not.toContain(secret);
        });

        it('keeps every table’s column count in every row', () => {
          for (const table of markdownTables(outside)) {
            for (const row of table) expect(row.length, row.join(' | ')).toBe(table[0]!.length);
            expect(table[1]!.every((c) => /^:?-{3,}:?$/.test(c))).toBe(true);
          }
        });

        it('is the same bytes from run to run', () => {
          const again = auditDir(dir, lang);
          expect(renderMarkdown(again.doc, dir, lang, again.excerpts)).toBe(md);
        });

        it('shows no config text with --no-excerpts (excerpts undefined)', () => {
          const bare = renderMarkdown(withoutConfigText(doc), dir, lang, undefined);
          expect(splitFences(bare).blocks).toEqual([]);
          expect(bare).not.toContain(l.excerpts);
          const bareText = unescapeMarkdown(bare);
          // A message may quote a rule's own text ("(ip access-group LGWAN-USERS in)"): that is the finding, not an excerpt.
          const said = doc.findings.map((f) => f.message).join('\n');
          for (const block of blocks) {
            for (const row of block) {
              const text = row.slice(row.indexOf('  ', 2) + 2).trim();
              if (text.length >= 10 && !said.includes(text)) expect(bareText, text).not.toContain(text);
            }
          }
          for (const input of doc.inputs) for (const w of input.warnings) if (w.text.length >= 10) expect(bareText).not.toContain(w.text);
          // Everything else is still there.
          for (const f of doc.findings) expect(bare).toContain(f.fingerprint);
        });
      });
    }
  }
});
