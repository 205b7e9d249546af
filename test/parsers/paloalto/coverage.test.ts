import { describe, expect, it } from 'vitest';
import { readPanosConfig } from '../../../parsers/paloalto/index.js';
import { fixtureText, parseFixture } from './helpers.js';

/**
 * The large fixture is a full running-config backup of a core firewall: hundreds of objects
 * and rules, and the sections a real backup carries (certificates, log forwarding, SNMP, HA,
 * update schedules, security profiles…). At least 95 % of its lines must be understood or
 * deliberately ignored; the rest is listed here, so a change in coverage is a visible change.
 */
describe('coverage of a full export (pa-honcho-core.xml)', () => {
  const text = fixtureText('pa-honcho-core.xml');
  const read = readPanosConfig(text);
  const parsed = parseFixture('pa-honcho-core.xml');

  it('is a large export: hundreds of objects and rules', () => {
    expect(read.lines).toBeGreaterThan(10_000);
    const v = read.config!.vsys[0]!;
    expect(v.objects.addresses.length).toBeGreaterThan(250);
    expect(v.objects.addressGroups.length).toBeGreaterThan(20);
    expect(v.objects.services.length).toBeGreaterThan(40);
    expect(v.security.length).toBeGreaterThan(250);
    expect(v.nat.length).toBeGreaterThan(20);
    expect(read.config!.interfaces.length).toBeGreaterThan(25);
    expect(read.config!.routers[0]!.routes.length).toBeGreaterThan(30);
  });

  it('recognizes or deliberately ignores at least 95 % of its lines', () => {
    const unrecognized = [...read.unrecognizedLines].sort((a, b) => a - b);
    const share = 1 - unrecognized.length / read.lines;
    expect(share).toBeGreaterThanOrEqual(0.95);
    // The rest: two sections of a newer PAN-OS release that sansou does not know.
    const lines = text.split('\n');
    expect(unrecognized.map((n) => lines[n - 1]!.trim())).toEqual([
      '<ipv6-tunnel-broker>',
      '<enable>no</enable>',
      '<server>2001:db8::1</server>',
      '</ipv6-tunnel-broker>',
      '<sdwan-path-quality-profile>',
      '<entry name="pq-default">',
      '<latency>300</latency>',
      '</entry>',
      '</sdwan-path-quality-profile>',
    ]);
    expect(parsed.warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.comment)).toEqual([
      'unknown element <ipv6-tunnel-broker>; ignored',
      'unknown element <sdwan-path-quality-profile>; ignored',
    ]);
  });

  it('converts to one device whose every rule, route and NAT entry is usable', () => {
    expect(parsed.status).toBe('PARTIALLY_UNRECOGNIZED');
    const d = parsed.devices[0]!;
    expect(d.id).toBe('pa-honcho-core');
    const stage = d.filters.at(-1)!;
    expect(stage.rules.length).toBe(read.config!.vsys[0]!.security.length + 2);
    expect(d.routes.length).toBe(read.config!.routers[0]!.routes.length);
    expect(d.destinationNat.length).toBeGreaterThan(20);
    expect(d.sourceNat.map((s) => s.id)).toEqual(['to-inet-hide', 'to-lgwan-hide']);
    expect(d.references.filter((r) => !r.resolved)).toEqual([]);
    // Only what truly cannot be known offline is reported as unsupported.
    expect(parsed.warnings.filter((w) => w.kind === 'invalid')).toEqual([]);
    expect(parsed.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.comment.split(':')[0])).toEqual([
      'deny rule limited to applications bittorrent, winny',
      'FQDN address fqdn-wsus (wsus.city.example.lg.jp) is resolved by DNS at run time, unknown offline',
      'FQDN address fqdn-av-update (update.av-vendor.example) is resolved by DNS at run time, unknown offline',
      "dynamic address group dag-quarantine (filter 'quarantine') gets its members from tags at run time, unknown offline",
    ]);
  });
});
