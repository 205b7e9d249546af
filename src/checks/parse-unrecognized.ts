import type { CheckContext } from './context.js';
import { type Finding, fingerprintOf } from './finding.js';
import type { CheckConfig } from './types.js';

/** Each input file sansou did not fully understand: the audit is only as good as its reading. */
export function parseUnrecognized(ctx: CheckContext, check: CheckConfig): Finding[] {
  const findings: Finding[] = [];
  for (const config of ctx.configs) {
    if (config.status === 'PASSED') continue;
    const unrecognized = config.warnings.filter((w) => w.kind === 'unrecognized');
    const first = unrecognized[0] ?? config.warnings[0];
    findings.push({
      check: check.id,
      severity: check.severity,
      variant: config.status === 'FAILED' ? 'failed' : 'partial',
      params: {
        file: config.file,
        format: config.format,
        count: new Set(unrecognized.map((w) => w.line)).size,
        lines: config.lines,
        reason: first?.comment ?? '',
      },
      location: { file: config.file, line: first && first.line > 0 ? first.line : 1 },
      fingerprint: fingerprintOf(check.id, config.file),
    });
  }
  return findings;
}
