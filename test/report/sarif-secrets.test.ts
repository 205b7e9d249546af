import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/report/messages/index.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { renderSarif } from '../../src/report/sarif/index.js';
import { FIXTURE_SNAPSHOTS, SAMPLES, reportOf } from '../fixtures/sarif/audited-snapshots.js';

/** Every `ENC …` value of a FortiGate export: secrets by the vendor's own marking. */
function encValues(text: string): string[] {
  return [...text.matchAll(/\bENC (\S+)/g)].map((m) => m[1]!);
}

/**
 * What the masker hides on each line (the span between the unchanged start and end), for the
 * other vendors' secrets: password hashes, pre-shared keys, SNMP communities.
 */
function maskedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const masked = maskSecretsInLine(line);
    if (masked === line) continue;
    let start = 0;
    while (start < line.length && line[start] === masked[start]) start++;
    let end = 0;
    while (end < line.length - start && line[line.length - 1 - end] === masked[masked.length - 1 - end]) end++;
    const span = line.slice(start, line.length - end).trim();
    if (span.length >= 4) spans.push(span);
  }
  return spans;
}

function secretsOf(dir: string): string[] {
  return readdirSync(`${dir}/configs`).flatMap((f) => {
    const text = readFileSync(`${dir}/configs/${f}`, 'latin1');
    return [...encValues(text), ...maskedSpans(text)];
  });
}

describe('no secret of a config reaches the SARIF log', () => {
  it('the samples do hold secrets to leak (the test is not empty)', () => {
    expect(encValues(readFileSync('samples/sample-town/configs/fw-core.conf', 'latin1')).length).toBeGreaterThan(0);
    expect(secretsOf('samples/sample-city').length).toBeGreaterThan(0);
  });

  for (const dir of [...SAMPLES, ...FIXTURE_SNAPSHOTS]) {
    it(`${dir}, in both languages`, () => {
      const secrets = secretsOf(dir);
      for (const lang of LANGUAGES) {
        const text = renderSarif(reportOf(dir, lang), { snapshotDir: dir });
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    });
  }
});
