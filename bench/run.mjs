// `npm run bench`: what a whole audit costs on networks of three sizes, as one JSON document on
// stdout (progress goes to stderr). Never part of `npm test`: tests assert results, not speed.
//
//   S  the bundled sample town (samples/sample-town)
//   M  20 devices, 10,000 rules, 5,000 assets, in every vendor format
//   L  100 devices, 200,000 rules, 50,000 assets (about 100 MB of configs)
//
// Each measurement runs in a fresh Node process (bench/measure.mjs), so its peak RSS is its own.
// BENCH_SIZES=S,M picks sizes; BENCH_RUNS sets how many runs S and M get (the median is kept;
// L runs once). See README "Benchmark" for what the figures mean.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSyntheticNetwork } from './synthetic/network.mjs';

const SIZES = {
  S: { sample: 'samples/sample-town' },
  M: { towns: 4, rulesPerDevice: 500, assetsPerTown: 1250 },
  L: { towns: 20, rulesPerDevice: 2000, assetsPerTown: 2500 },
};
const chosen = (process.env.BENCH_SIZES ?? 'S,M,L').split(',').map((s) => s.trim().toUpperCase());
const runs = Number(process.env.BENCH_RUNS ?? 3);

function measure(dir) {
  const out = execFileSync(process.execPath, [join(import.meta.dirname, 'measure.mjs'), dir], { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out);
}

/** The run with the median total time. */
function medianRun(dir, count) {
  const results = [];
  for (let i = 0; i < count; i++) results.push(measure(dir));
  results.sort((a, b) => a.totalMs - b.totalMs);
  return { ...results[Math.floor(results.length / 2)], runs: count };
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const report = { node: process.version, cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), sizes: {} };
const tmp = mkdtempSync(join(tmpdir(), 'sansou-bench-'));
try {
  for (const name of chosen) {
    const size = SIZES[name];
    if (!size) throw new Error(`unknown size ${name}: S, M or L`);
    let dir = size.sample;
    let generateMs;
    if (!dir) {
      dir = join(tmp, name);
      const start = performance.now();
      process.stderr.write(`generating ${name} …\n`);
      await writeSyntheticNetwork(dir, size);
      generateMs = Math.round(performance.now() - start);
    }
    process.stderr.write(`auditing ${name} …\n`);
    const m = medianRun(dir, name === 'L' ? 1 : runs);
    report.sizes[name] = {
      ...m,
      ...(generateMs === undefined ? { snapshot: dir } : { generatedInMs: generateMs }),
      ratios: { parseToLowerBound: ratio(m.stagesMs.parse, m.lowerBoundMs), totalToLowerBound: ratio(m.totalMs, m.lowerBoundMs) },
    };
  }
  const { M, L } = report.sizes;
  if (M && L) {
    // 1.0 is linear: L took as much longer than M as it is bigger. Above 1, time grows faster than size.
    report.growthMtoL = {
      bytes: ratio(L.bytes, M.bytes),
      rules: ratio(L.rules, M.rules),
      time: ratio(L.totalMs, M.totalMs),
      timePerByte: ratio(L.totalMs / L.bytes, M.totalMs / M.bytes),
      timePerRule: ratio(L.totalMs / L.rules, M.totalMs / M.rules),
    };
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
