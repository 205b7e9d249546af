import { describe, expect, it } from 'vitest';
import type { Asset } from '../../parsers/inventory-csv/types.js';
import { resolveSite } from '../../src/site/resolve-site.js';
import { parseIp } from '../../src/space/ip.js';
import { device, iface, route, space } from '../helpers/build-network.js';

const devices = [
  device('core', {
    interfaces: [
      iface('port2', '10.10.255.1/24', { description: 'MYNUMBER' }),
      iface('port3', '10.20.255.1/24', { zone: 'LGWAN' }),
      iface('port5', '10.99.0.1/30', { description: 'LGWAN-RT' }),
      iface('port4', '10.255.0.2/30'),
      iface('port9', '192.168.77.1/24'),
    ],
    routes: [route('1', '10.10.0.0/16', '10.10.255.254'), route('2', '10.20.0.0/16', '10.20.255.254'), route('3', '172.16.0.0/12', '10.99.0.2')],
  }),
  device('edge', {
    interfaces: [iface('port1', '203.0.113.2/29', { role: 'wan' }), iface('port3', '10.255.0.1/30'), iface('lan', '10.30.255.1/24')],
  }),
];
const assets: Asset[] = [
  { line: 2, hostname: 'pc01', addresses: [parseIp('10.30.255.20')!], segment: 'インターネット接続系' },
  { line: 3, hostname: 'mail', addresses: [parseIp('10.30.255.25')!], segment: 'インターネット接続系', role: 'sanitizer-mail' },
];

describe('site inference without sansou.yaml', () => {
  const site = resolveSite({ devices, assets, inventoryFile: 'inventory.csv' });

  it('classifies interfaces by inventory, then by names, and adds the networks routed behind them', () => {
    expect(site.origin).toBe('inferred');
    expect(site.segments.map((s) => s.id)).toEqual(['mynumber', 'lgwan', 'internet']);
    const byId = new Map(site.segments.map((s) => [s.id, s]));
    expect(byId.get('mynumber')!.networks.equals(space('10.10.0.0/16'))).toBe(true);
    expect(byId.get('lgwan')!.networks.equals(space('10.20.0.0/16'))).toBe(true);
    expect(byId.get('internet')!.networks.equals(space('10.30.255.0/24'))).toBe(true);
  });

  it('finds the Internet and LGWAN uplinks and the transit link, and leaves the unknown alone', () => {
    expect(site.externals.map((e) => [e.id, e.attach.map((a) => `${a.device} ${a.interface}`)])).toEqual([
      ['lgwan-wan', ['core port5']],
      ['the-internet', ['edge port1']],
    ]);
    const lgwanWan = site.externals[0]!.networks;
    expect(lgwanWan !== 'default' && lgwanWan.equals(space('172.16.0.0/12'))).toBe(true);
    expect(site.transit.contains(parseIp('10.255.0.1')!)).toBe(true);
    expect(site.segments.some((s) => s.networks.contains(parseIp('192.168.77.1')!))).toBe(false);
  });

  it('records every inference, and takes sanitizers from inventory roles', () => {
    const subjects = site.inferences.map((i) => i.subject);
    expect(subjects).toContain('interface core port3 (10.20.255.0/24)');
    expect(subjects).toContain('route 10.20.0.0/16 via 10.20.255.254 on core');
    expect(site.sanitizers).toMatchObject([{ name: 'mail', method: 'mail', origin: 'inventory', provenance: { file: 'inventory.csv', line: 3 } }]);
  });
});
