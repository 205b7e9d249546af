import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { type AuditResult, audit } from '../../src/audit/audit.js';
import { type ReportDocument, buildReport } from '../../src/report/report-document.js';
import { renderText } from '../../src/report/text-report.js';
import { type Snapshot, loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { lineOf, runCli } from '../helpers/run-cli.js';

/**
 * Acceptance: samples/sample-town with three waivers — one in force (by fingerprint) for the
 * SMB finding, one expired (by check and match) for the マイナンバー→LGWAN finding, and one
 * that matches nothing. The audit's date is fixed, so the outcome is too.
 */
const DIR = 'test/fixtures/snapshots/waived-town';
const TODAY = '2026-06-30';
const SMB_FINGERPRINT = '269810963d1f841c89dadf5d1a686cfd';
const waiversText = readFileSync(join(DIR, 'waivers.yaml'), 'utf8');
const LINE = {
  valid: lineOf(waiversText, '- id: W-2026-003'),
  expired: lineOf(waiversText, '- id: W-2025-011'),
  unused: lineOf(waiversText, '- id: W-2024-002'),
};

const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** The same snapshot without its waivers file: what the audit would report with no exceptions. */
function withoutWaivers(snapshot: Snapshot): Snapshot {
  const { waiversFile: _unused, ...rest } = snapshot;
  return rest;
}

const snapshot = loadSnapshot(DIR);
const result = audit(snapshot, { today: TODAY });
const baseline = audit(withoutWaivers(snapshot), { today: TODAY });

describe('waived-town: the audit result', () => {
  it('reads waivers.yaml without error', () => {
    expect(snapshot.waiversFile?.result.errors).toEqual([]);
    expect(snapshot.waiversFile?.result.waivers.map((w) => [w.id, w.line])).toEqual([
      ['W-2026-003', LINE.valid],
      ['W-2025-011', LINE.expired],
      ['W-2024-002', LINE.unused],
    ]);
    expect(result.problems.filter((p) => p.file === 'waivers.yaml')).toEqual([]);
  });

  it('the fixture seeds both findings the waivers are about', () => {
    expect(baseline.findings.filter((f) => f.fingerprint === SMB_FINGERPRINT).map((f) => f.check)).toEqual(['INTERNET-LGWAN-UNSANITIZED']);
    expect(baseline.findings.filter((f) => f.check === 'MYNUMBER-LGWAN')).toHaveLength(1);
  });

  it('moves the waived finding out of the findings, and keeps every other one in order', () => {
    expect(result.waivers.today).toBe(TODAY);
    expect(result.waivers.waived.map((w) => [w.finding.fingerprint, w.waiver.id])).toEqual([[SMB_FINGERPRINT, 'W-2026-003']]);
    expect(result.findings).toEqual(baseline.findings.filter((f) => f.fingerprint !== SMB_FINGERPRINT));
  });

  it('keeps the finding whose waiver expired, and says which waiver', () => {
    expect(result.waivers.expired.map((w) => [w.finding.check, w.waiver.id])).toEqual([['MYNUMBER-LGWAN', 'W-2025-011']]);
    expect(result.findings.filter((f) => f.check === 'MYNUMBER-LGWAN')).toHaveLength(1);
  });

  it('lists the waiver that matched nothing', () => {
    expect(result.waivers.unused.map((w) => w.id)).toEqual(['W-2024-002']);
  });

  it('builds the matrix from active findings only', () => {
    const cell = (r: AuditResult) => r.matrix.find((c) => c.from === 'internet' && c.to === 'lgwan')!;
    expect(cell(result).findings).toBe(cell(baseline).findings - 1);
    expect(cell(result).status).toBe(cell(baseline).findings > 1 ? 'violation' : 'compliant');
    const mn = (r: AuditResult) => r.matrix.find((c) => c.from === 'mynumber' && c.to === 'lgwan')!;
    expect(mn(result)).toEqual(mn(baseline));
  });
});

describe('waived-town: the JSON report', () => {
  const doc = buildReport(result, 'en');
  const plain = buildReport(baseline, 'en');

  it('validates against schemas/report.schema.json, in both languages, and also without waivers', () => {
    expectValid(JSON.parse(JSON.stringify(doc)));
    expectValid(JSON.parse(JSON.stringify(buildReport(result, 'ja'))));
    expectValid(JSON.parse(JSON.stringify(plain)));
  });

  it('lists waivers.yaml among the inputs', () => {
    expect(doc.inputs.find((i) => i.file === 'waivers.yaml')).toMatchObject({ format: 'waivers-yaml', status: 'PASSED', lines: waiversText.split('\n').length - 1, unrecognized: 0 });
  });

  it('counts active findings only in the summary', () => {
    expect(doc.summary.critical).toBe(plain.summary.critical - 1);
    const total = (d: ReportDocument) => Object.values(d.summary).reduce((a, b) => a + b, 0);
    expect(total(doc)).toBe(doc.findings.length);
  });

  it('renders the waived finding with its waiver', () => {
    expect(doc.findings.some((f) => f.fingerprint === SMB_FINGERPRINT)).toBe(false);
    expect(doc.waived).toHaveLength(1);
    const { waiver, ...finding } = doc.waived[0]!;
    expect(finding).toEqual(plain.findings.find((f) => f.fingerprint === SMB_FINGERPRINT));
    expect(waiver).toEqual({ id: 'W-2026-003', file: 'waivers.yaml', line: LINE.valid, reason: '中間サーバー移行期間中の暫定措置', approver: '情報セキュリティ管理者 山田', expires: '2099-12-31' });
  });

  it('marks the reinstated finding with its expired waiver, and no other', () => {
    const marked = doc.findings.filter((f) => f.waiver !== undefined);
    expect(marked.map((f) => f.check)).toEqual(['MYNUMBER-LGWAN']);
    expect(marked[0]!.waiver).toEqual({ id: 'W-2025-011', file: 'waivers.yaml', line: LINE.expired, reason: '複合機入替までの暫定許可', approver: 'CISO 佐藤', expires: '2025-03-31', expired: true });
  });

  it('lists the unused waiver with its file, line and selector', () => {
    expect(doc.unusedWaivers).toEqual([
      {
        id: 'W-2024-002',
        file: 'waivers.yaml',
        line: LINE.unused,
        reason: '旧ルールの整理は次回更改時に実施',
        approver: '情報セキュリティ管理者 山田',
        expires: '2099-12-31',
        expired: false,
        check: 'RULE-SHADOWED',
        match: { device: 'fw-core', from: 'lgwan', to: 'internet' },
      },
    ]);
  });

  it('is byte-identical for the same date', () => {
    const again = buildReport(audit(loadSnapshot(DIR), { today: TODAY }), 'en');
    expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(doc, null, 2));
  });

  it('reinstates everything once every waiver has expired, and says the unused one has expired too', () => {
    const late = buildReport(audit(snapshot, { today: '2100-01-01' }), 'en');
    expectValid(JSON.parse(JSON.stringify(late)));
    expect(late.waived).toEqual([]);
    expect(late.summary).toEqual(plain.summary);
    expect(late.findings.filter((f) => f.waiver?.expired).map((f) => [f.check, f.waiver?.id])).toEqual([
      ['INTERNET-LGWAN-UNSANITIZED', 'W-2026-003'],
      ['MYNUMBER-LGWAN', 'W-2025-011'],
    ]);
    expect(late.unusedWaivers.map((w) => [w.id, w.expired])).toEqual([['W-2024-002', true]]);
  });
});

describe('waived-town: the text report', () => {
  const en = renderText(buildReport(result, 'en'), DIR, 'en');
  const ja = renderText(buildReport(result, 'ja'), DIR, 'ja');

  /** `text` from `heading` on (the waiver sections come last). */
  function section(text: string, heading: string): string {
    const start = text.indexOf(heading);
    expect(start, `no section ${heading}`).toBeGreaterThanOrEqual(0);
    return text.slice(start);
  }

  it('lists waivers.yaml among the inputs', () => {
    expect(en).toMatch(/PASSED\s+waivers-yaml\s+waivers\.yaml\s+\d+/);
  });

  it('says how many findings are waived next to the counts', () => {
    expect(en).toMatch(/^Findings: .*\(1 waived\)$/m);
    expect(ja).toMatch(/^検出事項: .*\(例外措置 1 件\)$/m);
  });

  it('has a section for the waived finding: title, severity, waiver id, approver, expiry and reason', () => {
    const waived = section(en, '== Waived findings');
    expect(waived).toContain('[INTERNET-LGWAN-UNSANITIZED]  internet → lgwan  CRITICAL  Internet side reaches LGWAN without a sanitizer');
    expect(waived).toContain(`waiver W-2026-003 (waivers.yaml:${LINE.valid})   approver: 情報セキュリティ管理者 山田   expires: 2099-12-31`);
    expect(waived).toContain('reason: 中間サーバー移行期間中の暫定措置');
    expect(waived).toContain(`fingerprint ${SMB_FINGERPRINT}`);
    // Not among the findings above the section.
    expect(en.slice(0, en.indexOf('== Waived findings'))).not.toContain(SMB_FINGERPRINT);

    const wa = section(ja, '== 例外措置により除外した検出事項');
    expect(wa).toContain('[INTERNET-LGWAN-UNSANITIZED]  internet → lgwan  重大');
    expect(wa).toContain(`例外措置 W-2026-003 (waivers.yaml:${LINE.valid})   承認者: 情報セキュリティ管理者 山田   有効期限: 2099-12-31`);
    expect(wa).toContain('理由: 中間サーバー移行期間中の暫定措置');
  });

  it('notes on the reinstated finding that its waiver expired', () => {
    const mn = en.slice(en.indexOf('[MYNUMBER-LGWAN]'));
    expect(mn.split('\n').slice(0, 4).join('\n')).toContain('! waiver W-2025-011 expired on 2025-03-31 (approver CISO 佐藤): reported again');
    expect(ja).toContain('! 例外措置 W-2025-011 は有効期限 2025-03-31 を過ぎたため、再び検出事項として報告します（承認者 CISO 佐藤）');
  });

  it('lists the unused waiver with file:line', () => {
    const unused = section(en, 'Unused waivers (1)');
    expect(unused).toMatch(new RegExp(`W-2024-002\\s+waivers\\.yaml:${LINE.unused}\\s+expires 2099-12-31\\s+check RULE-SHADOWED\\s+match device=fw-core, from=lgwan, to=internet`));
    expect(section(ja, '未使用の例外措置（1 件）')).toMatch(new RegExp(`W-2024-002\\s+waivers\\.yaml:${LINE.unused}\\s+有効期限 2099-12-31`));
    const late = renderText(buildReport(audit(snapshot, { today: '2100-01-01' }), 'en'), DIR, 'en');
    expect(section(late, 'Unused waivers (1)')).toContain('expires 2099-12-31 (expired)');
  });

  it('prints none of the waiver sections for a snapshot without waivers', () => {
    const plain = renderText(buildReport(baseline, 'en'), 'sample-town', 'en');
    expect(plain).not.toMatch(/waive/i);
  });
});

describe('waived-town: through the command line', () => {
  // The CLI takes today's date; the fixture's dates are far enough away for any day this century.
  it('reports the same three behaviours in JSON, valid against the schema, and exits 1 for the reinstated critical finding', async () => {
    const run = await runCli(['audit', DIR, '--format', 'json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ReportDocument;
    expectValid(doc);
    expect(doc.waived.map((f) => [f.fingerprint, f.waiver.id])).toEqual([[SMB_FINGERPRINT, 'W-2026-003']]);
    expect(doc.findings.filter((f) => f.waiver).map((f) => [f.check, f.waiver?.expired])).toEqual([['MYNUMBER-LGWAN', true]]);
    expect(doc.unusedWaivers.map((w) => w.id)).toEqual(['W-2024-002']);
  });

  it('and in text', async () => {
    const run = await runCli(['audit', DIR, '--lang', 'en']);
    expect(run.stdout).toContain('== Waived findings');
    expect(run.stdout).toContain('! waiver W-2025-011 expired on 2025-03-31');
    expect(run.stdout).toContain(`W-2024-002  waivers.yaml:${LINE.unused}`);
  });
});

describe('a waivers file with errors', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the fixture with another waivers.yaml. */
  function withWaivers(text: string): Snapshot {
    const dir = mkdtempSync(join(tmpdir(), 'sansou-waivers-'));
    dirs.push(dir);
    cpSync(DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'waivers.yaml'), text);
    return loadSnapshot(dir);
  }

  it('applies the valid entries, reports the broken one as a problem with file, line and key, and marks the input', () => {
    const text = [
      'waivers:',
      '  - id: W-1',
      `    fingerprint: ${SMB_FINGERPRINT}`,
      '    reason: ok',
      '    approver: A',
      '    expires: 2099-12-31',
      '  - id: W-2',
      '    check: MYNUMBER-LGWAN',
      '    reason: no expiry',
      '    approver: B',
      '',
    ].join('\n');
    const r = audit(withWaivers(text), { today: TODAY });
    expect(r.waivers.waived.map((w) => w.waiver.id)).toEqual(['W-1']);
    expect(r.findings.some((f) => f.check === 'MYNUMBER-LGWAN')).toBe(true);
    const problems = r.problems.filter((p) => p.file === 'waivers.yaml');
    expect(problems.map((p) => p.line)).toEqual([7]);
    expect(problems[0]!.message).toMatch(/^waivers\[1\]\.expires: waiver 'W-2' has no 'expires', which is required/);
    expect(r.inputs.find((i) => i.file === 'waivers.yaml')).toMatchObject({ status: 'PARTIALLY_UNRECOGNIZED', unrecognized: 1 });
    expectValid(JSON.parse(JSON.stringify(buildReport(r, 'ja'))));
  });

  it('an unusable file waives nothing and is FAILED', () => {
    const r = audit(withWaivers('waivers:\n  - id: [W-1\n'), { today: TODAY });
    expect(r.waivers.waived).toEqual([]);
    expect(r.findings).toEqual(baseline.findings);
    expect(r.inputs.find((i) => i.file === 'waivers.yaml')).toMatchObject({ format: 'waivers-yaml', status: 'FAILED' });
    expect(r.problems.some((p) => p.file === 'waivers.yaml' && p.message.startsWith('YAML syntax error'))).toBe(true);
  });
});
