import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { createProgress } from '../../src/cli/progress.js';
import { loadSnapshot } from '../../src/snapshot/load-snapshot.js';
import { runCli } from '../helpers/run-cli.js';

/** A fake standard error, and a clock the test moves. */
function terminal(isTTY: boolean) {
  let written = '';
  let time = 0;
  return { stream: { isTTY, write: (t: string) => (written += t) }, written: () => written, advance: (ms: number) => (time += ms), now: () => time };
}

describe('the progress line', () => {
  it('says each stage in place on a terminal, once the work takes a while, and clears itself', () => {
    const t = terminal(true);
    const p = createProgress(t.stream, { quiet: false, delayMs: 400, now: t.now, label: 'samples/big', lang: 'en' });
    p.stage('reading');
    expect(t.written()).toBe('');
    t.advance(500);
    p.stage('reachability');
    expect(t.written()).toBe('\rsansou: [4/6] analysing samples/big… computing reachability');
    p.stage('checks');
    expect(t.written().split('\r').pop()).toMatch(/^sansou: \[5\/6\] analysing samples\/big… running the checks +$/);
    p.done();
    // Cleared: the last thing written blanks the line and returns to its start.
    expect(t.written()).toMatch(/\r {50,}\r$/);
  });

  it('names the config being parsed while reading, as the snapshot announces each one', () => {
    const t = terminal(true);
    const p = createProgress(t.stream, { quiet: false, delayMs: 0, now: t.now, label: 'samples/sample-city', lang: 'en' });
    const seen: Array<[string, number, number]> = [];
    loadSnapshot('samples/sample-city', {
      onConfig: (file, index, total) => {
        seen.push([file, index, total]);
        p.config(file, index, total);
      },
    });
    const configs = readdirSync('samples/sample-city/configs').length;
    // Every config is announced once, counted 1..n of the same total (a companion file such as
    // sani-gw.ip is read with its partner, not on its own).
    expect(seen.map(([, i]) => i)).toEqual(seen.map((_, k) => k + 1));
    expect(new Set(seen.map(([, , n]) => n))).toEqual(new Set([seen.length]));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(configs);
    const [file, index, total] = seen[seen.length - 1]!;
    expect(t.written().split('\r').pop()).toMatch(new RegExp(`^sansou: \\[1/6\\] analysing samples/sample-city… reading the snapshot ${index}/${total} ${file.replace(/[.]/g, '\\.')} *$`));
  });

  it('pads by terminal columns, so a shorter Japanese line leaves nothing behind', () => {
    const t = terminal(true);
    const p = createProgress(t.stream, { quiet: false, delayMs: 0, now: t.now, label: 'x', lang: 'ja' });
    p.stage('reachability');
    const first = t.written();
    p.stage('checks');
    const second = t.written().slice(first.length);
    const width = (s: string) => [...s.replace('\r', '')].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef…]/.test(c) ? 2 : 1), 0);
    expect(width(second)).toBeGreaterThanOrEqual(width(first));
  });

  it('is silent in a pipe and under --quiet', () => {
    for (const [isTTY, quiet] of [[false, false], [true, true]] as const) {
      const t = terminal(isTTY);
      const p = createProgress(t.stream, { quiet, delayMs: 0, now: t.now, label: 'x', lang: 'en' });
      p.stage('reading');
      p.stage('checks');
      p.done();
      expect(t.written()).toBe('');
    }
  });

  it('leaves the CLI’s standard error empty when it is not a terminal', async () => {
    const run = await runCli(['audit', 'samples/sample-town', '--quiet']);
    expect(run.stderr).toBe('');
    expect((await runCli(['audit', 'samples/sample-town'])).stderr).toBe('');
  });
});
