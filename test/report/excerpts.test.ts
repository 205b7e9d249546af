import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citeKey, citedLines } from '../../src/report/cited-lines.js';
import { collectExcerpts, readExcerpts } from '../../src/report/excerpts.js';
import { renderHtml } from '../../src/report/html/html-report.js';
import { renderMarkdown } from '../../src/report/markdown/markdown-report.js';
import type { ReportDocument, ReportFinding } from '../../src/report/report-document.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { SAMPLES, auditDir, fileSha256, secretsIn } from './html-and-markdown-fixtures.js';

/** A finding that cites exactly `places`: the first as a hop's rule, the rest as hops too, none as location. */
function citing(places: ReadonlyArray<{ file: string; line: number }>, location?: { file: string; line: number }): ReportFinding {
  return {
    check: 'TEST',
    severity: 'info',
    title: 't',
    message: 'm',
    remediation: '',
    path: places.map((p, i) => ({ device: `d${i}`, in: 'a', out: 'b', rule: `${i}`, implicit: false, action: 'permit' as const, file: p.file, line: p.line })),
    ...(location ? { location } : {}),
    fingerprint: 'f',
  };
}

/** Every line of a sample's configs that holds a secret, by the same vendor patterns as secretsIn. */
function secretLines(dir: string): Array<{ file: string; line: number }> {
  const secrets = secretsIn(dir);
  const out: Array<{ file: string; line: number }> = [];
  for (const c of loadSnapshot(dir).configs) {
    readFileSync(join(dir, c.file), 'latin1')
      .split('\n')
      .forEach((text, i) => {
        if (secrets.some((s) => text.includes(s))) out.push({ file: c.file, line: i + 1 });
      });
  }
  return out;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'sansou-excerpts-'));
  temps.push(copy);
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('which lines a finding cites', () => {
  it('each hop’s rule line in path order, then the location, each file:line once', () => {
    const f = citing([{ file: 'configs/a.conf', line: 10 }, { file: 'configs/b.conf', line: 5 }, { file: 'configs/a.conf', line: 10 }], { file: 'configs/b.conf', line: 7 });
    expect(citedLines(f, 'en').map((c) => citeKey(c.file, c.line))).toEqual(['configs/a.conf:10', 'configs/b.conf:5', 'configs/b.conf:7']);
    expect(citedLines(f, 'en')[0]!.what).toBe('d0 rule 0');
    expect(citedLines(f, 'ja')[2]!.what).toBe('位置');
    expect(citedLines(citing([], { file: 'configs/b.conf', line: 5 }), 'en')).toEqual([{ file: 'configs/b.conf', line: 5, what: 'at' }]);
  });
});

describe('collecting excerpts from masked lines', () => {
  const lines = Array.from({ length: 10 }, (_, i) => `l${i + 1}`);
  it('takes ±3 lines, clipped to the file, and nothing for a file or line it does not have', () => {
    const excerpts = collectExcerpts(
      [
        { file: 'x', line: 5 },
        { file: 'x', line: 1 },
        { file: 'x', line: 10 },
        { file: 'x', line: 11 },
        { file: 'y', line: 1 },
      ],
      new Map([['x', lines]]),
    );
    expect(excerpts.get('x:5')).toEqual({ first: 2, focus: 5, lines: ['l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'] });
    expect(excerpts.get('x:1')?.lines).toEqual(['l1', 'l2', 'l3', 'l4']);
    expect(excerpts.get('x:10')?.first).toBe(7);
    expect(excerpts.has('x:11')).toBe(false);
    expect(excerpts.has('y:1')).toBe(false);
  });
});

describe('reading excerpts from a snapshot', () => {
  for (const dir of SAMPLES) {
    it(`${dir}: an excerpt of every line holding a secret shows the lines around it with the secret masked`, () => {
      const places = secretLines(dir);
      const secrets = secretsIn(dir);
      if (places.length === 0) return;
      const snapshot = loadSnapshot(dir);
      const excerpts = readExcerpts(snapshot, [citing(places)]);
      for (const p of places) {
        const excerpt = excerpts.get(citeKey(p.file, p.line));
        expect(excerpt, citeKey(p.file, p.line)).toBeDefined();
        const raw = readFileSync(join(dir, p.file), 'utf8').split('\n');
        const focus = excerpt!.lines[p.line - excerpt!.first]!;
        expect(focus).toContain('********');
        for (const s of secrets) expect(excerpt!.lines.join('\n')).not.toContain(s);
        // The neighbours without a secret are shown as they are.
        excerpt!.lines.forEach((text, i) => {
          const original = raw[excerpt!.first - 1 + i]!.replace(/\r$/, '');
          if (!secrets.some((s) => original.includes(s)) && !/password|secret|key/i.test(original)) expect(text).toBe(original);
        });
      }
      // Rendered, the secrets stay hidden in both formats.
      const { doc } = auditDir(dir, 'en');
      const planted: ReportDocument = { ...doc, findings: [...doc.findings, citing(places)] };
      for (const out of [renderMarkdown(planted, dir, 'en', excerpts), renderHtml(planted, dir, 'en', excerpts)]) {
        for (const s of secrets) expect(out).not.toContain(s);
        expect(out).toContain('********');
      }
    });
  }

  it('has every secret-bearing sample covered by the check above', () => {
    expect(SAMPLES.filter((dir) => secretLines(dir).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('reads only the configs the snapshot loaded: not the site file, not a path outside the snapshot', () => {
    const dir = copyOf('samples/sample-town');
    writeFileSync(join(dir, 'outside.conf'), 'config system global\n    set hostname "leak"\nend\n');
    const snapshot = loadSnapshot(dir);
    const excerpts = readExcerpts(snapshot, [
      citing([
        { file: 'sansou.yaml', line: 2 },
        { file: 'outside.conf', line: 2 },
        { file: 'configs/../outside.conf', line: 2 },
        { file: 'configs/fw-edge.conf', line: 230 },
      ]),
    ]);
    expect([...excerpts.keys()]).toEqual(['configs/fw-edge.conf:230']);
  });

  it('shows no excerpt of a config changed after the audit read it (its checksum differs)', () => {
    const dir = copyOf('samples/sample-town');
    const snapshot = loadSnapshot(dir);
    const before = fileSha256(join(dir, 'configs/fw-edge.conf'));
    expect(snapshot.checksums.get('configs/fw-edge.conf')).toBe(before);
    appendFileSync(join(dir, 'configs/fw-edge.conf'), '# edited\n');
    const excerpts = readExcerpts(snapshot, [citing([{ file: 'configs/fw-edge.conf', line: 230 }, { file: 'configs/fw-core.conf', line: 194 }])]);
    expect(excerpts.has('configs/fw-edge.conf:230')).toBe(false);
    expect(excerpts.has('configs/fw-core.conf:194')).toBe(true);
  });

  it('records the checksum of every file the snapshot read, from its bytes', () => {
    for (const dir of SAMPLES) {
      const snapshot = loadSnapshot(dir);
      for (const [file, sha] of snapshot.checksums) expect(sha, `${dir}/${file}`).toBe(fileSha256(join(dir, file)));
      expect([...snapshot.checksums.keys()].sort()).toEqual(
        [...snapshot.configs.map((c) => c.file), 'sansou.yaml', ...(snapshot.inventory ? ['inventory.csv'] : [])].sort(),
      );
    }
  });
});
