import { describe, expect, it } from 'vitest';
import { propagate } from '../../../src/analysis/propagate.js';
import { startsFor } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import type { Device } from '../../../src/model/device.js';
import { ServiceSet } from '../../../src/space/service-set.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { formatIp } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { segment, site, space } from '../../helpers/build-network.js';
import { fixtureText, lineOf, parseFixture, pkt, ruleMatches, securityRule, toJson, v4 } from './helpers.js';

describe('conversion: the sample-city edge firewall (pa-edge.xml)', () => {
  const text = fixtureText('sample:pa-edge.xml');
  const parsed = parseFixture('sample:pa-edge.xml');
  const d = parsed.devices[0]!;
  const prov = (line: number) => ({ file: 'configs/pa-edge.xml', line });

  it('is one paloalto device named by its hostname, without context, and nothing is left unread', () => {
    expect(parsed).toMatchObject({ format: 'paloalto', status: 'PASSED', warnings: [] });
    expect(parsed.devices).toHaveLength(1);
    expect(d).toMatchObject({ id: 'pa-edge', hostname: 'pa-edge', vendor: 'paloalto', provenance: prov(lineOf(text, '<entry name="vsys1">')) });
    expect(d.context).toBeUndefined();
  });

  it('converts interfaces with zones, comments and addresses, and zones with members', () => {
    expect(d.interfaces.map((i) => [i.name, i.zone, i.enabled, i.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`)])).toEqual([
      ['ethernet1/1', 'untrust', true, ['203.0.113.10/28']],
      ['ethernet1/2', 'trust', true, ['10.255.10.1/30']],
      ['ethernet1/3', 'dmz', true, ['10.140.0.1/24']],
    ]);
    expect(d.interfaces[2]!.description).toBe('公開セグメント (DMZ)');
    expect(d.zones.map((z) => [z.name, z.interfaces, z.provenance.line])).toEqual([
      ['untrust', ['ethernet1/1'], lineOf(text, '<entry name="untrust">')],
      ['trust', ['ethernet1/2'], lineOf(text, '<entry name="trust">')],
      ['dmz', ['ethernet1/3'], lineOf(text, '<entry name="dmz">')],
    ]);
  });

  it('converts the static routes of the virtual router, with PAN-OS distance and metric', () => {
    expect(d.routes.map((r) => [r.id, `${formatIp(r.gateway!)}`, r.interface, r.distance, r.priority, r.discard, r.provenance.line])).toEqual([
      ['default-route', '203.0.113.1', 'ethernet1/1', 10, 10, false, lineOf(text, '<entry name="default-route">')],
      ['to-internet-segment', '10.255.10.2', 'ethernet1/2', 10, 10, false, lineOf(text, '<entry name="to-internet-segment">')],
    ]);
  });

  it('has one security stage on the original header, the rules in order, then the two default rules', () => {
    expect(d.filters).toHaveLength(1);
    const stage = d.filters[0]!;
    expect(stage).toMatchObject({ name: 'security policy', header: 'original', defaultAction: 'deny' });
    expect(stage.rules.map((r) => [r.id, r.action, r.implicit, r.log])).toEqual([
      ['proxy-out', 'permit', false, true],
      ['mail-out', 'permit', false, true],
      ['web-in', 'permit', false, true],
      ['mail-in', 'permit', false, true],
      ['intrazone-default', 'permit', true, false],
      ['interzone-default', 'deny', true, true],
    ]);
    expect(securityRule(d, 'intrazone-default').provenance).toEqual(prov(lineOf(text, '<entry name="intrazone-default">')));
    expect(securityRule(d, 'interzone-default').provenance).toEqual(prov(lineOf(text, '<entry name="interzone-default">')));
  });

  it('proxy-out: web-browsing and ssl on their default ports only, from the proxy, trust to untrust', () => {
    const r = securityRule(d, 'proxy-out');
    expect(r.terms).toHaveLength(1);
    expect(r.terms[0]!.inInterfaces).toEqual(['ethernet1/2']);
    expect(r.terms[0]!.outInterfaces).toEqual(['ethernet1/1']);
    expect(r.display).toEqual({ inInterfaces: ['trust'], outInterfaces: ['untrust'], sources: ['proxy-server'], destinations: ['any'], services: ['application-default', 'app:web-browsing', 'app:ssl'] });
    expect(r.comment).toBe('プロキシからインターネットへの Web 通信');
    for (const [port, ok] of [
      [80, true],
      [443, true],
      [8080, false],
      [25, false],
    ] as const) {
      expect(ruleMatches(r, pkt('10.130.5.5', '93.184.216.34', 'tcp', port)), `tcp/${port}`).toBe(ok);
    }
    expect(ruleMatches(r, pkt('10.130.5.5', '93.184.216.34', 'udp', 443))).toBe(false);
    expect(ruleMatches(r, pkt('10.130.5.6', '93.184.216.34', 'tcp', 443))).toBe(false);
  });

  it('mail-in matches the pre-NAT address on the smtp default port, into the post-NAT zone', () => {
    const r = securityRule(d, 'mail-in');
    expect(r.terms[0]).toMatchObject({ inInterfaces: ['ethernet1/1'], outInterfaces: ['ethernet1/2'] });
    expect(ruleMatches(r, pkt('198.51.100.7', '203.0.113.13', 'tcp', 25))).toBe(true);
    expect(ruleMatches(r, pkt('198.51.100.7', '10.130.5.20', 'tcp', 25))).toBe(false);
    expect(ruleMatches(r, pkt('198.51.100.7', '203.0.113.13', 'tcp', 110))).toBe(false);
    expect(ruleMatches(securityRule(d, 'web-in'), pkt('198.51.100.7', '203.0.113.12', 'tcp', 443))).toBe(true);
  });

  it('intrazone-default allows within each zone; interzone-default denies the rest', () => {
    const intra = securityRule(d, 'intrazone-default');
    expect(intra.terms.map((t) => [t.inInterfaces, t.outInterfaces])).toEqual([
      [['ethernet1/1'], ['ethernet1/1']],
      [['ethernet1/2'], ['ethernet1/2']],
      [['ethernet1/3'], ['ethernet1/3']],
    ]);
    expect(intra.terms.every((t) => t.packets.contains(pkt('10.0.0.1', '10.0.0.2', 'udp', 9)))).toBe(true);
    const inter = securityRule(d, 'interzone-default');
    expect(inter.terms).toHaveLength(1);
    expect(inter.terms[0]!.inInterfaces).toBeUndefined();
  });

  it('destination NAT: each rule on its ingress and pre-NAT egress, onto one address', () => {
    expect(d.destinationNat.map((n) => [n.id, n.inInterfaces, n.outInterfaces, n.provenance.line])).toEqual([
      ['web-dnat', ['ethernet1/1'], ['ethernet1/1'], lineOf(text, '<entry name="web-dnat"')],
      ['mail-dnat', ['ethernet1/1'], ['ethernet1/1'], lineOf(text, '<entry name="mail-dnat"')],
    ]);
    const web = d.destinationNat[0]!;
    const p = pkt('198.51.100.7', '203.0.113.12', 'tcp', 443);
    expect(web.match.contains(p)).toBe(true);
    expect(web.match.contains(pkt('198.51.100.7', '203.0.113.12', 'tcp', 80))).toBe(false);
    expect(formatIp(applyToPacket(web.translate, p).dst)).toBe('10.140.0.10');
    expect(applyToPacket(web.translate, p).dstPort).toBe(443);
    expect(web.mapped.toString()).toBe('10.140.0.10');
  });

  it('source NAT: on the original header, from trust to untrust, onto the interface address', () => {
    expect(d.sourceNat).toHaveLength(1);
    const s = d.sourceNat[0]!;
    expect(s).toMatchObject({ id: 'outbound-snat', inInterfaces: ['ethernet1/2'], outInterfaces: ['ethernet1/1'], header: 'original' });
    expect(s.pool?.toString()).toBe('203.0.113.10');
    expect(s.match.contains(pkt('10.130.5.20', '8.8.8.8', 'tcp', 25))).toBe(true);
    expect(s.match.contains(pkt('10.130.5.21', '8.8.8.8', 'tcp', 25))).toBe(false);
  });

  it('management: ping and ssh on the trust link, from anywhere; admins with their roles', () => {
    expect(d.management.map((m) => [m.interface, m.service, m.secure, m.sources, m.provenance.line])).toEqual([
      ['ethernet1/2', 'ping', true, undefined, lineOf(text, '<ping>yes')],
      ['ethernet1/2', 'ssh', true, undefined, lineOf(text, '<ssh>yes')],
    ]);
    expect(d.management[0]!.packets).toEqual(ServiceSet.unionAll([d.management[0]!.packets]));
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([
      ['admin', 'superuser'],
      ['johosys-ope', 'superreader'],
    ]);
  });

  it('records objects and every reference it resolved', () => {
    expect(d.objects.filter((o) => o.kind === 'address').map((o) => o.name)).toEqual(['proxy-server', 'mail-gateway', 'web-server', 'web-public', 'mail-public']);
    expect(d.objects.filter((o) => o.kind === 'zone').map((o) => o.name)).toEqual(['untrust', 'trust', 'dmz']);
    expect(d.references.every((r) => r.resolved)).toBe(true);
    expect(d.references.some((r) => r.kind === 'service' && r.name === 'tcp-25' && r.usedBy === 'NAT rule mail-dnat')).toBe(true);
  });

  it('set commands of the same device convert to the same device', () => {
    const fromSet = parseFixture('pa-edge.set');
    expect(fromSet.status).toBe('PASSED');
    const strip = (dev: Device) => JSON.parse(toJson(dev), (k, v: unknown) => (k === 'provenance' || k === 'defaultProvenance' ? undefined : v));
    expect(strip(fromSet.devices[0]!)).toEqual(strip(d));
  });
});

describe('the sample-city edge in the analysis: only the web and mail NAT come in', () => {
  const d = parseFixture('sample:pa-edge.xml').devices[0]!;
  const city = site({
    segments: [
      { ...segment('internet', 'internet', '10.130.0.0/16'), attach: [{ device: 'pa-edge', interface: 'ethernet1/2', securityCloud: false }] },
      segment('dmz', 'dmz', '10.140.0.0/24'),
    ],
    externals: [{ id: 'the-internet', kind: 'internet', networks: 'default', attach: [{ device: 'pa-edge', interface: 'ethernet1/1', securityCloud: true }] }],
    transit: space('10.255.0.0/16'),
  });
  const topology = new Topology([d], city);
  const outcomes = propagate(topology, startsFor(topology));
  const fate = (from: string, p: Packet) => {
    const o = outcomes.filter((x) => x.source === from && x.orig.contains(p));
    expect(o, `${from} ${JSON.stringify(p)}`).toHaveLength(1);
    const hop = o[0]!.hops[0]!;
    const t = applyToPacket(o[0]!.t, p);
    return {
      disposition: o[0]!.disposition,
      to: o[0]!.to,
      rule: hop.decisions.at(-1)?.ruleId,
      dst: formatIp(t.dst),
      src: formatIp(t.src),
      dnat: hop.dnat?.id,
      snat: hop.snat?.ruleId,
    };
  };

  it('Internet → public web: translated to the DMZ server, allowed by web-in', () => {
    expect(fate('the-internet', pkt('198.51.100.7', '203.0.113.12', 'tcp', 443))).toEqual({
      disposition: 'delivered',
      to: 'dmz',
      rule: 'web-in',
      dst: '10.140.0.10',
      src: '198.51.100.7',
      dnat: 'web-dnat',
      snat: undefined,
    });
  });

  it('Internet → public mail: to the mail gateway behind srx-fw, allowed by mail-in', () => {
    expect(fate('the-internet', pkt('198.51.100.7', '203.0.113.13', 'tcp', 25))).toMatchObject({ disposition: 'delivered', to: 'internet', rule: 'mail-in', dst: '10.130.5.20', dnat: 'mail-dnat' });
  });

  it('nothing else from the Internet gets in', () => {
    for (const p of [pkt('198.51.100.7', '10.130.5.5', 'tcp', 443), pkt('198.51.100.7', '10.140.0.10', 'tcp', 443), pkt('198.51.100.7', '10.130.5.20', 'tcp', 25)]) {
      expect(fate('the-internet', p), JSON.stringify(p)).toMatchObject({ disposition: 'denied', rule: 'interzone-default' });
    }
    // The public addresses on other ports are not translated: they stay on the outside
    // subnet, where the untrust zone's intrazone-default lets them back out.
    for (const port of [80, 445]) {
      expect(fate('the-internet', pkt('198.51.100.7', '203.0.113.12', 'tcp', port))).toMatchObject({ disposition: 'delivered', to: 'the-internet', rule: 'intrazone-default', dnat: undefined });
    }
  });

  it('the proxy and the mail gateway go out, hidden behind the interface address', () => {
    expect(fate('internet', pkt('10.130.5.5', '93.184.216.34', 'tcp', 443))).toEqual({
      disposition: 'delivered',
      to: 'the-internet',
      rule: 'proxy-out',
      dst: '93.184.216.34',
      src: '203.0.113.10',
      dnat: undefined,
      snat: 'outbound-snat',
    });
    expect(fate('internet', pkt('10.130.5.20', '93.184.216.34', 'tcp', 25))).toMatchObject({ disposition: 'delivered', rule: 'mail-out', src: '203.0.113.10' });
    expect(fate('internet', pkt('10.130.1.50', '93.184.216.34', 'tcp', 443))).toMatchObject({ disposition: 'denied', rule: 'interzone-default' });
    expect(fate('internet', pkt('10.130.5.5', '93.184.216.34', 'tcp', 22))).toMatchObject({ disposition: 'denied' });
  });

  it('the DMZ initiates nothing; the trust link answers ping and ssh', () => {
    expect(fate('dmz', pkt('10.140.0.10', '93.184.216.34', 'tcp', 443))).toMatchObject({ disposition: 'denied', rule: 'interzone-default' });
    expect(fate('dmz', pkt('10.140.0.10', '10.130.5.5', 'tcp', 3128))).toMatchObject({ disposition: 'denied' });
    expect(fate('internet', pkt('10.130.5.5', '10.255.10.1', 'tcp', 22))).toMatchObject({ disposition: 'accepted', to: 'pa-edge' });
    expect(fate('internet', pkt('10.130.5.5', '10.255.10.1', 'icmp', 8))).toMatchObject({ disposition: 'accepted' });
    expect(fate('internet', pkt('10.130.5.5', '10.255.10.1', 'tcp', 443))).toMatchObject({ disposition: 'denied' });
    expect(fate('the-internet', pkt('198.51.100.7', '203.0.113.10', 'tcp', 22))).toMatchObject({ disposition: 'denied' });
    expect(v4('203.0.113.10')).toBeGreaterThan(0);
  });
});
