import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/layout.js';
import { parseProtocol } from '../../src/space/protocols.js';
import type { IngressChoice, ServiceFilter } from '../../src/trace/trace-query.js';
import { type TraceDocument, packetTraceDocument, serviceDocument } from '../../src/trace/trace-document.js';
import { tracePackets } from '../../src/trace/trace-packets.js';
import { renderTraceText } from '../../src/trace/trace-text.js';
import { ip, smallNetwork } from './small-network.js';

const net = smallNetwork();

/** The trace document of src → dst, as `sansou trace` builds it. */
function trace(src: string, dst: string, service: ServiceFilter = {}, ingress?: IngressChoice): TraceDocument {
  const query = { kind: 'packet' as const, src: ip(src), dst: ip(dst), service, ...(ingress ? { ingress } : {}) };
  const traced = tracePackets(net.topology, net.plans, query);
  return packetTraceDocument(net.ctx, { src, dst, ...serviceDocument(service) }, traced.entries, traced.classes);
}

const tcp = (dstPort: number, srcPort = 40000): ServiceFilter => ({ protocol: parseProtocol('tcp')!, srcPort, dstPort });
const path = (doc: TraceDocument, k = 0) => doc.classes[k]!.hops.map((h) => [h.device, h.in, h.out ?? '-', h.decisions.map((d) => d.rule ?? `default-${d.action}`).join(',')]);

describe('tracing one packet through a hand-built network', () => {
  it('follows a permitted packet through both firewalls, with routes, rules, NAT and lines', () => {
    const doc = trace('10.1.0.5', '10.2.0.10', tcp(443));
    expect(doc.classes).toHaveLength(1);
    const c = doc.classes[0]!;
    expect([c.disposition, c.deliveredTo, doc.getsThrough]).toEqual(['delivered', 'dmz', true]);
    expect(path(doc)).toEqual([
      ['fw1', 'inside', 'link', '10'],
      ['fw2', 'link', 'dmz', '30'],
    ]);
    const [first, second] = c.hops;
    expect(first!.routeEntry).toEqual({ prefix: '10.2.0.0/16', kind: 'static', id: 'r1', gateway: '10.255.0.2', file: 'test.conf', line: 31 });
    expect(first!.decisions).toEqual([{ stage: 'policy', rule: '10', ruleName: 'LAN-DMZ-WEB', implicit: false, action: 'permit', file: 'test.conf', line: 10 }]);
    // A rule that names no pool translates into the egress interface's own address, shown as such.
    expect(first!.snatEntry).toEqual({ pool: '10.255.0.1', rule: '10', file: 'test.conf', line: 10 });
    expect(second!.outZone).toBe('DMZ');
    expect(second!.routeEntry).toMatchObject({ prefix: '10.2.0.0/24', kind: 'connected' });
    // The witness is the packet itself; the source NAT shows in the packet as delivered.
    expect(c.witness).toEqual({ src: '10.1.0.5', dst: '10.2.0.10', protocol: 'tcp', srcPort: 40000, dstPort: 443 });
    expect(c.translated).toEqual({ src: '10.255.0.1', dst: '10.2.0.10', protocol: 'tcp', srcPort: 40000, dstPort: 443 });
  });

  it('names the stage default, with its line, when no rule matches', () => {
    const doc = trace('10.1.0.5', '10.2.0.10', tcp(22));
    expect(doc.classes.map((c) => c.disposition)).toEqual(['denied']);
    expect(doc.classes[0]!.stop).toEqual({ device: 'fw1', iface: 'inside', cause: 'default', stage: 'policy', implicit: true, reason: 'implicit deny', file: 'test.conf', line: 9 });
    expect(doc.getsThrough).toBe(false);
  });

  it('names the denying rule and its line', () => {
    const doc = trace('10.1.0.5', '10.2.0.99', tcp(80));
    expect(doc.classes[0]!.stop).toEqual({ device: 'fw1', iface: 'inside', cause: 'rule', stage: 'policy', rule: '20', ruleName: 'BLOCK-99', implicit: false, file: 'test.conf', line: 20 });
    const text = renderTraceText(doc, 'snap', 'en');
    expect(text).toContain('[1] denied by rule 20 "BLOCK-99" on fw1 (policy)   test.conf:20');
    expect(text).toContain('result: denied — the flow does not get through');
  });

  it('reports a null route with the route line, and no route with the device', () => {
    const nul = trace('10.1.0.5', '10.9.1.1', tcp(80));
    expect(nul.classes.map((c) => [c.disposition, c.stop])).toEqual([['null-route', { device: 'fw1', iface: 'inside', cause: 'null-route', route: '10.9.0.0/16', file: 'test.conf', line: 30 }]]);
    const none = trace('10.1.0.5', '192.0.2.1', tcp(80));
    expect(none.classes.map((c) => [c.disposition, c.stop])).toEqual([['no-route', { device: 'fw1', iface: 'inside', cause: 'no-route' }]]);
    expect(renderTraceText(none, 'snap', 'en')).toContain('no route: fw1 has no route to 192.0.2.1');
  });

  it('reports a loop at the interface entered again', () => {
    const doc = trace('10.1.0.5', '10.8.0.1', tcp(443));
    expect(doc.classes.map((c) => c.disposition)).toEqual(['loop']);
    expect(path(doc).map(([d, i]) => `${d} ${i}`)).toEqual(['fw1 inside', 'fw2 link', 'fw1 link', 'fw2 link']);
    expect(doc.classes[0]!.stop).toEqual({ device: 'fw2', iface: 'link', cause: 'loop' });
  });

  it('tells packets a device answers itself from those it refuses', () => {
    expect(trace('10.1.0.5', '10.1.0.1', tcp(22)).classes.map((c) => [c.disposition, c.acceptedBy])).toEqual([['accepted', 'fw1']]);
    const telnet = trace('10.1.0.5', '10.1.0.1', tcp(23));
    expect(telnet.classes.map((c) => [c.disposition, c.stop?.cause])).toEqual([['denied', 'no-service']]);
    // ssh is answered only from 10.1.0.0/24.
    expect(trace('10.1.5.5', '10.1.0.1', tcp(22)).classes.map((c) => c.stop?.cause)).toEqual(['no-service']);
  });

  it('shows destination NAT on ingress and the packet as delivered', () => {
    const doc = trace('10.1.0.5', '10.1.0.100', tcp(8443));
    const c = doc.classes[0]!;
    expect([c.disposition, c.deliveredTo]).toEqual(['delivered', 'dmz']);
    expect(c.hops[0]!.dnatEntry).toEqual({ id: 'vip-web', file: 'test.conf', line: 40 });
    expect(c.translated).toEqual({ src: '10.255.0.1', dst: '10.2.0.10', protocol: 'tcp', srcPort: 40000, dstPort: 443 });
    expect(c.hops[0]!.nat).toBe(`DNAT vip-web, SNAT ${c.translated!.src}`);
  });

  it('splits a partly given flow into its classes, each with its own fate and witness', () => {
    const doc = trace('10.1.0.5', '10.2.0.10');
    const byFate = doc.classes.map((c) => [c.disposition, c.stop?.device ?? c.deliveredTo, `${c.witness.protocol}/${c.witness.dstPort}`]);
    // tcp/443 passes both; tcp/80 passes fw1 (rule 25) and meets fw2's default; the rest stops at fw1.
    expect(byFate).toContainEqual(['delivered', 'dmz', 'tcp/443']);
    expect(byFate).toContainEqual(['denied', 'fw2', 'tcp/80']);
    expect(byFate.filter(([fate, where]) => fate === 'denied' && where === 'fw1')).toHaveLength(1);
    expect(doc.classes).toHaveLength(3);
    expect(doc.dispositions).toEqual(['delivered', 'denied']);
    expect(doc.getsThrough).toBe(true);
    // Several classes at one entry: each says which packets it holds.
    expect(renderTraceText(doc, 'snap', 'en')).toContain('  packets:\n    10.1.0.5 → 10.2.0.10 tcp/80\n');
  });

  it('keeps Japanese columns aligned by display width', () => {
    const text = renderTraceText(trace('10.1.0.5', '10.2.0.10', tcp(443)), 'snap', 'ja');
    const detail = text.split('\n').filter((l) => l.includes('test.conf:'));
    expect(detail.length).toBeGreaterThanOrEqual(4);
    const columns = new Set(detail.map((l) => displayWidth(l.slice(0, l.indexOf('test.conf:')))));
    expect(columns.size).toBe(1);
    expect(text).toContain('lan (LGWAN接続系) 内のインタフェース');
    expect(text).toContain('dmz に到達');
  });
});

describe('where a trace enters', () => {
  it('enters where the source segment meets the devices, as the audit does', () => {
    expect(trace('10.1.0.5', '10.2.0.10', tcp(443)).entries).toEqual([{ source: 'lan', device: 'fw1', iface: 'inside', via: 'subnet', onLink: true }]);
    // A host behind a router of the segment: it is on no interface's own subnet.
    expect(trace('10.1.77.5', '10.2.0.10', tcp(443)).entries).toEqual([{ source: 'lan', device: 'fw1', iface: 'inside', via: 'subnet', onLink: false }]);
  });

  it('enters at every interface of the segment, each with its own path, and says which holds the source', () => {
    const two = smallNetwork({ secondLan: true });
    const traced = tracePackets(two.topology, two.plans, { kind: 'packet', src: ip('10.1.7.5'), dst: ip('10.2.0.10'), service: tcp(443) });
    const doc = packetTraceDocument(two.ctx, { src: '10.1.7.5', dst: '10.2.0.10', ...serviceDocument(tcp(443)) }, traced.entries, traced.classes);
    expect(doc.entries).toEqual([
      { source: 'lan', device: 'fw1', iface: 'inside', via: 'subnet', onLink: false },
      { source: 'lan', device: 'fw2', iface: 'lan2', via: 'subnet', onLink: true },
    ]);
    // From fw1 as before; from fw2's lan2 straight into the dmz, past fw2's acl only.
    expect(doc.classes.map((c) => [c.entry.iface, c.disposition, c.hops.map((h) => h.device).join(' ')])).toEqual([
      ['inside', 'delivered', 'fw1 fw2'],
      ['lan2', 'delivered', 'fw2'],
    ]);
    const text = renderTraceText(doc, 'snap', 'en');
    expect(text).toContain('enters at: fw2 lan2 — interface in lan (LGWAN接続系), on the source’s own subnet\n');
    expect(text).toContain('[2] delivered into dmz\n  enters at: fw2 lan2\n');
  });

  it('falls back to the interfaces whose subnet holds an address no segment starts from', () => {
    // 10.255.0.2 is fw2's own address on the link: fw2 would be the sender, so the packets
    // enter fw1 only.
    const doc = trace('10.255.0.2', '10.1.0.1', tcp(22));
    expect(doc.entries).toEqual([{ source: 'unclassified', device: 'fw1', iface: 'link', via: 'link', onLink: true }]);
    expect(doc.classes.map((c) => c.stop?.cause)).toEqual(['no-service']);
  });

  it('takes --ingress as given, and checks it names a real interface', () => {
    expect(trace('10.1.0.5', '10.2.0.10', tcp(443), { device: 'fw2', iface: 'link' }).classes.map((c) => [c.entry.device, c.disposition])).toEqual([['fw2', 'delivered']]);
    expect(() => trace('10.1.0.5', '10.2.0.10', tcp(443), { device: 'fw3', iface: 'link' })).toThrow('--ingress: no device fw3 in the configs (did you mean fw1?); devices: fw1, fw2');
    expect(() => trace('10.1.0.5', '10.2.0.10', tcp(443), { device: 'fw2', iface: 'lnk' })).toThrow('--ingress: fw2 has no interface lnk (did you mean link?); it has link, dmz');
  });

  it('says so when no traffic can start from the source', () => {
    expect(() => trace('198.51.100.1', '10.2.0.10', tcp(443))).toThrow(/^--src 198\.51\.100\.1: no traffic from it can be traced, as no segment or external network claims it .* --ingress DEVICE:INTERFACE$/);
  });
});
