import { describe, expect, it } from 'vitest';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { fixtureText, lineOf, onlyDevice, parseFixture, pkt, rule, ruleMatches, v4 } from './helpers.js';

describe('conversion: single-VDOM edge firewall', () => {
  const text = fixtureText('fgt-edge-sample');
  const parsed = parseFixture('fgt-edge-sample');
  const d = onlyDevice(parsed);
  const prov = (line: number) => ({ file: 'configs/fgt-edge-sample.conf', line });

  it('is one fortigate device named by its hostname, without context', () => {
    expect(parsed).toMatchObject({ format: 'fortigate', status: 'PASSED', lines: text.split('\n').length - 1 });
    expect(d).toMatchObject({ id: 'fgt-edge-sample', hostname: 'fgt-edge-sample', vendor: 'fortigate', sourceNat: [] });
    expect(d.context).toBeUndefined();
  });

  it('converts interfaces: addresses in order, zone, alias over description, state and role', () => {
    const byName = new Map(d.interfaces.map((i) => [i.name, i]));
    const internal = byName.get('internal')!;
    expect(internal.addresses.map((a) => [a.address.value, a.prefixLength])).toEqual([
      [v4('10.20.255.1'), 24],
      [v4('10.21.255.1'), 24],
      [0x20010db8002000000000000000000001n, 64],
    ]);
    expect(internal.provenance).toEqual(prov(lineOf(text, 'edit "internal"', 'config system interface')));
    expect(byName.get('wan1')).toMatchObject({ description: 'インターネット(SC)', role: 'wan', enabled: true });
    expect(byName.get('wan2')).toMatchObject({ enabled: false, addresses: [] });
    expect(byName.get('LGWAN-v100')).toMatchObject({ zone: 'LGWAN', description: 'LGWAN接続系 業務LAN' });
    expect(byName.get('MN-v200')?.zone).toBe('MN');
    expect(byName.get('dmz')?.zone).toBeUndefined();
    // The IPsec tunnel exists only in vpn ipsec phase1-interface, yet policies name it.
    expect(byName.get('to-branch')?.provenance).toEqual(prov(lineOf(text, 'edit "to-branch"', 'config vpn ipsec phase1-interface')));
    expect(d.zones.map((z) => [z.name, z.interfaces])).toEqual([
      ['LGWAN', ['LGWAN-v100', 'LGWAN-v101']],
      ['MN', ['MN-v200']],
    ]);
  });

  it('has one translated-header policy stage with the implicit deny', () => {
    expect(d.filters).toHaveLength(1);
    expect(d.filters[0]).toMatchObject({ name: 'firewall policy', header: 'translated', defaultAction: 'deny', defaultReason: 'implicit deny (FortiGate)' });
  });

  it('keeps rules in file order, after the implicit intrazone rule', () => {
    expect(d.filters[0]!.rules.map((r) => r.id)).toEqual(['intrazone:LGWAN', '5', '2', '10', '3', '7', '8', '11', '12', '9']);
  });

  it('models intrazone allow as a first implicit permit between the zone members', () => {
    const r = d.filters[0]!.rules[0]!;
    expect(r).toMatchObject({ action: 'permit', implicit: true, enabled: true, log: false, provenance: prov(lineOf(text, 'edit "LGWAN"', 'config system zone')) });
    expect(r.terms).toHaveLength(1);
    expect(r.terms[0]!.inInterfaces).toEqual(['LGWAN-v100', 'LGWAN-v101']);
    expect(r.terms[0]!.outInterfaces).toEqual(['LGWAN-v100', 'LGWAN-v101']);
    expect(r.terms[0]!.packets.contains(pkt('10.30.0.5', '10.30.1.5', 'udp', 137))).toBe(true);
    // MN is intrazone deny (the default): no implicit rule for it.
    expect(d.filters[0]!.rules.some((x) => x.id === 'intrazone:MN')).toBe(false);
  });

  it('resolves zones to member interfaces and matches exactly the written columns', () => {
    const r = rule(d, '5');
    expect(r).toMatchObject({ action: 'permit', enabled: true, log: true, implicit: false, name: 'LGWAN-to-DMZ-web', comment: 'LGWAN系から公開Webの閲覧のみ許可' });
    expect(r.provenance).toEqual(prov(lineOf(text, 'edit 5', 'config firewall policy')));
    expect(r.display).toEqual({ inInterfaces: ['LGWAN'], outInterfaces: ['dmz'], sources: ['LGWAN-全体'], destinations: ['DMZ-Web'], services: ['HTTP', 'HTTPS'] });
    expect(r.terms).toHaveLength(1);
    const [t] = r.terms;
    expect(t!.inInterfaces).toEqual(['LGWAN-v100', 'LGWAN-v101']);
    expect(t!.outInterfaces).toEqual(['dmz']);
    expect(t!.dnat).toBe('untranslated');
    expect(t!.packets.contains(pkt('10.30.0.5', '172.16.10.80', 'tcp', 443))).toBe(true);
    expect(t!.packets.contains(pkt('10.30.1.200', '172.16.10.80', 'tcp', 80))).toBe(true);
    expect(t!.packets.contains(pkt('10.30.0.5', '172.16.10.80', 'tcp', 22))).toBe(false);
    expect(t!.packets.contains(pkt('10.30.0.5', '172.16.10.81', 'tcp', 443))).toBe(false);
    expect(t!.packets.contains(pkt('10.10.0.5', '172.16.10.80', 'tcp', 443))).toBe(false);
  });

  it('leaves "any" interfaces unrestricted', () => {
    const [t] = rule(d, '2').terms;
    expect(t!.inInterfaces).toEqual(['MN-v200']);
    expect(t!.outInterfaces).toBeUndefined();
    expect(rule(d, '2').action).toBe('deny');
  });

  it('computes destination negation exactly, IPv4 and IPv6 parts separately, with pool SNAT', () => {
    const r = rule(d, '3');
    // "国外" is a geography object: unresolved, it matches nothing, so its negation is everything.
    expect(ruleMatches(r, pkt('10.20.255.10', '8.8.8.8', 'tcp', 443))).toBe(true);
    expect(ruleMatches(r, pkt('10.20.255.10', '8.8.8.8', 'udp', 53))).toBe(true);
    expect(ruleMatches(r, pkt('10.20.255.10', '8.8.8.8', 'tcp', 25))).toBe(false);
    expect(ruleMatches(r, pkt('2001:db8:20::5', '2001:4860::8888', 'tcp', 443))).toBe(true);
    expect(ruleMatches(r, pkt('2001:db8:99::5', '2001:4860::8888', 'tcp', 443))).toBe(false);
    expect(r.display.destinations).toEqual(['!国外', 'all']);
    expect(r.sourceNat?.poolNames).toEqual(['SNAT-Pool']);
    expect(r.sourceNat?.pool?.contains({ family: 4, value: v4('203.0.113.7') })).toBe(true);
    expect(r.sourceNat?.pool?.contains({ family: 4, value: v4('203.0.113.6') })).toBe(false);
  });

  it('computes service negation exactly', () => {
    const r = rule(d, '8');
    expect(r.display.services).toEqual(['!RDP']);
    expect(ruleMatches(r, pkt('10.30.0.5', '10.20.255.20', 'tcp', 22))).toBe(true);
    expect(ruleMatches(r, pkt('10.30.0.5', '10.20.255.20', 'udp', 3389))).toBe(true);
    expect(ruleMatches(r, pkt('10.30.0.5', '10.20.255.20', 'tcp', 3389))).toBe(false);
    // dstaddr is the interface-subnet of "internal": 10.20.255.0/24 only.
    expect(ruleMatches(r, pkt('10.30.0.5', '10.21.255.20', 'tcp', 22))).toBe(false);
    expect(r.log).toBe(true);
  });

  it('expands nested groups, exclusions, source ports and ICMP type/code', () => {
    const r = rule(d, '11');
    expect(r.terms[0]!.inInterfaces).toEqual(['to-branch']);
    expect(r.terms[0]!.outInterfaces).toEqual(['LGWAN-v100', 'LGWAN-v101']);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.1.9', 'tcp', 8443))).toBe(true);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.1.11', 'tcp', 8443))).toBe(false);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'tcp', 9005, 2000))).toBe(true);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'tcp', 9005, 80))).toBe(false);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'udp', 5000))).toBe(true);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'udp', 53))).toBe(true);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'icmp', 3, 4))).toBe(true);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'icmp', 3, 3))).toBe(false);
    expect(ruleMatches(r, pkt('10.50.0.1', '10.30.0.1', 'icmp', 8, 0))).toBe(false);
  });

  it('turns VIP references into a term restricted to those VIPs, groups expanded', () => {
    const r = rule(d, '7');
    expect(r.terms).toHaveLength(1);
    expect(r.terms[0]!.dnat).toEqual(['VIP-Web', 'VIP-Range']);
    // The term sees the translated header: the mapped server and port.
    expect(ruleMatches(r, pkt('198.18.0.1', '172.16.10.80', 'tcp', 80))).toBe(true);
    expect(ruleMatches(r, pkt('198.18.0.1', '172.16.10.80', 'tcp', 443))).toBe(false);
  });

  it('adds a term over every active VIP to a deny policy with match-vip', () => {
    const r = rule(d, '10');
    expect(r.terms.map((t) => t.dnat)).toEqual(['untranslated', ['VIP-Web', 'VIP-Range']]);
    expect(r.terms[1]!.packets.contains(pkt('198.51.100.7', '172.16.10.80', 'tcp', 80))).toBe(true);
    expect(r.terms[1]!.packets.contains(pkt('198.18.0.1', '172.16.10.80', 'tcp', 80))).toBe(false);
  });

  it('keeps a policy with an Internet Service but lets it match nothing', () => {
    const r = rule(d, '12');
    expect(r.terms).toEqual([]);
    expect(parsed.warnings.some((w) => w.line === lineOf(text, 'set internet-service enable') && w.kind === 'unsupported')).toBe(true);
  });

  it('logs by default (logtraffic utm) unless logtraffic is disable', () => {
    expect(rule(d, '11').log).toBe(true);
    expect(rule(d, '9').log).toBe(false);
  });

  it('keeps a disabled policy disabled, with its terms', () => {
    const r = rule(d, '9');
    expect(r).toMatchObject({ enabled: false, log: false, comment: '旧FTP (廃止予定)' });
    expect(ruleMatches(r, pkt('10.20.255.5', '172.16.10.80', 'tcp', 21))).toBe(true);
  });

  it('creates destination NAT only for VIPs some policy references, with exact shifts', () => {
    expect(d.destinationNat.map((n) => n.id)).toEqual(['VIP-Web', 'VIP-Range']);
    const [web, range] = d.destinationNat;
    expect(web!.inInterfaces).toEqual(['wan1']);
    expect(web!.translate).toEqual({ dst: { shift: v4('172.16.10.80') - v4('203.0.113.3') }, dport: { shift: 80 - 8080 } });
    expect(web!.match.contains(pkt('198.18.0.1', '203.0.113.3', 'tcp', 8080))).toBe(true);
    expect(web!.match.contains(pkt('198.18.0.1', '203.0.113.3', 'tcp', 80))).toBe(false);
    expect(web!.match.contains(pkt('198.18.0.1', '203.0.113.3', 'udp', 8080))).toBe(false);
    expect(web!.provenance).toEqual(prov(lineOf(text, 'edit "VIP-Web"')));
    expect(range!.translate).toEqual({ dst: { shift: v4('172.16.10.4') - v4('203.0.113.4') } });
    expect(range!.match.contains(pkt('198.18.0.1', '203.0.113.5', 'udp', 53))).toBe(true);
    expect(range!.mapped.contains({ family: 4, value: v4('172.16.10.5') })).toBe(true);
  });

  it('converts static routes: defaults, blackhole, dstaddr object, disabled, IPv6', () => {
    const byId = new Map(d.routes.map((r) => [r.id, r]));
    expect([...byId.keys()]).toEqual(['1', '2', '3', '4', 'static6/1']);
    expect(byId.get('1')).toMatchObject({ prefix: { family: 4, address: 0, prefixLength: 0 }, gateway: { value: v4('203.0.113.1') }, interface: 'wan1', distance: 10, priority: 0, discard: false, enabled: true });
    expect(byId.get('2')).toMatchObject({ prefix: { address: v4('10.40.0.0'), prefixLength: 16 }, distance: 20 });
    expect(byId.get('3')).toMatchObject({ discard: true, distance: 254 });
    expect(byId.get('3')?.gateway).toBeUndefined();
    expect(byId.get('4')).toMatchObject({ prefix: { address: v4('10.30.1.0'), prefixLength: 24 }, enabled: false });
    expect(byId.get('static6/1')).toMatchObject({ prefix: { family: 6, prefixLength: 0 }, interface: 'internal' });
    expect(byId.get('2')?.provenance).toEqual(prov(lineOf(text, 'edit 2', 'config router static')));
  });

  it('models management access per interface with the configured admin ports', () => {
    const internal = d.management.filter((m) => m.interface === 'internal');
    expect(internal.map((m) => m.service)).toEqual(['ping', 'https', 'ssh', 'http', 'telnet', 'snmp']);
    const https = internal.find((m) => m.service === 'https')!;
    const svc = (proto: number, port: number) => https.packets.boxes.some((b) => b.proto.contains(proto) && b.dport.contains(port));
    expect(svc(6, 8443)).toBe(true);
    expect(svc(6, 443)).toBe(false);
    expect(internal.find((m) => m.service === 'telnet')?.secure).toBe(false);
    expect(internal.find((m) => m.service === 'http')?.secure).toBe(false);
    expect(internal.find((m) => m.service === 'snmp')?.secure).toBe(false);
    expect(internal.find((m) => m.service === 'ssh')?.secure).toBe(true);
    const ping = internal.find((m) => m.service === 'ping')!;
    expect(ping.packets.boxes.some((b) => b.proto.contains(1) && b.dport.contains(8))).toBe(true);
    expect(ping.packets.boxes.some((b) => b.proto.contains(58) && b.dport.contains(128))).toBe(true);
    expect(ping.packets.boxes.some((b) => b.proto.contains(1) && b.dport.contains(0))).toBe(false);
    expect(d.management.filter((m) => m.interface === 'LGWAN-v100').map((m) => m.service)).toEqual(['ping']);
  });

  it('converts admins with their trusted hosts, never a password', () => {
    const admin = d.admins.find((a) => a.name === 'admin')!;
    expect(admin.profile).toBe('super_admin');
    expect(admin.trustedHosts?.contains({ family: 4, value: v4('10.21.5.5') })).toBe(true);
    expect(admin.trustedHosts?.contains({ family: 4, value: v4('10.22.0.1') })).toBe(false);
    expect(d.admins.find((a) => a.name === 'audit')?.trustedHosts).toBeUndefined();
    expect(Object.keys(admin).sort()).toEqual(['name', 'profile', 'provenance', 'trustedHosts']);
  });

  it('lists defined objects and resolved references', () => {
    const objects = new Set(d.objects.map((o) => `${o.kind}:${o.name}`));
    for (const o of ['vip:VIP-unused', 'address:国外', 'address-group:LGWAN-全体', 'service-group:業務サービス', 'ip-pool:SNAT-Pool', 'zone:LGWAN', 'schedule:業務時間', 'vip-group:VIPG-DMZ']) {
      expect(objects.has(o), o).toBe(true);
    }
    expect(d.references.filter((r) => !r.resolved)).toEqual([]);
    expect(d.references).toContainEqual({
      kind: 'vip-group',
      name: 'VIPG-DMZ',
      usedBy: 'firewall policy 7 dstaddr',
      resolved: true,
      provenance: prov(lineOf(text, 'set dstaddr "VIP-Web" "VIPG-DMZ"')),
    });
    expect(d.references.some((r) => r.kind === 'zone' && r.name === 'LGWAN' && r.usedBy === 'firewall policy 5 srcintf')).toBe(true);
    expect(d.references.some((r) => r.kind === 'address' && r.name === '無害化サーバ' && r.usedBy === 'firewall addrgrp LGWAN-無害化以外 exclude-member')).toBe(true);
  });
});

describe('conversion: multi-VDOM core firewall', () => {
  const text = fixtureText('fgt-core-sample');
  const parsed = parseFixture('fgt-core-sample');
  const [root, mn] = parsed.devices;

  it('makes one device per VDOM, ids hostname/vdom', () => {
    expect(parsed.status).toBe('PASSED');
    expect(parsed.devices.map((d) => [d.id, d.hostname, d.context])).toEqual([
      ['fgt-core-sample/root', 'fgt-core-sample', 'root'],
      ['fgt-core-sample/MN', 'fgt-core-sample', 'MN'],
    ]);
    expect(root!.provenance.line).toBe(lineOf(text, 'edit root', 'config global'));
    expect(mn!.provenance.line).toBe(lineOf(text, 'edit MN', 'config global'));
  });

  it('gives each VDOM exactly its interfaces, both ends of the inter-VDOM links addressed', () => {
    expect(root!.interfaces.map((i) => i.name)).toEqual(['mgmt', 'port1', 'port2', 'npu0_vlink0', 'vlink00']);
    expect(mn!.interfaces.map((i) => i.name)).toEqual(['port5', 'port6', 'npu0_vlink1', 'vlink01']);
    const addr = (name: string) => [...root!.interfaces, ...mn!.interfaces].find((i) => i.name === name)!.addresses[0]!;
    expect([addr('npu0_vlink0').address.value, addr('npu0_vlink0').prefixLength]).toEqual([v4('169.254.0.1'), 30]);
    expect([addr('npu0_vlink1').address.value, addr('npu0_vlink1').prefixLength]).toEqual([v4('169.254.0.2'), 30]);
    expect(addr('vlink01').address.value).toBe(v4('169.254.1.2'));
  });

  it('converts each VDOM policy set on its own', () => {
    const r1 = rule(root!, '1');
    expect(r1.terms[0]!.inInterfaces).toEqual(['port1', 'port2']);
    expect(r1.terms[0]!.outInterfaces).toEqual(['npu0_vlink0']);
    expect(ruleMatches(r1, pkt('10.31.2.3', '10.11.0.10', 'tcp', 443))).toBe(true);
    expect(ruleMatches(r1, pkt('10.31.2.3', '10.10.0.10', 'tcp', 443))).toBe(false);
    expect(rule(root!, '2').terms[0]!.outInterfaces).toEqual(['npu0_vlink0', 'vlink00']);
    const deny = rule(mn!, '2');
    expect(deny.terms[0]!.inInterfaces).toBeUndefined();
    expect(deny.terms[0]!.outInterfaces).toBeUndefined();
    expect(mn!.filters[0]!.rules.map((r) => r.id)).toEqual(['1', '2']);
    expect(mn!.routes.map((r) => [r.prefix.address, r.gateway?.value])).toEqual([[v4('10.30.0.0'), v4('169.254.0.1')]]);
  });

  it('gives each VDOM the admins who manage it and global admin ports', () => {
    expect(root!.admins.map((a) => a.name)).toEqual(['admin', 'lgwan-operator']);
    expect(mn!.admins.map((a) => a.name)).toEqual(['admin', 'mn-operator']);
    const op = mn!.admins.find((a) => a.name === 'mn-operator')!.trustedHosts!;
    expect(op.contains({ family: 4, value: v4('10.10.255.7') })).toBe(true);
    expect(op.contains({ family: 4, value: v4('10.30.0.1') })).toBe(false);
    expect(op.contains({ family: 6, value: 0x20010db8001000000000000000000001n })).toBe(true);
    expect(op.contains({ family: 6, value: 0x20010db8001100000000000000000001n })).toBe(false);
    const ssh = root!.management.find((m) => m.interface === 'port1' && m.service === 'ssh')!;
    expect(ssh.packets.boxes.some((b) => b.dport.contains(2222))).toBe(true);
    expect(ssh.packets.boxes.some((b) => b.dport.contains(22))).toBe(false);
    expect(mn!.management.map((m) => `${m.interface}:${m.service}`)).toEqual(['port5:ping', 'port5:https', 'vlink01:ping']);
  });
});

describe('conversion semantics on small configurations', () => {
  const parse = (body: string) => onlyDevice(parseFortigate(`#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\n${body}`, 'x/fw-test.conf'));

  it('reads `show full-configuration` output, where every default is printed, without warnings', () => {
  const text = `config system global
    set hostname "fg"
end
config system interface
    edit "port1"
        set vdom "root"
        set ip 10.0.0.1 255.255.255.0
        set allowaccess ping
        set role undefined
        set alias ""
        set status up
        set vlanid 0
        config ipv6
            set ip6-address ::/0
        end
    next
end
config firewall address
    edit "all"
        set type ipmask
        set subnet 0.0.0.0 0.0.0.0
        set fqdn ""
    next
end
config firewall policy
    edit 1
        set srcintf "port1"
        set dstintf "port1"
        set srcaddr "all"
        set dstaddr "all"
        set srcaddr6 ""
        set dstaddr6 ""
        set internet-service disable
        set groups ""
        set reputation-minimum 0
        set tos-mask 0x00
        set schedule "always"
        set service "ALL"
        set action accept
        set poolname ""
        set ippool disable
    next
end
config router static
    edit 1
        set dst 0.0.0.0 0.0.0.0
        set gateway 10.0.0.254
        set device "port1"
        set dstaddr ""
        set internet-service 0
        set internet-service-custom ""
        set sdwan-zone ""
        set vrf 0
    next
end
`;
    const r = parseFortigate(text, 'x.conf');
    expect(r.warnings).toEqual([]);
    const d = onlyDevice(r);
    expect(d.routes.map((x) => x.id)).toEqual(['1']);
    expect(d.interfaces[0]).toMatchObject({ addresses: [{ prefixLength: 24 }] });
    expect(d.interfaces[0]!.role).toBeUndefined();
    expect(d.interfaces[0]!.description).toBeUndefined();
    expect(rule(d, '1').terms).toHaveLength(1);
    expect(ruleMatches(rule(d, '1'), pkt('10.0.0.5', '192.0.2.1', 'tcp', 80))).toBe(true);
    expect(ruleMatches(rule(d, '1'), pkt('2001:db8::1', '2001:db8::2', 'tcp', 80))).toBe(false);
  });

  it('reads 0.0.0.0 0.0.0.0 trusted hosts as unset, not as anywhere', () => {
    const d = parse(
      [
        'config system admin',
        '    edit "restricted"',
        '        set accprofile "super_admin"',
        '        set trusthost1 10.1.0.0 255.255.0.0',
        '        set trusthost2 0.0.0.0 0.0.0.0',
        '        set ip6-trusthost1 ::/0',
        '    next',
        '    edit "open"',
        '        set accprofile "prof_admin"',
        '        set trusthost1 0.0.0.0 0.0.0.0',
        '        set ip6-trusthost1 ::/0',
        '    next',
        'end',
      ].join('\n'),
    );
    const restricted = d.admins.find((a) => a.name === 'restricted')!.trustedHosts!;
    expect(restricted.contains({ family: 4, value: v4('10.1.2.3') })).toBe(true);
    expect(restricted.contains({ family: 4, value: v4('8.8.8.8') })).toBe(false);
    // No IPv6 trusted host is set: IPv6 logins are not restricted.
    expect(restricted.contains({ family: 6, value: 1n })).toBe(true);
    expect(d.admins.find((a) => a.name === 'open')?.trustedHosts).toBeUndefined();
  });

  it('uses the file name when the configuration names no host', () => {
    expect(parse('config system dns\n    set primary 10.0.0.53\nend\n').id).toBe('fw-test');
  });

  it('negates sources within the family, and an unnegated all matches every source', () => {
    const d = parse(
      [
        'config firewall address',
        '    edit "all"',
        '    next',
        '    edit "net"',
        '        set subnet 10.1.0.0 255.255.0.0',
        '    next',
        'end',
        'config firewall policy',
        '    edit 1',
        '        set srcintf "any"',
        '        set dstintf "any"',
        '        set srcaddr "net"',
        '        set srcaddr-negate enable',
        '        set dstaddr "all"',
        '        set action accept',
        '        set service "HTTPS"',
        '    next',
        'end',
      ].join('\n'),
    );
    const r = rule(d, '1');
    expect(ruleMatches(r, pkt('10.2.0.1', '1.1.1.1', 'tcp', 443))).toBe(true);
    expect(ruleMatches(r, pkt('10.1.0.1', '1.1.1.1', 'tcp', 443))).toBe(false);
    // No srcaddr6/dstaddr6: the negation does not create an IPv6 part.
    expect(ruleMatches(r, pkt('2001:db8::1', '2001:db8::2', 'tcp', 443))).toBe(false);
    // HTTPS comes from the FortiOS predefined services when the file does not define it.
    expect(ruleMatches(r, pkt('10.2.0.1', '1.1.1.1', 'tcp', 80))).toBe(false);
  });

  it('translates unequal VIP ranges by setting, not shifting', () => {
    const d = parse(
      [
        'config firewall vip',
        '    edit "many-to-one"',
        '        set extip 203.0.113.10-203.0.113.12',
        '        set mappedip "10.0.0.5"',
        '        set extintf "any"',
        '    next',
        'end',
        'config firewall policy',
        '    edit 1',
        '        set srcintf "any"',
        '        set dstintf "any"',
        '        set srcaddr "all"',
        '        set dstaddr "many-to-one"',
        '        set action accept',
        '        set service "ALL"',
        '    next',
        'end',
      ].join('\n'),
    );
    const [nat] = d.destinationNat;
    expect(nat!.inInterfaces).toBeUndefined();
    expect(nat!.translate.dst).toMatchObject({ set: { bounds: [v4('10.0.0.5'), v4('10.0.0.5') + 1] } });
  });

  it('treats central NAT mode as every VIP active and policies unrestricted by DNAT', () => {
    const d = parse(
      [
        'config system settings',
        '    set central-nat enable',
        'end',
        'config firewall vip',
        '    edit "v"',
        '        set extip 203.0.113.10',
        '        set mappedip "10.0.0.5"',
        '    next',
        'end',
        'config firewall policy',
        '    edit 1',
        '        set srcintf "any"',
        '        set dstintf "any"',
        '        set srcaddr "all"',
        '        set dstaddr "all"',
        '        set action accept',
        '        set service "ALL"',
        '    next',
        'end',
      ].join('\n'),
    );
    expect(d.destinationNat.map((n) => n.id)).toEqual(['v']);
    expect(rule(d, '1').terms[0]!.dnat).toBeUndefined();
  });

  it('widens an over-large wildcard to a superset and warns', () => {
    const parsed = parseFortigate(
      [
        '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin',
        'config firewall address',
        '    edit "odd-hosts"',
        '        set type wildcard',
        '        set wildcard 10.0.0.1 255.0.0.1',
        '    next',
        '    edit "printers"',
        '        set type wildcard',
        '        set wildcard 10.0.0.250 255.0.0.255',
        '    next',
        'end',
        'config firewall policy',
        '    edit 1',
        '        set srcintf "any"',
        '        set dstintf "any"',
        '        set srcaddr "odd-hosts"',
        '        set dstaddr "printers"',
        '        set action accept',
        '        set service "ALL"',
        '    next',
        'end',
      ].join('\n'),
      'fw.conf',
    );
    const r = rule(onlyDevice(parsed), '1');
    // printers: 2^16 exact ranges, every 10.x.y.250 and nothing else.
    expect(ruleMatches(r, pkt('10.3.3.3', '10.200.7.250', 'udp', 9100))).toBe(true);
    expect(ruleMatches(r, pkt('10.3.3.3', '10.200.7.251', 'udp', 9100))).toBe(false);
    expect(ruleMatches(r, pkt('10.3.3.3', '11.0.0.250', 'udp', 9100))).toBe(false);
    // odd-hosts needs 2^23 ranges: widened (10.3.3.2 is inside the superset), still inside 10/8.
    expect(ruleMatches(r, pkt('10.3.3.2', '10.200.7.250', 'udp', 9100))).toBe(true);
    expect(ruleMatches(r, pkt('11.3.3.3', '10.200.7.250', 'udp', 9100))).toBe(false);
    expect(parsed.warnings.filter((w) => w.comment.includes('widened'))).toHaveLength(1);
  });
});
