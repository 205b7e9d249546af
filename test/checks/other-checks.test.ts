import { describe, expect, it } from 'vitest';
import type { Asset } from '../../parsers/inventory-csv/types.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { parseIp } from '../../src/space/ip.js';
import { device, iface, permit, route, segment, site, stage } from '../helpers/build-network.js';
import { check, only } from './run.js';

const segs = [segment('lgwan', 'lgwan', '10.20.0.0/16'), segment('internet', 'internet', '10.30.0.0/16')];

describe('WAN-TRANSIT', () => {
  it('reports an external network reaching one of another kind through the organization', () => {
    const fw = device('fw', { interfaces: [iface('wan', '203.0.113.2/29'), iface('lg', '10.99.0.1/30')], filters: [stage([permit('5', 50, ['0.0.0.0/0'], ['172.16.0.0/12'])])], routes: [route('1', '172.16.0.0/12', '10.99.0.2')] });
    const findings = check(
      [fw],
      site({
        segments: segs,
        externals: [
          { id: 'net', kind: 'internet', networks: 'default', attach: [{ device: 'fw', interface: 'wan', securityCloud: true }] },
          { id: 'lgwan-wan', kind: 'lgwan', networks: segment('x', 'lgwan', '172.16.0.0/12').networks, attach: [{ device: 'fw', interface: 'lg', securityCloud: false }] },
        ],
      }),
    );
    const f = only(findings, 'WAN-TRANSIT');
    expect(f.map((x) => [x.from, x.to, x.path![0]!.rule])).toEqual([['net', 'lgwan-wan', '5']]);
  });
});

describe('UNFILTERED-BRIDGE', () => {
  it('reports a router with no filter between segments of different kinds, both ways', () => {
    const router = device('rt', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')] });
    const f = only(check([router], site({ segments: segs })), 'UNFILTERED-BRIDGE');
    expect(f.map((x) => [x.params.in, x.params.out])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  it('treats an implicit permit-everything rule (intrazone allow) as no filter, and a real rule as a filter', () => {
    const intrazone = {
      ...permit('intrazone:ZONE', 3, ['0.0.0.0/0'], ['0.0.0.0/0']),
      implicit: true,
      terms: [{ inInterfaces: ['a', 'b'], outInterfaces: ['a', 'b'], packets: PacketSet.ANY }],
    };
    const zoned = device('fw', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')], filters: [stage([intrazone])] });
    expect(only(check([zoned], site({ segments: segs })), 'UNFILTERED-BRIDGE')).toHaveLength(2);
    const filtered = device('fw', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')], filters: [stage([permit('1', 1, ['10.20.0.0/16'], ['10.30.0.5/32'])], 'permit')] });
    expect(only(check([filtered], site({ segments: segs })), 'UNFILTERED-BRIDGE')).toEqual([]);
  });
});

describe('UNCLASSIFIED-NETWORK', () => {
  it('reports an interface subnet and reachable destinations that no one claims', () => {
    const fw = device('fw', {
      interfaces: [iface('a', '10.20.0.1/24'), iface('m', '192.168.1.1/24')],
      routes: [route('1', '192.168.50.0/24', '192.168.1.254')],
      filters: [stage([permit('1', 1, ['10.20.0.0/16'], ['192.168.50.0/24'], ['tcp/443'])])],
    });
    const f = only(check([fw], site({ segments: segs })), 'UNCLASSIFIED-NETWORK');
    expect(f.map((x) => x.variant)).toEqual(['interface', 'reachable']);
    expect(f[0]!.params).toMatchObject({ device: 'fw', iface: 'm', subnet: '192.168.1.0/24' });
    expect(f[1]!.packets).toEqual(['10.20.0.0/16 → 192.168.50.0/24 tcp/443']);
  });
});

describe('INVENTORY-MISMATCH', () => {
  const asset = (line: number, hostname: string, address: string, segmentName: string): Asset => ({ line, hostname, addresses: [parseIp(address)!], segment: segmentName });
  it('reports a wrong segment, an address in no network and an unknown segment name; accepts dual-homed lists', () => {
    const fw = device('fw', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')], filters: [stage([])] });
    const assets = [
      asset(2, 'fs01', '10.20.5.30', 'LGWAN接続系'),
      asset(3, 'pc01', '10.30.1.1', 'LGWAN接続系'),
      asset(4, 'ghost', '172.31.0.1', 'インターネット接続系'),
      asset(5, 'odd', '10.20.1.1', '基盤系'),
      { ...asset(6, 'cdr', '10.30.5.10', 'インターネット接続系;LGWAN接続系'), addresses: [parseIp('10.30.5.10')!, parseIp('10.20.5.10')!] },
    ];
    const f = only(check([fw], site({ segments: segs }), { assets }), 'INVENTORY-MISMATCH');
    expect(f.map((x) => [x.location!.line, x.variant])).toEqual([
      [3, 'segment-differs'],
      [4, 'no-network'],
      [5, 'unknown-segment'],
    ]);
    expect(f[0]!.params).toMatchObject({ stated: 'lgwan', actual: 'internet' });
  });
});

describe('PARSE-UNRECOGNIZED', () => {
  it('reports partially understood and failed files, and nothing for passed ones', () => {
    const warning = { line: 7, text: 'garbage', context: 'x', comment: 'not understood', kind: 'unrecognized' as const };
    const configs = [
      { file: 'configs/a.conf', format: 'fortigate', status: 'PASSED' as const, lines: 10, warnings: [], devices: [] },
      { file: 'configs/b.conf', format: 'fortigate', status: 'PARTIALLY_UNRECOGNIZED' as const, lines: 10, warnings: [warning], devices: [] },
      { file: 'configs/c.bin', format: 'binary', status: 'FAILED' as const, lines: 0, warnings: [{ ...warning, line: 0, comment: 'binary' }], devices: [] },
    ];
    const f = only(check([], site({ segments: segs }), { configs }), 'PARSE-UNRECOGNIZED');
    expect(f.map((x) => [x.params.file, x.variant, x.location!.line])).toEqual([
      ['configs/b.conf', 'partial', 7],
      ['configs/c.bin', 'failed', 1],
    ]);
  });
});
