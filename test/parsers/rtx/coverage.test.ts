import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { fixtureText, parseFixture } from './helpers.js';

describe('coverage of a full export', () => {
  it('recognizes or deliberately ignores at least 95 % of the city hall RTX3500 backup, and lists the rest', () => {
    const text = fixtureText('rtx3500-honcho');
    const parsed = parseFixture('rtx3500-honcho');
    expect(parsed.lines).toBe(text.split('\n').length - 1);
    expect(parsed.lines).toBeGreaterThan(1500);
    const unrecognized = countUnrecognized(parsed.warnings);
    const share = (parsed.lines - unrecognized) / parsed.lines;
    expect(share).toBeGreaterThanOrEqual(0.95);
    // The rest, by line: commands of other models or newer firmware.
    expect(parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => `${w.line}: ${w.text}`)).toEqual([
      `${parsed.lines - 5}: l2ms service on`,
      `${parsed.lines - 4}: l2ms role controller`,
      `${parsed.lines - 2}: ip lan1 traffic-shaping rate 100m`,
      `${parsed.lines - 1}: fancontrol mode auto`,
      `${parsed.lines}: nvr-agent use off`,
    ]);
    expect(share).toBeGreaterThan(0.997);
  });

  it('converts the large export into a device whose every reference resolves', () => {
    const d = parseFixture('rtx3500-honcho').devices[0]!;
    expect(d.filters.length).toBeGreaterThan(60);
    expect(d.routes.length).toBeGreaterThan(60);
    expect(d.references.every((r) => r.resolved)).toBe(true);
  });
});
