import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { parseServiceSpec } from '../../src/space/service-set.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sansou-ruleset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 4-zone matrix over sample-town's segments: only LGWAN to the Internet segment, and only on tcp/443. */
const MATRIX = `# 庁内ゾーン間の通信マトリクス
id: town-matrix
name: { ja: 庁内マトリクス, en: town matrix }
checks:
  ZONE-MATRIX:
    primitive: flow-matrix
    severity: high
    title: { ja: ゾーン間マトリクス違反, en: zone matrix violation }
    clause: { ref: ネットワーク運用基準 3.1, text: ゾーン間の通信は表に定めるものに限る。 }
    zones: [mynumber, lgwan, internet, dmz]
    allow:
      - { from: lgwan, to: internet, services: [tcp/443] }
`;

describe('a user-written ruleset (--ruleset FILE)', () => {
  const file = join(dir, 'matrix.yaml');
  writeFileSync(file, MATRIX);
  const snapshot = loadSnapshot('samples/sample-town');
  const result = audit(snapshot, { rulesets: [{ file, text: MATRIX }], today: '2026-11-22' });
  const matrix = result.findings.filter((f) => f.check === 'ZONE-MATRIX');
  const allowed = PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, parseServiceSpec('tcp/443')!);
  const zones = ['mynumber', 'lgwan', 'internet', 'dmz'];

  it('is loaded without error and enforced on every ordered pair of its zones', () => {
    expect(result.problems.filter((p) => p.file === file)).toEqual([]);
    expect(result.inputs.find((i) => i.file === file)).toMatchObject({ format: 'ruleset-yaml', status: 'PASSED', lines: MATRIX.split('\n').length - 1 });
    const flagged = new Set(matrix.map((f) => `${f.from}>${f.to}`));
    for (const from of zones) {
      for (const to of zones) {
        if (from === to) continue;
        // The reachability is the analysis' own result; what is tested is the matrix's use of it.
        let delivered = result.reachability.packets(from, to);
        if (from === 'lgwan' && to === 'internet') delivered = delivered.subtract(allowed);
        expect(flagged.has(`${from}>${to}`), `${from} → ${to}`).toBe(!delivered.isEmpty());
      }
    }
    // sample-town really has traffic on each side of the rule: a pair cut to tcp/443, and pairs denied outright.
    expect(flagged.has('lgwan>internet')).toBe(true);
    expect(flagged.has('internet>lgwan')).toBe(true);
  });

  it('reports LGWAN → Internet only beyond tcp/443, with the rule that allows it', () => {
    const f = matrix.find((x) => x.from === 'lgwan' && x.to === 'internet')!;
    expect(f.witness).toBeDefined();
    expect(f.witness!.protocol === 6 && f.witness!.dstPort === 443).toBe(false);
    expect((f.packets ?? []).some((p) => /tcp\/443$/.test(p))).toBe(false);
    expect(f.params['allowed']).toBe('tcp/443');
    expect(f.location?.file).toMatch(/^configs\//);
    expect(f.clause).toEqual({ policy: 'town-matrix', ref: 'ネットワーク運用基準 3.1', text: 'ゾーン間の通信は表に定めるものに限る。' });
  });

  it('runs in addition to the policy: the model checks still report', () => {
    expect(result.findings.some((f) => f.check === 'INTERNET-LGWAN-UNSANITIZED')).toBe(true);
    expect(result.userRulesets.map((r) => r.id)).toEqual(['town-matrix']);
  });

  it('from the command line, the report shows the matrix findings with the ruleset title', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--ruleset', file, '--format', 'json', '--today', '2026-11-22']);
    const report = JSON.parse(run.stdout) as { findings: Array<{ check: string; title: string }> };
    const titles = report.findings.filter((f) => f.check === 'ZONE-MATRIX').map((f) => f.title);
    expect(titles.length).toBe(matrix.length);
    expect(new Set(titles)).toEqual(new Set(['zone matrix violation']));
  });
});

describe('errors in a user ruleset', () => {
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('a schema error names the file, the line and the key, and the audit still runs', async () => {
    const text = MATRIX.replace('severity: high', 'severity: hgh');
    const path = write('typo.yaml', text);
    const run = await runCli(['audit', 'samples/sample-town', '--ruleset', path, '--today', '2026-11-22']);
    const line = text.split('\n').findIndex((l) => l.includes('severity: hgh')) + 1;
    expect(run.stderr).toContain(`${path}:${line}:`);
    expect(run.stderr).toContain('checks.ZONE-MATRIX.severity');
    expect(run.stderr).toMatch(/expected one of critical, high, medium, low, info; found 'hgh' — did you mean 'high'\?/);
    // The broken check is left out; the model's findings are still reported.
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('INTERNET-LGWAN-UNSANITIZED');
  });

  it('an unknown key suggests the intended one, on its own line', () => {
    const text = MATRIX.replace('    zones:', '    zone:');
    const result = audit(loadSnapshot('samples/sample-town'), { rulesets: [{ file: 'm.yaml', text }], today: '2026-11-22' });
    const line = text.split('\n').findIndex((l) => l.startsWith('    zone:')) + 1;
    const messages = result.problems.filter((p) => p.file === 'm.yaml');
    // Its only check is left out, so nothing of the file is usable.
    expect(result.inputs.find((i) => i.file === 'm.yaml')).toMatchObject({ format: 'ruleset-yaml', status: 'FAILED' });
    expect(messages).toContainEqual({ file: 'm.yaml', line, message: "checks.ZONE-MATRIX.zone: unknown key 'zone' — did you mean 'zones'?" });
    expect(result.findings.some((f) => f.check === 'ZONE-MATRIX')).toBe(false);
  });

  it('a bad service and a zone the site does not define are reported with their lines', () => {
    const text = MATRIX.replace('services: [tcp/443]', 'services: [tcp/99999]').replace('zones: [mynumber, lgwan, internet, dmz]', 'zones: [mynumber, lgwan, internet, dmz, guest]');
    const result = audit(loadSnapshot('samples/sample-town'), { rulesets: [{ file: 'm.yaml', text }], today: '2026-11-22' });
    const lines = text.split('\n');
    const problems = result.problems.filter((p) => p.file === 'm.yaml');
    expect(problems.some((p) => p.line === lines.findIndex((l) => l.includes('tcp/99999')) + 1 && p.message.includes("'tcp/99999' is not a service"))).toBe(true);
    const guest = audit(loadSnapshot('samples/sample-town'), { rulesets: [{ file: 'g.yaml', text: MATRIX.replace('dmz]', 'dmz, guest]') }], today: '2026-11-22' });
    expect(guest.problems.some((p) => p.file === 'g.yaml' && p.line === 5 && p.message.includes("'guest' is not a segment or external"))).toBe(true);
    // The rest of the matrix still runs.
    expect(guest.findings.some((f) => f.check === 'ZONE-MATRIX')).toBe(true);
  });

  it('YAML syntax errors and a missing file are reported, not thrown', async () => {
    const path = write('broken.yaml', 'id: x\nchecks: [\n');
    const run = await runCli(['audit', 'samples/sample-town', '--ruleset', path, '--today', '2026-11-22']);
    expect(run.stderr).toContain(`${path}:`);
    expect(run.stderr).toContain('YAML syntax error');
    const missing = await runCli(['audit', 'samples/sample-town', '--ruleset', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
