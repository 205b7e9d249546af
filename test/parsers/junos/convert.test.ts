import { describe, expect, it } from 'vitest';
import { buildFib } from '../../../src/network/fib.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { parseCidr, parseIp } from '../../../src/space/ip.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { ServiceSet } from '../../../src/space/service-set.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import { decide, device, fixtureText, lineOf, parseFixture, pkt, rule, sampleText, stage } from './helpers.js';

const space = (...cidrs: string[]) => AddressSpace.unionAll(cidrs.map((c) => AddressSpace.fromCidr(parseCidr(c)!)));

describe('conversion: the sample-city SRX', () => {
  const text = sampleText();
  const parsed = parseJunos(text, 'configs/srx-fw.conf');
  const d = device(parsed);
  const policies = stage(d, 'security policies');
  const prov = (line: number) => ({ file: 'configs/srx-fw.conf', line });

  it('is one junos device named by its host-name, fully recognized', () => {
    expect(parsed).toMatchObject({ format: 'junos', status: 'PASSED' });
    expect(parsed.warnings).toEqual([]);
    expect(d).toMatchObject({ id: 'srx-fw', hostname: 'srx-fw', vendor: 'junos' });
    expect(d.context).toBeUndefined();
    expect(d.interfaces.map((i) => [i.name, i.zone, i.description])).toEqual([
      ['ge-0/0/0.0', 'INET', 'to pa-edge ethernet1/2'],
      ['ge-0/0/1.0', 'INET', 'Internet segment LAN'],
      ['ge-0/0/2.0', 'LGWAN', 'to core-sw Gi1/0/1 (LGWAN)'],
    ]);
    expect(d.zones.map((z) => [z.name, z.interfaces])).toEqual([
      ['INET', ['ge-0/0/0.0', 'ge-0/0/1.0']],
      ['LGWAN', ['ge-0/0/2.0']],
    ]);
  });

  it('has one policy stage on the translated header, zone pairs in file order, default deny-all', () => {
    expect(d.filters).toHaveLength(1);
    expect(policies).toMatchObject({ header: 'translated', defaultAction: 'deny', defaultReason: 'default-policy deny-all', defaultProvenance: prov(lineOf(text, 'default-policy deny-all')) });
    expect(policies.rules.map((r) => r.id)).toEqual(['INET>INET/proxy-web', 'LGWAN>INET/vdi', 'INET>LGWAN/mail-to-lgwan', 'INET>LGWAN/file-temp']);
    expect(rule(policies, 'INET>LGWAN/file-temp')).toMatchObject({ name: 'file-temp', action: 'permit', enabled: true, log: false, comment: 'temporary: file transfer during migration 2024-11', provenance: prov(lineOf(text, 'policy file-temp description')) });
    expect(rule(policies, 'INET>INET/proxy-web').display).toEqual({ inInterfaces: ['INET'], outInterfaces: ['INET'], sources: ['inet-relays'], destinations: ['any'], services: ['junos-http', 'junos-https', 'junos-smtp'] });
  });

  it('lets the seeded file-temp violation through: SMB (139 and 445) from anywhere in INET to the file server', () => {
    for (const port of [139, 445]) {
      expect(decide(policies, 'ge-0/0/1.0', 'ge-0/0/2.0', pkt('10.130.8.9', '10.120.1.30', 'tcp', port))).toEqual({ id: 'INET>LGWAN/file-temp', action: 'permit' });
      expect(decide(policies, 'ge-0/0/0.0', 'ge-0/0/2.0', pkt('198.51.100.7', '10.120.1.30', 'tcp', port))).toEqual({ id: 'INET>LGWAN/file-temp', action: 'permit' });
    }
    expect(decide(policies, 'ge-0/0/1.0', 'ge-0/0/2.0', pkt('10.130.8.9', '10.120.1.30', 'udp', 445)).id).toBe('default-deny');
    expect(decide(policies, 'ge-0/0/1.0', 'ge-0/0/2.0', pkt('10.130.8.9', '10.120.1.30', 'tcp', 3389)).id).toBe('default-deny');
    expect(decide(policies, 'ge-0/0/1.0', 'ge-0/0/2.0', pkt('10.130.8.9', '10.120.1.31', 'tcp', 445)).id).toBe('default-deny');
  });

  it('is tight otherwise: INET → LGWAN is exactly SMB to the file server plus SMTP from the mail gateway', () => {
    const permitted = (from: string, to: string) =>
      PacketSet.unionAll(policies.rules.filter((r) => r.enabled && r.action === 'permit').flatMap((r) => r.terms.filter((t) => t.inInterfaces?.includes(from) && t.outInterfaces?.includes(to)).map((t) => t.packets)));
    const smb = PacketSet.of(AddressSpace.ANY, space('10.120.1.30/32'), ServiceSet.ports(6, 139, 139).union(ServiceSet.ports(6, 445, 445)));
    const smtp = PacketSet.of(space('10.130.5.20/32'), space('10.120.1.25/32'), ServiceSet.ports(6, 25, 25));
    expect(permitted('ge-0/0/1.0', 'ge-0/0/2.0').equals(smb.union(smtp))).toBe(true);
    // LGWAN → INET: only screen transfer to the VDI pool (custom rdp and junos-https).
    const vdi = PacketSet.of(space('10.120.0.0/24'), space('10.130.6.0/28'), ServiceSet.ports(6, 3389, 3389).union(ServiceSet.ports(6, 443, 443)));
    expect(permitted('ge-0/0/2.0', 'ge-0/0/1.0').equals(vdi)).toBe(true);
    expect(permitted('ge-0/0/2.0', 'ge-0/0/2.0').isEmpty()).toBe(true);
    const web = ServiceSet.ports(6, 80, 80).union(ServiceSet.ports(6, 443, 443)).union(ServiceSet.ports(6, 25, 25));
    expect(permitted('ge-0/0/1.0', 'ge-0/0/0.0').equals(PacketSet.of(space('10.130.5.5/32', '10.130.5.20/32'), AddressSpace.ANY, web))).toBe(true);
  });

  it('routes statically with the Junos static preference, and answers ping everywhere, SSH and NETCONF on the LGWAN side', () => {
    expect(d.routes.map((r) => [r.id, r.distance, r.priority])).toEqual([
      ['0.0.0.0/0 next-hop 10.255.10.1', 5, 0],
      ['10.120.0.0/16 next-hop 10.255.20.2', 5, 0],
      ['10.110.0.0/16 next-hop 10.255.20.2', 5, 0],
    ]);
    expect(d.management.map((m) => `${m.interface}:${m.service}:${m.secure}`)).toEqual([
      'ge-0/0/0.0:ping:true',
      'ge-0/0/1.0:ping:true',
      'ge-0/0/2.0:ping:true',
      'ge-0/0/2.0:ssh:true',
      'ge-0/0/2.0:netconf:true',
    ]);
    const ssh = d.management.find((m) => m.service === 'ssh')!;
    expect(PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, ssh.packets).contains(pkt('10.120.1.9', '10.255.20.1', 'tcp', 22))).toBe(true);
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([
      ['root', 'super-user'],
      ['netadmin', 'super-user'],
      ['noc-view', 'noc'],
    ]);
  });

  it('records objects and resolved references', () => {
    expect(d.references.every((r) => r.resolved)).toBe(true);
    expect(d.references.find((r) => r.name === 'rdp')).toMatchObject({ kind: 'service', usedBy: 'security policy LGWAN>INET/vdi application' });
    expect(d.references.find((r) => r.name === 'inet-relays')?.kind).toBe('address-group');
    expect(d.objects.filter((o) => o.kind === 'address').map((o) => o.name)).toContain('lgwan-file');
  });

  it('converts the brace rendering into the same rules and packets', () => {
    const b = device(parseFixture('srx-fw'));
    const bp = stage(b, 'security policies');
    expect(bp.rules.map((r) => r.id)).toEqual(policies.rules.map((r) => r.id));
    bp.rules.forEach((r, k) => expect(PacketSet.unionAll(r.terms.map((t) => t.packets)).equals(PacketSet.unionAll(policies.rules[k]!.terms.map((t) => t.packets)))).toBe(true));
  });
});

describe('conversion: the branch SRX', () => {
  const text = fixtureText('srx-branch01');
  const parsed = parseFixture('srx-branch01');
  const d = device(parsed, 'srx-branch01');
  const policies = stage(d, 'security policies');

  it('splits the GUEST-VR virtual router into its own device and leaves the virtual-switch out', () => {
    expect(parsed.devices.map((x) => [x.id, x.context])).toEqual([
      ['srx-branch01', undefined],
      ['srx-branch01/GUEST-VR', 'GUEST-VR'],
    ]);
    const guest = device(parsed, 'srx-branch01/GUEST-VR');
    expect(guest.interfaces.map((i) => [i.name, i.zone])).toEqual([['ge-0/0/3.0', 'guest']]);
    expect(guest.routes.map((r) => r.id)).toEqual(['0.0.0.0/0 next-hop 172.16.50.254']);
    expect(guest.management.map((m) => `${m.interface}:${m.service}`)).toEqual(['ge-0/0/3.0:dhcp']);
    expect(d.interfaces.map((i) => i.name)).not.toContain('ge-0/0/5.0');
    expect(d.interfaces.find((i) => i.name === 'ge-0/0/2.0')?.enabled).toBe(false);
  });

  it('orders stages as an SRX meets them: input filters, security policies, output filters', () => {
    expect(d.filters.map((s) => [s.name, s.header, s.inInterfaces ?? null, s.outInterfaces ?? null])).toEqual([
      ['firewall filter UNTRUST-IN input (inet)', 'original', ['ge-0/0/0.0'], null],
      ['firewall filter PROTECT-RE input (inet)', 'original', ['lo0.0'], null],
      ['security policies', 'translated', null, null],
      ['firewall filter V6-DMZ-OUT output (inet6)', 'translated', null, ['ge-0/0/1.20']],
    ]);
  });

  it('drops transit through interfaces in no zone first (the null zone)', () => {
    expect(policies.rules[0]).toMatchObject({ id: 'null-zone', action: 'deny', implicit: true });
    expect(decide(policies, 'fxp0.0', 'ge-0/0/1.10', pkt('192.168.250.5', '192.168.10.5', 'tcp', 22)).id).toBe('null-zone');
    expect(decide(policies, 'ge-0/0/1.10', 'ge-0/0/4.0', pkt('192.168.10.5', '10.0.0.1', 'tcp', 22)).id).toBe('null-zone');
  });

  it('evaluates zone-pair policies in order, inactive ones disabled, then global policies, then deny-all', () => {
    const out = (p: ReturnType<typeof pkt>) => decide(policies, 'ge-0/0/1.10', 'ge-0/0/0.0', p).id;
    expect(out(pkt('192.168.10.5', '8.8.8.8', 'tcp', 8443))).toBe('trust>untrust/allow-web');
    // internal = lan-net + (nested set) vpn-peers = hq-net
    expect(out(pkt('10.20.1.1', '8.8.8.8', 'tcp', 443))).toBe('trust>untrust/allow-web');
    expect(rule(policies, 'trust>untrust/old-ftp').enabled).toBe(false);
    expect(out(pkt('192.168.10.5', '8.8.8.8', 'tcp', 21))).toBe('default-deny');
    // The group's policy comes after the local ones of the same pair.
    expect(out(pkt('192.168.10.150', '8.8.8.8', 'udp', 53))).toBe('trust>untrust/allow-dns');
    expect(out(pkt('192.168.10.20', '8.8.8.8', 'udp', 53))).toBe('default-deny');
    // The global policy names to-zones trust and dmz: it is not met towards untrust.
    expect(out(pkt('192.168.10.5', '8.8.8.8', 'tcp', 445))).toBe('default-deny');
    expect(decide(policies, 'ge-0/0/0.0', 'ge-0/0/1.20', pkt('8.8.8.8', '192.168.20.10', 'tcp', 445)).id).toBe('global/no-smb');
    expect(decide(policies, 'ge-0/0/0.0', 'ge-0/0/1.10', pkt('8.8.8.8', '192.168.10.5', 'tcp', 22))).toEqual({ id: 'untrust>trust/deny-in', action: 'deny' });
    // Intra-zone traffic needs its own policy; trust has one, dmz has none.
    expect(decide(policies, 'ge-0/0/1.10', 'ge-0/0/1.10', pkt('192.168.10.5', '192.168.10.6', 'udp', 137)).id).toBe('trust>trust/intra');
    expect(decide(policies, 'ge-0/0/1.20', 'ge-0/0/1.20', pkt('192.168.20.5', '192.168.20.6', 'udp', 137)).id).toBe('default-deny');
    expect(policies.rules.some((r) => r.id.includes('junos-host'))).toBe(false);
  });

  it('looks destination names up in the to-zone book, and models what it cannot know as warned', () => {
    expect(decide(policies, 'ge-0/0/0.0', 'ge-0/0/1.20', pkt('8.8.8.8', '192.168.20.10', 'tcp', 8080)).id).toBe('untrust>dmz/web-in');
    // dns-name: matches nothing; source-identity: treated as absent; scheduler: always on.
    expect(rule(policies, 'trust>untrust/updates').terms.every((t) => t.packets.isEmpty())).toBe(true);
    expect(rule(policies, 'trust>untrust/user-web').terms[0]!.packets.contains(pkt('192.168.10.5', '1.1.1.1', 'tcp', 80))).toBe(true);
    expect(decide(policies, 'ge-0/0/1.20', 'ge-0/0/0.0', pkt('192.168.20.10', '8.8.8.8', 'udp', 53)).id).toBe('dmz>untrust/dmz-out');
    const kinds = parsed.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.comment);
    expect(kinds).toContain('static-nat inet (address-family translation) is not modelled: the rule translates nothing');
    expect(kinds.some((c) => c.includes('dns-name') && c.includes('matches nothing'))).toBe(true);
    expect(kinds.some((c) => c.includes('source-identity') && c.includes('matches more'))).toBe(true);
    expect(kinds.some((c) => c.includes('scheduler business-hours') && c.includes('matches more'))).toBe(true);
  });

  it('translates static NAT both ways, destination NAT to a pool with its port, in that order', () => {
    expect(d.destinationNat.map((n) => [n.id, n.inInterfaces])).toEqual([
      ['static:st-in/mail-static', ['ge-0/0/0.0']],
      ['destination:dst-in/web-80', ['ge-0/0/0.0']],
    ]);
    const [st, dn] = d.destinationNat;
    const mail = pkt('8.8.8.8', '203.0.113.3', 'tcp', 25);
    expect(st!.match.contains(mail)).toBe(true);
    expect(applyToPacket(st!.translate, mail)).toMatchObject({ dst: parseIp('192.168.20.11'), dstPort: 25 });
    const web = pkt('8.8.8.8', '203.0.113.4', 'tcp', 80);
    expect(dn!.match.contains(web)).toBe(true);
    expect(dn!.match.contains(pkt('8.8.8.8', '203.0.113.4', 'tcp', 81))).toBe(false);
    expect(applyToPacket(dn!.translate, web)).toMatchObject({ dst: parseIp('192.168.20.10'), dstPort: 8080 });
    expect(d.sourceNat[0]).toMatchObject({ id: 'static:st-in/mail-static', outInterfaces: ['ge-0/0/0.0'] });
    expect(d.sourceNat[0]!.match.contains(pkt('192.168.20.11', '8.8.8.8', 'tcp', 25))).toBe(true);
    expect(d.sourceNat[0]!.pool?.equals(space('203.0.113.3/32'))).toBe(true);
  });

  it('models source-nat off by taking what it matches out of the later rules', () => {
    const pat = d.sourceNat.find((n) => n.id === 'source:trust-out/lan-pat')!;
    expect(pat).toMatchObject({ inInterfaces: ['ge-0/0/1.10'], outInterfaces: ['ge-0/0/0.0'] });
    expect(pat.match.contains(pkt('192.168.10.5', '8.8.8.8', 'tcp', 443))).toBe(true);
    expect(pat.match.contains(pkt('192.168.10.5', '10.20.1.1', 'tcp', 443))).toBe(false);
    expect(pat.pool?.equals(AddressSpace.fromRange(parseIp('203.0.113.5')!, parseIp('203.0.113.6')!))).toBe(true);
    expect(d.sourceNat.find((n) => n.id === 'source:dmz-out/dmz-if')?.pool).toBeUndefined();
  });

  it('converts stateless filters: except, named ports, count-only accept, disabled terms, the implicit discard', () => {
    const f = stage(d, 'firewall filter UNTRUST-IN input (inet)');
    const hit = (p: ReturnType<typeof pkt>) => decide(f, 'ge-0/0/0.0', 'ge-0/0/1.10', p).id;
    expect(f.rules.map((r) => r.id)).toEqual(['UNTRUST-IN:not-inet', 'UNTRUST-IN/block-smb', 'UNTRUST-IN/bogons', 'UNTRUST-IN/count-icmp', 'UNTRUST-IN/old-rule', 'UNTRUST-IN/allow-rest']);
    expect(hit(pkt('8.8.8.8', '203.0.113.2', 'tcp', 445))).toBe('UNTRUST-IN/block-smb');
    expect(hit(pkt('198.51.100.20', '203.0.113.2', 'tcp', 443))).toBe('UNTRUST-IN/bogons');
    expect(hit(pkt('198.51.100.10', '203.0.113.2', 'tcp', 443))).toBe('UNTRUST-IN/allow-rest');
    expect(hit(pkt('8.8.8.8', '203.0.113.2', 'icmp', 8))).toBe('UNTRUST-IN/count-icmp');
    expect(rule(f, 'UNTRUST-IN/count-icmp').action).toBe('permit');
    expect(rule(f, 'UNTRUST-IN/old-rule').enabled).toBe(false);
    expect(hit(pkt('8.8.8.8', '203.0.113.2', 'udp', 53))).toBe('UNTRUST-IN/allow-rest');
    expect(hit(pkt('2001:db8::1', '2001:db8:20::5', 'tcp', 445))).toBe('UNTRUST-IN:not-inet');
    expect(f).toMatchObject({ defaultAction: 'deny', defaultReason: 'implicit discard at the end of filter UNTRUST-IN' });
    const re = stage(d, 'firewall filter PROTECT-RE input (inet)');
    // Stateless filters are read for the initiating packet: tcp-established matches none.
    expect(rule(re, 'PROTECT-RE/established').terms[0]!.packets.isEmpty()).toBe(true);
    const ike = rule(re, 'PROTECT-RE/ike').terms[0]!.packets;
    expect(ike.contains(pkt('1.2.3.4', '10.255.255.1', 'udp', 9999, 500))).toBe(true);
    expect(ike.contains(pkt('1.2.3.4', '10.255.255.1', 'udp', 4500, 9999))).toBe(true);
    expect(ike.contains(pkt('1.2.3.4', '10.255.255.1', 'udp', 9999, 9999))).toBe(false);
    expect(rule(re, 'PROTECT-RE/mgmt').terms[0]!.packets.contains(pkt('10.10.1.5', '10.255.255.1', 'tcp', 830))).toBe(true);
    expect(rule(re, 'PROTECT-RE/icmp').terms[0]!.packets.contains(pkt('10.10.1.5', '10.255.255.1', 'icmp', 11))).toBe(true);
    expect(rule(re, 'PROTECT-RE/icmp').terms[0]!.packets.contains(pkt('10.10.1.5', '10.255.255.1', 'icmp', 5))).toBe(false);
    const v6 = stage(d, 'firewall filter V6-DMZ-OUT output (inet6)');
    expect(decide(v6, 'ge-0/0/0.0', 'ge-0/0/1.20', pkt('2001:db8:1::1', '2001:db8:20::10', 'tcp', 443)).id).toBe('V6-DMZ-OUT/web');
    expect(decide(v6, 'ge-0/0/0.0', 'ge-0/0/1.20', pkt('2001:db8:1::1', '2001:db8:20::10', 'udp', 53)).id).toBe('default-deny');
    expect(decide(v6, 'ge-0/0/0.0', 'ge-0/0/1.20', pkt('8.8.8.8', '192.168.20.10', 'udp', 53)).id).toBe('V6-DMZ-OUT:not-inet6');
  });

  it('converts routes: preference as distance, metric as tie-breaker, qualified next hops float, drops, inactive', () => {
    expect(d.routes.map((r) => [r.id, r.distance, r.priority, r.discard, r.enabled, r.interface ?? null])).toEqual([
      ['0.0.0.0/0 next-hop 203.0.113.1', 5, 0, false, true, null],
      ['0.0.0.0/0 qualified-next-hop 203.0.113.6', 10, 0, false, true, null],
      ['10.20.0.0/16 next-hop st0.0', 5, 0, false, true, 'st0.0'],
      ['10.99.0.0/16 discard', 5, 0, true, true, null],
      ['10.98.0.0/16 reject', 5, 0, true, true, null],
      ['10.97.0.0/16 next-hop 192.168.10.254', 20, 5, false, true, null],
      ['10.96.0.0/16 next-hop 192.168.10.253', 5, 0, false, false, null],
      ['::/0 next-hop 2001:db8:20::fe', 5, 0, false, true, null],
    ]);
    const fib = buildFib(d);
    const def = fib.entries.find((e) => e.dst.contains(parseIp('8.8.8.8')!))!;
    expect(def.nextHops.map((h) => h.route.id)).toEqual(['0.0.0.0/0 next-hop 203.0.113.1']);
  });

  it('answers host-inbound services that also run: all but telnet on trust, J-Web only where allowed, IKE only on untrust', () => {
    const on = (i: string) => d.management.filter((m) => m.interface === i).map((m) => m.service);
    expect(on('ge-0/0/1.10')).toEqual(['ssh', 'netconf', 'https', 'ping', 'traceroute', 'snmp', 'ntp', 'dhcp', 'dhcpv6', 'ike']);
    expect(on('ge-0/0/0.0')).toEqual(['ike']);
    expect(on('ge-0/0/1.20')).toEqual([]);
    expect(on('fxp0.0')).toContain('ssh');
    expect(d.management.find((m) => m.service === 'snmp')?.secure).toBe(false);
    expect(d.management.find((m) => m.service === 'netconf')!.packets.boxes[0]!.dport.contains(830)).toBe(true);
  });

  it('records definitions once on the default instance and every use with its line', () => {
    expect(d.objects.find((o) => o.kind === 'acl' && o.name === 'UNTRUST-IN')).toBeDefined();
    expect(d.references.filter((r) => !r.resolved)).toEqual([]);
    expect(d.references.find((r) => r.name === 'MGMT-NETS')).toMatchObject({ kind: 'address-group', usedBy: 'filter PROTECT-RE' });
    expect(d.references.find((r) => r.name === 'vpn')).toMatchObject({ kind: 'zone', provenance: { line: lineOf(text, 'policy to-hq match source-address') } });
    expect(device(parsed, 'srx-branch01/GUEST-VR').objects.map((o) => o.kind)).toEqual(['interface', 'zone']);
  });
});

describe('conversion: a Junos router without security zones', () => {
  const parsed = parseFixture('mx-edge01');
  const d = device(parsed);

  it('has filters only, no security policy stage, and answers running services on every interface', () => {
    expect(parsed.status).toBe('PASSED');
    expect(d.filters.map((s) => s.name)).toEqual(['firewall filter EDGE-IN input (inet)', 'firewall filter EDGE-IN-V6 input (inet6)', 'firewall filter TO-CORE output (inet)']);
    expect(d.management.map((m) => [m.interface ?? '*', m.service])).toEqual([
      ['*', 'ssh'],
      ['*', 'netconf'],
      ['*', 'ping'],
      ['*', 'traceroute'],
    ]);
  });

  it('applies prefix lists, except and port lists exactly', () => {
    const f = stage(d, 'firewall filter EDGE-IN input (inet)');
    const hit = (p: ReturnType<typeof pkt>) => decide(f, 'xe-0/0/0.0', 'xe-0/0/1.0', p).id;
    expect(hit(pkt('10.1.1.1', '10.2.2.2', 'tcp', 80))).toBe('EDGE-IN/spoofed');
    expect(hit(pkt('203.0.113.5', '10.255.255.60', 'tcp', 22))).toBe('EDGE-IN/admin');
    expect(hit(pkt('203.0.113.99', '10.255.255.60', 'tcp', 22))).toBe('EDGE-IN/block-rest-to-city');
    expect(hit(pkt('8.8.8.8', '10.1.2.3', 'tcp', 443))).toBe('EDGE-IN/web');
    expect(hit(pkt('8.8.8.8', '10.130.2.3', 'tcp', 443))).toBe('EDGE-IN/block-rest-to-city');
    expect(hit(pkt('8.8.8.8', '192.0.2.1', 'udp', 53))).toBe('EDGE-IN/transit');
    const out = stage(d, 'firewall filter TO-CORE output (inet)');
    // `port telnet` is either port.
    expect(decide(out, 'xe-0/0/0.0', 'xe-0/0/1.0', pkt('8.8.8.8', '10.1.1.1', 'tcp', 23)).id).toBe('TO-CORE/no-telnet');
    expect(decide(out, 'xe-0/0/0.0', 'xe-0/0/1.0', pkt('8.8.8.8', '10.1.1.1', 'tcp', 80, 23)).id).toBe('TO-CORE/no-telnet');
    expect(decide(out, 'xe-0/0/0.0', 'xe-0/0/1.0', pkt('8.8.8.8', '10.1.1.1', 'udp', 23)).id).toBe('TO-CORE/rest');
  });

  it('leaves out a deactivated option of an active route', () => {
    expect(d.routes.map((r) => r.id)).toEqual(['0.0.0.0/0 next-hop 198.51.100.1', '10.0.0.0/8 next-hop 10.255.60.2', '192.0.2.0/24 reject', '::/0 next-hop 2001:db8:ffff::1']);
  });
});

describe('conversion: Junos defaults and corner cases', () => {
  const base = [
    'set system host-name t1',
    'set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24',
    'set interfaces ge-0/0/1 unit 0 family inet address 10.0.1.1/24',
    'set interfaces ge-0/0/2 unit 0 family inet address 10.0.2.1/24',
    'set security zones security-zone a interfaces ge-0/0/0.0',
    'set security zones security-zone b interfaces ge-0/0/1.0',
  ];
  const parse = (...extra: string[]) => parseJunos([...base, ...extra].join('\n'), 't1.conf');

  it('denies by default (deny-all), or permits with default-policy permit-all, but never through the null zone', () => {
    const deny = stage(device(parse('set security policies from-zone a to-zone b policy p match source-address any')), 'security policies');
    expect(deny).toMatchObject({ defaultAction: 'deny', defaultReason: 'default-policy deny-all (Junos default)' });
    expect(deny.defaultProvenance).toBeUndefined();
    const permit = stage(device(parse('set security policies default-policy permit-all')), 'security policies');
    expect(decide(permit, 'ge-0/0/0.0', 'ge-0/0/1.0', pkt('10.0.0.5', '10.0.1.5', 'tcp', 22)).id).toBe('default-permit');
    expect(decide(permit, 'ge-0/0/0.0', 'ge-0/0/2.0', pkt('10.0.0.5', '10.0.2.5', 'tcp', 22)).id).toBe('null-zone');
  });

  it('treats policy reject as deny and keeps log', () => {
    const d = device(parse('set security policies from-zone a to-zone b policy r match source-address any', 'set security policies from-zone a to-zone b policy r match destination-address any', 'set security policies from-zone a to-zone b policy r match application any', 'set security policies from-zone a to-zone b policy r then reject', 'set security policies from-zone a to-zone b policy r then log session-init'));
    expect(rule(stage(d, 'security policies'), 'a>b/r')).toMatchObject({ action: 'deny', log: true });
  });

  it('models drop-translated with the model DNAT condition', () => {
    const d = device(
      parse(
        'set security nat destination pool p address 10.0.1.9/32',
        'set security nat destination rule-set r from zone a',
        'set security nat destination rule-set r rule x match destination-address 10.0.0.99/32',
        'set security nat destination rule-set r rule x then destination-nat pool p',
        'set security policies from-zone a to-zone b policy p match source-address any',
        'set security policies from-zone a to-zone b policy p match destination-address any',
        'set security policies from-zone a to-zone b policy p match application any',
        'set security policies from-zone a to-zone b policy p then permit destination-address drop-translated',
      ),
    );
    const s = stage(d, 'security policies');
    expect(s.rules.map((r) => [r.id, r.action, r.terms[0]!.dnat])).toEqual([
      ['null-zone', 'deny', undefined],
      ['a>b/p', 'permit', 'untranslated'],
      ['a>b/p:drop-translated', 'deny', ['destination:r/x']],
    ]);
    const p = pkt('10.0.0.5', '10.0.1.9', 'tcp', 80);
    expect(decide(s, 'ge-0/0/0.0', 'ge-0/0/1.0', p).id).toBe('a>b/p');
    expect(decide(s, 'ge-0/0/0.0', 'ge-0/0/1.0', p, 'destination:r/x').id).toBe('a>b/p:drop-translated');
  });

  it('reads filter defaults: no then is accept, next term decides nothing, ports imply TCP/UDP/SCTP, ICMP types imply ICMP', () => {
    const d = device(
      parse(
        'set firewall family inet filter F term t0 from source-address 10.9.0.0/16',
        'set firewall family inet filter F term t0 then next term',
        'set firewall family inet filter F term t1 from destination-port 22',
        'set firewall family inet filter F term t1 then discard',
        'set firewall family inet filter F term t2 from icmp-type echo-request',
        'set firewall family inet filter F term t2 then reject',
        'set firewall family inet filter F term t3 from source-address 10.0.0.0/24',
        'set firewall family inet filter F term t4 from tcp-initial',
        'set firewall family inet filter F term t4 then accept',
        'set interfaces ge-0/0/0 unit 0 family inet filter input F',
      ),
    );
    const f = stage(d, 'firewall filter F input (inet)');
    expect(f.rules.map((r) => [r.id, r.action])).toEqual([
      ['F:not-inet', 'permit'],
      ['F/t1', 'deny'],
      ['F/t2', 'deny'],
      ['F/t3', 'permit'],
      ['F/t4', 'permit'],
    ]);
    const t1 = rule(f, 'F/t1').terms[0]!.packets;
    expect(t1.contains(pkt('1.1.1.1', '2.2.2.2', 'tcp', 22))).toBe(true);
    expect(t1.contains(pkt('1.1.1.1', '2.2.2.2', 'udp', 22))).toBe(true);
    expect(t1.contains(pkt('1.1.1.1', '2.2.2.2', 'gre', 22))).toBe(false);
    expect(t1.contains(pkt('1.1.1.1', '2.2.2.2', 'icmp', 22))).toBe(false);
    expect(rule(f, 'F/t2').terms[0]!.packets.contains(pkt('1.1.1.1', '2.2.2.2', 'icmp', 8))).toBe(true);
    expect(rule(f, 'F/t2').terms[0]!.packets.contains(pkt('1.1.1.1', '2.2.2.2', 'tcp', 8))).toBe(false);
    expect(rule(f, 'F/t4').terms[0]!.packets.contains(pkt('1.1.1.1', '2.2.2.2', 'udp', 8))).toBe(false);
  });

  it('warns about source-matching output filters behind source NAT', () => {
    const r = parse(
      'set firewall family inet filter O term t from source-address 10.0.0.0/24',
      'set firewall family inet filter O term t then accept',
      'set interfaces ge-0/0/1 unit 0 family inet filter output O',
      'set security nat source rule-set s from zone a',
      'set security nat source rule-set s to zone b',
      'set security nat source rule-set s rule n match source-address 10.0.0.0/24',
      'set security nat source rule-set s rule n then source-nat interface',
    );
    expect(r.warnings.some((w) => w.kind === 'unsupported' && w.comment.includes('sees the translated source'))).toBe(true);
  });

  it('maps a destination pool as large as the match host by host, a smaller one as a pool (warned)', () => {
    const d = device(
      parse(
        'set security nat destination pool wide address 10.0.1.0/30',
        'set security nat destination pool narrow address 10.0.1.8/32 to 10.0.1.9/32',
        'set security nat destination rule-set r from interface ge-0/0/0.0',
        'set security nat destination rule-set r rule one match destination-address 10.0.0.100/30',
        'set security nat destination rule-set r rule one then destination-nat pool wide',
        'set security nat destination rule-set r rule two match destination-address 10.0.0.200/29',
        'set security nat destination rule-set r rule two then destination-nat pool narrow',
      ),
    );
    const [one, two] = d.destinationNat;
    expect(one!.inInterfaces).toEqual(['ge-0/0/0.0']);
    expect(applyToPacket(one!.translate, pkt('10.0.0.5', '10.0.0.102', 'tcp', 80)).dst).toEqual(parseIp('10.0.1.2'));
    expect(two!.translate.dst).toMatchObject({ set: expect.anything() });
  });

  it('warns about what it cannot model: packet mode, logical systems, interface ranges', () => {
    const r = parse('set security forwarding-options family inet mode packet-based', 'set logical-systems LS1 interfaces ge-0/0/3 unit 0', 'set interfaces interface-range R member ge-0/0/4');
    const d = device(r);
    expect(d.filters.find((s) => s.name === 'security policies')).toBeUndefined();
    expect(r.warnings.filter((w) => w.kind === 'unsupported').map((w) => w.context)).toEqual(['security forwarding-options', 'logical-systems', 'interfaces interface-range R']);
  });
});
