import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf, runCli } from '../helpers/run-cli.js';

const BROKEN = 'test/fixtures/snapshots/broken-town';

interface Report {
  inputs: Array<{ file: string; format: string; status: string; warnings: Array<{ line: number; kind: string; comment: string; text: string }> }>;
  problems: Array<{ file?: string; line?: number; message: string }>;
  findings: Array<{ check: string; location?: { file: string; line: number } }>;
}

async function brokenReport(): Promise<{ code: number; report: Report }> {
  const run = await runCli(['audit', BROKEN, '--format', 'json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

describe('bad input is reported with file and line while the rest is audited', () => {
  it('names the line where a truncated FortiGate config ends inside an open block', async () => {
    const { report } = await brokenReport();
    const edge = report.inputs.find((i) => i.file === 'configs/fw-edge.conf')!;
    expect(edge.status).toBe('PARTIALLY_UNRECOGNIZED');
    const truncated = edge.warnings.find((w) => /truncated/.test(w.comment))!;
    expect(truncated.line).toBe(lineOf(readFileSync(`${BROKEN}/configs/fw-edge.conf`, 'utf8'), 'edit 7'));
    expect(truncated.text).toBe('edit 7');
  });

  it('refuses a binary file in configs/ as binary, not as a config', async () => {
    const { report } = await brokenReport();
    const bin = report.inputs.find((i) => i.file === 'configs/FGT_100F-v7.2.8.out')!;
    expect(bin).toMatchObject({ format: 'binary', status: 'FAILED' });
    expect(bin.warnings[0]!.comment).toMatch(/binary/);
    expect(report.findings.some((f) => f.check === 'PARSE-UNRECOGNIZED' && f.location?.file === 'configs/FGT_100F-v7.2.8.out')).toBe(true);
  });

  it('reads a CP932 inventory with Japanese headers without mojibake, and names the malformed IP row', async () => {
    const { report } = await brokenReport();
    const inv = report.inputs.find((i) => i.file === 'inventory.csv')!;
    expect(inv.format).toBe('inventory-csv (cp932)');
    const bad = inv.warnings.filter((w) => w.line === 4);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0]!.comment).toContain('10.20.10.300');
    expect(bad[0]!.text).toContain('LGWAN接続系');
    expect(bad[0]!.text).toContain('本庁舎2F');
  });

  it('names the file, line and key of a wrong key in the site file, and keeps the rest of it', async () => {
    const { report } = await brokenReport();
    expect(report.problems).toContainEqual({ file: 'sansou.yaml', line: 2, message: expect.stringContaining("did you mean 'organization'") as unknown as string });
    // The segments of the same file are still used: the マイナンバー→LGWAN path is found.
    expect(report.findings.some((f) => f.check === 'MYNUMBER-LGWAN')).toBe(true);
  });

  it('still audits the readable configs (exit 1 for their findings, not 2)', async () => {
    const { code } = await brokenReport();
    expect(code).toBe(1);
  });

  it('exits 2 only when nothing usable remains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sansou-'));
    mkdirSync(join(dir, 'configs'));
    writeFileSync(join(dir, 'configs', 'image.bin'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const run = await runCli(['audit', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing usable/);
    expect(run.stdout).toContain('configs/image.bin');

    const missing = await runCli(['audit', join(dir, 'no-such-snapshot')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('rejects bad usage with exit 2 and a one-line reason', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of text, json/);
    expect((await runCli(['audit'])).code).toBe(2);
    expect((await runCli(['audit', 'samples/sample-town', '--no-such-flag'])).code).toBe(2);
  });
});
