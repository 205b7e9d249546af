import { describe, expect, it } from 'vitest';
import { applyToPacket } from '../../../src/space/transform.js';
import { formatIp } from '../../../src/space/ip.js';
import { companionText, lineOf, managementAccepts, onlyDevice, parseFixture, pkt, rule, rulesText, stage, verdict } from './helpers.js';

describe('conversion: fw-gw01, filter FORWARD as a translated-header stage', () => {
  const text = rulesText('fw-gw01');
  const d = onlyDevice(parseFixture('fw-gw01'));
  const fwd = stage(d, 'iptables FORWARD');
  const prov = (needle: string, ...after: string[]) => ({ file: 'configs/fw-gw01.rules', line: lineOf(text, needle, ...after) });

  it('is one iptables device named by the companion hostname, interfaces and routes from the companion', () => {
    expect(d).toMatchObject({ id: 'fw-gw01', hostname: 'fw-gw01', vendor: 'iptables', zones: [], admins: [] });
    expect(d.interfaces.map((i) => i.name)).toEqual(['lo', 'ens192', 'ens224', 'ens256', 'ens224.30', 'ens161']);
    expect(d.routes).toHaveLength(7);
  });

  it('has one stage per family, both with the FORWARD policy as default and its provenance', () => {
    expect(d.filters.map((f) => [f.name, f.header, f.defaultAction])).toEqual([
      ['iptables FORWARD', 'translated', 'deny'],
      ['ip6tables FORWARD', 'translated', 'deny'],
    ]);
    expect(fwd.defaultProvenance).toEqual(prov(':FORWARD DROP'));
    expect(fwd.defaultReason).toBe('policy DROP of chain FORWARD (iptables)');
  });

  it('flattens user chains in evaluation order, ids naming the path of jumps', () => {
    expect(fwd.rules.map((r) => r.id)).toEqual([
      'IPv6',
      'FORWARD:1',
      'FORWARD:2',
      'FORWARD:3>FWD-LAN:2',
      'FORWARD:3>FWD-LAN:3',
      'FORWARD:3>FWD-LAN:4',
      'FORWARD:3>FWD-LAN:5',
      'FORWARD:4>FWD-LAN:2',
      'FORWARD:4>FWD-LAN:3',
      'FORWARD:4>FWD-LAN:4',
      'FORWARD:4>FWD-LAN:5',
      'FORWARD:5>FWD-DMZ:1',
      'FORWARD:5>FWD-DMZ:2',
      'FORWARD:5>FWD-DMZ:3>LOGDROP:3',
      'FORWARD:6>FWD-WAN:1',
      'FORWARD:6>FWD-WAN:2',
      'FORWARD:6>FWD-WAN:3',
      'FORWARD:6>FWD-WAN:4',
      'FORWARD:6>FWD-WAN:end',
      'FORWARD:7',
      'FORWARD:8>LOGDROP:3',
    ]);
    expect(rule(fwd, 'FORWARD:3>FWD-LAN:2').provenance).toEqual(prov('-A FWD-LAN -p tcp -m multiport --dports 80,443'));
    expect(rule(fwd, 'FORWARD:8>LOGDROP:3')).toMatchObject({ action: 'deny', log: true });
    // The columns show the conditions along the way, the jump's and the rule's own.
    expect(rule(fwd, 'FORWARD:3>FWD-LAN:2').display).toEqual({ inInterfaces: ['ens224'], outInterfaces: ['ens192'], sources: [], destinations: [], services: ['tcp/80,443'] });
    expect(rule(fwd, 'FORWARD:6>FWD-WAN:4')).toMatchObject({ comment: 'citizen portal; vpn psk: ********', display: { destinations: ['172.20.0.30/31'], services: ['tcp/443'] } });
    expect(rule(fwd, 'IPv6')).toMatchObject({ implicit: true, action: 'permit' });
  });

  it('a rule reached by a jump matches the jump condition and its own', () => {
    const web = pkt('10.20.1.5', '93.184.216.34', 'tcp', 443);
    expect(verdict(fwd, web, 'ens224', 'ens192')).toEqual({ action: 'permit', id: 'FORWARD:3>FWD-LAN:2' });
    expect(verdict(fwd, web, 'ens224', 'ens256')).toEqual({ action: 'permit', id: 'FORWARD:4>FWD-LAN:2' });
    // ens224.30 → ens192 does not take the FWD-LAN jump (-i ens224 names the parent only).
    expect(verdict(fwd, pkt('10.30.0.5', '93.184.216.34', 'tcp', 443), 'ens224.30', 'ens192')).toEqual({ action: 'permit', id: 'FORWARD:7' });
  });

  it('a conditional RETURN sends its packets on to the caller’s next rules', () => {
    expect(verdict(fwd, pkt('10.20.99.5', '93.184.216.34', 'tcp', 443), 'ens224', 'ens192')).toEqual({ action: 'deny', id: 'FORWARD:8>LOGDROP:3' });
  });

  it('established-only rules match no new flow; INVALID-only rules neither', () => {
    expect(rule(fwd, 'FORWARD:1').terms).toEqual([]);
    expect(rule(fwd, 'FORWARD:2').terms).toEqual([]);
  });

  it('--ctstate DNAT matches only flows this host translated; -g does not come back', () => {
    const dnatIds = d.destinationNat.map((n) => n.id);
    const toWeb = pkt('203.0.113.5', '172.20.0.10', 'tcp', 8443);
    expect(verdict(fwd, toWeb, 'ens192', 'ens256', 'PREROUTING:1>DNAT-WAN:2')).toEqual({ action: 'permit', id: 'FORWARD:6>FWD-WAN:1' });
    expect(verdict(fwd, toWeb, 'ens192', 'ens256')).toEqual({ action: 'deny', id: 'FORWARD:8>LOGDROP:3' });
    expect(rule(fwd, 'FORWARD:6>FWD-WAN:1').terms[0]!.dnat).toEqual(dnatIds);
    // Translated, but nothing in FWD-WAN accepts it: the goto ends at the FORWARD policy, not at FORWARD:7.
    expect(verdict(fwd, pkt('203.0.113.5', '172.20.0.30', 'tcp', 22), 'ens192', 'ens256', 'PREROUTING:1>DNAT-WAN:4')).toEqual({ action: 'deny', id: 'FORWARD:6>FWD-WAN:end' });
  });

  it('history modules: a DROP with hashlimit matches nothing, an ACCEPT with mac matches as if absent', () => {
    expect(rule(fwd, 'FORWARD:6>FWD-WAN:2').terms).toEqual([]);
    expect(verdict(fwd, pkt('203.0.113.5', '172.20.0.25', 'tcp', 25), 'ens192', 'ens256', 'PREROUTING:1>DNAT-WAN:3')).toEqual({ action: 'permit', id: 'FORWARD:6>FWD-WAN:3' });
    expect(verdict(fwd, pkt('10.30.0.9', '10.20.0.9', 'udp', 137), 'ens224.30', 'ens224')).toEqual({ action: 'permit', id: 'FORWARD:7' });
  });

  it('multiport, single ports and ICMP types match exactly', () => {
    const lan = (dst: string, proto: string, port: number) => verdict(fwd, pkt('10.20.1.5', dst, proto, port), 'ens224', 'ens256');
    expect(lan('172.20.0.25', 'tcp', 993).id).toBe('FORWARD:4>FWD-LAN:4');
    expect(lan('172.20.0.26', 'tcp', 993).action).toBe('deny');
    expect(lan('172.20.0.9', 'udp', 53).id).toBe('FORWARD:4>FWD-LAN:3');
    expect(lan('172.20.0.9', 'icmp', 8).id).toBe('FORWARD:4>FWD-LAN:5');
    expect(lan('172.20.0.9', 'icmp', 0).action).toBe('deny');
  });

  it('an IPv6 packet passes the IPv4 stage and is decided by ip6tables', () => {
    const v6 = stage(d, 'ip6tables FORWARD');
    const p = pkt('2001:db8:200::5', '2001:db8:999::1', 'tcp', 443);
    expect(verdict(fwd, p, 'ens224', 'ens192')).toEqual({ action: 'permit', id: 'IPv6' });
    expect(verdict(v6, p, 'ens224', 'ens192')).toEqual({ action: 'permit', id: 'FORWARD:2' });
    expect(verdict(v6, pkt('2001:db8:200::5', '2001:db8:999::1', 'tcp', 22), 'ens224', 'ens192')).toEqual({ action: 'deny', id: 'FORWARD:4' });
    expect(verdict(v6, pkt('10.20.1.5', '8.8.8.8', 'tcp', 22), 'ens224', 'ens192')).toEqual({ action: 'permit', id: 'IPv4' });
  });
});

describe('conversion: fw-gw01 NAT', () => {
  const text = rulesText('fw-gw01');
  const d = onlyDevice(parseFixture('fw-gw01'));
  const dnat = (id: string) => d.destinationNat.find((n) => n.id === id)!;

  it('nat PREROUTING becomes destination NAT in chain order; RETURN stops NAT for its sources', () => {
    expect(d.destinationNat.map((n) => [n.id, n.inInterfaces, n.provenance.line])).toEqual([
      ['PREROUTING:1>DNAT-WAN:2', ['ens192'], lineOf(text, '--to-destination 172.20.0.10:8443')],
      ['PREROUTING:1>DNAT-WAN:3', ['ens192'], lineOf(text, '--to-destination 172.20.0.25')],
      ['PREROUTING:1>DNAT-WAN:4', ['ens192'], lineOf(text, '--to-destination 172.20.0.30-172.20.0.31')],
      ['PREROUTING:2@ens224', ['ens224'], lineOf(text, 'REDIRECT --to-ports 3128')],
    ]);
    const web = dnat('PREROUTING:1>DNAT-WAN:2');
    expect(web.match.contains(pkt('203.0.113.5', '192.0.2.10', 'tcp', 443))).toBe(true);
    expect(web.match.contains(pkt('198.51.100.7', '192.0.2.10', 'tcp', 443))).toBe(false);
    expect(web.match.contains(pkt('203.0.113.5', '192.0.2.10', 'tcp', 80))).toBe(false);
  });

  it('translates address and port, address only, or into a pool', () => {
    const after = (id: string, p: ReturnType<typeof pkt>) => {
      const q = applyToPacket(dnat(id).translate, p);
      return `${formatIp(q.dst)}:${q.dstPort}`;
    };
    expect(after('PREROUTING:1>DNAT-WAN:2', pkt('203.0.113.5', '192.0.2.10', 'tcp', 443))).toBe('172.20.0.10:8443');
    expect(after('PREROUTING:1>DNAT-WAN:3', pkt('203.0.113.5', '192.0.2.11', 'tcp', 587))).toBe('172.20.0.25:587');
    expect(dnat('PREROUTING:1>DNAT-WAN:4').mapped.toString()).toBe('172.20.0.30/31');
    // REDIRECT goes to the primary address of the ingress interface.
    expect(after('PREROUTING:2@ens224', pkt('10.20.1.5', '93.184.216.34', 'tcp', 80))).toBe('10.20.0.1:3128');
  });

  it('nat POSTROUTING becomes source NAT after DNAT; ACCEPT exempts its flows; MASQUERADE uses the egress address', () => {
    expect(d.sourceNat.map((n) => [n.id, n.outInterfaces, n.header, n.pool?.toString()])).toEqual([
      ['POSTROUTING:2', ['ens192'], 'translated', '192.0.2.13'],
      ['POSTROUTING:3', ['ens192'], 'translated', undefined],
    ]);
    const masq = d.sourceNat[1]!;
    expect(masq.match.contains(pkt('10.20.1.5', '93.184.216.34', 'tcp', 443))).toBe(true);
    expect(masq.match.contains(pkt('10.20.1.5', '10.40.1.1', 'tcp', 443))).toBe(false);
  });
});

describe('conversion: fw-gw01 INPUT as management access', () => {
  const d = onlyDevice(parseFixture('fw-gw01'));
  const accepts = (src: string, dst: string, proto: string, port: number) => managementAccepts(d, pkt(src, dst, proto, port));

  it('accepts exactly what INPUT accepts, first match, DROP before ACCEPT included', () => {
    expect(accepts('10.20.5.7', '10.20.0.1', 'tcp', 22)).toBe(true);
    expect(accepts('10.20.6.7', '10.20.0.1', 'tcp', 22)).toBe(false);
    expect(accepts('10.20.9.15', '10.20.0.1', 'tcp', 443)).toBe(true);
    expect(accepts('10.20.9.21', '10.20.0.1', 'tcp', 443)).toBe(false);
    expect(accepts('10.20.1.1', '10.20.0.1', 'tcp', 3128)).toBe(true);
    expect(accepts('203.0.113.9', '192.0.2.10', 'icmp', 8)).toBe(true);
    expect(accepts('203.0.113.9', '192.0.2.10', 'tcp', 23)).toBe(false);
  });

  it('an ipset rule accepts nothing; a recent-based DROP drops nothing (ssh is then refused by the policy chain anyway)', () => {
    expect(accepts('10.20.1.1', '10.20.0.1', 'udp', 161)).toBe(false);
    expect(accepts('203.0.113.9', '192.0.2.10', 'tcp', 22)).toBe(false);
  });

  it('cannot restrict by ingress interface: what ens224 may reach is reachable from every interface (warned)', () => {
    // IN-ADMIN is entered only with -i ens224, yet the model accepts DNS from the WAN side too.
    expect(accepts('203.0.113.9', '192.0.2.10', 'udp', 53)).toBe(true);
  });

  it('each entry names its service and comes from the accepting rule', () => {
    const text = rulesText('fw-gw01');
    const ssh = d.management.find((m) => m.service === 'ssh' && m.sources?.toString() === '10.20.5.0/24')!;
    expect(ssh).toMatchObject({ secure: true, provenance: { file: 'configs/fw-gw01.rules', line: lineOf(text, '-A IN-ADMIN -s 10.20.5.0/24') } });
    expect(ssh.interface).toBeUndefined();
  });

  it('IPv6 INPUT is converted too', () => {
    expect(accepts('2001:db8:200::5', '2001:db8:200::1', 'tcp', 22)).toBe(true);
    expect(accepts('2001:db8:100::5', '2001:db8:100::10', 'tcp', 22)).toBe(false);
    expect(accepts('2001:db8:100::5', '2001:db8:100::10', 'icmp6', 128)).toBe(true);
  });
});

describe('conversion: web-proxy01 (Docker host)', () => {
  const d = onlyDevice(parseFixture('web-proxy01'));
  const fwd = stage(d, 'iptables FORWARD');

  it('DNAT through -m addrtype --dst-type LOCAL applies to the host’s own addresses, from every interface but docker0', () => {
    expect(d.destinationNat.map((n) => [n.id, n.inInterfaces])).toEqual([['PREROUTING:1>DOCKER:2', ['eth0', 'veth3c1f2a9']]]);
    const n = d.destinationNat[0]!;
    expect(n.match.contains(pkt('10.50.2.9', '10.50.1.20', 'tcp', 8080))).toBe(true);
    expect(n.match.contains(pkt('10.50.2.9', '172.17.0.1', 'tcp', 8080))).toBe(true);
    expect(n.match.contains(pkt('10.50.2.9', '10.50.1.21', 'tcp', 8080))).toBe(false);
    const q = applyToPacket(n.translate, pkt('10.50.2.9', '10.50.1.20', 'tcp', 8080));
    expect(`${formatIp(q.dst)}:${q.dstPort}`).toBe('172.17.0.2:3128');
  });

  it('Docker chains: published port allowed, DOCKER-USER drops first, isolation lets containers out', () => {
    const pub = pkt('10.50.2.9', '172.17.0.2', 'tcp', 3128);
    expect(verdict(fwd, pub, 'eth0', 'docker0', 'PREROUTING:1>DOCKER:2')).toEqual({ action: 'permit', id: 'FORWARD:4>DOCKER:1' });
    expect(verdict(fwd, pkt('10.66.0.9', '172.17.0.2', 'tcp', 3128), 'eth0', 'docker0', 'PREROUTING:1>DOCKER:2')).toEqual({ action: 'deny', id: 'FORWARD:1>DOCKER-USER:1' });
    expect(verdict(fwd, pkt('10.50.2.9', '172.17.0.5', 'tcp', 80), 'eth0', 'docker0')).toEqual({ action: 'deny' });
    expect(verdict(fwd, pkt('172.17.0.2', '93.184.216.34', 'tcp', 443), 'docker0', 'eth0')).toEqual({ action: 'permit', id: 'FORWARD:5' });
  });

  it('INPUT policy ACCEPT accepts everything its DROP/REJECT rules leave', () => {
    expect(managementAccepts(d, pkt('10.60.0.1', '10.50.1.20', 'tcp', 22))).toBe(true);
    expect(managementAccepts(d, pkt('10.60.0.1', '10.50.1.20', 'tcp', 23))).toBe(false);
    expect(managementAccepts(d, pkt('10.50.0.9', '10.50.1.20', 'tcp', 9100))).toBe(true);
    expect(managementAccepts(d, pkt('10.60.0.1', '10.50.1.20', 'tcp', 9100))).toBe(false);
    expect(managementAccepts(d, pkt('10.60.0.1', '10.50.1.20', 'udp', 23))).toBe(true);
  });

  it('IPv6 without ip6tables-save: accepted and forwarded (kernel defaults), said in warnings', () => {
    expect(managementAccepts(d, pkt('2001:db8:50::99', '2001:db8:50::20', 'tcp', 22))).toBe(true);
    expect(verdict(fwd, pkt('2001:db8:50::99', '2001:db8:77::1', 'tcp', 22), 'eth0', 'eth0')).toEqual({ action: 'permit', id: 'IPv6' });
  });

  it('MASQUERADE for containers leaving by any interface but docker0', () => {
    expect(d.sourceNat.map((n) => [n.id, n.outInterfaces])).toEqual([
      ['POSTROUTING:1', ['eth0', 'veth3c1f2a9']],
      ['POSTROUTING:2', undefined],
    ]);
  });

  it('objects: user chains as ACLs and interfaces; references from jumps', () => {
    expect(d.objects.filter((o) => o.kind === 'acl').map((o) => o.name)).toEqual(['DOCKER', 'DOCKER', 'DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2', 'DOCKER-USER']);
    expect(d.objects.filter((o) => o.kind === 'interface').map((o) => [o.name, o.provenance.file])).toEqual([
      ['eth0', 'configs/web-proxy01.ip'],
      ['docker0', 'configs/web-proxy01.ip'],
      ['veth3c1f2a9', 'configs/web-proxy01.ip'],
    ]);
    expect(d.references.filter((r) => r.kind === 'acl').every((r) => r.resolved)).toBe(true);
    expect(companionText('web-proxy01')).toContain('docker0');
  });
});
