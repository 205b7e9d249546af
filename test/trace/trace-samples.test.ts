import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTrace } from '../../src/cli/trace-command.js';
import { runCli } from '../helpers/run-cli.js';

async function trace(args: readonly string[]) {
  let stdout = '';
  const code = await runTrace(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, env: { LANG: 'C' }, cwd: process.cwd() });
  return { code, stdout };
}

interface Step {
  device: string;
  in: string;
  out?: string;
  rule?: string;
  action: string;
  file?: string;
  line?: number;
}
const steps = (hops: readonly Step[]) => JSON.stringify(hops.map((h) => [h.device, h.in, h.out, h.rule, h.action, h.file, h.line]));

describe('sansou trace agrees with the audit on every sample', () => {
  for (const sample of readdirSync('samples').sort()) {
    it(`${sample}: tracing each finding's witness shows the finding's path, from where it starts into where it is delivered`, async () => {
      const report = JSON.parse((await runCli(['audit', `samples/${sample}`, '--format', 'json'])).stdout) as {
        findings: Array<{ from?: string; to?: string; witness?: { src: string; dst: string; protocol: string; srcPort: number; dstPort: number }; path?: Step[] }>;
      };
      for (const f of report.findings.filter((x) => x.witness && x.path)) {
        const w = f.witness!;
        const run = await trace([`samples/${sample}`, '--src', w.src, '--dst', w.dst, '--proto', w.protocol, '--dport', `${w.dstPort}`, '--sport', `${w.srcPort}`, '--format', 'json']);
        const doc = JSON.parse(run.stdout) as { classes: Array<{ source: string; disposition: string; deliveredTo?: string; hops: Step[] }> };
        const same = doc.classes.filter((c) => c.source === f.from && steps(c.hops) === steps(f.path!));
        expect({ witness: w, classes: same.map((c) => [c.disposition, c.deliveredTo]) }).toEqual({ witness: w, classes: [['delivered', f.to]] });
        expect(run.code).toBe(0);
      }
    });
  }
});
