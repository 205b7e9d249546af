import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReachability } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import type { Site } from '../../../src/site/types.js';
import { formatIp } from '../../../src/space/ip.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import { services, space } from '../../helpers/build-network.js';
import { SAMPLE, lineOf, onlyDevice, pkt } from './helpers.js';

const text = readFileSync(SAMPLE, 'utf8');
const parsed = parseRtx(text, 'configs/rtx-lgwan.config');
const d = onlyDevice(parsed);

/** The router alone: one segment behind lan1 (as core-sw would deliver it), the LGWAN WAN on lan2. */
function reach(inside: { id: string; kind: 'lgwan' | 'mynumber'; networks: string }) {
  const site: Site = {
    model: 'alpha',
    segments: [{ id: inside.id, kind: inside.kind, networks: space(inside.networks), attach: [{ device: 'rtx-lgwan', interface: 'lan1', securityCloud: false }] }],
    externals: [{ id: 'lgwan-wan', kind: 'lgwan', networks: space('172.16.0.0/12'), attach: [{ device: 'rtx-lgwan', interface: 'lan2', securityCloud: false }] }],
    sanitizers: [],
    approved: [],
    breakout: [],
    published: [],
    modelDeclared: true,
    transit: space('10.255.0.0/16'),
    origin: 'file',
    inferences: [],
  };
  return analyzeReachability(new Topology([d], site));
}

describe('sample city: rtx-lgwan as the README specifies it', () => {
  it('parses cleanly as device rtx-lgwan', () => {
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings.filter((w) => w.kind !== 'unsupported')).toEqual([]);
    expect(d.id).toBe('rtx-lgwan');
    expect(d.interfaces.map((i) => [i.name, i.addresses.map((a) => `${formatIp(a.address)}/${a.prefixLength}`)])).toEqual([
      ['lan1', ['10.255.30.1/30']],
      ['lan2', ['10.255.99.1/30']],
    ]);
  });

  it('lets LGWAN hosts reach the LGWAN WAN on web and mail only, masqueraded (the mail server by its static address)', () => {
    const r = reach({ id: 'lgwan', kind: 'lgwan', networks: '10.120.0.0/16' });
    expect(r.packets('lgwan', 'lgwan-wan').equals(PacketSet.of(space('10.120.0.0/16'), space('172.16.0.0/12'), services('tcp/80', 'tcp/443', 'tcp/25')))).toBe(true);
    const mail = r.delivered('lgwan', 'lgwan-wan').find((o) => o.orig.contains(pkt('10.120.1.25', '172.16.3.3', 'tcp', 25)))!;
    expect(mail.hops[0]!.snat?.ruleId).toBe('nat 1 static 1');
    const web = r.delivered('lgwan', 'lgwan-wan').find((o) => o.orig.contains(pkt('10.120.0.11', '172.16.3.3', 'tcp', 443)))!;
    expect(web.hops[0]).toMatchObject({ in: 'lan1', out: 'lan2', gateway: '10.255.99.2', snat: { ruleId: 'nat 1 masquerade' } });
    expect(web.hops[0]!.decisions.map((x) => `${x.stage}:${x.ruleId}`)).toEqual(['lan1 secure filter in:100100', 'lan2 secure filter out:dynamic 200080']);
  });

  it('lets the LGWAN WAN reach only the mail server, on SMTP, through the static NAT (IN filters see the translated header)', () => {
    const r = reach({ id: 'lgwan', kind: 'lgwan', networks: '10.120.0.0/16' });
    // The lan2 filter names the inner address, so it passes the mail server's translated and
    // (were J-LIS to route it) untranslated address alike, and nothing else.
    expect(r.packets('lgwan-wan', 'lgwan').equals(PacketSet.of(space('172.16.0.0/12'), space('172.20.1.25/32', '10.120.1.25/32'), services('tcp/25')))).toBe(true);
    const o = r.delivered('lgwan-wan', 'lgwan').find((x) => x.orig.contains(pkt('172.16.3.3', '172.20.1.25', 'tcp', 25)))!;
    expect(o.hops[0]).toMatchObject({ in: 'lan2', out: 'lan1', dnat: { id: 'nat 1 static 1' } });
    expect(o.hops[0]!.decisions.map((x) => `${x.stage}:${x.ruleId ?? x.action}`)).toEqual(['nat descriptor 1 incoming reject on lan2:permit', 'lan2 secure filter in:200100']);
    const refused = r.outcomes.find((x) => x.source === 'lgwan-wan' && x.orig.contains(pkt('172.16.3.3', '172.20.1.25', 'tcp', 80)))!;
    expect(refused).toMatchObject({ disposition: 'denied' });
    expect(refused.hops[0]!.decisions.at(-1)).toMatchObject({ ruleId: '200199', action: 'deny' });
  });

  it('blocks 住基 terminals towards the LGWAN WAN at the lan1 filter; only the 中間サーバー reaches J-LIS, on 443', () => {
    const r = reach({ id: 'mynumber', kind: 'mynumber', networks: '10.110.0.0/16' });
    expect(r.packets('mynumber', 'lgwan-wan').equals(PacketSet.of(space('10.110.0.5/32'), space('172.16.100.0/28'), services('tcp/443')))).toBe(true);
    const denied = r.outcomes.find((o) => o.source === 'mynumber' && o.disposition === 'denied' && o.orig.contains(pkt('10.110.20.11', '172.16.100.1', 'tcp', 443)))!;
    expect(denied.hops[0]!.decisions).toMatchObject([{ stage: 'lan1 secure filter in', ruleId: '100199', action: 'deny', provenance: { line: lineOf(text, 'ip filter 100199') } }]);
    // Behind lan1 there is only this test's segment, so what lan1 forwards lands there; none of it is addressed to it.
    expect(r.packets('lgwan-wan', 'mynumber').dstSpace().equals(space('172.20.1.25/32', '10.120.1.25/32'))).toBe(true);
  });

  it('refuses TELNET and HTTP, and answers SSH only from the lan1 network', () => {
    expect(d.management.map((m) => [m.service, m.sources?.toString() ?? 'any'])).toEqual([
      ['ssh', '10.255.30.1-10.255.30.2'],
      ['ping', 'any'],
    ]);
  });
});
