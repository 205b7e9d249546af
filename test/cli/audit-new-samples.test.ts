import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineOf, runCli } from '../helpers/run-cli.js';

interface Report {
  model: string;
  policy?: string;
  inputs: Array<{ file: string; format: string; status: string }>;
  problems: Array<{ message: string }>;
  matrix: Array<{ from: string; to: string; status: string }>;
  findings: Array<{
    check: string;
    severity: string;
    from?: string;
    to?: string;
    witness?: { src: string; dst: string; protocol: string; dstPort: number };
    path?: Array<{ device: string; in: string; out?: string; rule?: string; action: string; file?: string; line?: number }>;
    location?: { file: string; line: number };
    clause?: { policy: string; ref: string };
  }>;
}

async function audit(snapshot: string): Promise<{ code: number; report: Report }> {
  const run = await runCli(['audit', snapshot, '--format', 'json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

/** A finding as check, severity, direction, its path (device[in>out rule]) and where it points. */
function signature(f: Report['findings'][number]): string {
  const path = (f.path ?? []).map((h) => `${h.device}[${h.in}>${h.out ?? ''} ${h.rule ?? h.action}]`).join(' ');
  const at = f.location ? ` @${f.location.file}:${f.location.line}` : '';
  return `${f.check}/${f.severity} ${f.from ?? '-'}→${f.to ?? '-'} ${path}${at}`.replace(/ +/g, ' ');
}

/** 1-based line of the PAN-OS `<entry name="…"` element that opens `name`. */
function entryLine(xml: string, name: string): number {
  const lines = xml.split('\n');
  const i = lines.findIndex((l) => l.trimStart().startsWith(`<entry name="${name}"`));
  if (i < 0) throw new Error(`entry ${name} not found`);
  return i + 1;
}

/** 1-based line of the first line containing `fragment`. */
function lineWith(text: string, fragment: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(fragment));
  if (i < 0) throw new Error(`"${fragment}" not found`);
  return i + 1;
}

function expectCleanTwin(code: number, report: Report): void {
  expect(report.findings.map(signature)).toEqual([]);
  expect(code).toBe(0);
  expect(report.problems).toEqual([]);
  expect(report.inputs.filter((i) => i.status !== 'PASSED')).toEqual([]);
  expect(report.matrix.filter((c) => c.status === 'violation')).toEqual([]);
}

describe('sansou audit samples/sample-village-beta (β′, Palo Alto + YAMAHA RTX)', () => {
  const pa = readFileSync('samples/sample-village-beta/configs/pa-village.xml', 'utf8');
  const at = (rule: string) => `@configs/pa-village.xml:${entryLine(pa, rule)}`;

  it('reads both configs with their vendor, understands every line, and runs every β′ check without a policy', async () => {
    const { report } = await audit('samples/sample-village-beta');
    expect(report.model).toBe('beta-prime');
    expect(report.policy ?? null).toBeNull();
    expect(report.problems).toEqual([]);
    expect(Object.fromEntries(report.inputs.map((i) => [i.file, `${i.format} ${i.status}`]))).toMatchObject({
      'configs/pa-village.xml': 'paloalto PASSED',
      'configs/rtx-lgwan.config': 'rtx PASSED',
      'sansou.yaml': 'site-yaml PASSED',
    });
    expect(report.inputs.every((i) => i.status === 'PASSED')).toBe(true);
  });

  it('reports exactly the four seeded violations (and the classified assets they expose), and exits 1', async () => {
    const { code, report } = await audit('samples/sample-village-beta');
    expect(code).toBe(1);
    expect(report.findings.map(signature).sort()).toEqual(
      [
        // 1: SMB from the terminals straight to the LGWAN file server, no 無害化…
        `INTERNET-LGWAN-UNSANITIZED/critical internet→lgwan pa-village[ethernet1/2>ethernet1/3 fileserver-direct] ${at('fileserver-direct')}`,
        // …and that server is classified 機密性2 in the inventory.
        `CLASSIFIED-ASSET-EXPOSED/critical internet→lgwan pa-village[ethernet1/2>ethernet1/3 fileserver-direct] ${at('fileserver-direct')}`,
        // 2: terminals to the vendor's cloud over the direct line, around the security cloud.
        `INTERNET-EGRESS-BYPASS/critical internet→the-internet pa-village[ethernet1/2>ethernet1/6 hoshu-direct] ${at('hoshu-direct')}`,
        // 3: the LGWAN file server backs up to the NAS in the Internet segment.
        `LGWAN-INTERNET-DIRECT/high lgwan→internet pa-village[ethernet1/3>ethernet1/2 backup-to-nas] ${at('backup-to-nas')}`,
        // 4: the groupware published by NAT (groupware-dnat), and it is classified 機密性2.
        `EXPOSED-TO-INTERNET/critical the-internet→internet pa-village[ethernet1/1>ethernet1/2 groupware-in] ${at('groupware-in')}`,
        `CLASSIFIED-ASSET-EXPOSED/critical the-internet→internet pa-village[ethernet1/1>ethernet1/2 groupware-in] ${at('groupware-in')}`,
      ].sort(),
    );
  });

  it('gives each seeded path its witness packet', async () => {
    const { report } = await audit('samples/sample-village-beta');
    const witness = (check: string) => report.findings.find((f) => f.check === check)?.witness;
    expect(witness('INTERNET-LGWAN-UNSANITIZED')).toMatchObject({ src: '10.63.10.11', dst: '10.62.20.30', protocol: 'tcp', dstPort: 445 });
    expect(witness('INTERNET-EGRESS-BYPASS')).toMatchObject({ src: '10.63.10.11', protocol: 'tcp', dstPort: 443 });
    expect(witness('LGWAN-INTERNET-DIRECT')).toMatchObject({ src: '10.62.20.30', dst: '10.63.20.40', protocol: 'tcp', dstPort: 445 });
    expect(witness('EXPOSED-TO-INTERNET')).toMatchObject({ dst: '203.0.113.37', protocol: 'tcp', dstPort: 443 });
  });
});

describe('sansou audit samples/sample-village-beta-clean', () => {
  it('has no finding under any check of the β′ model, hygiene included, and exits 0', async () => {
    const { code, report } = await audit('samples/sample-village-beta-clean');
    expectCleanTwin(code, report);
    expect(report.inputs.map((i) => `${i.file} ${i.format}`)).toEqual(expect.arrayContaining(['configs/pa-village.xml paloalto', 'configs/rtx-lgwan.config rtx']));
  });

  it('keeps the β′ carriers compliant: screen transfer and sanitizers across the boundary, LGWAN-ASP through the RTX', async () => {
    const { report } = await audit('samples/sample-village-beta-clean');
    const cell = (from: string, to: string) => report.matrix.find((c) => c.from === from && c.to === to)?.status;
    expect(cell('internet', 'lgwan')).toBe('compliant');
    expect(cell('lgwan', 'internet')).toBe('compliant');
    expect(cell('lgwan', 'lgwan-wan')).toBe('compliant');
    expect(cell('lgwan-wan', 'lgwan')).toBe('compliant');
    expect(cell('internet', 'the-internet')).toBe('compliant');
    expect(cell('the-internet', 'internet')).toBe('compliant');
    expect(cell('the-internet', 'dmz')).toBe('compliant');
    expect(cell('the-internet', 'lgwan')).toBe('none');
  });
});

describe('sansou audit samples/sample-port-alpha-prime (α′ local breakout, FortiGate)', () => {
  const fgt = readFileSync('samples/sample-port-alpha-prime/configs/fgt-minato.conf', 'utf8');
  const site = readFileSync('samples/sample-port-alpha-prime/sansou.yaml', 'utf8');

  it('reads the FortiGate config and understands every line', async () => {
    const { report } = await audit('samples/sample-port-alpha-prime');
    expect([report.model, report.policy]).toEqual(['alpha-prime', 'mutsu']);
    expect(report.problems).toEqual([]);
    expect(report.inputs.find((i) => i.file === 'configs/fgt-minato.conf')).toMatchObject({ format: 'fortigate', status: 'PASSED' });
    expect(report.inputs.every((i) => i.status === 'PASSED')).toBe(true);
  });

  it('reports exactly the three seeded violations, and exits 1', async () => {
    const { code, report } = await audit('samples/sample-port-alpha-prime');
    expect(code).toBe(1);
    expect(report.findings.map(signature).sort()).toEqual(
      [
        // 1: a "temporary" breakout to every destination on tcp/443, wider than the declared list.
        `LGWAN-INTERNET-DIRECT/high lgwan→the-internet fgt-minato[port3>port1 11] @configs/fgt-minato.conf:${lineOf(fgt, 'edit 11')}`,
        // 2: a breakout entry in sansou.yaml with services any.
        `APPROVED-TOO-BROAD/high -→- @sansou.yaml:${lineWith(site, '電子申請クラウド')}`,
        // 3: the Microsoft 365 breakout widened to the マイナンバー系 terminals (srcintf port4).
        `MYNUMBER-INTERNET/critical mynumber→the-internet fgt-minato[port4>port1 9] @configs/fgt-minato.conf:${lineOf(fgt, 'edit 9')}`,
      ].sort(),
    );
  });

  it('leaves the declared breakout destinations out of the LGWAN-INTERNET-DIRECT packets', async () => {
    const { report } = await audit('samples/sample-port-alpha-prime');
    const direct = report.findings.find((f) => f.check === 'LGWAN-INTERNET-DIRECT')!;
    expect(direct.witness).toMatchObject({ src: '10.72.10.11', protocol: 'tcp', dstPort: 443 });
    expect(['198.51.100.1', '198.51.100.9', '198.51.100.81']).not.toContain(direct.witness!.dst);
    const mn = report.findings.find((f) => f.check === 'MYNUMBER-INTERNET')!;
    expect(mn.witness).toMatchObject({ src: '10.71.10.11', protocol: 'tcp', dstPort: 443 });
    expect(mn.clause).toMatchObject({ policy: 'mutsu', ref: '第2章 3 (1) ①' });
  });
});

describe('sansou audit samples/sample-port-alpha-prime-clean', () => {
  it('has no finding, marks the breakout compliant, and exits 0', async () => {
    const { code, report } = await audit('samples/sample-port-alpha-prime-clean');
    expectCleanTwin(code, report);
    const cell = (from: string, to: string) => report.matrix.find((c) => c.from === from && c.to === to)?.status;
    expect(cell('lgwan', 'the-internet')).toBe('compliant');
    expect(cell('mynumber', 'lgwan-wan')).toBe('compliant');
    expect(cell('mynumber', 'the-internet')).toBe('none');
  });
});
