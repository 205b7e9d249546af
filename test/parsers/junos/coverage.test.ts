import { describe, expect, it } from 'vitest';
import { fixtureText, parseFixture } from './helpers.js';

/**
 * The large data-centre export (test/fixtures/junos/make-large.py writes it): a chassis
 * cluster with hundreds of addresses, applications and policies and the noise of a real
 * backup. At least 95 % of its lines must be recognized or deliberately ignored; the lines
 * that are not are listed here, so a regression or an improvement shows.
 */
describe('coverage of a large real-looking export', () => {
  const text = fixtureText('srx-hq-dc1');
  const parsed = parseFixture('srx-hq-dc1');
  const lines = text.split('\n');
  const content = lines.filter((l) => l.trim() !== '').length;
  const unrecognized = [...new Set(parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.line))].sort((a, b) => a - b);

  it('is large: thousands of lines, hundreds of objects and rules', () => {
    expect(content).toBeGreaterThan(5000);
    const d = parsed.devices[0]!;
    expect(d.objects.length).toBeGreaterThan(300);
    expect(d.filters.find((s) => s.name === 'security policies')!.rules.length).toBeGreaterThan(300);
  });

  it('recognizes or deliberately ignores at least 95 % of its lines', () => {
    const coverage = 1 - unrecognized.length / content;
    expect(coverage).toBeGreaterThanOrEqual(0.95);
    // Measured: every line but the two below (99.97 %).
    expect(coverage).toBeGreaterThan(0.999);
  });

  it('lists exactly the lines it does not recognize', () => {
    expect(unrecognized.map((n) => lines[n - 1]!.trim())).toEqual(['bandwidth 2000;', 'burst 2000;']);
    expect(parsed.warnings.find((w) => w.kind === 'unrecognized')!.comment).toBe('unknown system setting "ddos-protection"; ignored');
  });
});
