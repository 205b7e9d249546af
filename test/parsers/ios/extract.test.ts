import { describe, expect, it } from 'vitest';
import { readIosConfig } from '../../../parsers/ios/index.js';
import type { IosAcl, IosInterface } from '../../../parsers/ios/vendor-config.js';
import { fixtureText, lineOf, v4 } from './helpers.js';

/** The typed IOS configuration alone: what extraction reads, before any conversion. */
describe('extraction: br-rtr01 (ISR 4331, IOS-XE 16.9)', () => {
  const text = fixtureText('br-rtr01');
  const { config } = readIosConfig(text);
  const iface = (name: string): IosInterface => config.interfaces.find((i) => i.name === name)!;
  const acl = (name: string): IosAcl => config.acls.find((a) => a.name === name)!;

  it('reads hostname, version, completeness and VRFs', () => {
    expect(config.hostname).toEqual({ name: 'br-rtr01', line: lineOf(text, 'hostname br-rtr01') });
    expect(config.version?.text).toBe('16.9');
    expect(config.complete).toBe(true);
    expect(config.switchPlatform).toBe(false);
    expect(config.vrfs.map((v) => [v.name, v.style, v.rd])).toEqual([
      ['GUEST', 'vrf definition', '65010:20'],
      ['Mgmt-intf', 'vrf definition', undefined],
    ]);
  });

  it('reads interfaces: addresses, state, VRF, ACLs, zones, NAT side, VLAN tags, HSRP', () => {
    expect(config.interfaces.map((i) => i.name)).toEqual([
      'Loopback0',
      'Tunnel10',
      'GigabitEthernet0/0/0',
      'GigabitEthernet0/0/1',
      'GigabitEthernet0/0/1.10',
      'GigabitEthernet0/0/1.20',
      'GigabitEthernet0/0/1.30',
      'GigabitEthernet0/0/2',
      'GigabitEthernet0/0/3',
      'GigabitEthernet0',
    ]);
    expect(config.interfaces.every((i) => i.layer === 'routed')).toBe(true);
    const wan = iface('GigabitEthernet0/0/0');
    expect(wan).toMatchObject({
      description: 'WAN (ISP 光回線)',
      shutdown: false,
      accessGroupIn: { name: 'WAN-IN', line: lineOf(text, 'ip access-group WAN-IN in') },
      zone: { name: 'OUTSIDE' },
      natSide: { side: 'outside' },
    });
    expect(wan.addresses).toEqual([{ address: { family: 4, value: v4('198.51.100.2') }, prefixLength: 29, secondary: false, line: lineOf(text, 'ip address 198.51.100.2') }]);
    expect(wan.ipv6.map((a) => [a.address.value, a.prefixLength])).toEqual([[0x20010db8002100000000000000000002n, 64]]);
    expect(wan.unmodelled.map((u) => u.what)).toEqual(['ipv6 traffic-filter V6-IN in']);
    const staff = iface('GigabitEthernet0/0/1.10');
    expect(staff.dot1q).toEqual({ vlan: 10, line: lineOf(text, 'encapsulation dot1Q 10') });
    expect(staff.virtualAddresses).toEqual([{ address: { family: 4, value: v4('10.21.10.254') }, line: lineOf(text, 'standby 10 ip') }]);
    expect(iface('GigabitEthernet0/0/1.20').vrf).toEqual({ name: 'GUEST', line: lineOf(text, 'vrf forwarding GUEST') });
    expect(iface('GigabitEthernet0/0/2').dynamicAddress).toEqual({ how: 'dhcp', line: lineOf(text, 'ip address dhcp') });
    expect(iface('GigabitEthernet0/0/3').shutdown).toBe(true);
    expect(iface('Tunnel10').zone?.name).toBe('INSIDE');
  });

  it('reads named ACLs with sequence numbers, remarks and every kind of entry', () => {
    const wanIn = acl('WAN-IN');
    expect(wanIn).toMatchObject({ type: 'extended', numbered: false, line: lineOf(text, 'ip access-list extended WAN-IN') });
    expect(wanIn.entries.map((e) => e.seq)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    const [est, echoReply] = wanIn.entries;
    expect(est).toMatchObject({ action: 'permit', protocol: { kind: 'number', protocol: 6 }, established: true, remarks: ['戻りパケット'] });
    expect(echoReply!.icmp).toEqual({ type: 0 });
    expect(wanIn.entries[4]).toMatchObject({
      destination: { kind: 'host', address: { family: 4, value: v4('198.51.100.5') } },
      destinationPorts: { op: 'eq', ports: [80, 443, 8080] },
      remarks: ['公開サーバ'],
      display: { source: 'any', destination: 'host 198.51.100.5', service: 'tcp eq 80 443 8080' },
    });
    expect(wanIn.entries[6]!.destinationPorts).toEqual({ op: 'eq', ports: [500, 4500] });
    expect(wanIn.entries[7]!.protocol).toMatchObject({ kind: 'number', protocol: 50 });
    expect(wanIn.entries[9]!.source).toEqual({ kind: 'group', name: 'ADMIN-HOSTS' });
    expect(wanIn.entries[10]!.source).toEqual({ kind: 'wildcard', base: v4('10.0.0.0'), wildcard: v4('0.255.255.255') });
    expect(wanIn.entries[11]).toMatchObject({ action: 'deny', protocol: { kind: 'ip' }, log: true });
    expect(acl('VTY-ADMIN').entries.map((e) => e.source)).toEqual([
      { kind: 'wildcard', base: v4('10.20.1.0'), wildcard: v4('0.0.0.255') },
      { kind: 'host', address: { family: 4, value: v4('10.21.10.5') } },
      { kind: 'any' },
    ]);
  });

  it('merges numbered ACL lines into lists numbered 10, 20 … with their remarks', () => {
    expect(acl('20')).toMatchObject({ type: 'standard', numbered: true });
    const l110 = acl('110');
    expect(l110).toMatchObject({ type: 'extended', numbered: true, line: lineOf(text, 'access-list 110 remark') });
    expect(l110.entries.map((e) => [e.seq, e.action, e.remarks])).toEqual([
      [10, 'permit', ['legacy numbered list kept for the print server']],
      [20, 'deny', []],
    ]);
    expect(l110.entries[0]!.protocol).toEqual({ kind: 'group', name: 'WEB-SVC' });
  });

  it('reads object-groups with nested groups, masks and ranges', () => {
    const admin = config.networkGroups.find((g) => g.name === 'ADMIN-HOSTS')!;
    expect(admin.members.map(({ line: _line, ...m }) => m)).toEqual([
      { kind: 'host', address: { family: 4, value: v4('203.0.113.50') } },
      { kind: 'prefix', cidr: { family: 4, address: v4('203.0.113.64'), prefixLength: 27 } },
      { kind: 'range', first: { family: 4, value: v4('203.0.113.100') }, last: { family: 4, value: v4('203.0.113.110') } },
      { kind: 'group', name: 'HONCHO-NAT' },
    ]);
    const web = config.serviceGroups.find((g) => g.name === 'WEB-SVC')!;
    expect(web.items.map((i) => [i.protocol, i.tcpUdp, i.destinationPorts, i.icmp])).toEqual([
      [{ kind: 'number', protocol: 6, keyword: 'tcp' }, false, { op: 'eq', ports: [80] }, undefined],
      [{ kind: 'number', protocol: 6, keyword: 'tcp' }, false, { op: 'eq', ports: [443] }, undefined],
      [{ kind: 'number', protocol: 6, keyword: 'tcp-udp' }, true, { op: 'eq', ports: [53] }, undefined],
      [{ kind: 'number', protocol: 1, keyword: 'icmp' }, false, undefined, { type: 8 }],
    ]);
  });

  it('reads static routes with their distance, names, interfaces, tracking and VRF', () => {
    const r = config.routes.map((x) => ({ vrf: x.vrf, gw: x.gateway?.value, iface: x.interface, null0: x.null0, d: x.distance, name: x.name, track: x.track, dhcp: x.dhcp, global: x.global }));
    expect(r).toEqual([
      { vrf: undefined, gw: v4('198.51.100.1'), iface: undefined, null0: false, d: 1, name: 'ISP', track: undefined, dhcp: false, global: false },
      { vrf: undefined, gw: undefined, iface: 'GigabitEthernet0/0/2', null0: false, d: 200, name: undefined, track: undefined, dhcp: true, global: false },
      { vrf: undefined, gw: undefined, iface: undefined, null0: true, d: 250, name: 'BLACKHOLE', track: undefined, dhcp: false, global: false },
      { vrf: undefined, gw: v4('10.255.101.1'), iface: 'Tunnel10', null0: false, d: 1, name: 'HONCHO', track: undefined, dhcp: false, global: false },
      { vrf: undefined, gw: v4('172.16.255.1'), iface: undefined, null0: false, d: 1, name: undefined, track: undefined, dhcp: false, global: false },
      { vrf: undefined, gw: v4('10.255.101.1'), iface: undefined, null0: false, d: 1, name: undefined, track: undefined, dhcp: false, global: false },
      { vrf: undefined, gw: v4('198.51.100.1'), iface: undefined, null0: false, d: 1, name: undefined, track: 10, dhcp: false, global: false },
      { vrf: 'GUEST', gw: v4('198.51.100.1'), iface: undefined, null0: false, d: 1, name: undefined, track: undefined, dhcp: false, global: true },
      { vrf: undefined, gw: 0x20010db8002100000000000000000001n, iface: undefined, null0: false, d: 1, name: undefined, track: undefined, dhcp: false, global: false },
    ]);
  });

  it('reads static and dynamic NAT and pools', () => {
    const { nat } = config;
    expect(nat.statics.map((s) => [s.protocol, s.local.value, s.localPort, s.global?.value, s.globalPort, s.extendable])).toEqual([
      ['tcp', v4('10.21.30.10'), 443, v4('198.51.100.5'), 443, true],
      ['tcp', v4('10.21.30.10'), 80, v4('198.51.100.5'), 8080, true],
      [undefined, v4('10.21.30.25'), undefined, v4('198.51.100.6'), undefined, false],
    ]);
    expect(nat.dynamics.map((d) => [d.acl, d.interface, d.pool, d.overload])).toEqual([
      ['NAT-INSIDE', 'GigabitEthernet0/0/0', undefined, true],
      ['NAT-DMZ', undefined, 'PUB-POOL', true],
    ]);
    expect(nat.pools).toMatchObject([{ name: 'PUB-POOL', start: { value: v4('198.51.100.3') }, end: { value: v4('198.51.100.4') }, prefixLength: 29 }]);
  });

  it('reads the zone firewall: zones, pairs, class-maps (match-all by default) and policies', () => {
    const { zbf } = config;
    expect(zbf.zones.map((z) => z.name)).toEqual(['INSIDE', 'OUTSIDE', 'DMZ']);
    expect(zbf.zonePairs.map((p) => [p.name, p.source, p.destination, p.policy?.name])).toEqual([
      ['ZP-IN-OUT', 'INSIDE', 'OUTSIDE', 'PM-IN-OUT'],
      ['ZP-OUT-DMZ', 'OUTSIDE', 'DMZ', 'PM-OUT-DMZ'],
      ['ZP-IN-DMZ', 'INSIDE', 'DMZ', 'PM-IN-DMZ'],
      ['ZP-DMZ-IN', 'DMZ', 'INSIDE', undefined],
      ['ZP-IN-SELF', 'INSIDE', 'self', 'PM-SELF'],
    ]);
    expect(zbf.classMaps.map((c) => [c.name, c.matchAll, c.matches.map((m) => (m.kind === 'protocol' ? m.protocol : m.kind === 'access-group' ? `acl ${m.acl}` : m.name))])).toEqual([
      ['CM-WEB', false, ['http', 'https', 'dns']],
      ['CM-MAIL', true, ['acl NAT-MAIL', 'smtp']],
      ['CM-ICMP', false, ['icmp']],
      ['CM-MGMT-TO-SELF', false, ['acl VTY-ADMIN']],
    ]);
    const inDmz = zbf.policyMaps.find((p) => p.name === 'PM-IN-DMZ')!;
    expect(inDmz.classes.map((c) => [c.name, c.action?.action])).toEqual([
      ['CM-WEB', 'inspect'],
      ['CM-ICMP', undefined],
      ['class-default', undefined],
    ]);
    expect(zbf.policyMaps.find((p) => p.name === 'PM-IN-OUT')!.classes[2]!.action).toMatchObject({ action: 'drop', log: true });
  });

  it('reads management: vty lines, HTTP servers, SNMP (without the community string) and users', () => {
    const m = config.management;
    expect(m.vtyLines.map((l) => [l.first, l.last, l.transportInput?.protocols, l.accessClassIn?.name, l.accessClassIn?.vrfAlso])).toEqual([
      [0, 4, ['ssh'], 'VTY-ADMIN', false],
      [5, 15, ['ssh', 'telnet'], 'VTY-ADMIN', false],
    ]);
    expect(m.httpServer?.line).toBe(lineOf(text, 'ip http server'));
    expect(m.httpSecureServer?.line).toBe(lineOf(text, 'ip http secure-server'));
    expect(m.httpAccessClass?.name).toBe('20');
    expect(m.snmpCommunities.map((c) => [c.access, c.acl])).toEqual([
      ['RO', '20'],
      ['RW', '21'],
    ]);
    expect(m.users.map((u) => [u.name, u.privilege])).toEqual([
      ['netadmin', 15],
      ['helpdesk', 5],
      ['backup', 1],
    ]);
  });
});

describe('extraction: switch platforms and classic IOS', () => {
  it('tells routed ports from switchports and bundle members on a Catalyst', () => {
    const text = fixtureText('honcho-core01');
    const { config } = readIosConfig(text);
    const layer = (name: string) => config.interfaces.find((i) => i.name === name)?.layer;
    expect(config.switchPlatform).toBe(true);
    expect(layer('TwentyFiveGigE1/0/1')).toBe('routed');
    expect(layer('TwentyFiveGigE1/0/10')).toBe('bundle-member');
    expect(layer('TwentyFiveGigE1/0/45')).toBe('switchport');
    expect(layer('HundredGigE1/0/49')).toBe('switchport');
    expect(layer('Port-channel20')).toBe('switchport');
    expect(layer('Vlan120')).toBe('routed');
    expect(layer('GigabitEthernet0/0')).toBe('routed');
    expect(config.vrfs.map((v) => v.name)).toEqual(['MN', 'Mgmt-vrf']);
    expect(config.acls.length).toBeGreaterThan(100);
    expect(config.routes.length).toBeGreaterThan(150);
    expect(config.management.vtyLines.map((l) => [l.first, l.last, l.accessClassIn?.vrfAlso ?? null, l.transportInput?.protocols])).toEqual([
      [0, 4, true, ['ssh']],
      [5, 15, true, ['ssh']],
      [16, 31, null, ['none']],
    ]);
    expect(config.management.snmpGroups).toMatchObject([{ name: 'SNMPV3-RO', version: 'v3', level: 'priv', acl: 'SNMP-RO' }]);
  });

  it('reads a classic IOS 15 router: ip vrf, secondaries before the primary, numbered lists, negotiated address', () => {
    const text = fixtureText('legacy-rtr02');
    const { config } = readIosConfig(text);
    expect(config.vrfs).toMatchObject([{ name: 'PRINT', style: 'ip vrf', rd: '65020:50' }]);
    const lan = config.interfaces.find((i) => i.name === 'GigabitEthernet0/0')!;
    expect(lan.addresses.map((a) => [a.address.value, a.secondary])).toEqual([
      [v4('10.22.10.1'), false],
      [v4('10.22.11.1'), true],
    ]);
    expect(config.interfaces.find((i) => i.name === 'GigabitEthernet0/2')!.vrf?.name).toBe('PRINT');
    expect(config.interfaces.find((i) => i.name === 'Dialer1')!.dynamicAddress?.how).toBe('negotiated');
    expect(config.acls.map((a) => [a.name, a.type, a.entries.length])).toEqual([
      ['INTERNET-IN', 'extended', 4],
      ['PRINT-IN', 'extended', 3],
      ['1', 'standard', 2],
      ['10', 'standard', 2],
      ['110', 'extended', 5],
      ['120', 'extended', 3],
      ['121', 'extended', 2],
    ]);
    expect(config.acls.find((a) => a.name === '110')!.entries[1]!.destinationPorts).toEqual({ op: 'range', ports: [135, 139] });
    expect(config.acls.find((a) => a.name === 'INTERNET-IN')!.entries[1]!.sourcePorts).toEqual({ op: 'eq', ports: [53] });
    expect(config.nat.statics).toMatchObject([{ protocol: 'tcp', localPort: 3389, globalInterface: 'Dialer1', globalPort: 13389 }]);
    expect(config.management.vtyLines[1]!.transportInput).toBeUndefined();
    expect(config.management.snmpCommunities).toEqual([
      { line: lineOf(text, 'snmp-server community LegacyPublicRo'), context: 'snmp-server', access: 'RO', acl: '10' },
      { line: lineOf(text, 'snmp-server community LegacyPrivateRw'), context: 'snmp-server', access: 'RW' },
    ]);
  });

  it('keeps the entries read before a truncation, and marks the file incomplete', () => {
    const { config } = readIosConfig(fixtureText('trunc-sw03'));
    expect(config.complete).toBe(false);
    expect(config.acls[0]!.entries.map((e) => e.seq)).toEqual([10, 20, 30]);
  });
});
