import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { SAMPLE_CITY_ASA, fate, fixtureText, lineOf, onlyDevice, parseFixture, pkt, rule, ruleMatches, stage, v4 } from './helpers.js';

describe('conversion: the sample city ASA (asa-mn)', () => {
  const text = readFileSync(SAMPLE_CITY_ASA, 'utf8');
  const parsed = parseAsa(text, 'configs/asa-mn.cfg');
  const d = onlyDevice(parsed);
  const prov = (needle: string, ...after: string[]) => ({ file: 'configs/asa-mn.cfg', line: lineOf(text, needle, ...after) });

  it('is one clean asa device named by its hostname, with interfaces named by nameif', () => {
    expect(parsed).toMatchObject({ format: 'asa', status: 'PASSED', warnings: [] });
    expect(d).toMatchObject({ id: 'asa-mn', hostname: 'asa-mn', vendor: 'asa', zones: [], destinationNat: [], sourceNat: [] });
    expect(d.interfaces.map((i) => [i.name, i.description, i.enabled])).toEqual([
      ['outside', 'to core-sw Gi1/0/3', true],
      ['inside', 'マイナンバー利用事務系 サーバー', true],
      ['juki', '住基端末', true],
    ]);
    expect(d.interfaces[2]!.addresses).toEqual([{ address: { family: 4, value: v4('10.110.20.1') }, prefixLength: 24 }]);
  });

  it('seeded violation A: juki has no access-group, so the security level lets it initiate to outside', () => {
    const s = stage(d, 'security-level 100 on juki (no access-group)');
    expect(s).toMatchObject({ inInterfaces: ['juki'], header: 'translated', defaultAction: 'deny', defaultProvenance: prov('security-level 100', 'nameif juki') });
    expect(s.rules).toHaveLength(1);
    expect(s.rules[0]).toMatchObject({ id: 'security-level:juki', action: 'permit', implicit: true, provenance: prov('security-level 100', 'nameif juki') });
    expect(s.rules[0]!.terms[0]!.outInterfaces).toEqual(['outside', 'inside', 'juki']);
    expect(fate(d, 'juki', pkt('10.110.20.11', '10.120.1.30', 'tcp', 445))).toEqual({ disposition: 'delivered', out: 'outside', rules: ['security-level:juki'], to: '10.120.1.30:445' });
  });

  it('juki and inside share level 100 without same-security-traffic: denied both ways', () => {
    expect(fate(d, 'juki', pkt('10.110.20.11', '10.110.0.20', 'tcp', 443))).toMatchObject({ disposition: 'denied', rules: ['same-security:juki'] });
    expect(rule(d, 'same-security:juki').provenance).toEqual(prov('security-level 100', 'nameif juki'));
    expect(fate(d, 'inside', pkt('10.110.0.5', '10.110.20.11', 'tcp', 22))).toMatchObject({ disposition: 'denied', rules: ['same-security:inside'] });
  });

  it('inside only reaches the J-LIS 中間サーバー on 443 from 10.110.0.5; the rest hits the explicit deny', () => {
    expect(fate(d, 'inside', pkt('10.110.0.5', '172.16.100.3', 'tcp', 443))).toMatchObject({ disposition: 'delivered', out: 'outside', rules: ['INSIDE_IN:2'] });
    expect(fate(d, 'inside', pkt('10.110.0.5', '172.16.100.3', 'tcp', 80))).toMatchObject({ disposition: 'denied', rules: ['INSIDE_IN:4'] });
    expect(fate(d, 'inside', pkt('10.110.0.6', '172.16.100.3', 'tcp', 443))).toMatchObject({ disposition: 'denied', rules: ['INSIDE_IN:4'] });
    expect(rule(d, 'INSIDE_IN:2')).toMatchObject({ comment: '中間サーバー連携: J-LIS 中間サーバー・プラットフォームへの HTTPS のみ許可', log: false, provenance: prov('permit tcp host 10.110.0.5') });
    expect(rule(d, 'INSIDE_IN:4').log).toBe(true);
  });

  it('outside (level 0, no ACL) cannot initiate anything inwards', () => {
    const f = fate(d, 'outside', pkt('10.120.0.11', '10.110.20.11', 'tcp', 445), 'outside');
    expect(f).toMatchObject({ disposition: 'denied', out: 'juki', rules: ['default'] });
    expect(stage(d, 'security-level 0 on outside (no access-group)').defaultProvenance).toEqual(prov('security-level 0'));
  });

  it('routes by the default route and answers ssh and ASDM only from 10.110.0.0/24 on inside', () => {
    expect(d.routes).toEqual([{ id: 'outside 0.0.0.0/0 10.255.40.2', prefix: { family: 4, address: 0, prefixLength: 0 }, gateway: { family: 4, value: v4('10.255.40.2') }, interface: 'outside', discard: false, distance: 1, priority: 0, enabled: true, provenance: prov('route outside') }]);
    expect(fate(d, 'inside', pkt('10.110.0.40', '10.110.0.1', 'tcp', 22))).toMatchObject({ disposition: 'accepted' });
    expect(fate(d, 'inside', pkt('10.110.0.40', '10.110.0.1', 'tcp', 443))).toMatchObject({ disposition: 'accepted' });
    expect(fate(d, 'juki', pkt('10.110.20.11', '10.110.20.1', 'tcp', 22))).toMatchObject({ disposition: 'denied' });
    const https = d.management.find((m) => m.service === 'https')!;
    expect(https).toMatchObject({ interface: 'inside', secure: true, provenance: prov('http 10.110.0.0') });
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([
      ['mn-admin', 'privilege 15'],
      ['mn-operator', 'privilege 3'],
    ]);
  });
});

describe('conversion: branch firewall', () => {
  const text = fixtureText('asa-branch-fw');
  const d = onlyDevice(parseFixture('asa-branch-fw'));
  const prov = (needle: string, ...after: string[]) => ({ file: 'configs/asa-branch-fw.cfg', line: lineOf(text, needle, ...after) });

  it('orders stages: management-only, same-security, inbound per interface, outbound', () => {
    expect(d.filters.map((s) => s.name)).toEqual([
      'management-only interfaces',
      'same-security-traffic',
      'access-group OUTSIDE_IN in interface outside',
      'access-group INSIDE_IN in interface inside',
      'security-level 100 on servers (no access-group)',
      'security-level 10 on spare (no access-group)',
      'access-group GUEST_IN in interface guest',
      'security-level 100 on management (no access-group)',
      'access-group DMZ_IN in interface dmz',
      'access-group OUTSIDE_OUT out interface outside',
    ]);
    expect(d.filters.every((s) => s.header === 'translated')).toBe(true);
    expect(stage(d, 'access-group OUTSIDE_IN in interface outside')).toMatchObject({ defaultReason: 'implicit deny at the end of access-list OUTSIDE_IN', defaultProvenance: prov('access-group OUTSIDE_IN in') });
    expect(stage(d, 'access-group OUTSIDE_OUT out interface outside')).toMatchObject({ outInterfaces: ['outside'] });
  });

  it('converts interfaces: subinterfaces, port-channel, shut and management-only', () => {
    expect(d.interfaces.map((i) => [i.name, i.enabled, i.addresses.length])).toEqual([
      ['outside', true, 2],
      ['inside', true, 1],
      ['servers', true, 1],
      ['spare', false, 1],
      ['guest', true, 1],
      ['management', true, 1],
      ['dmz', true, 1],
    ]);
    expect(d.interfaces[0]!.addresses[1]).toEqual({ address: { family: 6, value: 0x20010db8010000000000000000000002n }, prefixLength: 64 });
    expect(d.interfaces.find((i) => i.name === 'dmz')!.provenance).toEqual(prov('interface Port-channel1'));
  });

  it('matches ACE operands exactly: objects, groups, name aliases, named ports, ICMP groups, IPv6', () => {
    const web = rule(d, 'OUTSIDE_IN:2');
    expect(ruleMatches(web, pkt('198.51.100.1', '192.168.50.10', 'tcp', 443))).toBe(true);
    expect(ruleMatches(web, pkt('198.51.100.1', '192.168.50.10', 'tcp', 80))).toBe(true);
    expect(ruleMatches(web, pkt('198.51.100.1', '192.168.50.10', 'tcp', 8080))).toBe(false);
    expect(ruleMatches(web, pkt('198.51.100.1', '192.168.50.11', 'tcp', 443))).toBe(false);
    const mail = rule(d, 'OUTSIDE_IN:4');
    expect(ruleMatches(mail, pkt('198.51.100.1', '192.168.50.25', 'tcp', 587))).toBe(true);
    expect(ruleMatches(mail, pkt('198.51.100.1', '192.168.50.25', 'udp', 25))).toBe(false);
    expect(ruleMatches(rule(d, 'OUTSIDE_IN:5'), pkt('198.51.100.1', '10.50.10.80', 'tcp', 443))).toBe(true);
    const ping = rule(d, 'OUTSIDE_IN:6');
    expect(ruleMatches(ping, pkt('198.51.100.1', '10.50.1.5', 'icmp', 8))).toBe(true);
    expect(ruleMatches(ping, pkt('198.51.100.1', '10.50.1.5', 'icmp', 0))).toBe(true);
    expect(ruleMatches(ping, pkt('198.51.100.1', '10.50.1.5', 'icmp', 3))).toBe(false);
    const vpn = rule(d, 'OUTSIDE_IN:7');
    expect(ruleMatches(vpn, pkt('198.51.100.20', '203.0.113.2', 'esp'))).toBe(true);
    // `interface outside` is the interface's own addresses, both families.
    expect(ruleMatches(vpn, pkt('2001:db8::20', '2001:db8:100::2', 'ah'))).toBe(true);
    expect(ruleMatches(vpn, pkt('198.51.100.20', '203.0.113.3', 'esp'))).toBe(false);
    // lt / gt / neq, and a source port.
    expect(ruleMatches(rule(d, 'DMZ_IN:4'), pkt('192.168.50.10', '8.8.8.8', 'tcp', 1023))).toBe(true);
    expect(ruleMatches(rule(d, 'DMZ_IN:4'), pkt('192.168.50.10', '8.8.8.8', 'tcp', 1024))).toBe(false);
    expect(ruleMatches(rule(d, 'DMZ_IN:5'), pkt('192.168.50.25', '8.8.8.8', 'udp', 123, 1024))).toBe(true);
    expect(ruleMatches(rule(d, 'DMZ_IN:5'), pkt('192.168.50.25', '8.8.8.8', 'udp', 123, 1023))).toBe(false);
    expect(ruleMatches(rule(d, 'DMZ_IN:5'), pkt('192.168.50.25', '8.8.8.8', 'udp', 53, 1024))).toBe(false);
    expect(ruleMatches(vpn, pkt('198.51.100.20', '203.0.113.2', 'udp', 500))).toBe(false);
    const v6 = rule(d, 'OUTSIDE_IN:8');
    expect(ruleMatches(v6, pkt('2001:db8:ffff::1', '2001:db8:50::10', 'tcp', 443))).toBe(true);
    expect(ruleMatches(v6, pkt('198.51.100.1', '10.50.10.10', 'tcp', 443))).toBe(false);
    // `any` is both families; `any4` only IPv4.
    expect(ruleMatches(rule(d, 'OUTSIDE_IN:9'), pkt('2001:db8::1', '2001:db8:50::1', 'udp', 53))).toBe(true);
    expect(ruleMatches(rule(d, 'INSIDE_IN:6'), pkt('2001:db8::1', '2001:db8:50::1', 'udp', 53))).toBe(false);
    // range 135 netbios-ssn, and udp range netbios-ns netbios-dgm.
    expect(ruleMatches(rule(d, 'OUTSIDE_OUT:3'), pkt('10.50.1.5', '8.8.8.8', 'tcp', 139))).toBe(true);
    expect(ruleMatches(rule(d, 'OUTSIDE_OUT:3'), pkt('10.50.1.5', '8.8.8.8', 'tcp', 140))).toBe(false);
    expect(ruleMatches(rule(d, 'OUTSIDE_OUT:4'), pkt('10.50.1.5', '8.8.8.8', 'udp', 138))).toBe(true);
  });

  it('keeps inactive entries disabled, logs, remarks, and treats fqdn as matching nothing', () => {
    expect(rule(d, 'INSIDE_IN:6')).toMatchObject({ enabled: false, log: true });
    expect(rule(d, 'OUTSIDE_IN:2').display).toEqual({ inInterfaces: ['outside'], outInterfaces: [], sources: ['any'], destinations: ['obj-web-dmz'], services: ['tcp object-group grp-web-ports'] });
    expect(rule(d, 'DMZ_IN:3').terms).toEqual([]);
    // A permit with a time-range is modelled as always active (the model errs towards permitting).
    expect(ruleMatches(rule(d, 'INSIDE_IN:3'), pkt('10.50.1.20', '192.168.50.10', 'tcp', 22))).toBe(true);
  });

  it('un-NATs static object NAT on the mapped interface, before the access rules (real addresses)', () => {
    expect(fate(d, 'outside', pkt('198.51.100.1', '203.0.113.4', 'tcp', 443), 'outside')).toEqual({
      disposition: 'delivered',
      out: 'dmz',
      rules: ['OUTSIDE_IN:2'],
      dnat: 'section2/obj-web-dmz',
      to: '192.168.50.10:443',
    });
    // Static PAT on the interface address: 8443 → web-portal:443.
    expect(fate(d, 'outside', pkt('198.51.100.1', '203.0.113.2', 'tcp', 8443), 'outside')).toMatchObject({ disposition: 'delivered', out: 'servers', rules: ['OUTSIDE_IN:5'], dnat: 'section2/obj-web-portal', to: '10.50.10.80:443' });
    expect(fate(d, 'outside', pkt('198.51.100.1', '203.0.113.2', 'tcp', 25), 'outside')).toMatchObject({ out: 'dmz', rules: ['OUTSIDE_IN:4'], to: '192.168.50.25:25' });
    // Without a matching port, the interface address is the unit's own: no management there.
    expect(fate(d, 'outside', pkt('198.51.100.1', '203.0.113.2', 'tcp', 22), 'outside')).toMatchObject({ disposition: 'denied' });
    const dnat = d.destinationNat.find((n) => n.id === 'section2/obj-web-portal')!;
    expect(dnat).toMatchObject({ inInterfaces: ['outside'], provenance: prov('static interface service tcp https 8443') });
    expect(dnat.match.contains(pkt('1.1.1.1', '203.0.113.2', 'tcp', 8443))).toBe(true);
    expect(dnat.match.contains(pkt('1.1.1.1', '203.0.113.2', 'tcp', 443))).toBe(false);
    expect(dnat.translate).toEqual({ dst: { set: AddressSpace.fromAddress({ family: 4, value: v4('10.50.10.80') }).v4 }, dport: { set: expect.anything() } });
  });

  it('orders NAT: twice NAT first, object NAT static before dynamic, after-auto last', () => {
    expect(d.sourceNat.map((n) => n.id)).toEqual([
      'section1/1',
      'section1/1/reverse',
      'section1/2',
      'section1/2/reverse',
      'section1/3',
      'section1/3/reverse',
      'section2/obj-web-portal',
      'section2/obj-web-dmz',
      'section2/obj-mail-dmz',
      'section2/obj-inside-lan',
      'section2/obj-guest-lan',
      'section3/1',
    ]);
    // VPN identity NAT: inside → remote keeps its source and is not PATed.
    expect(fate(d, 'inside', pkt('10.50.1.5', '172.20.1.1', 'tcp', 443))).toMatchObject({ disposition: 'delivered', out: 'outside', snat: 'section1/1', dnat: 'section1/1/destination', to: '172.20.1.1:443' });
    expect(d.sourceNat[0]!.pool).toEqual(AddressSpace.EMPTY);
    // Everything else from inside is PATed to the interface by the object NAT.
    expect(fate(d, 'inside', pkt('10.50.1.5', '8.8.8.8', 'tcp', 443))).toMatchObject({ disposition: 'delivered', out: 'outside', snat: 'section2/obj-inside-lan', rules: ['INSIDE_IN:5', 'OUTSIDE_OUT:5'] });
    // Twice NAT with a destination translation: inside sees branch2 as 10.160/16.
    expect(fate(d, 'inside', pkt('10.50.1.5', '10.160.3.4', 'tcp', 443))).toMatchObject({ out: 'inside', dnat: 'section1/3/destination', to: '10.60.3.4:443' });
    // Dynamic NAT with interface fallback: the pool plus the interface address.
    const guest = d.sourceNat.find((n) => n.id === 'section2/obj-guest-lan')!;
    expect(guest.pool!.toString()).toBe('203.0.113.2, 203.0.113.5-203.0.113.6');
    // Anything else leaving outside: the after-auto PAT from any interface.
    expect(d.sourceNat.at(-1)).toMatchObject({ outInterfaces: ['outside'], pool: AddressSpace.fromAddress({ family: 4, value: v4('203.0.113.2') }) });
    expect(d.sourceNat.at(-1)!.inInterfaces).toBeUndefined();
  });

  it('applies outbound ACLs after the inbound decision and same-security-traffic inter-interface', () => {
    expect(fate(d, 'inside', pkt('10.50.1.5', '8.8.8.8', 'tcp', 445))).toMatchObject({ disposition: 'denied', rules: ['INSIDE_IN:5', 'OUTSIDE_OUT:2'] });
    // inside and servers are both 100; inter-interface is permitted.
    expect(fate(d, 'servers', pkt('10.50.10.30', '10.50.1.5', 'tcp', 3389))).toMatchObject({ disposition: 'delivered', out: 'inside', rules: ['security-level:servers'] });
    // No intra-interface: a packet may not leave where it came in.
    expect(fate(d, 'servers', pkt('10.50.10.30', '10.50.10.31', 'tcp', 3389))).toMatchObject({ disposition: 'denied', rules: ['same-interface:servers'] });
    // guest (10) to inside (100): its ACL has no permit for it.
    expect(fate(d, 'guest', pkt('10.50.200.9', '10.50.1.5', 'udp', 53))).toMatchObject({ disposition: 'delivered', rules: ['GUEST_IN:1'] });
    expect(fate(d, 'guest', pkt('10.50.200.9', '10.50.1.5', 'tcp', 445))).toMatchObject({ disposition: 'denied', rules: ['GUEST_IN:3'] });
  });

  it('passes nothing through a management-only interface', () => {
    expect(fate(d, 'inside', pkt('10.50.1.5', '192.168.1.20', 'tcp', 22))).toMatchObject({ disposition: 'denied', out: 'management', rules: ['management-only:management'] });
    expect(rule(d, 'management-only:management').provenance).toEqual(prov('management-only'));
  });

  it('models management: ssh, cleartext telnet, ASDM on its port, first-match ICMP rules', () => {
    const byService = (s: string) => d.management.filter((m) => m.service === s).map((m) => `${m.interface} ${m.sources?.toString()} ${m.secure}`);
    expect(byService('ssh')).toEqual(['inside 10.50.1.0/24 true', 'management 192.168.1.0/24 true']);
    expect(byService('telnet')).toEqual(['inside 10.50.1.10 false']);
    expect(byService('https')).toEqual(['management 192.168.1.0/24 true', 'inside 10.50.1.0/24 true']);
    expect(d.management.find((m) => m.service === 'https')!.packets.toString()).toBe('tcp/8443');
    const outsideIcmp = d.management.filter((m) => m.interface === 'outside' && m.service === 'icmp');
    const answers = (src: string, type: number) => outsideIcmp.some((m) => m.sources!.contains(pkt(src, src, 'icmp').src) && PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, m.packets).contains(pkt(src, '203.0.113.2', 'icmp', type)));
    expect(answers('198.51.100.7', 8)).toBe(true);
    expect(answers('198.51.100.8', 8)).toBe(false);
    expect(answers('198.51.100.8', 3)).toBe(true);
    expect(fate(d, 'inside', pkt('10.50.1.10', '10.50.1.1', 'tcp', 23))).toMatchObject({ disposition: 'accepted' });
  });

  it('converts routes with their distances, and IPv6 routes', () => {
    expect(d.routes.map((r) => [r.id, r.distance, r.enabled])).toEqual([
      ['outside ::/0 2001:db8:100::1', 1, true],
      ['outside 0.0.0.0/0 203.0.113.1', 1, true],
      ['inside 10.60.0.0/16 10.50.1.254', 1, true],
      ['inside 10.60.0.0/16 10.50.1.253', 10, true],
      ['outside 172.20.0.0/16 203.0.113.1', 1, true],
    ]);
  });

  it('records objects and their references', () => {
    const kinds = (k: string) => d.objects.filter((o) => o.kind === k).length;
    expect([kinds('address'), kinds('address-group'), kinds('service'), kinds('service-group'), kinds('acl'), kinds('schedule')]).toEqual([14, 3, 3, 6, 7, 1]);
    const uses = d.references.filter((r) => r.name === 'grp-dmz-servers').map((r) => r.usedBy);
    expect(uses).toEqual(['object-group network grp-internal', 'access-list INSIDE_IN line 2', 'access-list INSIDE_IN line 4', 'access-list DMZ_IN line 1', 'access-list DMZ_IN line 2']);
    expect(d.references.every((r) => r.resolved)).toBe(true);
    expect(d.references.some((r) => r.kind === 'acl' && r.name === 'OUTSIDE_OUT')).toBe(true);
  });
});

describe('conversion: global ACL (security context)', () => {
  const d = onlyDevice(parseFixture('asa-dmz-ctx'));

  it('applies the global ACL after the interface ACL, and instead of the security-level default elsewhere', () => {
    expect(d.filters.map((s) => s.name)).toEqual([
      'same-security-traffic',
      'access-group GLOBAL_POLICY global (on outside)',
      'access-group GLOBAL_POLICY global (on dmz1)',
      'access-group GLOBAL_POLICY global (on dmz2)',
      'access-group INSIDE_IN in interface inside + global GLOBAL_POLICY',
    ]);
    // dmz1 (50) → outside (0) would pass by security level; with a global ACL it no longer does.
    expect(fate(d, 'dmz1', pkt('172.18.1.5', '8.8.8.8', 'tcp', 80))).toMatchObject({ disposition: 'denied', rules: ['GLOBAL_POLICY:10'] });
    // ...and lower → higher passes when the global ACL permits it.
    expect(fate(d, 'dmz1', pkt('172.18.1.5', '10.70.0.53', 'udp', 53))).toMatchObject({ disposition: 'delivered', out: 'inside', rules: ['GLOBAL_POLICY:3'] });
    // Interface ACL first, then the global ACL.
    expect(fate(d, 'inside', pkt('10.70.0.9', '8.8.8.8', 'tcp', 23))).toMatchObject({ disposition: 'denied', rules: ['INSIDE_IN:1'] });
    expect(fate(d, 'inside', pkt('10.70.0.9', '8.8.8.8', 'tcp', 80))).toMatchObject({ disposition: 'delivered', rules: ['INSIDE_IN:2'], snat: 'section1/1' });
    expect(fate(d, 'inside', pkt('10.70.0.9', '8.8.8.8', 'tcp', 80)).to).toBe('8.8.8.8:80');
  });

  it('still requires same-security-traffic between equal levels, whatever the ACL says', () => {
    expect(fate(d, 'dmz1', pkt('172.18.1.5', '172.18.2.20', 'tcp', 22))).toMatchObject({ disposition: 'denied', rules: ['same-security:dmz1'] });
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:9'), pkt('172.18.1.5', '172.18.2.20', 'tcp', 22))).toBe(true);
    // intra-interface is permitted here.
    expect(fate(d, 'dmz1', pkt('172.18.1.5', '172.18.1.10', 'tcp', 443))).toMatchObject({ disposition: 'delivered', out: 'dmz1', rules: ['GLOBAL_POLICY:2'] });
  });

  it('models protocol groups with ports, ICMP type groups, IPv6 ICMP and identity conditions', () => {
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:3'), pkt('172.18.1.5', '10.70.0.53', 'tcp', 53))).toBe(true);
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:3'), pkt('172.18.1.5', '10.70.0.53', 'udp', 54))).toBe(false);
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:5'), pkt('1.2.3.4', '172.18.1.10', 'icmp', 11))).toBe(true);
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:5'), pkt('1.2.3.4', '172.18.1.10', 'icmp', 0))).toBe(false);
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:6'), pkt('2001:db8::1', '2001:db8:300::9', 'icmp6', 128))).toBe(true);
    // A permit for a user group is modelled for every user; a deny for a user matches nothing.
    expect(ruleMatches(rule(d, 'GLOBAL_POLICY:7'), pkt('1.2.3.4', '172.18.2.9', 'tcp', 22))).toBe(true);
    expect(rule(d, 'GLOBAL_POLICY:8').terms).toEqual([]);
  });

  it('models twice NAT static PAT through service objects, and PAT pools', () => {
    expect(fate(d, 'outside', pkt('198.51.100.77', '198.51.100.11', 'tcp', 2222), 'outside')).toMatchObject({ disposition: 'delivered', out: 'dmz2', dnat: 'section1/2', to: '172.18.2.20:22', rules: ['GLOBAL_POLICY:7'] });
    // GLOBAL_POLICY:7 (ssh for the ADMINS user group) is modelled for every user, so it decides.
    expect(fate(d, 'outside', pkt('198.51.100.77', '198.51.100.11', 'tcp', 22), 'outside')).toMatchObject({ disposition: 'denied' });
    const pool = d.sourceNat.find((n) => n.id === 'section1/1')!.pool!;
    expect(pool.toString()).toBe('198.51.100.12/31');
    // Object NAT `dynamic 198.51.100.14`: dynamic PAT to one inline address.
    expect(d.sourceNat.find((n) => n.id === 'section2/obj-dmz2-net')).toMatchObject({ inInterfaces: ['dmz2'], outInterfaces: ['outside'], pool: AddressSpace.fromAddress({ family: 4, value: v4('198.51.100.14') }) });
    // The global ACL permits little from dmz2: ICMP diagnostics, which then get the dynamic PAT.
    expect(fate(d, 'dmz2', pkt('172.18.2.5', '8.8.8.8', 'tcp', 443))).toMatchObject({ disposition: 'denied', rules: ['GLOBAL_POLICY:10'] });
    expect(fate(d, 'dmz2', pkt('172.18.2.5', '172.18.1.10', 'tcp', 443))).toMatchObject({ disposition: 'denied', rules: ['same-security:dmz2'] });
    expect(fate(d, 'dmz2', pkt('172.18.2.5', '8.8.8.8', 'icmp', 8))).toMatchObject({ disposition: 'delivered', rules: ['GLOBAL_POLICY:5'], snat: 'section2/obj-dmz2-net' });
  });
});
