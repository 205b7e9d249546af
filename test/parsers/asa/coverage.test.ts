import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { fixtureText, lineOf, onlyDevice, parseFixture } from './helpers.js';

/**
 * The large export (a city hall's internal ASA with hundreds of objects and rules, and the
 * noise of a real backup: failover, VPN, certificates, AAA, SNMP, inspection policy,
 * call-home) must read as at least 95 % recognized or deliberately ignored.
 */
describe('coverage of a large real-looking export', () => {
  const text = fixtureText('asa-honcho-fw');
  const parsed = parseFixture('asa-honcho-fw');

  it('recognizes or deliberately ignores at least 95 % of its lines', () => {
    const unrecognized = countUnrecognized(parsed.warnings);
    const coverage = 1 - unrecognized / parsed.lines;
    expect(parsed.lines).toBeGreaterThan(2000);
    expect(coverage).toBeGreaterThanOrEqual(0.95);
    // 3 of 2362 lines: 99.87 %.
    expect(coverage).toBeGreaterThan(0.998);
  });

  it('lists the rest: the VXLAN lines this parser does not read', () => {
    const rest = parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => [w.line, w.text]);
    expect(rest).toEqual([
      [lineOf(text, 'vxlan port'), 'vxlan port 8472'],
      [lineOf(text, 'nve 1'), 'nve 1'],
      [lineOf(text, 'source-interface servers'), 'source-interface servers'],
    ]);
  });

  it('reports the unsupported parts it did understand, and converts the rest', () => {
    const unsupported = parsed.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.text.split(' ').slice(0, 2).join(' '));
    expect(new Set(unsupported)).toEqual(new Set(['fqdn v4', 'access-list DEPT_SOMU_IN', 'access-list DEPT_ZEIMU_IN', 'access-list DEPT_SHIMIN_IN', 'access-list DEPT_FUKUSHI_IN', 'access-list DEPT_KENKO_IN', 'access-list DEPT_KODOMO_IN', 'access-list DEPT_KANKYO_IN', 'access-list DEPT_DOBOKU_IN', 'access-list DEPT_KYOIKU_IN', 'access-list DEPT_SUIDO_IN', 'access-list DEPT_GIKAI_IN', 'access-list DEPT_KAIKEI_IN', 'crypto map']));
    expect(parsed.warnings.filter((w) => w.kind === 'invalid')).toEqual([]);
    const d = onlyDevice(parsed);
    expect(d.interfaces).toHaveLength(17);
    expect(d.filters.flatMap((s) => s.rules).filter((r) => !r.implicit).length).toBeGreaterThan(400);
    expect(d.destinationNat.length).toBeGreaterThan(30);
    expect(d.references.every((r) => r.resolved)).toBe(true);
  });
});
