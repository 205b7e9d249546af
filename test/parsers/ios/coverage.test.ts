import { describe, expect, it } from 'vitest';
import { countUnrecognized } from '../../../src/model/parse-result.js';
import { fixtureText, lineOf, parseFixture } from './helpers.js';

/**
 * A full Catalyst 9500 core backup (thousands of lines: AAA, certificates, banners, VLANs,
 * CoPP, hundreds of ports and ACL entries, SNMP, NTP, EEM, archive …): at least 95 % of its
 * lines must be read or deliberately ignored, and the rest are named here.
 */
describe('coverage of a large real-looking export', () => {
  const text = fixtureText('honcho-core01');
  const parsed = parseFixture('honcho-core01');

  it('is thousands of lines long with hundreds of objects and rules', () => {
    expect(parsed.lines).toBeGreaterThan(5000);
    const global = parsed.devices[0]!;
    expect(global.objects.length).toBeGreaterThan(150);
    const rules = parsed.devices.flatMap((d) => d.filters).reduce((n, f) => n + f.rules.length, 0);
    expect(rules).toBeGreaterThan(500);
  });

  it('recognizes at least 95 % of its lines, and the unrecognized ones are exactly these', () => {
    const unrecognized = countUnrecognized(parsed.warnings);
    const recognized = 1 - unrecognized / parsed.lines;
    expect(recognized).toBeGreaterThanOrEqual(0.95);
    expect(recognized).toBeGreaterThan(0.999);
    expect(parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => [w.line, w.text])).toEqual([
      [lineOf(text, 'mdns-sd gateway'), 'mdns-sd gateway'],
      [lineOf(text, 'service-policy MDNS-POLICY'), 'service-policy MDNS-POLICY'],
      [lineOf(text, 'utd engine standard'), 'utd engine standard multi-tenancy'],
    ]);
  });

  it('reports nothing invalid, and only known model limits as unsupported', () => {
    expect(parsed.warnings.filter((w) => w.kind === 'invalid')).toEqual([]);
    const reasons = new Set(parsed.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.comment.split(':')[0]!.split(' ').slice(0, 3).join(' ')));
    expect([...reasons].sort()).toEqual(['HSRP/VRRP virtual address', 'VRF MN is', 'VRF Mgmt-vrf is', 'dynamic routing (ospf'].sort());
  });
});
