import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../../src/space/address-space.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { decide, device, fixtureText, lineOf, parseFixture, pkt, ruleOf, stage, v4 } from './helpers.js';

const a4 = (text: string) => ({ family: 4 as const, value: v4(text) });

describe('conversion: br-rtr01 (NAT, zone firewall, VRFs, object-groups)', () => {
  const text = fixtureText('br-rtr01');
  const parsed = parseFixture('br-rtr01');
  const d = device(parsed, 'br-rtr01');
  const prov = (line: number) => ({ file: 'configs/br-rtr01.cfg', line });

  it('is one device for the global table and one per VRF', () => {
    expect(parsed.devices.map((x) => [x.id, x.hostname, x.context, x.vendor])).toEqual([
      ['br-rtr01', 'br-rtr01', undefined, 'ios'],
      ['br-rtr01/GUEST', 'br-rtr01', 'GUEST', 'ios'],
      ['br-rtr01/Mgmt-intf', 'br-rtr01', 'Mgmt-intf', 'ios'],
    ]);
    expect(d.provenance).toEqual(prov(lineOf(text, 'hostname br-rtr01')));
    expect(device(parsed, 'br-rtr01/GUEST').provenance).toEqual(prov(lineOf(text, 'vrf definition GUEST')));
    expect(device(parsed, 'br-rtr01/GUEST').interfaces.map((i) => i.name)).toEqual(['GigabitEthernet0/0/1.20']);
  });

  it('converts routed interfaces with HSRP and IPv6 addresses, zones and state', () => {
    const byName = new Map(d.interfaces.map((i) => [i.name, i]));
    expect([...byName.keys()]).toEqual([
      'Loopback0',
      'Tunnel10',
      'GigabitEthernet0/0/0',
      'GigabitEthernet0/0/1',
      'GigabitEthernet0/0/1.10',
      'GigabitEthernet0/0/1.30',
      'GigabitEthernet0/0/2',
      'GigabitEthernet0/0/3',
    ]);
    expect(byName.get('GigabitEthernet0/0/1.10')!.addresses).toEqual([
      { address: a4('10.21.10.1'), prefixLength: 24 },
      { address: a4('10.21.10.254'), prefixLength: 24 },
    ]);
    expect(byName.get('GigabitEthernet0/0/0')).toMatchObject({ zone: 'OUTSIDE', description: 'WAN (ISP 光回線)', enabled: true });
    expect(byName.get('GigabitEthernet0/0/0')!.addresses[1]).toEqual({ address: { family: 6, value: 0x20010db8002100000000000000000002n }, prefixLength: 64 });
    expect(byName.get('GigabitEthernet0/0/2')!.addresses).toEqual([]);
    expect(byName.get('GigabitEthernet0/0/3')!.enabled).toBe(false);
    expect(byName.get('Loopback0')!.zone).toBeUndefined();
    expect(d.zones.map((z) => [z.name, z.interfaces])).toEqual([
      ['INSIDE', ['Tunnel10', 'GigabitEthernet0/0/1.10']],
      ['OUTSIDE', ['GigabitEthernet0/0/0', 'GigabitEthernet0/0/2']],
      ['DMZ', ['GigabitEthernet0/0/1.30']],
    ]);
  });

  it('checks the input ACL on the header as it arrived (before NAT), first match, implicit deny', () => {
    expect(d.filters.map((f) => f.name)).toEqual(['ip access-group WAN-IN in', 'zone-based firewall']);
    const wan = stage(d, 'ip access-group WAN-IN in');
    expect(wan).toMatchObject({ inInterfaces: ['GigabitEthernet0/0/0'], header: 'original', defaultAction: 'deny', defaultProvenance: prov(lineOf(text, 'ip access-list extended WAN-IN')) });
    expect(wan.outInterfaces).toBeUndefined();
    expect(decide(wan, pkt('8.8.8.8', '198.51.100.5', 'tcp', 443))).toBe('WAN-IN:50:permit');
    expect(decide(wan, pkt('8.8.8.8', '198.51.100.5', 'tcp', 8080))).toBe('WAN-IN:50:permit');
    expect(decide(wan, pkt('8.8.8.8', '198.51.100.5', 'tcp', 22))).toBe('WAN-IN:120:deny');
    expect(decide(wan, pkt('10.1.1.1', '198.51.100.5', 'tcp', 443))).toBe('WAN-IN:50:permit');
    expect(decide(wan, pkt('10.1.1.1', '198.51.100.2', 'tcp', 22))).toBe('WAN-IN:110:deny');
    expect(decide(wan, pkt('203.0.113.70', '198.51.100.2', 'tcp', 22))).toBe('WAN-IN:100:permit');
    expect(decide(wan, pkt('203.0.113.105', '198.51.100.2', 'tcp', 22))).toBe('WAN-IN:100:permit');
    expect(decide(wan, pkt('203.0.113.10', '198.51.100.2', 'tcp', 22))).toBe('WAN-IN:100:permit');
    expect(decide(wan, pkt('203.0.113.99', '198.51.100.2', 'tcp', 22))).toBe('WAN-IN:120:deny');
    expect(decide(wan, pkt('203.0.113.10', '198.51.100.2', 'udp', 4500))).toBe('WAN-IN:70:permit');
    expect(decide(wan, pkt('203.0.113.10', '198.51.100.2', 'esp'))).toBe('WAN-IN:80:permit');
    expect(decide(wan, pkt('8.8.8.8', '198.51.100.2', 'icmp', 0))).toBe('WAN-IN:20:permit');
    expect(decide(wan, pkt('8.8.8.8', '198.51.100.2', 'icmp', 8))).toBe('WAN-IN:120:deny');
    // IPv6 is not filtered by an IPv4 ACL.
    expect(decide(wan, pkt('2001:db8:99::1', '2001:db8:21::2', 'tcp', 22))).toBe('WAN-IN:ipv6:permit');
    expect(ruleOf(wan, 'WAN-IN:ipv6')).toMatchObject({ implicit: true, action: 'permit' });
  });

  it('keeps ACL entries as rules with their line, remarks, log flag and columns', () => {
    const wan = stage(d, 'ip access-group WAN-IN in');
    const est = ruleOf(wan, 'WAN-IN:10');
    // `established` matches no first packet of a flow: for who-can-initiate it matches nothing.
    expect(est).toMatchObject({ action: 'permit', terms: [], comment: '戻りパケット', implicit: false, enabled: true, provenance: prov(lineOf(text, '10 permit tcp any any established')) });
    expect(ruleOf(wan, 'WAN-IN:50')).toMatchObject({
      log: false,
      comment: '公開サーバ',
      display: { inInterfaces: [], outInterfaces: [], sources: ['any'], destinations: ['host 198.51.100.5'], services: ['tcp eq 80 443 8080'] },
    });
    expect(ruleOf(wan, 'WAN-IN:120').log).toBe(true);
  });

  it('models the zone firewall: pairs, ordered classes, class-default, intrazone and non-member defaults', () => {
    const zbf = stage(d, 'zone-based firewall');
    expect(zbf).toMatchObject({ header: 'translated', defaultAction: 'deny' });
    expect(zbf.inInterfaces).toBeUndefined();
    expect(zbf.rules.map((r) => `${r.id}:${r.action}${r.implicit ? '*' : ''}`)).toEqual([
      'zbf:non-members:permit*',
      'zbf:intrazone:INSIDE:permit*',
      'zbf:intrazone:OUTSIDE:permit*',
      'zbf:intrazone:DMZ:permit*',
      'ZP-IN-OUT/CM-WEB:permit',
      'ZP-IN-OUT/CM-ICMP:permit',
      'ZP-IN-OUT/class-default:deny',
      'ZP-OUT-DMZ/CM-MAIL:permit',
      'ZP-OUT-DMZ/class-default:deny',
      'ZP-IN-DMZ/CM-WEB:permit',
      'ZP-IN-DMZ/CM-ICMP:deny',
      'ZP-IN-DMZ/class-default:deny',
      'ZP-DMZ-IN/no-policy:deny*',
    ]);
    const staff = 'GigabitEthernet0/0/1.10';
    const wan = 'GigabitEthernet0/0/0';
    const dmz = 'GigabitEthernet0/0/1.30';
    expect(decide(zbf, pkt('10.21.10.5', '8.8.8.8', 'tcp', 443), staff, wan)).toBe('ZP-IN-OUT/CM-WEB:permit');
    expect(decide(zbf, pkt('10.21.10.5', '8.8.8.8', 'udp', 53), staff, 'GigabitEthernet0/0/2')).toBe('ZP-IN-OUT/CM-WEB:permit');
    expect(decide(zbf, pkt('10.21.10.5', '8.8.8.8', 'icmp', 8), staff, wan)).toBe('ZP-IN-OUT/CM-ICMP:permit');
    expect(decide(zbf, pkt('10.21.10.5', '8.8.8.8', 'tcp', 22), staff, wan)).toBe('ZP-IN-OUT/class-default:deny');
    // match-all: the NAT-MAIL ACL and SMTP together.
    expect(decide(zbf, pkt('8.8.8.8', '10.21.30.25', 'tcp', 25), wan, dmz)).toBe('ZP-OUT-DMZ/CM-MAIL:permit');
    expect(decide(zbf, pkt('8.8.8.8', '10.21.30.26', 'tcp', 25), wan, dmz)).toBe('ZP-OUT-DMZ/class-default:deny');
    // A class with no action drops.
    expect(decide(zbf, pkt('10.21.10.5', '10.21.30.10', 'icmp', 8), staff, dmz)).toBe('ZP-IN-DMZ/CM-ICMP:deny');
    expect(decide(zbf, pkt('10.21.30.10', '10.21.10.5', 'tcp', 80), dmz, staff)).toBe('ZP-DMZ-IN/no-policy:deny');
    expect(decide(zbf, pkt('10.21.10.5', '10.20.1.5', 'tcp', 80), staff, 'Tunnel10')).toBe('zbf:intrazone:INSIDE:permit');
    expect(decide(zbf, pkt('8.8.8.8', '10.21.10.5', 'tcp', 80), wan, staff)).toBe('default-deny');
    expect(decide(zbf, pkt('10.255.1.1', '10.21.10.5', 'tcp', 80), 'Loopback0', 'GigabitEthernet0/0/1')).toBe('zbf:non-members:permit');
    expect(decide(zbf, pkt('10.255.1.1', '10.21.10.5', 'tcp', 80), 'Loopback0', staff)).toBe('default-deny');
  });

  it('turns static NAT into destination NAT on outside interfaces and source NAT from inside to outside', () => {
    expect(d.destinationNat.map((n) => [n.id, n.inInterfaces])).toEqual([
      ['static tcp 10.21.30.10 443 198.51.100.5 443', ['GigabitEthernet0/0/0', 'GigabitEthernet0/0/2']],
      ['static tcp 10.21.30.10 80 198.51.100.5 8080', ['GigabitEthernet0/0/0', 'GigabitEthernet0/0/2']],
      ['static 10.21.30.25 198.51.100.6', ['GigabitEthernet0/0/0', 'GigabitEthernet0/0/2']],
    ]);
    const [https, http, mail] = d.destinationNat;
    const web = pkt('8.8.8.8', '198.51.100.5', 'tcp', 8080);
    expect(http!.match.contains(web)).toBe(true);
    expect(https!.match.contains(web)).toBe(false);
    expect(applyToPacket(http!.translate, web)).toMatchObject({ dst: a4('10.21.30.10'), dstPort: 80 });
    expect(applyToPacket(https!.translate, pkt('8.8.8.8', '198.51.100.5', 'tcp', 443))).toMatchObject({ dst: a4('10.21.30.10'), dstPort: 443 });
    expect(mail!.match.contains(pkt('8.8.8.8', '198.51.100.6', 'udp', 53))).toBe(true);
    expect(applyToPacket(mail!.translate, pkt('8.8.8.8', '198.51.100.6', 'tcp', 25))).toMatchObject({ dst: a4('10.21.30.25'), dstPort: 25 });
    expect(mail!.mapped.contains(a4('10.21.30.25'))).toBe(true);

    expect(d.sourceNat.map((n) => n.id)).toEqual([
      'static tcp 10.21.30.10 443 198.51.100.5 443',
      'static tcp 10.21.30.10 80 198.51.100.5 8080',
      'static 10.21.30.25 198.51.100.6',
      'list NAT-INSIDE interface GigabitEthernet0/0/0 overload',
      'list NAT-DMZ pool PUB-POOL overload',
    ]);
    for (const s of d.sourceNat) {
      expect(s.inInterfaces).toEqual(['GigabitEthernet0/0/1.10', 'GigabitEthernet0/0/1.30']);
      expect(s.outInterfaces).toEqual(['GigabitEthernet0/0/0', 'GigabitEthernet0/0/2']);
    }
    const [, , mailOut, inside, dmz] = d.sourceNat;
    expect(mailOut!.match.contains(pkt('10.21.30.25', '8.8.8.8', 'tcp', 25))).toBe(true);
    expect(mailOut!.pool?.equals(AddressSpace.fromAddress(a4('198.51.100.6')))).toBe(true);
    // The static port translation applies to flows from the server's own port only.
    expect(d.sourceNat[0]!.match.contains(pkt('10.21.30.10', '8.8.8.8', 'tcp', 443, 443))).toBe(true);
    expect(d.sourceNat[0]!.match.contains(pkt('10.21.30.10', '8.8.8.8', 'tcp', 443, 50000))).toBe(false);
    expect(inside!.match.contains(pkt('10.21.10.7', '8.8.8.8', 'tcp', 443))).toBe(true);
    expect(inside!.match.contains(pkt('10.21.30.7', '8.8.8.8', 'tcp', 443))).toBe(false);
    expect(inside!.pool?.equals(AddressSpace.fromAddress(a4('198.51.100.2')))).toBe(true);
    expect(dmz!.pool?.equals(AddressSpace.fromRange(a4('198.51.100.3'), a4('198.51.100.4')))).toBe(true);
  });

  it('resolves recursive next hops, keeps Null0 and distances, and leaves out what it cannot route', () => {
    expect(d.routes.map((r) => [r.id, r.gateway?.value, r.interface, r.discard, r.distance, r.enabled])).toEqual([
      ['0.0.0.0/0 via 198.51.100.1', v4('198.51.100.1'), undefined, false, 1, true],
      ['10.0.0.0/8 Null0', undefined, undefined, true, 250, true],
      ['10.20.0.0/16 via Tunnel10 10.255.101.1', v4('10.255.101.1'), 'Tunnel10', false, 1, true],
      // 172.16.255.1 is reached through 172.16.0.0/12 → 10.255.101.1 on Tunnel10.
      ['10.99.0.0/16 via 172.16.255.1', v4('10.255.101.1'), undefined, false, 1, true],
      ['172.16.0.0/12 via 10.255.101.1', v4('10.255.101.1'), undefined, false, 1, true],
      ['203.0.113.0/24 via 198.51.100.1', v4('198.51.100.1'), undefined, false, 1, true],
      ['::/0 via 2001:db8:21::1', 0x20010db8002100000000000000000001n, undefined, false, 1, true],
    ]);
    expect(device(parsed, 'br-rtr01/GUEST').routes).toEqual([]);
  });

  it('models management: vty transports and access-class, HTTP, SNMP, ping; VRFs without vrf-also get ping only', () => {
    const m = d.management.map((x) => [x.service, x.secure, x.packets.toString()]);
    expect(m).toEqual([
      ['ssh', true, 'tcp/22'],
      ['ssh', true, 'tcp/22'],
      ['telnet', false, 'tcp/23'],
      ['http', false, 'tcp/80'],
      ['https', true, 'tcp/443'],
      ['snmp', false, 'udp/161'],
      ['snmp', false, 'udp/161'],
      ['ping', true, 'icmp/8'],
    ]);
    const ssh = d.management[0]!;
    expect(ssh.interface).toBeUndefined();
    expect(ssh.sources?.contains(a4('10.20.1.77'))).toBe(true);
    expect(ssh.sources?.contains(a4('10.21.10.5'))).toBe(true);
    expect(ssh.sources?.contains(a4('10.21.10.6'))).toBe(false);
    expect(ssh.sources?.contains({ family: 6, value: 1n })).toBe(true);
    expect(ssh.provenance).toEqual(prov(lineOf(text, 'transport input ssh', 'line vty 0 4')));
    expect(d.management[5]!.sources?.contains(a4('10.20.1.9'))).toBe(true);
    expect(d.management[6]!.sources?.contains(a4('10.20.1.9'))).toBe(false);
    expect(d.management[6]!.sources?.contains(a4('10.20.1.50'))).toBe(true);
    expect(d.management[7]!.sources).toBeUndefined();
    expect(device(parsed, 'br-rtr01/GUEST').management.map((x) => x.service)).toEqual(['ping']);
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([
      ['netadmin', 'privilege 15'],
      ['helpdesk', 'privilege 5'],
      ['backup', 'privilege 1'],
    ]);
  });

  it('lists defined objects on the global device and every reference where it is made', () => {
    const kinds = (k: string) => d.objects.filter((o) => o.kind === k).map((o) => o.name);
    expect(kinds('acl')).toEqual(['NAT-INSIDE', 'VTY-ADMIN', 'GUEST-IN', 'NAT-DMZ', 'NAT-MAIL', 'WAN-IN', '20', '21', '110']);
    expect(kinds('address-group')).toEqual(['ADMIN-HOSTS', 'HONCHO-NAT']);
    expect(kinds('service-group')).toEqual(['WEB-SVC']);
    expect(kinds('zone')).toEqual(['INSIDE', 'OUTSIDE', 'DMZ']);
    expect(kinds('ip-pool')).toEqual(['PUB-POOL']);
    expect(device(parsed, 'br-rtr01/GUEST').objects).toEqual([]);
    expect(d.references.every((r) => r.resolved)).toBe(true);
    expect(d.references.find((r) => r.name === 'WAN-IN')).toMatchObject({ kind: 'acl', usedBy: 'interface GigabitEthernet0/0/0 ip access-group in' });
    expect(device(parsed, 'br-rtr01/GUEST').references.map((r) => [r.kind, r.name])).toEqual([['acl', 'GUEST-IN']]);
  });
});

describe('conversion: legacy-rtr02 (classic IOS 15)', () => {
  const parsed = parseFixture('legacy-rtr02');
  const d = device(parsed, 'legacy-rtr02');

  it('applies numbered ACLs in and out: all input stages, then all output stages', () => {
    expect(d.filters.map((f) => [f.name, f.inInterfaces, f.outInterfaces, f.header])).toEqual([
      ['ip access-group 110 in', ['GigabitEthernet0/0'], undefined, 'original'],
      ['ip access-group 120 in', ['Serial0/0/0'], undefined, 'original'],
      ['ip access-group INTERNET-IN in', ['Dialer1'], undefined, 'original'],
      ['ip access-group 121 out', undefined, ['Serial0/0/0'], 'translated'],
    ]);
    const lan = d.filters[0]!;
    expect(decide(lan, pkt('10.22.10.5', '10.20.1.5', 'tcp', 445))).toBe('110:10:deny');
    expect(decide(lan, pkt('10.22.10.5', '10.20.1.5', 'tcp', 137))).toBe('110:20:deny');
    expect(decide(lan, pkt('10.22.10.5', '10.20.1.5', 'udp', 137))).toBe('110:30:permit');
    expect(decide(lan, pkt('10.22.11.5', '8.8.8.8', 'tcp', 443))).toBe('110:40:permit');
    expect(decide(lan, pkt('10.22.12.5', '8.8.8.8', 'udp', 67))).toBe('110:50:permit');
    expect(decide(lan, pkt('10.22.12.5', '8.8.8.8', 'tcp', 443))).toBe('default-deny');
  });

  it('uses IOS management defaults: vty lines without transport input accept SSH and Telnet from anywhere', () => {
    expect(d.management.map((m) => [m.service, m.secure, m.sources === undefined ? 'any' : 'restricted'])).toEqual([
      ['telnet', false, 'restricted'],
      ['ssh', true, 'restricted'],
      ['ssh', true, 'any'],
      ['telnet', false, 'any'],
      ['http', false, 'any'],
      ['snmp', false, 'restricted'],
      ['snmp', false, 'any'],
      ['ping', true, 'any'],
    ]);
    expect(device(parsed, 'legacy-rtr02/PRINT').management.map((m) => m.service)).toEqual(['ssh', 'telnet', 'ping']);
  });

  it('translates into the egress address when the interface address is negotiated, and routes out a dialer', () => {
    expect(d.sourceNat).toHaveLength(1);
    expect(d.sourceNat[0]).toMatchObject({ id: 'list 1 interface Dialer1 overload', inInterfaces: ['GigabitEthernet0/0'], outInterfaces: ['Dialer1'] });
    expect(d.sourceNat[0]!.pool).toBeUndefined();
    expect(d.destinationNat).toEqual([]);
    expect(d.routes[0]).toMatchObject({ id: '0.0.0.0/0 via Dialer1', interface: 'Dialer1', discard: false, enabled: true });
    expect(d.routes[0]!.gateway).toBeUndefined();
    expect(d.routes.find((r) => r.id.startsWith('10.130'))).toMatchObject({ distance: 10, enabled: true });
  });
});

describe('conversion: IOS defaults and corner cases', () => {
  const cfg = (...body: string[]) => parseIos(['version 17.6', 'hostname r1', ...body, 'end'].join('\n'), 'configs/r1.cfg');

  it('an interface without an access group adds no stage: a router forwards everything', () => {
    const r = cfg('interface GigabitEthernet0/0', ' ip address 10.0.0.1 255.255.255.0', 'interface GigabitEthernet0/1', ' ip address 10.0.1.1 255.255.255.0');
    expect(r.status).toBe('PASSED');
    expect(r.devices[0]!.filters).toEqual([]);
  });

  it('an undefined or empty ACL passes every packet, with a stage that says why', () => {
    const r = cfg('ip access-list extended EMPTY', ' remark nothing yet', 'interface GigabitEthernet0/0', ' ip address 10.0.0.1 255.255.255.0', ' ip access-group GHOST in', ' ip access-group EMPTY out');
    const [ghost, empty] = r.devices[0]!.filters;
    expect(ghost).toMatchObject({ rules: [], defaultAction: 'permit', defaultReason: 'access list GHOST is not defined (IOS passes everything)', defaultProvenance: { line: 7 } });
    expect(empty).toMatchObject({ rules: [], defaultAction: 'permit', defaultReason: 'access list EMPTY has no entries (IOS passes everything)' });
    expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([
      [7, 'invalid'],
      [8, 'invalid'],
    ]);
  });

  it('a standard ACL matches sources only, any destination and protocol; IPv4 only without IPv6 addresses', () => {
    const r = cfg('access-list 5 permit 10.0.0.0 0.0.0.127', 'interface Vlan10', ' ip address 10.0.0.1 255.255.255.0', ' ip access-group 5 in');
    const s = r.devices[0]!.filters[0]!;
    expect(s.rules.map((x) => x.id)).toEqual(['5:10']);
    expect(decide(s, pkt('10.0.0.100', '192.0.2.1', 'udp', 9))).toBe('5:10:permit');
    expect(decide(s, pkt('10.0.0.200', '192.0.2.1', 'udp', 9))).toBe('default-deny');
    expect(decide(s, pkt('2001:db8::1', '2001:db8::2', 'udp', 9))).toBe('default-deny');
  });

  it('warns when an output ACL on an ip nat outside interface depends on sources that NAT rewrites', () => {
    const r = cfg(
      'interface GigabitEthernet0/0',
      ' ip address 10.0.0.1 255.255.255.0',
      ' ip nat inside',
      'interface GigabitEthernet0/1',
      ' ip address 192.0.2.1 255.255.255.0',
      ' ip nat outside',
      ' ip access-group OUT-SRC out',
      'ip access-list extended OUT-SRC',
      ' permit ip 10.0.0.0 0.0.0.255 any',
      'ip access-list standard NAT',
      ' permit 10.0.0.0 0.0.0.255',
      'ip nat inside source list NAT interface GigabitEthernet0/1 overload',
    );
    expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([[9, 'unsupported']]);
    expect(r.warnings[0]!.comment).toContain('after source NAT');
    expect(r.devices[0]!.filters[0]).toMatchObject({ outInterfaces: ['GigabitEthernet0/1'], header: 'translated' });
  });

  it('reports NAT from a VRF to the global table as not modelled', () => {
    const r = cfg(
      'vrf definition RED',
      'interface GigabitEthernet0/0',
      ' vrf forwarding RED',
      ' ip address 10.0.0.1 255.255.255.0',
      ' ip nat inside',
      'interface GigabitEthernet0/1',
      ' ip address 192.0.2.1 255.255.255.0',
      ' ip nat outside',
      'ip nat inside source static 10.0.0.5 192.0.2.5 vrf RED',
    );
    expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([
      [3, 'unsupported'],
      [11, 'unsupported'],
    ]);
    expect(r.warnings[1]!.comment).toContain('from VRF RED to the global table');
    expect(r.devices.flatMap((x) => [...x.destinationNat, ...x.sourceNat])).toEqual([]);
  });

  it('no ip routing forwards nothing; a shut parent takes its subinterfaces down', () => {
    const r = cfg('no ip routing', 'interface GigabitEthernet0/0', ' shutdown', 'interface GigabitEthernet0/0.5', ' encapsulation dot1Q 5', ' ip address 10.5.0.1 255.255.255.0');
    const d = r.devices[0]!;
    expect(d.filters).toEqual([expect.objectContaining({ name: 'no ip routing', rules: [], defaultAction: 'deny' })]);
    expect(d.interfaces.map((i) => [i.name, i.enabled])).toEqual([
      ['GigabitEthernet0/0', false],
      ['GigabitEthernet0/0.5', false],
    ]);
  });

  it('a port ACL on a switchport is reported, and switchports are no layer-3 interfaces', () => {
    const r = cfg('interface GigabitEthernet1/0/1', ' switchport access vlan 10', ' ip access-group PACL in', 'interface Vlan10', ' ip address 10.10.0.1 255.255.255.0');
    expect(r.devices[0]!.interfaces.map((i) => i.name)).toEqual(['Vlan10']);
    expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([[5, 'unsupported']]);
  });

  it('an access-class without vrf-also closes the vty lines to VRFs; with it, they stay open', () => {
    const base = ['vrf definition RED', 'interface Vlan10', ' vrf forwarding RED', ' ip address 10.10.0.1 255.255.255.0', 'access-list 9 permit 10.10.0.0 0.0.0.255'];
    const closed = cfg(...base, 'line vty 0 4', ' access-class 9 in', ' transport input ssh');
    expect(device(closed, 'r1/RED').management.map((m) => m.service)).toEqual(['ping']);
    const open = cfg(...base, 'line vty 0 4', ' access-class 9 in vrf-also', ' transport input ssh');
    const ssh = device(open, 'r1/RED').management[0]!;
    expect(ssh.service).toBe('ssh');
    expect(ssh.sources?.contains(a4('10.10.0.9'))).toBe(true);
    expect(ssh.sources?.contains(a4('10.11.0.9'))).toBe(false);
  });

  it('recursive routes through Null0 discard, unresolvable ones stay disabled, distance 255 is never installed, permanent ones drop', () => {
    const r = cfg(
      'interface GigabitEthernet0/0',
      ' ip address 10.0.0.1 255.255.255.0',
      'ip route 192.0.2.0 255.255.255.0 Null0',
      'ip route 198.51.100.0 255.255.255.0 192.0.2.7',
      'ip route 203.0.113.0 255.255.255.0 172.31.0.1',
      'ip route 10.9.0.0 255.255.0.0 10.0.0.9 255',
      'interface GigabitEthernet0/1',
      ' ip address 10.1.0.1 255.255.255.0',
      ' shutdown',
      'ip route 10.8.0.0 255.255.0.0 10.1.0.9',
      'ip route 10.7.0.0 255.255.0.0 10.1.0.9 permanent',
    );
    expect(r.devices[0]!.routes.map((x) => [x.id, x.discard, x.enabled])).toEqual([
      ['192.0.2.0/24 Null0', true, true],
      ['198.51.100.0/24 via 192.0.2.7', true, true],
      ['203.0.113.0/24 via 172.31.0.1', false, false],
      ['10.9.0.0/16 via 10.0.0.9', false, false],
      ['10.8.0.0/16 via 10.1.0.9', false, false],
      // A permanent route outlives its interface: what it matches is dropped.
      ['10.7.0.0/16 via 10.1.0.9', true, true],
    ]);
    // Only the route whose next hop is nowhere is a mistake worth a warning.
    expect(r.warnings.map((w) => [w.line, w.kind])).toEqual([[7, 'invalid']]);
  });
});

describe('conversion: honcho-core01 (large Catalyst core)', () => {
  const parsed = parseFixture('honcho-core01');

  it('splits the global table and the VRFs, with the SVIs and their ACL stages', () => {
    expect(parsed.devices.map((x) => [x.id, x.interfaces.length])).toEqual([
      ['honcho-core01', 81],
      ['honcho-core01/MN', 20],
      ['honcho-core01/Mgmt-vrf', 1],
    ]);
    const global = device(parsed, 'honcho-core01');
    expect(global.filters.length).toBeGreaterThan(50);
    expect(global.routes.filter((r) => r.enabled).length).toBeGreaterThan(140);
    expect(device(parsed, 'honcho-core01/MN').routes).toHaveLength(12);
    // vrf-also: the management VRF accepts SSH from the admin network.
    const ssh = device(parsed, 'honcho-core01/Mgmt-vrf').management.find((m) => m.service === 'ssh')!;
    expect(ssh.sources?.contains(a4('192.168.250.20'))).toBe(true);
    expect(global.management.map((m) => m.service)).toEqual(['ssh', 'ssh', 'snmp', 'snmpv3', 'ping']);
  });
});
