import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Every ENC value written in a snapshot's configs: the secrets the report must never show. */
function secretsIn(snapshot: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(`${snapshot}/configs`)) {
    for (const m of readFileSync(`${snapshot}/configs/${f}`, 'latin1').matchAll(/\bENC (\S+)/g)) out.push(m[1]!);
  }
  return out;
}

describe('no secret in any output', () => {
  for (const snapshot of ['samples/sample-town', 'test/fixtures/snapshots/broken-town']) {
    it(`${snapshot}: text and JSON, in both languages`, async () => {
      const secrets = secretsIn(snapshot);
      expect(secrets.length).toBeGreaterThan(0);
      for (const format of ['text', 'json']) {
        for (const lang of ['en', 'ja']) {
          const run = await runCli(['audit', snapshot, '--format', format, '--lang', lang]);
          for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret);
        }
      }
    });
  }
});
