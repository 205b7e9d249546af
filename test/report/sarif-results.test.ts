import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { LANGUAGES } from '../../src/report/messages/index.js';
import { buildReport, type ReportDocument, type ReportFinding } from '../../src/report/report-document.js';
import { type SarifLog, type SarifResult, buildSarif, renderSarif } from '../../src/report/sarif/index.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { FIXTURE_SNAPSHOTS, SAMPLES, TODAY, reportOf } from '../fixtures/sarif/audited-snapshots.js';

/**
 * What the SARIF says, checked against the report it renders: every finding is a result at its
 * own file and line, with its path as related locations, its fingerprint, the level its
 * severity calls for, and a rule whose help quotes the clause. The expectations are computed
 * from the report document (and the mapping the issue prescribes), never copied from output.
 */
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' } as const;
/** GitHub buckets: ≥ 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, < 4.0 low. */
const GITHUB_BUCKET = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9], info: [0.1, 3.9] } as const;

function sarifOf(doc: ReportDocument, dir: string): SarifLog {
  return JSON.parse(renderSarif(doc, { snapshotDir: dir })) as SarifLog;
}

/** What a URI names, decoded, with its base, for comparing with the report's snapshot-relative file. */
function placed(result: { physicalLocation?: { artifactLocation: { uri?: string; uriBaseId?: string }; region?: { startLine: number } } }) {
  const a = result.physicalLocation?.artifactLocation;
  return { base: a?.uriBaseId, path: a?.uri === undefined ? undefined : decodeURIComponent(a.uri), line: result.physicalLocation?.region?.startLine };
}

const everyFinding = (doc: ReportDocument): readonly ReportFinding[] => [...doc.findings, ...doc.waived];

describe('results mirror the report, for every sample and fixture, in both languages', () => {
  for (const dir of [...SAMPLES, ...FIXTURE_SNAPSHOTS]) {
    for (const lang of LANGUAGES) {
      describe(`${dir} (${lang})`, () => {
        const doc = reportOf(dir, lang);
        const log = sarifOf(doc, dir);
        const run = log.runs[0];
        const findings = everyFinding(doc);

        it('has one result per finding, active then waived, with the check as rule id', () => {
          expect(run.results.map((r) => r.ruleId)).toEqual(findings.map((f) => f.check));
          expect(run.language).toBe(lang);
          expect(run.tool.driver.version).toBe(doc.tool.version);
        });

        it('places each result at the finding’s own file and line, relative to the working directory', () => {
          findings.forEach((f, i) => {
            const r = run.results[i]!;
            if (!f.location) return;
            expect(placed(r.locations[0]!)).toEqual({ base: '%SRCROOT%', path: `${dir}/${f.location.file}`, line: f.location.line });
            expect(r.properties.locationSource).toBe('finding');
          });
        });

        it('gives every path hop with a file a related location, ids 1..n in path order, and links them from the message', () => {
          findings.forEach((f, i) => {
            const r = run.results[i]!;
            const hops = (f.path ?? []).filter((s) => s.file !== undefined);
            const related = r.relatedLocations ?? [];
            expect(related.length).toBe(hops.length);
            expect(related.map((l) => l.id)).toEqual(hops.map((_, k) => k + 1));
            expect(related.map((l) => placed(l))).toEqual(hops.map((s) => ({ base: '%SRCROOT%', path: `${dir}/${s.file}`, line: s.line })));
            related.forEach((l, k) => expect(l.message?.text).toContain(hops[k]!.device));
            const links = [...r.message.text.matchAll(/\]\((\d+)\)/g)].map((m) => Number(m[1]));
            expect(links).toEqual(hops.map((_, k) => k + 1));
            // The code flow walks the same hops in the same order.
            const flow = r.codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
            expect(flow.map((t) => placed(t.location))).toEqual(related.map((l) => placed(l)));
          });
        });

        it('carries the report fingerprint as the partial fingerprint', () => {
          expect(run.results.map((r) => r.partialFingerprints)).toEqual(findings.map((f) => ({ 'sansouFingerprint/v1': f.fingerprint })));
        });

        it('sets each result’s level from its severity, and says title, message and witness', () => {
          findings.forEach((f, i) => {
            const r = run.results[i]!;
            expect(r.level).toBe(LEVEL[f.severity]);
            expect(r.properties.severity).toBe(f.severity);
            expect(r.message.text.startsWith(`${f.title}: ${f.message}`.replace(/[\\[\]]/g, (c) => `\\${c}`))).toBe(true);
            if (f.witness) expect(r.properties.witness).toEqual(f.witness);
            if (f.from !== undefined) expect([r.properties.from, r.properties.to]).toEqual([f.from, f.to]);
          });
        });

        it('has one rule per check with results, whose help quotes the clause and the remediation', () => {
          const checks = [...new Set(findings.map((f) => f.check))].sort();
          const rules = run.tool.driver.rules;
          expect(rules.map((r) => r.id)).toEqual(checks);
          run.results.forEach((r) => expect(rules[r.ruleIndex]?.id).toBe(r.ruleId));
          for (const f of findings) {
            const rule = rules.find((r) => r.id === f.check)!;
            expect(rule.shortDescription.text).toBe(f.title);
            if (f.clause) {
              for (const text of [rule.help.text, rule.fullDescription.text]) expect(text).toContain(`${f.clause.policy} ${f.clause.ref} 「${f.clause.text}」`);
              expect(rule.help.markdown).toContain(f.clause.ref);
            }
            if (f.remediation) expect(rule.help.text).toContain(f.remediation);
            expect(rule.properties.tags).toContain('security');
          }
          for (const rule of rules) {
            const severities = findings.filter((f) => f.check === rule.id).map((f) => f.severity);
            const worst = (['critical', 'high', 'medium', 'low', 'info'] as const).find((s) => severities.includes(s))!;
            expect(rule.defaultConfiguration.level).toBe(LEVEL[worst]);
            const score = Number(rule.properties['security-severity']);
            const [low, high] = GITHUB_BUCKET[worst];
            expect(score).toBeGreaterThanOrEqual(low);
            expect(score).toBeLessThanOrEqual(high);
          }
        });

        it('writes no config text, no absolute path and no timestamp', () => {
          const text = renderSarif(doc, { snapshotDir: dir });
          expect(text).not.toMatch(/"snippet"|"contextRegion"|"startTimeUtc"|"endTimeUtc"|"timeUtc"/);
          expect(text).not.toContain(process.cwd());
          expect(text).not.toMatch(/"uri": "(\/|[A-Za-z]:|file:)/);
          expect(text.endsWith('}\n')).toBe(true);
        });
      });
    }
  }
});

describe('findings no config line causes still get a true location', () => {
  const dir = 'samples/sample-city';
  const doc = reportOf(dir, 'en');
  const run = sarifOf(doc, dir).runs[0];
  const located = everyFinding(doc).map((f, i) => ({ f, r: run.results[i]! })).filter(({ f }) => !f.location);

  it('sample-city has such findings (an unfiltered core switch on the path)', () => {
    expect(located.length).toBeGreaterThan(0);
  });

  it('points them at a file of their path, else at the configuration of a device on it', () => {
    for (const { f, r } of located) {
      const withFile = (f.path ?? []).find((s) => s.file !== undefined);
      const input = doc.inputs.find((i) => (f.path ?? []).some((s) => i.devices.includes(s.device)));
      const expected = withFile ? { path: `${dir}/${withFile.file}`, line: withFile.line } : { path: `${dir}/${input?.file}`, line: 1 };
      expect(placed(r.locations[0]!)).toEqual({ base: '%SRCROOT%', ...expected });
      expect(r.properties.locationSource).toBe(withFile ? 'path' : 'device');
    }
  });
});

describe('waivers (waived-town)', () => {
  const dir = 'test/fixtures/snapshots/waived-town';
  for (const lang of LANGUAGES) {
    const doc = reportOf(dir, lang);
    const run = sarifOf(doc, dir).runs[0];
    const byFingerprint = (fp: string): SarifResult => run.results.find((r) => r.partialFingerprints['sansouFingerprint/v1'] === fp)!;

    it(`keeps the waived finding as a suppressed result, with who approved it until when (${lang})`, () => {
      expect(doc.waived.length).toBe(1);
      const w = doc.waived[0]!;
      const r = byFingerprint(w.fingerprint);
      expect(r.suppressions).toHaveLength(1);
      const s = r.suppressions![0]!;
      expect([s.kind, s.status]).toEqual(['external', 'accepted']);
      for (const part of [w.waiver.id, w.waiver.reason, w.waiver.approver, w.waiver.expires]) expect(s.justification).toContain(part);
      expect(placed(s.location!)).toEqual({ base: '%SRCROOT%', path: `${dir}/${w.waiver.file}`, line: w.waiver.line });
    });

    it(`reports the finding whose waiver expired as active, and says so (${lang})`, () => {
      const expired = doc.findings.filter((f) => f.waiver?.expired);
      expect(expired.length).toBe(1);
      const r = byFingerprint(expired[0]!.fingerprint);
      expect(r.suppressions).toBeUndefined();
      expect(r.properties.waiver).toMatchObject({ id: expired[0]!.waiver!.id, expired: true });
      expect(r.message.text).toContain(expired[0]!.waiver!.id);
      // Only the one waiver in force suppresses anything.
      expect(run.results.filter((x) => x.suppressions).length).toBe(doc.waived.length);
    });
  }

  it('leaves waived findings out on request', () => {
    const doc = reportOf(dir, 'en');
    const run = buildSarif(doc, { snapshotDir: dir, waived: 'omit' }).runs[0];
    expect(run.results.map((r) => r.partialFingerprints['sansouFingerprint/v1'])).toEqual(doc.findings.map((f) => f.fingerprint));
    expect(run.results.some((r) => r.suppressions)).toBe(false);
  });
});

describe('a subset of findings (what sansou diff passes)', () => {
  it('reports exactly those findings, and only their rules', () => {
    const dir = 'samples/sample-city';
    const doc = reportOf(dir, 'en');
    const chosen = doc.findings.filter((f) => f.severity === 'low');
    expect(chosen.length).toBeGreaterThan(0);
    const run = buildSarif(doc, { snapshotDir: dir, findings: chosen, category: 'sansou/sample-city' }).runs[0];
    expect(run.results.map((r) => r.partialFingerprints['sansouFingerprint/v1'])).toEqual(chosen.map((f) => f.fingerprint));
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([...new Set(chosen.map((f) => f.check))].sort());
    expect(run.automationDetails).toEqual({ id: 'sansou/sample-city/' });
  });
});

describe('determinism', () => {
  it('renders byte-identical SARIF from two independent audits of the same snapshot', () => {
    for (const dir of ['samples/sample-town', 'samples/sample-city', 'test/fixtures/snapshots/waived-town']) {
      for (const lang of LANGUAGES) {
        const once = renderSarif(buildReport(audit(loadSnapshot(dir), { today: TODAY }), lang), { snapshotDir: dir });
        const twice = renderSarif(buildReport(audit(loadSnapshot(dir), { today: TODAY }), lang), { snapshotDir: dir });
        expect(twice).toBe(once);
      }
    }
  });

  it('does not depend on how the snapshot directory was typed', () => {
    const doc = reportOf('samples/sample-town', 'en');
    const plain = renderSarif(doc, { snapshotDir: 'samples/sample-town' });
    for (const typed of ['./samples/sample-town/', 'samples//sample-town/.', 'samples\\sample-town', `${process.cwd()}/samples/sample-town`]) {
      expect(renderSarif(doc, { snapshotDir: typed, cwd: process.cwd() }), typed).toBe(plain);
    }
  });
});
