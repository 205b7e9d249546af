import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineOf, runCli } from '../helpers/run-cli.js';

interface Report {
  findings: Array<{
    check: string;
    from?: string;
    to?: string;
    severity: string;
    witness?: { src: string; dst: string; protocol: string; dstPort: number };
    path?: Array<{ device: string; in: string; out?: string; rule?: string; action: string; file?: string; line?: number }>;
    location?: { file: string; line: number };
    clause?: { policy: string; ref: string; text: string };
  }>;
  matrix: Array<{ from: string; to: string; status: string }>;
  inputs: Array<{ file: string; status: string }>;
}

const edge = readFileSync('samples/sample-town/configs/fw-edge.conf', 'utf8');
const core = readFileSync('samples/sample-town/configs/fw-core.conf', 'utf8');
const mnStart = lineOf(core, 'edit MN', lineOf(core, 'config vdom', 20));

describe('sansou audit samples/sample-town', () => {
  it('reports the SMB path from the Internet segment through both firewalls, and exits 1', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const smb = report.findings.filter((f) => f.check === 'INTERNET-LGWAN-UNSANITIZED');
    expect(smb).toHaveLength(1);
    const f = smb[0]!;
    expect([f.from, f.to, f.severity]).toEqual(['internet', 'lgwan', 'critical']);
    expect(f.witness).toMatchObject({ dst: '10.20.5.30', protocol: 'tcp', dstPort: 445 });
    expect(f.path!.map((h) => [h.device, h.in, h.out, h.rule, h.action])).toEqual([
      ['fw-edge', 'port2', 'port3', '7', 'permit'],
      ['fw-core/root', 'port4', 'port3', '13', 'permit'],
    ]);
    expect(f.path![0]).toMatchObject({ file: 'configs/fw-edge.conf', line: lineOf(edge, 'edit 7') });
    expect(f.path![1]).toMatchObject({ file: 'configs/fw-core.conf', line: lineOf(core, 'edit 13') });
    expect(f.location).toEqual({ file: 'configs/fw-core.conf', line: lineOf(core, 'edit 13') });
    expect(f.clause).toMatchObject({ policy: 'mutsu', ref: '第2章 3 (2) ①' });
  });

  it('reports the マイナンバー→LGWAN service ALL path across both VDOMs', async () => {
    const report = JSON.parse((await runCli(['audit', 'samples/sample-town', '--format', 'json'])).stdout) as Report;
    const mn = report.findings.filter((f) => f.check === 'MYNUMBER-LGWAN');
    expect(mn).toHaveLength(1);
    expect(mn[0]!.path!.map((h) => [h.device, h.rule, h.line])).toEqual([
      ['fw-core/MN', '2', lineOf(core, 'edit 2', mnStart)],
      ['fw-core/root', '15', lineOf(core, 'edit 15')],
    ]);
    expect(mn[0]!.clause?.ref).toBe('第2章 3 (1) ①');
  });

  it('does not report the RDP permit on the core that the edge blocks', async () => {
    const report = JSON.parse((await runCli(['audit', 'samples/sample-town', '--format', 'json'])).stdout) as Report;
    const rule14 = report.findings.filter((f) => f.path?.some((h) => h.device === 'fw-core/root' && h.rule === '14'));
    expect(rule14).toEqual([]);
    // And exactly the two seeded mistakes are findings; the unsanitized SMB path also reaches
    // lgwan-fs01, which the inventory classifies 機密性2.
    expect(report.findings.map((f) => f.check).sort()).toEqual(['CLASSIFIED-ASSET-EXPOSED', 'INTERNET-LGWAN-UNSANITIZED', 'MYNUMBER-LGWAN']);
  });

  it('marks carried flows compliant in the matrix and forbidden ones as violations', async () => {
    const report = JSON.parse((await runCli(['audit', 'samples/sample-town', '--format', 'json'])).stdout) as Report;
    const cell = (from: string, to: string) => report.matrix.find((c) => c.from === from && c.to === to)?.status;
    expect(cell('internet', 'lgwan')).toBe('violation');
    expect(cell('mynumber', 'lgwan')).toBe('violation');
    expect(cell('mynumber', 'lgwan-wan')).toBe('compliant');
    expect(cell('lgwan', 'internet')).toBe('compliant');
    expect(cell('mynumber', 'the-internet')).toBe('none');
  });

  it('prints the path with rule ids and file:line in the text report', async () => {
    const run = await runCli(['audit', 'samples/sample-town']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[INTERNET-LGWAN-UNSANITIZED]  internet → lgwan');
    expect(run.stdout).toMatch(new RegExp(`fw-edge\\s+port2 → port3\\s+rule 7 "FILESRV-TEMP" permit\\s+configs/fw-edge.conf:${lineOf(edge, 'edit 7')}`));
    expect(run.stdout.indexOf('Inputs')).toBeLessThan(run.stdout.indexOf('Segment matrix'));
    expect(run.stdout.indexOf('Segment matrix')).toBeLessThan(run.stdout.indexOf('== CRITICAL'));
  });

  it('speaks Japanese under --lang ja', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--lang', 'ja']);
    expect(run.stdout).toContain('インターネット側から LGWAN への無害化を経ない通信');
    expect(run.stdout).toContain('ルール 7 "FILESRV-TEMP" 許可');
    expect(run.stdout).not.toContain('Internet side reaches LGWAN');
  });

  it('honours --fail-on', async () => {
    expect((await runCli(['audit', 'samples/sample-town', '--fail-on', 'critical'])).code).toBe(1);
    expect((await runCli(['audit', 'samples/sample-town', '--fail-on', 'never'])).code).toBe(0);
  });
});

describe('sansou audit samples/sample-town-clean', () => {
  it('has no segment finding and exits 0', async () => {
    const run = await runCli(['audit', 'samples/sample-town-clean', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings).toEqual([]);
    expect(report.inputs.every((i) => i.status === 'PASSED')).toBe(true);
    expect(report.matrix.filter((c) => c.status === 'violation')).toEqual([]);
    expect(report.matrix.filter((c) => c.status === 'compliant').length).toBeGreaterThan(3);
  });
});
