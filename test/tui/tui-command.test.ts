import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('sansou tui without a terminal', () => {
  it('says so in one line, suggests the text report, and exits 2', async () => {
    const run = await runCli(['tui', 'samples/sample-town']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('needs an interactive terminal');
    expect(run.stderr).toContain('sansou audit --format text samples/sample-town');
  });

  it('is the same for audit --tui', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--tui']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sansou audit --format text samples/sample-town');
  });

  it('refuses --tui with a JSON report or an output file', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--tui', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--tui');
  });

  it('reports bad usage as usage', async () => {
    expect((await runCli(['tui'])).stderr).toContain('exactly one snapshot directory');
    expect((await runCli(['tui', 'samples/sample-town', '--lang', 'fr'])).code).toBe(2);
    const help = await runCli(['tui', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: sansou tui <snapshot>');
  });

  it('is in the usage', async () => {
    expect((await runCli(['help'])).stdout).toContain('sansou tui <snapshot>');
  });
});
