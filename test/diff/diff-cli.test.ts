import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiffDocument } from '../../src/diff/diff-document.js';
import { lineOf, runCli } from '../helpers/run-cli.js';
import { schemaProblems } from '../helpers/schema-lint.js';

const TOWN = 'samples/sample-town';
const CLEAN = 'samples/sample-town-clean';
const CHANGE = 'samples/sample-town-change';
const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
const validate = ajv.compile(JSON.parse(readFileSync('schemas/diff.schema.json', 'utf8')) as object);

const temp = mkdtempSync(join(tmpdir(), 'sansou-diff-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of a snapshot, edited. */
function copyOf(snapshot: string, name: string, edit: (dir: string) => void): string {
  const dir = join(temp, name);
  cpSync(snapshot, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function diffJson(...args: string[]): Promise<{ code: number; doc: DiffDocument }> {
  const run = await runCli(['diff', ...args, '--format', 'json', '--today', '2026-11-22']);
  expect(run.stderr).toBe('');
  const doc = JSON.parse(run.stdout) as DiffDocument;
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return { code: run.code, doc };
}

describe('sansou diff', () => {
  it('checks the sample change request: one added violation with its rule and line, the harmless rule compliant', async () => {
    const { code, doc } = await diffJson(CLEAN, CHANGE);
    expect(code).toBe(1);
    expect(doc.findings.resolved).toEqual([]);
    expect(doc.findings.added).toHaveLength(1);
    const [added] = doc.findings.added;
    const core = readFileSync(`${CHANGE}/configs/fw-core.conf`, 'utf8');
    const edge = readFileSync(`${CHANGE}/configs/fw-edge.conf`, 'utf8');
    // The SMB rules the request adds: policy 9 on fw-edge, 19 on fw-core.
    expect(added).toMatchObject({ check: 'INTERNET-LGWAN-UNSANITIZED', from: 'internet', to: 'lgwan', location: { file: 'configs/fw-core.conf', line: lineOf(core, 'edit 19') } });
    expect(added!.path!.map((s) => `${s.file}:${s.line}`)).toEqual([`configs/fw-edge.conf:${lineOf(edge, 'edit 9')}`, `configs/fw-core.conf:${lineOf(core, 'edit 19')}`]);
    // Every newly allowed class: the SMB one breaks the policy, the e-contract one does not.
    const allowed = doc.flows.filter((f) => f.change === 'allowed');
    expect(allowed.map((f) => [f.from, f.to, f.verdict, f.location?.line]).sort()).toEqual(
      [
        ['internet', 'lgwan', 'violation', lineOf(core, 'edit 19')],
        ['lgwan', 'lgwan-wan', 'compliant', lineOf(core, 'edit 18')],
      ].sort(),
    );
    expect(allowed.find((f) => f.verdict === 'violation')!.findings).toEqual([added!.fingerprint]);
    expect(doc.flows.filter((f) => f.change === 'blocked')).toEqual([]);
    expect((await runCli(['diff', CHANGE, CHANGE])).code).toBe(0);
  });

  it('reports the findings a change adds, with the rule and the traffic it newly allows', async () => {
    const { code, doc } = await diffJson(CLEAN, TOWN);
    const town = JSON.parse((await runCli(['audit', TOWN, '--format', 'json', '--today', '2026-11-22'])).stdout) as { findings: Array<{ fingerprint: string }> };
    expect(code).toBe(1);
    expect(doc.findings.added.map((f) => f.fingerprint).sort()).toEqual(town.findings.map((f) => f.fingerprint).sort());
    expect(doc.findings.resolved).toEqual([]);
    // The Internet → LGWAN file-server rule: its traffic is newly allowed, and a violation,
    // tied to the added findings, with fw-core's rule 13 as the rule responsible.
    const core = readFileSync(`${TOWN}/configs/fw-core.conf`, 'utf8');
    const smb = doc.flows.find((f) => f.from === 'internet' && f.to === 'lgwan' && f.change === 'allowed');
    expect(smb).toMatchObject({ verdict: 'violation', packets: ['10.30.0.0/16 → 10.20.5.30 tcp/445'], location: { file: 'configs/fw-core.conf', line: lineOf(core, 'edit 13') } });
    const internetFindings = doc.findings.added.filter((f) => f.from === 'internet' && f.to === 'lgwan').map((f) => f.fingerprint);
    expect([...smb!.findings].sort()).toEqual(internetFindings.sort());
    expect(doc.summary.added.critical).toBe(2);
    expect(doc.flows.filter((f) => f.change === 'blocked')).toEqual([]);
  });

  it('reports the same change backwards as resolved findings and blocked traffic, naming the rule that now stops it', async () => {
    const { code, doc } = await diffJson(TOWN, CLEAN, '--fail-on', 'info');
    expect(code).toBe(0);
    expect(doc.findings.added).toEqual([]);
    expect(doc.findings.resolved).toHaveLength(3);
    const edge = readFileSync(`${CLEAN}/configs/fw-edge.conf`, 'utf8');
    const smb = doc.flows.find((f) => f.from === 'internet' && f.to === 'lgwan' && f.change === 'blocked');
    expect(smb).toMatchObject({ disposition: 'denied', location: { file: 'configs/fw-edge.conf', line: lineOf(edge, 'edit 99') } });
    expect(smb).not.toHaveProperty('verdict');
  });

  it('finds nothing between a snapshot and itself, or a copy whose lines merely moved', async () => {
    const same = await diffJson(TOWN, TOWN);
    expect(same.code).toBe(0);
    expect(same.doc.findings.unchanged).toHaveLength(3);
    expect(same.doc.flows).toEqual([]);
    const shifted = copyOf(TOWN, 'shifted', (dir) => {
      const file = join(dir, 'configs/fw-core.conf');
      const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, [first, '#config-note: exported again', '', ...rest].join('\n'));
    });
    const moved = await diffJson(TOWN, shifted);
    expect(moved.code).toBe(0);
    expect(moved.doc.findings.added).toEqual([]);
    expect(moved.doc.findings.unchanged.map((f) => f.location?.line)).not.toEqual(same.doc.findings.unchanged.map((f) => f.location?.line));
    expect(moved.doc.flows).toEqual([]);
  });

  it('fails only on added findings at or above --fail-on', async () => {
    expect((await runCli(['diff', CLEAN, TOWN, '--fail-on', 'critical'])).code).toBe(1);
    expect((await runCli(['diff', CLEAN, TOWN, '--fail-on', 'never'])).code).toBe(0);
    // The same change judged with the Internet → LGWAN checks at high: nothing critical is added.
    const ruleset = join(temp, 'high.yaml');
    writeFileSync(
      ruleset,
      [
        'id: lowered',
        'checks:',
        '  INTERNET-LGWAN-UNSANITIZED:',
        '    primitive: forbid-flow',
        '    severity: high',
        '    from: [internet]',
        '    to: [lgwan]',
        '    carriers: [{ sanitizer: [mail, file], end: either }]',
        '  MYNUMBER-LGWAN:',
        '    primitive: forbid-flow',
        '    severity: high',
        '    from: [mynumber]',
        '    to: [lgwan]',
        '    bothWays: true',
        '    carriers: [approved]',
        '',
      ].join('\n'),
    );
    const lowered = await runCli(['diff', CLEAN, TOWN, '--ruleset', ruleset, '--fail-on', 'critical']);
    expect(lowered.stderr).toBe('');
    expect(lowered.code).toBe(0);
    expect((await runCli(['diff', CLEAN, TOWN, '--ruleset', ruleset])).code).toBe(1);
    // And the sample change request, whose one added finding is then high.
    expect((await runCli(['diff', CLEAN, CHANGE, '--ruleset', ruleset, '--fail-on', 'critical'])).code).toBe(0);
  });

  it('calls out inputs read differently', async () => {
    const broken = copyOf(CLEAN, 'broken', (dir) => appendFileSync(join(dir, 'configs/fw-edge.conf'), 'wibble wobble\n'));
    const { doc } = await diffJson(CLEAN, broken);
    expect(doc.coverage).toHaveLength(1);
    expect(doc.coverage[0]).toMatchObject({ file: 'configs/fw-edge.conf', before: { status: 'PASSED', unrecognized: 0 }, after: { status: 'PARTIALLY_UNRECOGNIZED' } });
    const text = (await runCli(['diff', CLEAN, broken, '--lang', 'en'])).stdout;
    expect(text).toContain('configs/fw-edge.conf: PASSED → PARTIALLY_UNRECOGNIZED');
  });

  it('writes the same bytes every time, in Japanese and in English', async () => {
    for (const lang of ['ja', 'en']) {
      const once = await runCli(['diff', CLEAN, TOWN, '--lang', lang]);
      const twice = await runCli(['diff', CLEAN, TOWN, '--lang', lang]);
      expect(once.stdout).toBe(twice.stdout);
      expect(once.stdout).toContain(lang === 'ja' ? '追加された検出事項' : 'Added findings');
      expect(once.stdout).toContain(lang === 'ja' ? '✗ 違反（INTERNET-LGWAN-UNSANITIZED' : '✗ violation (INTERNET-LGWAN-UNSANITIZED');
    }
  });

  it('prints the errors of a broken --ruleset, as audit does', async () => {
    const bad = join(temp, 'bad.yaml');
    writeFileSync(bad, 'id: bad\nchecks:\n  X:\n    primitive: forbid-flow\n    severity: hgih\n');
    const run = await runCli(['diff', CLEAN, TOWN, '--ruleset', bad]);
    expect(run.stderr).toContain(`${bad}:5: `);
  });

  it('refuses bad usage with one line and exit 2', async () => {
    for (const args of [['diff', TOWN], ['diff', TOWN, 'no/such/town'], ['diff', TOWN, TOWN, '--format', 'xml'], ['diff', TOWN, TOWN, '--fail-on', 'sometimes']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('schemas/diff.schema.json', () => {
  it('documents every property and closes every object', () => {
    expect(schemaProblems(JSON.parse(readFileSync('schemas/diff.schema.json', 'utf8')))).toEqual([]);
  });
});
