import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html/html-report.js';
import { renderMarkdown } from '../../src/report/markdown/markdown-report.js';
import { LANGUAGES } from '../../src/report/messages/index.js';
import { withoutConfigText } from '../../src/report/without-config-text.js';
import { auditDir, markdownTables, splitFences, structureProblems, unescapeMarkdown } from './html-and-markdown-fixtures.js';

// A copy of samples/sample-town whose config and inventory carry hostile text where the
// reports show it: a rule comment inside an excerpt, a rule name in the path table, an
// asset's hostname in a finding's message, and a bad inventory row in the input warnings.

const COMMENT = '<script>alert(1)</script> | pipes | ```` `tick` x';
const RULE_NAME = 'FILE|<script>alert(3)</script>|`x`';
const HOSTNAME = '<script>alert(2)</script>=HYPERLINK("http://x","y")|pipe|`b`';
const BAD_ROW = '"=HYPERLINK(""http://x"",""y"")",999.1.1.1,LGWAN接続系,server,2,x,y,"| pipes | <script>alert(4)</script>"';

const dir = mkdtempSync(join(tmpdir(), 'sansou-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync('samples/sample-town', dir, { recursive: true });
edit('configs/fw-edge.conf', [
  ['set comments "テキスト化済みメールをLGWANメールサーバへ"', `set comments "${COMMENT}"`],
  ['    edit 7\n        set name "FILESRV-TEMP"', `    edit 7\n        set name "${RULE_NAME}"`],
]);
edit('inventory.csv', [['\nlgwan-fs01,', `\n"${HOSTNAME.replace(/"/g, '""')}",`]]);
writeFileSync(join(dir, 'inventory.csv'), `${readFileSync(join(dir, 'inventory.csv'), 'utf8')}${BAD_ROW}\n`);

function edit(file: string, replacements: ReadonlyArray<readonly [string, string]>): void {
  let text = readFileSync(join(dir, file), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${file}: ${from} not found`);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, file), text);
}

describe('hostile text in a config and an inventory', () => {
  for (const lang of LANGUAGES) {
    const a = auditDir(dir, lang);

    it(`(${lang}) reaches the report: the fixture plants it where the reports show it`, () => {
      const messages = a.doc.findings.map((f) => f.message).join('\n');
      expect(messages).toContain(HOSTNAME);
      expect(a.doc.findings.some((f) => f.path?.some((s) => s.ruleName === RULE_NAME))).toBe(true);
      expect(a.doc.inputs.find((i) => i.file === 'inventory.csv')!.warnings.some((w) => w.text.includes('alert(4)'))).toBe(true);
      expect([...a.excerpts.values()].some((e) => e.lines.some((line) => line.includes(COMMENT)))).toBe(true);
    });

    it(`(${lang}) HTML shows it escaped, never as markup`, () => {
      const html = renderHtml(a.doc, dir, lang, a.excerpts);
      expect(html.toLowerCase()).not.toContain('<script');
      for (const n of [1, 2, 3, 4]) expect(html).toContain(`&lt;script&gt;alert(${n})&lt;/script&gt;`);
      expect(html).not.toContain('=HYPERLINK("');
      expect(html).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
      expect(html).not.toMatch(/\s(src|href)=/i);
      expect(structureProblems(html)).toEqual([]);
    });

    it(`(${lang}) Markdown shows it escaped outside code, and verbatim only inside a fence it cannot close`, () => {
      const md = renderMarkdown(a.doc, dir, lang, a.excerpts);
      const { outside, blocks } = splitFences(md);
      const text = outside.join('\n');
      expect(text.toLowerCase()).not.toContain('<script');
      for (const n of [2, 3, 4]) expect(text).toContain(`&lt;script&gt;alert(${n})&lt;/script&gt;`);
      // A reader sees the values as written.
      const readable = unescapeMarkdown(text);
      expect(readable).toContain(HOSTNAME);
      expect(readable).toContain(`"${RULE_NAME}"`);
      // The comment is config text: inside the excerpt's code block, whole, as in the file;
      // a renderer shows a code block as text, and the block is not closed early by the
      // comment's four backticks (the fence is longer).
      const excerpt = blocks.find((b) => b.some((row) => row.includes(COMMENT)));
      expect(excerpt).toBeDefined();
      expect(excerpt!.some((row) => row.endsWith(`set name "${RULE_NAME}"`))).toBe(true);
      expect(excerpt).toHaveLength(7);
      const raw = md.split('\n');
      const fence = raw[raw.indexOf(excerpt![0]!) - 1]!;
      expect(fence).toMatch(/^`{5,}$/);
      // Every table keeps its columns, the path table with the piped rule name included.
      for (const table of markdownTables(outside)) for (const row of table) expect(row.length, row.join(' | ')).toBe(table[0]!.length);
      const pathRow = markdownTables(outside)
        .flat()
        .find((row) => unescapeMarkdown(row[3] ?? '').includes(RULE_NAME));
      expect(pathRow).toHaveLength(6);
      expect(unescapeMarkdown(pathRow![3]!)).toMatch(new RegExp(`"${RULE_NAME.replace(/[|()`]/g, '\\$&')}" (permit|許可)$`));
    });

    it(`(${lang}) with --no-excerpts the hostile config comment is gone altogether`, () => {
      const bare = withoutConfigText(a.doc);
      for (const out of [renderHtml(bare, dir, lang, undefined), renderMarkdown(bare, dir, lang, undefined)]) {
        expect(out).not.toContain('alert(1)');
        expect(out).not.toContain('alert(4)');
        expect(out.toLowerCase()).not.toContain('<script');
      }
    });
  }
});

describe('the structure check itself', () => {
  it('catches raw markup in text, a tag closed out of order and a tag left open', () => {
    expect(structureProblems('<p>ok &lt;b&gt;</p>')).toEqual([]);
    expect(structureProblems('<p>a <script>x</script></p>')).toEqual([]); // balanced markup is markup: the other tests forbid <script
    expect(structureProblems('<p>a < b</p>').length).toBeGreaterThan(0);
    expect(structureProblems('<p>say "hi"</p>').length).toBeGreaterThan(0);
    expect(structureProblems('<div><p></div></p>').length).toBeGreaterThan(0);
    expect(structureProblems('<div><p></p>').length).toBeGreaterThan(0);
    expect(structureProblems('<td class=x>1</td>').length).toBeGreaterThan(0);
  });

  it('a fence scanner that follows CommonMark: a shorter run does not close a longer fence', () => {
    expect(splitFences('a\n`````\n````\nb\n`````\nc').blocks).toEqual([['````', 'b']]);
    expect(splitFences('a\n`````\n````\nb\n`````\nc').outside).toEqual(['a', 'c']);
  });
});
