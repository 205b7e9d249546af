import type { PathStep } from '../../src/checks/finding.js';
import type { Severity } from '../../src/checks/types.js';
import { audit } from '../../src/audit/audit.js';
import type { ReportDocument, ReportFinding } from '../../src/report/report-document.js';
import { buildReport } from '../../src/report/report-document.js';
import type { Language } from '../../src/report/messages/index.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { loadTuiData } from '../../src/tui/data/load-tui-data.js';
import type { TuiData } from '../../src/tui/data/tui-data.js';

export const SAMPLE_TOWN = 'samples/sample-town';
/** Fixed, so waiver expiry and the report never depend on the day the tests run. */
export const TODAY = '2026-11-22';

/** A finding with just what a test names; the rest plausible. */
export function finding(fields: Partial<ReportFinding> & { readonly check: string; readonly severity: Severity }): ReportFinding {
  return {
    title: `${fields.check} title`,
    message: `${fields.check} message`,
    remediation: 'fix it',
    fingerprint: `fp-${fields.check}-${fields.from ?? ''}-${fields.to ?? ''}`,
    ...fields,
  };
}

/** A path step through a device. */
export function step(device: string, fields: Partial<PathStep> = {}): PathStep {
  return { device, in: 'port1', out: 'port2', implicit: false, action: 'permit', ...fields };
}

/**
 * A small report: three segments (mynumber, lgwan, internet), violations internet → lgwan (2)
 * and mynumber → lgwan (1), a compliant lgwan → internet, and one finding without a pair.
 */
export function smallReport(overrides: Partial<ReportDocument> = {}): ReportDocument {
  const findings: ReportFinding[] = [
    finding({ check: 'INTERNET-LGWAN-UNSANITIZED', severity: 'critical', from: 'internet', to: 'lgwan', title: 'Internet reaches LGWAN without a sanitizer', path: [step('fw-edge', { rule: '7', ruleName: 'FILESRV-TEMP', file: 'configs/fw-edge.conf', line: 5 })] }),
    finding({ check: 'MYNUMBER-LGWAN', severity: 'critical', from: 'mynumber', to: 'lgwan', title: 'マイナンバー系 reaches LGWAN', message: 'マイナンバー利用事務系から LGWAN 接続系へ到達できます' }),
    finding({ check: 'CLASSIFIED-ASSET-EXPOSED', severity: 'high', from: 'internet', to: 'lgwan', title: 'Classified asset reachable', path: [step('fw-core/root')] }),
    finding({ check: 'RULE-ANY-ANY', severity: 'low', title: 'Rule permits any to any', path: [step('ＦＷ-ANNEX')] }),
  ];
  const matrix = [
    { from: 'mynumber', to: 'lgwan', status: 'violation', findings: 1, packets: ['10.10.0.0/16 → 10.20.0.0/16 any'] },
    { from: 'mynumber', to: 'internet', status: 'none', findings: 0, packets: [] },
    { from: 'lgwan', to: 'mynumber', status: 'none', findings: 0, packets: [] },
    { from: 'lgwan', to: 'internet', status: 'compliant', findings: 0, packets: ['10.20.0.0/16 → 10.30.5.10 tcp/443'] },
    { from: 'internet', to: 'mynumber', status: 'none', findings: 0, packets: [] },
    { from: 'internet', to: 'lgwan', status: 'violation', findings: 2, packets: ['10.30.0.0/16 → 10.20.5.30 tcp/445'] },
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'sansou', version: '0.0.0' },
    language: 'en',
    organization: 'テスト町',
    model: 'alpha',
    policy: 'mutsu',
    rulesets: [],
    omittedChecks: [],
    site: { origin: 'file', inferences: [] },
    inputs: [
      { file: 'configs/fw-edge.conf', format: 'fortigate', status: 'PASSED', lines: 10, unrecognized: 0, devices: ['fw-edge'], warnings: [] },
      { file: 'configs/rtx.config', format: 'rtx', status: 'PARTIALLY_UNRECOGNIZED', lines: 20, unrecognized: 1, devices: ['rtx'], warnings: [{ line: 3, kind: 'unrecognized', context: 'rtx', comment: 'unknown command', text: 'foo bar' }] },
      { file: 'sansou.yaml', format: 'site-yaml', status: 'PASSED', lines: 5, unrecognized: 0, devices: [], warnings: [] },
    ],
    problems: [],
    summary: { critical: 2, high: 1, medium: 0, low: 1, info: 0 },
    matrix,
    findings,
    waived: [],
    unusedWaivers: [],
    ...overrides,
  };
}

/** TuiData around a report, with a config of ten lines for fw-edge. */
export function smallData(doc: ReportDocument = smallReport()): TuiData {
  const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
  return { doc, snapshotLabel: 'test-town', usable: true, segmentNames: new Map([['lgwan', 'LGWAN接続系']]), configLines: new Map([['configs/fw-edge.conf', lines]]) };
}

const reports = new Map<Language, ReportDocument>();

/** The real report of the sample town, computed once per language for all tests of a file. */
export function sampleTownReport(lang: Language): ReportDocument {
  let doc = reports.get(lang);
  if (!doc) {
    doc = buildReport(audit(loadSnapshot(SAMPLE_TOWN), { today: TODAY }), lang);
    reports.set(lang, doc);
  }
  return doc;
}

/** The sample town as the TUI loads it (masked configs, segment names). */
export function sampleTownData(lang: Language): TuiData {
  return loadTuiData({ snapshotPath: SAMPLE_TOWN, snapshotLabel: SAMPLE_TOWN, lang, today: TODAY, rulesets: [] }, () => {});
}
