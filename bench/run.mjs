// `npm run bench`: how long an audit takes and how much memory it needs, on the bundled
// samples and on synthetic towns of growing size. Timings are medians of several runs; memory
// is the peak resident set of this process. Never part of `npm test`: tests assert results,
// not speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { audit, loadSnapshot } from '../dist/src/index.js';
import { writeSyntheticTown } from './synthetic-town.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SAMPLES = ['samples/sample-town', 'samples/sample-city', 'samples/sample-port-alpha-prime', 'samples/sample-village-beta'];
const SIZES = (process.env.BENCH_SIZES ?? '250,1000,4000').split(',').map(Number);

function measure(label, dir) {
  const times = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = audit(loadSnapshot(dir), { today: '2026-01-01' });
    times.push(performance.now() - start);
    findings = result.findings.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`${label.padEnd(36)} ${median.toFixed(0).padStart(8)} ms   findings ${String(findings).padStart(5)}   peak RSS ${rss.toFixed(0)} MiB`);
}

console.log(`sansou bench — node ${process.version}, median of ${RUNS} runs\n`);
for (const dir of SAMPLES) measure(dir, dir);
const tmp = mkdtempSync(join(tmpdir(), 'sansou-bench-'));
try {
  for (const size of SIZES) {
    const dir = join(tmp, `town-${size}`);
    writeSyntheticTown(dir, size);
    measure(`synthetic FortiGate, ${size} policies`, dir);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
