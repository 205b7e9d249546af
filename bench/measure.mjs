// Audits one snapshot once and prints what it cost as JSON on stdout. Run in a fresh process
// per measurement (bench/run.mjs does), so the peak resident set belongs to this audit alone.
//
// The lower bound is the time Node takes to read the same files and split them into lines:
// no parser can be faster than that, so `parse / lowerBound` says how much work parsing adds
// on top of merely looking at every byte.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { audit, buildReport, loadSnapshot } from '../dist/src/index.js';
import { renderReport } from '../dist/src/cli/render-report.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/measure.mjs SNAPSHOT_DIR');

/** @param {string} path @returns {string[]} */
function filesBelow(path) {
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : []));
}

const files = filesBelow(dir);
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

/** Best of three: the files are in the page cache after the first read, as they are for the audit. */
function lowerBound() {
  let best = Infinity;
  let lines = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    lines = 0;
    for (const f of files) lines += readFileSync(f, 'utf8').split('\n').length;
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, lines };
}

const bound = lowerBound();
const t0 = performance.now();
const snapshot = loadSnapshot(dir);
const t1 = performance.now();
/** @type {Record<string, number>} */
const marks = {};
const result = audit(snapshot, { today: '2026-01-01', onStage: (stage) => (marks[stage] = performance.now()) });
const t2 = performance.now();
const doc = buildReport(result, 'ja');
const json = renderReport('json', result, doc, { snapshotLabel: dir, cwd: process.cwd(), lang: 'ja', excerpts: true });
const t3 = performance.now();

const rules = result.devices.reduce((sum, d) => sum + d.filters.reduce((n, s) => n + s.rules.filter((r) => !r.implicit).length, 0), 0);
const stages = {
  parse: t1 - t0,
  model: (marks.reachability ?? t2) - (marks.site ?? t1),
  analysis: (marks.checks ?? t2) - (marks.reachability ?? t2),
  checks: t2 - (marks.checks ?? t2),
  report: t3 - t2,
};
const total = t3 - t0;
const round = (ms) => Math.round(ms * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    devices: result.devices.length,
    rules,
    assets: snapshot.inventory?.assets.length ?? 0,
    files: files.length,
    bytes,
    lines: bound.lines,
    findings: result.findings.length,
    unrecognizedInputs: result.inputs.filter((i) => i.status !== 'PASSED').map((i) => i.file),
    reportBytes: Buffer.byteLength(json),
    stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
    totalMs: round(total),
    lowerBoundMs: round(bound.ms),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
