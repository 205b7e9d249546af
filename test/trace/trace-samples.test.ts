import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PathStep } from '../../src/checks/finding.js';
import { pathKey } from '../helpers/path-steps.js';
import { runCli } from '../helpers/run-cli.js';

/** `sansou trace` in-process, through the CLI's dispatcher. */
const trace = (args: readonly string[]) => runCli(['trace', ...args]);

describe('sansou trace agrees with the audit on every sample', () => {
  for (const sample of readdirSync('samples').sort()) {
    it(`${sample}: tracing each finding's witness shows the finding's path, from where it starts into where it is delivered`, async () => {
      const report = JSON.parse((await runCli(['audit', `samples/${sample}`, '--format', 'json'])).stdout) as {
        findings: Array<{ from?: string; to?: string; witness?: { src: string; dst: string; protocol: string; srcPort: number; dstPort: number }; path?: PathStep[] }>;
      };
      for (const f of report.findings.filter((x) => x.witness && x.path)) {
        const w = f.witness!;
        const run = await trace([`samples/${sample}`, '--src', w.src, '--dst', w.dst, '--proto', w.protocol, '--dport', `${w.dstPort}`, '--sport', `${w.srcPort}`, '--format', 'json']);
        const doc = JSON.parse(run.stdout) as { classes: Array<{ source: string; disposition: string; deliveredTo?: string; hops: PathStep[] }> };
        const same = doc.classes.filter((c) => c.source === f.from && pathKey(c.hops) === pathKey(f.path!));
        expect({ witness: w, classes: same.map((c) => [c.disposition, c.deliveredTo]) }).toEqual({ witness: w, classes: [['delivered', f.to]] });
        expect(run.code).toBe(0);
      }
    });
  }
});
