import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/model/filter.js';
import { formatIp } from '../../../src/space/ip.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { deviceById, fixtureText, lineOf, parseFixture, pkt, ruleMatches, securityRule } from './helpers.js';

const matchesNothing = (r: Rule) => r.terms.every((t) => t.packets.isEmpty());

describe('conversion: two vsys, Panorama rules and every rule column (pa-dc01.xml)', () => {
  const text = fixtureText('pa-dc01.xml');
  const parsed = parseFixture('pa-dc01.xml');
  const v1 = deviceById(parsed, 'pa-dc01/vsys1');
  const v2 = deviceById(parsed, 'pa-dc01/vsys2');

  it('gives one device per vsys, named hostname/vsys, with the vsys as context', () => {
    expect(parsed.devices.map((d) => [d.id, d.hostname, d.context])).toEqual([
      ['pa-dc01/vsys1', 'pa-dc01', 'vsys1'],
      ['pa-dc01/vsys2', 'pa-dc01', 'vsys2'],
    ]);
  });

  it('each vsys has the layer-3 interfaces it imports; object-named and IPv6 addresses resolve', () => {
    expect(v1.interfaces.map((i) => [i.name, i.zone ?? '-', i.enabled])).toEqual([
      ['ethernet1/1', 'untrust', true],
      ['ethernet1/2.10', 'trust', true],
      ['ethernet1/2.20', 'trust', true],
      ['ethernet1/2.30', 'v6lan', true],
      ['ethernet1/6', '-', true],
      ['ethernet1/7', 'trust', false],
      ['loopback.1', 'lo', true],
    ]);
    const unit30 = v1.interfaces.find((i) => i.name === 'ethernet1/2.30')!;
    expect(unit30.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`)).toEqual(['10.31.0.1/24', '2001:db8:30::1/64']);
    expect(v2.interfaces.map((i) => [i.name, i.zone ?? '-', i.enabled])).toEqual([
      ['ethernet1/3', 'outside', true],
      ['ethernet1/4', 'inside', false],
      ['ethernet1/9', 'spare', true],
      ['ae1', 'inside', true],
      ['tunnel.1', 'vpn', true],
    ]);
  });

  it('an interface outside every zone drops its traffic both ways', () => {
    expect(v1.filters.map((f) => [f.name, f.inInterfaces, f.outInterfaces, f.rules.length, f.defaultAction])).toEqual([
      ['no security zone (ingress)', ['ethernet1/6'], undefined, 0, 'deny'],
      ['no security zone (egress)', undefined, ['ethernet1/6'], 0, 'deny'],
      ['security policy', undefined, undefined, 22, 'deny'],
    ]);
    expect(v2.filters.map((f) => f.name)).toEqual(['security policy']);
  });

  it('routes: discard and per-route distance kept, next-vr left out, shared router routes in both vsys', () => {
    expect(v1.routes.map((r) => [r.id, r.discard, r.distance, r.priority])).toEqual([
      ['default', false, 10, 10],
      ['blackhole-rfc', true, 10, 10],
      ['branch-via-lan', false, 15, 20],
      ['v6-default', false, 10, 10],
    ]);
    expect(v2.routes.map((r) => r.id)).toEqual(['vr1/blackhole-rfc', 'vr1/branch-via-lan', 'vr2/default', 'vr2/branch']);
    expect(v2.routes.find((r) => r.id === 'vr2/branch')).toMatchObject({ interface: 'tunnel.1', discard: false });
    expect(v2.routes.find((r) => r.id === 'vr2/branch')?.gateway).toBeUndefined();
  });

  it('Panorama pre-rules come first and post-rules last, in every vsys they apply to', () => {
    const ids = (d: typeof v1) => d.filters.at(-1)!.rules.map((r) => r.id);
    expect(ids(v1)[0]).toBe('pano-block-bad');
    expect(ids(v1).slice(-4)).toEqual(['dg-deny-telnet', 'pano-allow-ntp', 'intrazone-default', 'interzone-default']);
    expect(ids(v2)).toEqual(['pano-block-bad', 'to-srv2', 'vpn-rdp', 'ghost-zone', 'pano-vsys2-deny-log', 'dg-deny-telnet', 'pano-allow-ntp', 'intrazone-default', 'interzone-default']);
    expect(ruleMatches(securityRule(v2, 'dg-deny-telnet'), pkt('10.30.0.9', '10.80.0.10', 'tcp', 23))).toBe(true);
    const bad = securityRule(v1, 'pano-block-bad');
    expect(bad.action).toBe('deny');
    expect(ruleMatches(bad, pkt('10.10.0.5', '198.51.100.66', 'udp', 53))).toBe(true);
    expect(bad.provenance.line).toBe(lineOf(text, '<entry name="pano-block-bad">'));
  });

  it('application-default: each application on its default ports, groups and custom applications included', () => {
    const web = securityRule(v1, 'allow-web-out');
    expect(ruleMatches(web, pkt('10.20.0.9', '8.8.8.8', 'tcp', 443), 'ethernet1/2.20', 'ethernet1/1')).toBe(true);
    expect(ruleMatches(web, pkt('10.10.0.9', '8.8.8.8', 'tcp', 80))).toBe(true);
    expect(ruleMatches(web, pkt('10.10.0.9', '8.8.8.8', 'tcp', 8080))).toBe(false);
    expect(ruleMatches(web, pkt('10.30.0.9', '8.8.8.8', 'tcp', 443))).toBe(false);
    const custom = securityRule(v1, 'allow-custom');
    expect(ruleMatches(custom, pkt('10.10.0.9', '8.8.8.8', 'tcp', 8443))).toBe(true);
    expect(ruleMatches(custom, pkt('10.10.0.9', '8.8.8.8', 'tcp', 443))).toBe(false);
    const ping = securityRule(v1, 'lan20-ping-out');
    expect(ruleMatches(ping, pkt('10.20.0.9', '8.8.8.8', 'icmp', 8))).toBe(true);
    expect(ruleMatches(ping, pkt('10.20.0.9', '8.8.8.8', 'icmp', 0))).toBe(false);
    const ntp = securityRule(v2, 'pano-allow-ntp');
    expect(ruleMatches(ntp, pkt('10.80.0.9', '10.50.0.123', 'udp', 123))).toBe(true);
    const rdp = securityRule(v2, 'vpn-rdp');
    expect(ruleMatches(rdp, pkt('192.168.100.9', '10.80.0.10', 'tcp', 3389))).toBe(true);
    expect(ruleMatches(rdp, pkt('192.168.100.9', '10.80.0.10', 'udp', 3389))).toBe(true);
  });

  it('an explicit service decides whatever the applications; an unknown application with application-default matches nothing', () => {
    const dns = securityRule(v1, 'allow-dns');
    expect(ruleMatches(dns, pkt('10.10.0.9', '10.50.0.53', 'udp', 53))).toBe(true);
    expect(ruleMatches(dns, pkt('10.10.0.9', '10.50.0.53', 'tcp', 53))).toBe(false);
    expect(matchesNothing(securityRule(v1, 'allow-mystery'))).toBe(true);
  });

  it('deny rules that depend on an application, a URL category or a user match nothing; allow rules ignore users and schedules', () => {
    expect(securityRule(v1, 'deny-p2p').action).toBe('deny');
    expect(matchesNothing(securityRule(v1, 'deny-p2p'))).toBe(true);
    expect(matchesNothing(securityRule(v1, 'deny-adult'))).toBe(true);
    const staff = securityRule(v1, 'allow-staff');
    for (const port of [80, 8080, 8005]) expect(ruleMatches(staff, pkt('10.10.0.9', '8.8.8.8', 'tcp', port))).toBe(true);
    expect(ruleMatches(staff, pkt('10.10.0.9', '8.8.8.8', 'tcp', 8011))).toBe(false);
    const even = securityRule(v1, 'even-ssh');
    expect(ruleMatches(even, pkt('10.10.0.4', '8.8.8.8', 'tcp', 22))).toBe(true);
    expect(ruleMatches(even, pkt('10.10.0.5', '8.8.8.8', 'tcp', 22))).toBe(false);
  });

  it('rule types: intrazone stays in a zone, interzone changes zone, universal is both', () => {
    const intra = securityRule(v1, 'intra-trust-block');
    expect(intra.terms.map((t) => [t.inInterfaces, t.outInterfaces])).toEqual([
      [
        ['ethernet1/2.10', 'ethernet1/2.20', 'ethernet1/7'],
        ['ethernet1/2.10', 'ethernet1/2.20', 'ethernet1/7'],
      ],
    ]);
    expect(ruleMatches(intra, pkt('10.20.0.120', '10.10.0.5', 'tcp', 445))).toBe(true);
    expect(ruleMatches(intra, pkt('10.20.0.99', '10.10.0.5', 'tcp', 445))).toBe(false);
    const inter = securityRule(v1, 'lan20-ping-out');
    expect(inter.terms).toHaveLength(1);
    expect(inter.terms[0]!.inInterfaces).toEqual(['ethernet1/2.10', 'ethernet1/2.20', 'ethernet1/7']);
    expect(inter.terms[0]!.outInterfaces).toEqual(['ethernet1/1', 'ethernet1/2.30', 'loopback.1']);
  });

  it('negation, literal addresses and ranges, source ports, disabled rules', () => {
    const neg = securityRule(v1, 'not-from-lan');
    expect(ruleMatches(neg, pkt('8.8.8.8', '10.10.0.80', 'tcp', 8080))).toBe(true);
    expect(ruleMatches(neg, pkt('8.8.8.8', '10.10.0.80', 'tcp', 443))).toBe(true);
    expect(ruleMatches(neg, pkt('10.20.0.5', '10.10.0.80', 'tcp', 8080))).toBe(false);
    expect(neg.display.sources).toEqual(['!lan-all']);
    const syslog = securityRule(v1, 'syslog-out');
    expect(ruleMatches(syslog, pkt('10.20.0.11', '8.8.8.8', 'udp', 514, 5000))).toBe(true);
    expect(ruleMatches(syslog, pkt('10.20.0.11', '8.8.8.8', 'udp', 514, 514))).toBe(false);
    expect(ruleMatches(syslog, pkt('10.20.0.13', '8.8.8.8', 'udp', 514, 5000))).toBe(false);
    const fwd = securityRule(v1, 'ssh-fwd-in');
    expect(ruleMatches(fwd, pkt('192.0.2.9', '198.51.100.2', 'tcp', 2222))).toBe(true);
    expect(securityRule(v1, 'old-rule').enabled).toBe(false);
    expect(matchesNothing(securityRule(v1, 'fqdn-out'))).toBe(true);
    expect(matchesNothing(securityRule(v1, 'block-quarantine'))).toBe(true);
    expect(securityRule(v2, 'ghost-zone').terms[0]!.inInterfaces).toEqual([]);
  });

  it('default rules follow their overrides, with the override line as provenance', () => {
    expect(securityRule(v1, 'intrazone-default')).toMatchObject({ action: 'deny', log: true, provenance: { line: lineOf(text, '<entry name="intrazone-default">') } });
    expect(securityRule(v1, 'interzone-default')).toMatchObject({ action: 'deny', provenance: { line: lineOf(text, '<security>', '<entry name="vsys1">') } });
    expect(securityRule(v2, 'intrazone-default').action).toBe('permit');
  });

  it('destination NAT with a port, one-to-one ranges, and port forwarding on the interface address', () => {
    const byId = new Map(v1.destinationNat.map((n) => [n.id, n]));
    const web = byId.get('web-dnat')!;
    const p = pkt('203.0.113.9', '198.51.100.3', 'tcp', 80);
    expect(web.match.contains(p)).toBe(true);
    expect(web.match.contains(pkt('203.0.113.9', '198.51.100.3', 'tcp', 443))).toBe(false);
    expect(applyToPacket(web.translate, p)).toMatchObject({ dst: { value: applyToPacket(web.translate, p).dst.value }, dstPort: 8080 });
    expect(formatIp(applyToPacket(web.translate, p).dst)).toBe('10.10.0.80');
    const pool = byId.get('pool-dnat')!;
    expect(formatIp(applyToPacket(pool.translate, pkt('203.0.113.9', '198.51.100.4', 'udp', 5)).dst)).toBe('10.10.0.90');
    expect(formatIp(applyToPacket(pool.translate, pkt('203.0.113.9', '198.51.100.5', 'udp', 5)).dst)).toBe('10.10.0.91');
    const ssh = byId.get('ssh-fwd')!;
    const q = pkt('192.0.2.9', '198.51.100.2', 'tcp', 2222);
    expect(ssh.match.contains(q)).toBe(true);
    expect([formatIp(applyToPacket(ssh.translate, q).dst), applyToPacket(ssh.translate, q).dstPort]).toEqual(['10.10.0.22', 22]);
    expect(byId.has('old-nat')).toBe(false);
    expect(byId.has('v6-to-v4')).toBe(false);
  });

  it('first match decides both translations: an exemption shadows later source NAT', () => {
    const hide = v1.sourceNat.find((s) => s.id === 'hide-nat')!;
    expect(hide).toMatchObject({ header: 'original', outInterfaces: ['ethernet1/1'], inInterfaces: ['ethernet1/2.10', 'ethernet1/2.20', 'ethernet1/7'] });
    expect(hide.pool?.toString()).toBe('198.51.100.2');
    expect(hide.match.contains(pkt('10.10.0.5', '8.8.8.8', 'tcp', 443))).toBe(true);
    // no-nat-branch comes first for 10.77.0.0/16.
    expect(hide.match.contains(pkt('10.10.0.5', '10.77.1.1', 'tcp', 443))).toBe(false);
    expect(hide.match.contains(pkt('10.20.0.5', '10.77.1.1', 'tcp', 443))).toBe(true);
    // static-bidir comes first for its host.
    expect(hide.match.contains(pkt('10.20.0.50', '8.8.8.8', 'tcp', 443))).toBe(false);
    const bidir = v1.sourceNat.find((s) => s.id === 'static-bidir')!;
    expect(bidir.pool?.toString()).toBe('198.51.100.6');
    expect(bidir.match.contains(pkt('10.20.0.50', '8.8.8.8', 'tcp', 443))).toBe(true);
    expect(v1.sourceNat.find((s) => s.id === 'lo-dynip')).toMatchObject({ inInterfaces: ['loopback.1'] });
  });

  it('a bi-directional static NAT adds its reverse destination NAT, behind the forward rule', () => {
    const reverse = v1.destinationNat.filter((n) => n.id.startsWith('static-bidir (reverse)'));
    expect(reverse.length).toBeGreaterThan(0);
    const on = (iface: string, src: string) => reverse.filter((n) => (n.inInterfaces === undefined || n.inInterfaces.includes(iface)) && n.match.contains(pkt(src, '198.51.100.6', 'tcp', 443)));
    expect(on('ethernet1/1', '203.0.113.9')).toHaveLength(1);
    expect(reverse.every((n) => n.outInterfaces?.join() === 'ethernet1/1')).toBe(true);
    expect(formatIp(applyToPacket(on('ethernet1/1', '203.0.113.9')[0]!.translate, pkt('203.0.113.9', '198.51.100.6', 'tcp', 443)).dst)).toBe('10.20.0.50');
    // From any zone: a host in trust other than the translated one gets the reverse too.
    expect(on('ethernet1/2.10', '10.10.0.5')).toHaveLength(1);
    // From the host itself, in trust, the forward rule wins.
    expect(on('ethernet1/2.20', '10.20.0.50')).toEqual([]);
  });

  it('dynamic destination translation goes onto the pool address; management follows each interface profile', () => {
    expect(v2.destinationNat.map((n) => [n.id, n.mapped.toString()])).toEqual([['dyn-dest', '10.80.0.10']]);
    expect(v1.management.map((m) => [m.interface, m.service, m.secure, m.sources?.toString()])).toEqual([
      ['ethernet1/1', 'https', true, '192.0.2.0/24'],
      ['ethernet1/1', 'ssh', true, '192.0.2.0/24'],
      ['ethernet1/2.20', 'ping', true, undefined],
      ['ethernet1/2.20', 'ssh', true, undefined],
      ['ethernet1/2.20', 'https', true, undefined],
      ['ethernet1/2.20', 'http', false, undefined],
      ['ethernet1/2.20', 'snmp', false, undefined],
    ]);
  });

  it('records shared and vsys objects, and unresolved references', () => {
    expect(v1.objects.some((o) => o.kind === 'address' && o.name === 'shared-dns')).toBe(true);
    expect(v2.objects.some((o) => o.kind === 'address' && o.name === 'shared-dns')).toBe(true);
    expect(v2.references.filter((r) => !r.resolved).map((r) => [r.kind, r.name, r.usedBy])).toEqual([['zone', 'dmz-old', 'security rule ghost-zone']]);
    expect(v1.references.some((r) => r.kind === 'address-group' && r.name === 'lan-all' && r.resolved)).toBe(true);
    expect(v1.admins.map((a) => a.name)).toEqual(['admin', 'auditor', 'vsys2-ope']);
  });
});

describe('conversion: set-format branch with two vsys (pa-shisho.set)', () => {
  const parsed = parseFixture('pa-shisho.set');
  const v1 = deviceById(parsed, 'pa-shisho/vsys1');
  const v2 = deviceById(parsed, 'pa-shisho/vsys2');

  it('an address learned by DHCP is unknown; an interface route has no gateway', () => {
    expect(v1.interfaces.find((i) => i.name === 'ethernet1/4')).toMatchObject({ addresses: [], zone: 'wan' });
    expect(v1.routes.find((r) => r.id === 'honcho')).toMatchObject({ interface: 'tunnel.1', priority: 5 });
  });

  it('quoted names resolve; telnet management is insecure and limited to the permitted sources', () => {
    const file = securityRule(v1, 'file in');
    expect(ruleMatches(file, pkt('198.51.100.7', '203.0.113.35', 'tcp', 445))).toBe(true);
    expect(ruleMatches(file, pkt('198.51.100.7', '203.0.113.35', 'tcp', 8443))).toBe(true);
    expect(v1.destinationNat[0]!.mapped.toString()).toBe('10.121.0.10');
    const telnet = v1.management.find((m) => m.service === 'telnet')!;
    expect(telnet).toMatchObject({ interface: 'ethernet1/2.100', secure: false });
    expect(telnet.sources?.toString()).toBe('10.120.9.0/24, 10.121.0.0/24');
  });

  it('application groups from shared, and interzone rules in the second vsys', () => {
    const lan = securityRule(v1, 'lan-to-honcho');
    expect(ruleMatches(lan, pkt('10.121.0.5', '10.120.1.1', 'tcp', 445))).toBe(true);
    expect(ruleMatches(lan, pkt('10.121.0.5', '10.120.1.1', 'tcp', 443))).toBe(true);
    expect(ruleMatches(lan, pkt('10.121.0.5', '10.50.0.123', 'udp', 123))).toBe(true);
    expect(ruleMatches(lan, pkt('10.121.0.5', '10.120.1.1', 'tcp', 3389))).toBe(false);
    const wifi = securityRule(v2, 'wifi-out');
    expect(wifi.terms.map((t) => [t.inInterfaces, t.outInterfaces])).toEqual([[['ethernet1/3', 'vlan.30'], ['ethernet1/2.200']]]);
    expect(v2.sourceNat.map((s) => [s.id, s.pool?.toString()])).toEqual([
      ['wifi-pool', '10.122.0.240/30, 10.122.0.250'],
      ['printer-static', '10.123.0.50'],
    ]);
  });

  it('application any with application-default lets every service through (and says so); negated destinations', () => {
    const r = securityRule(v2, 'kominkan-any-default');
    expect(ruleMatches(r, pkt('10.122.0.5', '10.124.0.9', 'udp', 5353))).toBe(true);
    expect(ruleMatches(r, pkt('10.122.0.5', '10.123.0.9', 'tcp', 443))).toBe(false);
    expect(r.log).toBe(true);
    expect(parsed.warnings.some((w) => w.kind === 'unsupported' && w.comment.startsWith('application any with service application-default'))).toBe(true);
  });
});

describe('conversion: minimal inputs', () => {
  it('names the device after the file when the configuration has no hostname, and gives it vsys1', async () => {
    const { parsePanos } = await import('../../../parsers/paloalto/index.js');
    const r = parsePanos('set network interface ethernet ethernet1/1 layer3 ip 10.0.0.1/24\n', 'configs/fw-branch-07.set');
    expect(r.status).toBe('PASSED');
    expect(r.devices.map((d) => [d.id, d.context])).toEqual([['fw-branch-07', undefined]]);
    // No zone, no virtual router: the interface is down and drops everything.
    expect(r.devices[0]!.interfaces[0]).toMatchObject({ name: 'ethernet1/1', enabled: false });
    expect(r.warnings.map((w) => w.kind)).toEqual(['invalid']);
  });
});
