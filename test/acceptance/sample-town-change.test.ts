import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import type { Device } from '../../src/model/device.js';
import { buildReport } from '../../src/report/report-document.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Acceptance: samples/sample-town-change is sample-town-clean after a change request (作業申請)
 * of two items: R7-041, LGWAN terminals to a new LGWAN-ASP service (compliant: LGWAN to the
 * LGWAN network), and R7-042, SMB from a vendor PC in the Internet segment to an LGWAN server
 * the inventory does not classify, permitted on both firewalls of the path. The audit must
 * say exactly one thing: R7-042 is a missing 無害化 gateway, at fw-core's new policy.
 */
const CHANGE = 'samples/sample-town-change';
const CLEAN = 'samples/sample-town-clean';
const TODAY = '2026-06-30';

const report = (dir: string) => buildReport(audit(loadSnapshot(dir), { today: TODAY }), 'en');
const config = (dir: string, file: string) => readFileSync(join(dir, 'configs', file), 'utf8');

/** The FortiGate policy whose `set name` is `name`: its id and the line of its `edit`. */
function policy(text: string, name: string): { id: string; line: number } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === `set name "${name}"`);
  expect(at, `policy ${name}`).toBeGreaterThan(0);
  for (let i = at - 1; i >= 0; i--) {
    const edit = /^\s*edit (\d+)\s*$/.exec(lines[i]!);
    if (edit) return { id: edit[1]!, line: i + 1 };
  }
  throw new Error(`no edit line above policy ${name}`);
}

const ruleCount = (devices: readonly Device[]) => new Map(devices.map((d) => [d.id, d.filters.reduce((n, s) => n + s.rules.length, 0)]));

describe('samples/sample-town-change: the 作業申請 adds one violation and nothing else', () => {
  const doc = report(CHANGE);
  const edge = policy(config(CHANGE, 'fw-edge.conf'), 'MFP-SCAN-SMB');
  const core = policy(config(CHANGE, 'fw-core.conf'), 'MFP-SCAN-SMB');

  it('reads every input completely', () => {
    expect(doc.inputs.map((i) => [i.file, i.status, i.unrecognized])).toEqual(doc.inputs.map((i) => [i.file, 'PASSED', 0]));
  });

  it('reports exactly one finding: INTERNET-LGWAN-UNSANITIZED at the new SMB policy of fw-core', () => {
    expect(doc.findings).toHaveLength(1);
    const f = doc.findings[0]!;
    expect(f).toMatchObject({ check: 'INTERNET-LGWAN-UNSANITIZED', from: 'internet', to: 'lgwan' });
    expect(f.location).toEqual({ file: 'configs/fw-core.conf', line: core.line });
    expect(f.path?.map((s) => [s.device, s.rule, s.action, s.file, s.line])).toEqual([
      ['fw-edge', edge.id, 'permit', 'configs/fw-edge.conf', edge.line],
      ['fw-core/root', core.id, 'permit', 'configs/fw-core.conf', core.line],
    ]);
    expect(f.packets).toEqual(['10.30.7.15 → 10.20.5.40 tcp/445']);
  });

  it('the other item, R7-041 to the LGWAN-ASP service, is compliant', () => {
    const asp = policy(config(CHANGE, 'fw-core.conf'), 'LGWAN-ASP-KEIYAKU');
    expect(asp.id).toBe('18');
    const cell = doc.matrix.find((c) => c.from === 'lgwan' && c.to === 'lgwan-wan');
    expect(cell).toMatchObject({ status: 'compliant', findings: 0 });
    expect(cell?.packets).toContain('10.20.10.0/24 → 172.16.60.10 tcp/8443');
  });

  it('changes only rules: three policies (R7-041 on fw-core, R7-042 on fw-edge and fw-core)', () => {
    const before = ruleCount(audit(loadSnapshot(CLEAN), { today: TODAY }).devices);
    const after = ruleCount(audit(loadSnapshot(CHANGE), { today: TODAY }).devices);
    expect([...after].map(([d, n]) => [d, n - (before.get(d) ?? 0)])).toEqual([...after.keys()].map((d) => [d, d === 'fw-edge' ? 1 : d === 'fw-core/root' ? 2 : 0]));
    expect(readFileSync(join(CHANGE, 'inventory.csv'))).toEqual(readFileSync(join(CLEAN, 'inventory.csv')));
  });

  it('is a finding the clean town does not have, and the clean town has none', () => {
    expect(report(CLEAN).findings).toEqual([]);
  });

  it('exits 1 from the command line, with the same single finding', async () => {
    const run = await runCli(['audit', CHANGE, '--format', 'json']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { findings: Array<{ check: string; location: { file: string; line: number } }> };
    expect(json.findings.map((f) => [f.check, f.location])).toEqual([['INTERNET-LGWAN-UNSANITIZED', { file: 'configs/fw-core.conf', line: core.line }]]);
  });
});
