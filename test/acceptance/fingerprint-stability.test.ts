import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AuditResult, audit } from '../../src/audit/audit.js';
import type { Device } from '../../src/model/device.js';
import { type ReportDocument, type ReportFinding, buildReport } from '../../src/report/report-document.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { type EditedSnapshot, type UnrelatedEdits, editedSnapshot } from '../helpers/config-edits/edit-snapshot.js';

/**
 * Acceptance: a finding's fingerprint survives unrelated edits, so `sansou diff` can match the
 * findings of two snapshots. Every sample is copied and edited — lines renumbered by blank and
 * comment lines, and a deny for an unrelated range (198.18.0.0/15) put first in every rule
 * list, which moves every positional rule id (ASA ACE numbers, iptables rule positions, IOS
 * sequence numbers of an ACL pasted anew) — and audited again: the fingerprints must be the
 * same. Two related edits show that the comparison can fail: renumbering or changing the rule
 * a finding goes through changes exactly the fingerprints of the findings through it.
 */
const TODAY = '2026-06-30';
const SAMPLES = readdirSync('samples')
  .filter((name) => existsSync(join('samples', name, 'configs')))
  .sort();
/** Formats whose rule ids are positions, so that the rule edit must move some id a finding shows. */
const POSITIONAL = new Set(['asa', 'ios', 'iptables']);

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function edited(dir: string, edits: UnrelatedEdits): EditedSnapshot {
  const copy = editedSnapshot(dir, edits);
  copies.push(copy.dir);
  return copy;
}

interface Audited {
  readonly result: AuditResult;
  readonly report: ReportDocument;
}

function audited(dir: string): Audited {
  const result = audit(loadSnapshot(dir), { today: TODAY });
  return { result, report: buildReport(result, 'en') };
}

const fingerprints = (a: Audited) => a.report.findings.map((f) => f.fingerprint).sort();

/** How well each input was read: edits must be understood, never merely survived. */
const reading = (a: Audited) => a.report.inputs.map((i) => ({ file: i.file, status: i.status, unrecognized: i.unrecognized, warnings: i.warnings.length }));

const ruleCount = (d: Device) => d.filters.reduce((n, s) => n + s.rules.length, 0);

/** The rule ids a finding shows: on its path, and in its message (hygiene checks name their rule there). */
const shownRules = (f: ReportFinding) => [...(f.path ?? []).map((s) => s.rule ?? ''), f.message];

const originals = new Map(SAMPLES.map((name) => [name, audited(join('samples', name))]));

describe.each(SAMPLES)('samples/%s: fingerprints survive unrelated edits', (name) => {
  const before = originals.get(name)!;
  const seeded = !name.endsWith('-clean');

  it(seeded ? 'has findings to compare' : 'has no finding, before and after (a clean twin)', () => {
    if (seeded) expect(before.report.findings.length).toBeGreaterThan(0);
    else expect(before.report.findings).toEqual([]);
  });

  it('renumbering every line (blank and comment lines at the top and in the middle) keeps every fingerprint', () => {
    const copy = edited(join('samples', name), { comments: true, rules: false });
    const after = audited(copy.dir);
    expect(reading(after)).toEqual(reading(before));
    // The edit did move the findings' lines.
    const lines = (a: Audited) => a.report.findings.map((f) => f.location?.line ?? 0);
    if (seeded) expect(lines(after)).not.toEqual(lines(before));
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('inserting an unrelated deny first in every rule list keeps every fingerprint', () => {
    const copy = edited(join('samples', name), { comments: false, rules: true });
    const after = audited(copy.dir);
    expect(reading(after)).toEqual(reading(before));
    // Every file with rule lists was edited, and its devices read the new rule.
    const withRules = [...copy.formats].filter(([, format]) => format !== 'linux-ip').map(([file]) => file);
    expect(copy.rulesInserted).toEqual(withRules);
    const rulesOf = (a: Audited) => new Map(a.result.devices.map((d) => [d.id, ruleCount(d)]));
    const was = rulesOf(before);
    for (const [device, count] of rulesOf(after)) {
      if ((was.get(device) ?? 0) > 0) expect(count, device).toBeGreaterThan(was.get(device)!);
    }
    expect(fingerprints(after)).toEqual(fingerprints(before));
    // Where rule ids are positions, the edit renumbered rules that findings show, and still
    // the fingerprints held: the comparison above is not vacuous.
    if (seeded && [...copy.formats.values()].some((f) => POSITIONAL.has(f))) {
      const shownAfter = new Map(after.report.findings.map((f) => [f.fingerprint, shownRules(f)]));
      const moved = before.report.findings.filter((f) => JSON.stringify(shownRules(f)) !== JSON.stringify(shownAfter.get(f.fingerprint)));
      expect(moved.length).toBeGreaterThan(0);
    }
  });

  it('both edits together keep every fingerprint', () => {
    const after = audited(edited(join('samples', name), { comments: true, rules: true }).dir);
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });
});

describe('related edits change the fingerprints of exactly the findings through the edited rule', () => {
  /** Findings of `a` whose path has `rule` on `device`. */
  const through = (a: Audited, device: string, rule: string) => a.report.findings.filter((f) => (f.path ?? []).some((s) => s.device === device && s.rule === rule)).map((f) => f.fingerprint);

  /** Copies a sample with one file edited by `edit`, and audits it. */
  function withEdit(sample: string, file: string, edit: (text: string) => string): Audited {
    const copy = edited(join('samples', sample), { comments: false, rules: false });
    const path = join(copy.dir, 'configs', file);
    const text = readFileSync(path, 'utf8');
    const changed = edit(text);
    expect(changed).not.toBe(text);
    writeFileSync(path, changed, 'utf8');
    return audited(copy.dir);
  }

  function expectOnlyChanged(before: Audited, after: Audited, expected: readonly string[]): void {
    expect(expected.length).toBeGreaterThan(0);
    const now = new Set(fingerprints(after));
    const gone = fingerprints(before).filter((f) => !now.has(f));
    expect(gone.sort()).toEqual([...expected].sort());
    // The findings are still there, under new fingerprints: the same number of them.
    expect(after.report.findings.length).toBe(before.report.findings.length);
  }

  it('sample-town: renumbering FortiGate policy 13 (edit 13 → edit 113) changes the SMB findings only', () => {
    const before = originals.get('sample-town')!;
    const after = withEdit('sample-town', 'fw-core.conf', (t) => t.replace(/^(\s*)edit 13$/m, '$1edit 113'));
    expectOnlyChanged(before, after, through(before, 'fw-core/root', '13'));
  });

  it('sample-city: changing the iptables rule the sanitizer bypass goes through changes its findings only', () => {
    const before = originals.get('sample-city')!;
    const rule = '-A FORWARD -i eth0 -o eth1 -p tcp -m multiport --dports 443,445 -j ACCEPT';
    const after = withEdit('sample-city', 'sani-gw.rules', (t) => t.replace(rule, rule.replace('443,445', '445,443')));
    const expected = through(before, 'sani-gw', 'FORWARD:2');
    // CROSS-SEGMENT-NO-LOG names the rule in its message, not on a path.
    const unlogged = before.report.findings.filter((f) => f.check === 'CROSS-SEGMENT-NO-LOG' && f.location?.file === 'configs/sani-gw.rules').map((f) => f.fingerprint);
    expectOnlyChanged(before, after, [...expected, ...unlogged]);
  });
});
