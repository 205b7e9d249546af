import { describe, expect, it } from 'vitest';
import type { Asset } from '../../parsers/inventory-csv/types.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { device, iface, permit, route, segment, services, site, space, stage } from '../helpers/build-network.js';
import { check, only } from './run.js';

const ip = (t: string) => parseIp(t)!.value as number;
const addr = (t: string) => parseIp(t)!;

/** lgwan on i1, internet segment on i2, the Internet on i3 (uplink) and i4 (a second line). */
function edge(rules: ReturnType<typeof permit>[], extra = {}) {
  return device('fw', {
    interfaces: [iface('i1', '10.20.0.1/24'), iface('i2', '10.30.0.1/24'), iface('i3', '203.0.113.2/29'), iface('i4', '198.51.100.2/29')],
    routes: [route('default', '0.0.0.0/0', '203.0.113.1')],
    filters: [stage(rules)],
    ...extra,
  });
}

const theInternet = (securityCloudOn: string[]) => ({
  id: 'the-internet',
  kind: 'internet' as const,
  networks: 'default' as const,
  attach: ['i3', 'i4'].map((i) => ({ device: 'fw', interface: i, securityCloud: securityCloudOn.includes(i) })),
});

const town = (extra = {}) =>
  site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/24'), segment('internet', 'internet', '10.30.0.0/24')], externals: [theInternet(['i3'])], ...extra });

describe('EXPOSED-TO-INTERNET', () => {
  const vip = {
    id: 'vip-mail',
    match: PacketSet.of(AddressSpace.ANY_V4, space('203.0.113.3/32'), services('tcp/25', 'tcp/443')),
    translate: { dst: { shift: ip('10.30.0.25') - ip('203.0.113.3') } },
    mapped: space('10.30.0.25/32'),
    provenance: { file: 'test.conf', line: 4 },
  };
  const inbound = permit('5', 50, ['0.0.0.0/0'], ['10.30.0.25/32'], ['tcp/25', 'tcp/443'], { terms: [{ packets: PacketSet.of(AddressSpace.ANY, AddressSpace.ANY), dnat: ['vip-mail'] }] });

  it('reports a host outside the dmz the Internet reaches through a VIP, as delivered', () => {
    // One path per line the Internet comes in on (i3 and i4).
    const f = only(check([edge([inbound], { destinationNat: [vip] })], town()), 'EXPOSED-TO-INTERNET');
    expect(f.map((x) => x.path![0]!.in).sort()).toEqual(['i3', 'i4']);
    for (const x of f) {
      expect(x).toMatchObject({ from: 'the-internet', to: 'internet' });
      expect(x.delivered).toMatchObject({ dst: '10.30.0.25' });
      expect(x.path![0]!.nat).toBe('DNAT vip-mail');
    }
  });

  it('accepts what the site publishes, and only that', () => {
    const published = [{ name: 'mail relay', hosts: space('10.30.0.25/32'), services: services('tcp/25') }];
    const f = only(check([edge([inbound], { destinationNat: [vip] })], town({ published })), 'EXPOSED-TO-INTERNET');
    expect(f).toHaveLength(2);
    expect(f.flatMap((x) => x.packets!).every((p) => p.endsWith('tcp/443'))).toBe(true);
  });

  it('does not report the dmz', () => {
    const dmzTown = site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/24'), segment('internet', 'dmz', '10.30.0.0/24')], externals: [theInternet(['i3'])] });
    expect(only(check([edge([inbound], { destinationNat: [vip] })], dmzTown), 'EXPOSED-TO-INTERNET')).toEqual([]);
  });
});

describe('INTERNET-EGRESS-BYPASS', () => {
  const out = permit('1', 10, ['10.30.0.0/24'], ['0.0.0.0/0'], ['tcp/443']);
  it('reports internet-segment traffic leaving on an attachment not marked securityCloud', () => {
    const viaSecond = edge([out], {
      routes: [route('default', '0.0.0.0/0', '198.51.100.1')],
    });
    const f = only(check([viaSecond], town()), 'INTERNET-EGRESS-BYPASS');
    expect(f).toHaveLength(1);
    expect(f[0]!.params['via']).toBe('fw i4');
    expect(f[0]!.location).toEqual({ file: 'test.conf', line: 10 });
  });

  it('is silent when the traffic uses the security cloud, or when no attachment is marked', () => {
    // The second line's own subnet is the Internet too: leave it out to see only the uplink.
    const uplinkOnly = edge([out], { interfaces: [iface('i1', '10.20.0.1/24'), iface('i2', '10.30.0.1/24'), iface('i3', '203.0.113.2/29')] });
    const cloudOnly = town({ externals: [{ ...theInternet(['i3']), attach: [{ device: 'fw', interface: 'i3', securityCloud: true }] }] });
    expect(only(check([uplinkOnly], cloudOnly), 'INTERNET-EGRESS-BYPASS')).toEqual([]);
    const unmarked = town({ externals: [theInternet([])] });
    const viaSecond = edge([out], { routes: [route('default', '0.0.0.0/0', '198.51.100.1')] });
    expect(only(check([viaSecond], unmarked), 'INTERNET-EGRESS-BYPASS')).toEqual([]);
  });
});

describe('CLASSIFIED-ASSET-EXPOSED', () => {
  const asset = (hostname: string, address: string, classification: string, line: number): Asset => ({ line, hostname, addresses: [addr(address)], classification });
  const assets = [asset('fs01', '10.20.0.30', '2', 2), asset('pc01', '10.20.0.40', '1', 3), asset('kiban', '10.20.0.50', 'level1', 4)];
  const rules = [permit('1', 10, ['10.30.0.0/24'], ['10.20.0.0/24'], ['tcp/445'])];

  it('reports each asset of a listed classification the Internet side reaches, and no other', () => {
    const f = only(check([edge(rules)], town(), { assets }), 'CLASSIFIED-ASSET-EXPOSED');
    expect(f.map((x) => x.params['host']).sort()).toEqual(['fs01', 'kiban']);
    const kiban = f.find((x) => x.params['host'] === 'kiban')!;
    expect(kiban.params['classification']).toBe('レベル1');
    expect(kiban.packets).toEqual(['10.30.0.0/24 → 10.20.0.50 tcp/445']);
  });

  it('does not count what a registered sanitizer carries', () => {
    const sanitizers = [{ name: 'cdr', method: 'file' as const, hosts: space('10.30.0.10/32'), services: services('tcp/445'), origin: 'site' as const }];
    const f = only(check([edge([permit('1', 10, ['10.30.0.10/32'], ['10.20.0.30/32'], ['tcp/445'])])], town({ sanitizers }), { assets }), 'CLASSIFIED-ASSET-EXPOSED');
    expect(f).toEqual([]);
  });
});

describe('MGMT-EXPOSED', () => {
  const mgmt = (service: string, ifaceName: string, spec: string, sources?: string) => ({
    interface: ifaceName,
    service,
    packets: services(spec),
    secure: true,
    ...(sources ? { sources: space(sources) } : {}),
    provenance: { file: 'test.conf', line: 30 },
  });

  it('reports an administration service the Internet side can reach, and not echo replies', () => {
    const fw = edge([], { management: [mgmt('ssh', 'i2', 'tcp/22'), mgmt('ping', 'i2', 'icmp')] });
    // The neutral device answers on any ingress: from the Internet segment and from the Internet.
    const f = only(check([fw], town()), 'MGMT-EXPOSED');
    expect(f.map((x) => `${x.from} ${x.params['service']}`).sort()).toEqual(['internet ssh', 'the-internet ssh']);
    const inside = f.find((x) => x.from === 'internet')!;
    expect(inside.params).toMatchObject({ device: 'fw', service: 'ssh', interface: 'i2' });
    expect(inside.packets).toEqual(['10.30.0.0/24 → 10.30.0.1 tcp/22']);
  });

  it('honours trusted hosts: a service only LGWAN admins may reach is not exposed', () => {
    const fw = edge([], { management: [mgmt('https', 'i2', 'tcp/443', '10.20.0.0/24')] });
    expect(only(check([fw], town()), 'MGMT-EXPOSED')).toEqual([]);
  });
});

describe('APPROVED-TOO-BROAD', () => {
  const entries = {
    approved: [
      { name: 'narrow', from: space('10.10.1.5/32'), to: space('172.16.100.0/28'), services: services('tcp/443') },
      { name: 'whole-net', from: space('10.10.0.0/16'), to: space('172.16.100.0/28'), services: services('tcp/443') },
    ],
    breakout: [
      { name: 'M365', destinations: space('52.96.0.0/14'), services: services('tcp/443') },
      { name: 'any-port', destinations: space('203.0.113.0/28'), services: services('tcp/1-65535') },
      { name: 'everywhere', destinations: space('0.0.0.0/1', '128.0.0.0/1'), services: services('tcp/443') },
    ],
    sanitizers: [{ name: 'vdi', method: 'screen' as const, hosts: space('10.30.0.64/28'), services: services('tcp/3389', 'udp/3389'), origin: 'site' as const }],
  };

  it('reports entries wider than hosts and ports, naming the wide fields', () => {
    const f = only(check([edge([])], town(entries)), 'APPROVED-TOO-BROAD');
    const byName = Object.fromEntries(f.map((x) => [x.params['name'], x.params['fields']]));
    // A /14 breakout destination is a cloud service's published range: limited enough.
    expect(Object.keys(byName).sort()).toEqual(['any-port', 'everywhere', 'whole-net']);
    expect(byName['everywhere']).toBe('destinations any4');
    expect(byName['whole-net']).toBe('from 10.10.0.0/16');
    expect(byName['any-port']).toMatch(/^services /);
  });
});

describe('CROSS-SEGMENT-NO-LOG', () => {
  it('reports each rule that carries traffic between segments without logging, once, with the pairs it carries', () => {
    const rules = [
      permit('1', 10, ['10.20.0.0/24'], ['10.30.0.64/28'], ['tcp/3389'], { log: false }),
      permit('2', 20, ['10.30.0.0/24'], ['0.0.0.0/0'], ['tcp/443'], { log: false }),
      permit('3', 30, ['10.20.0.0/24'], ['10.30.0.0/24'], ['tcp/443']),
      // Never carries anything across: denied traffic is not logged by a permit.
      permit('4', 40, ['10.20.0.0/24'], ['10.20.0.0/24'], ['tcp/22'], { log: false }),
    ];
    const f = only(check([edge(rules)], town()), 'CROSS-SEGMENT-NO-LOG');
    expect(f.map((x) => x.params['rule']).sort()).toEqual(['1', '2']);
    const two = f.find((x) => x.params['rule'] === '2')!;
    // Rule 2 permits any destination: the Internet, and LGWAN too.
    expect(two.params['pairs']).toBe('internet → lgwan, internet → the-internet');
    expect(two.location).toEqual({ file: 'test.conf', line: 20 });
    // No single from/to: a logging gap does not mark the segment matrix.
    expect(two.from).toBeUndefined();
  });
});
