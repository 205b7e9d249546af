import { DevicePlans } from '../../src/analysis/device-plan.js';
import type { Device } from '../../src/model/device.js';
import { Topology } from '../../src/network/topology.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { parseCidr, parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { IDENTITY } from '../../src/space/transform.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { TraceContext } from '../../src/trace/trace-document.js';
import { device, iface, permit, route, segment, services, site, space, stage } from '../helpers/build-network.js';

/**
 * Two firewalls on a transit link, small enough to know every packet's fate by reading it:
 *
 *   lan 10.1.0.0/16 ── fw1 inside 10.1.0.1/24        fw1 link 10.255.0.1/30 ── fw2 link 10.255.0.2/30
 *   dmz 10.2.0.0/16 ── fw2 dmz 10.2.0.1/24 (zone DMZ)
 *
 * fw1 policy (default deny, line 9): 5 permit any → 10.8.0.0/16 (line 5); 10 permit lan → dmz
 * tcp/443 with source NAT to its egress address (line 10); 20 deny any → 10.2.0.99 (line 20);
 * 25 permit lan → dmz tcp/80 (line 25). Routes: 10.2.0.0/16 and 10.8.0.0/16 via fw2, 10.9.0.0/16
 * discarded (line 30). VIP vip-web: 10.1.0.100 tcp/8443 → 10.2.0.10:443 (line 40). ssh from
 * 10.1.0.0/24 on inside. fw2 acl: 30 permit tcp/443 (line 50), default deny; it routes
 * 10.8.0.0/16 back to fw1, so those packets loop. With `secondLan`, fw2 also has an interface
 * lan2 10.1.7.1/24 in lan, so lan's traffic starts there too.
 */
export function smallNetwork(options: { secondLan?: boolean } = {}) {
  const at = (line: number) => ({ file: 'test.conf', line });
  const fw1: Device = device('fw1', {
    interfaces: [iface('inside', '10.1.0.1/24'), iface('link', '10.255.0.1/30')],
    routes: [
      route('r1', '10.2.0.0/16', '10.255.0.2', { provenance: at(31) }),
      route('r2', '10.8.0.0/16', '10.255.0.2', { provenance: at(32) }),
      { id: 'r3', prefix: parseCidr('10.9.0.0/16')!, discard: true, distance: 10, priority: 0, enabled: true, provenance: at(30) },
    ],
    filters: [
      {
        ...stage([
          permit('5', 5, ['0.0.0.0/0'], ['10.8.0.0/16']),
          permit('10', 10, ['10.1.0.0/16'], ['10.2.0.0/16'], ['tcp/443'], { name: 'LAN-DMZ-WEB', sourceNat: {} }),
          { ...permit('20', 20, ['0.0.0.0/0'], ['10.2.0.99']), action: 'deny' as const, name: 'BLOCK-99' },
          permit('25', 25, ['10.1.0.0/16'], ['10.2.0.0/16'], ['tcp/80']),
        ]),
        defaultProvenance: at(9),
      },
    ],
    destinationNat: [
      {
        id: 'vip-web',
        match: PacketSet.of(AddressSpace.ANY_V4, space('10.1.0.100'), services('tcp/8443')),
        translate: { ...IDENTITY, dst: { set: space('10.2.0.10').v4 }, dport: { set: IntervalSet.range(443, 444) } },
        mapped: space('10.2.0.10'),
        provenance: at(40),
      },
    ],
    management: [{ interface: 'inside', service: 'ssh', packets: ServiceSet.ports(6, 22, 22), sources: space('10.1.0.0/24'), secure: true, provenance: at(60) }],
  });
  const fw2: Device = device('fw2', {
    interfaces: [iface('link', '10.255.0.2/30'), iface('dmz', '10.2.0.1/24', { zone: 'DMZ' }), ...(options.secondLan ? [iface('lan2', '10.1.7.1/24')] : [])],
    routes: [route('r9', '10.8.0.0/16', '10.255.0.1', { provenance: at(51) })],
    filters: [{ ...stage([permit('30', 50, ['0.0.0.0/0'], ['0.0.0.0/0'], ['tcp/443'])]), name: 'acl' }],
  });
  const devices = [fw1, fw2];
  const theSite = site({ segments: [{ ...segment('lan', 'lgwan', '10.1.0.0/16'), name: 'LGWAN接続系' }, segment('dmz', 'dmz', '10.2.0.0/16')] });
  const topology = new Topology(devices, theSite);
  const plans = new DevicePlans(topology);
  const ctx: TraceContext = { site: theSite, topology, version: 'test', hints: {} };
  return { devices, site: theSite, topology, plans, ctx };
}

export function ip(text: string) {
  const a = parseIp(text);
  if (!a) throw new Error(`bad address ${text}`);
  return a;
}
