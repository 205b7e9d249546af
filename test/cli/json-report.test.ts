import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
const SNAPSHOTS = ['samples/sample-town', 'samples/sample-town-clean', 'test/fixtures/snapshots/broken-town'];

describe('JSON report', () => {
  for (const snapshot of SNAPSHOTS) {
    it(`validates against schemas/report.schema.json for ${snapshot}, in both languages`, async () => {
      for (const lang of ['en', 'ja']) {
        const run = await runCli(['audit', snapshot, '--format', 'json', '--lang', lang]);
        const ok = validate(JSON.parse(run.stdout));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }
    });
  }

  it('is byte-identical from run to run, through the installed command', () => {
    // The built CLI (npm install runs the build), as `npx sansou` runs it.
    const once = execFileSync('node', ['bin/sansou.js', 'audit', 'samples/sample-town', '--format', 'json', '--fail-on', 'never']);
    const twice = execFileSync('node', ['bin/sansou.js', 'audit', 'samples/sample-town', '--format', 'json', '--fail-on', 'never']);
    expect(once.length).toBeGreaterThan(1000);
    expect(once.equals(twice)).toBe(true);
  });

  it('does not depend on the locale of the machine for anything but the language', async () => {
    const a = await runCli(['audit', 'samples/sample-town', '--format', 'json', '--lang', 'en'], { LANG: 'C' });
    const b = await runCli(['audit', 'samples/sample-town', '--format', 'json'], { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    expect(a.stdout).toBe(b.stdout);
  });
});
