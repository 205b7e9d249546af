import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';

interface Listing {
  models: Array<{ id: string; checks: Array<{ id: string; severity: string; scope: string }> }>;
  policies: Array<{ id: string; models: string[]; clauses: Array<{ check: string; ref: string; text: string }>; notCovered: Array<{ check: string; reason: string }> }>;
  checks?: Array<{ id: string; models: string[]; policies: string[] }>;
}

describe('sansou rulesets', () => {
  it('lists every shipped model and policy, and every check with where it is used', async () => {
    const run = await runCli(['rulesets', '--format', 'json']);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.stdout) as Listing;
    expect(listing.models.map((m) => m.id)).toEqual(['alpha', 'alpha-prime', 'beta', 'beta-prime', 'internet-only', 'two-layer']);
    expect(listing.policies.map((p) => p.id)).toEqual(['hanamaki', 'kawamata', 'mutsu', 'sendai-kyosai', 'sorachi']);
    // Each check lists the policies citing it, with the ref each policy file gives.
    const kawamata = parse(readFileSync('rulesets/policies/kawamata.yaml', 'utf8')) as { clauses: Record<string, { ref: string }> };
    for (const c of listing.checks!) {
      const cited = kawamata.clauses[c.id];
      expect(c.policies.includes(`kawamata ${cited?.ref}`), c.id).toBe(cited !== undefined);
    }
  });

  it('shows one policy in full: its clauses and why it does not back the others, in the language asked for', async () => {
    const sorachi = parse(readFileSync('rulesets/policies/sorachi.yaml', 'utf8')) as { clauses: Record<string, { ref: string; text: string }>; notCovered: Record<string, { ja: string; en: string }> };
    for (const lang of ['en', 'ja'] as const) {
      const run = await runCli(['rulesets', 'sorachi', '--lang', lang]);
      for (const [check, c] of Object.entries(sorachi.clauses)) expect(run.stdout).toContain(`${check.padEnd(28)} ${c.ref}  「${c.text}」`);
      const notRun = lang === 'en' ? 'not run' : '実行しない';
      for (const [check, reason] of Object.entries(sorachi.notCovered)) expect(run.stdout).toContain(`${check.padEnd(28)} ${notRun}: ${reason[lang]}`);
      expect(run.stdout).not.toContain('Models (site file');
    }
  });

  it('shows one model with each check’s scope', async () => {
    const run = await runCli(['rulesets', 'alpha-prime', '--format', 'json']);
    const listing = JSON.parse(run.stdout) as Listing;
    const direct = listing.models[0]!.checks.find((c) => c.id === 'LGWAN-INTERNET-DIRECT')!;
    expect(direct.scope).toBe('lgwan → internet; carriers: sanitizer mail/file at either, sanitizer screen at destination, breakout');
  });

  it('rejects an unknown id with the known ones', async () => {
    const run = await runCli(['rulesets', 'gamma']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no model or policy gamma');
    expect(run.stderr).toContain('alpha-prime');
  });
});
