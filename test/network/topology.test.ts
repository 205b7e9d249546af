import { describe, expect, it } from 'vitest';
import { Topology } from '../../src/network/topology.js';
import { device, iface, segment, site } from '../helpers/build-network.js';

describe('Topology', () => {
  const devices = [
    device('fw/root', { interfaces: [iface('port3', '10.20.255.1/24'), iface('port4', '10.255.0.2/30')] }),
    device('fw/MN', { interfaces: [iface('port2', '10.10.255.1/24')] }),
    device('edge', { interfaces: [iface('port3', '10.255.0.1/30'), iface('port9', '10.30.0.1/24', { enabled: false })] }),
  ];
  const ext = (device: string, interfaceName: string) => ({ id: `x-${device}-${interfaceName}`, kind: 'internet' as const, networks: 'default' as const, attach: [{ device, interface: interfaceName, securityCloud: false, provenance: { file: 'sansou.yaml', line: 9 } }] });

  it('explains an attach point that names nothing, with the names that exist', () => {
    const t = new Topology(devices, site({ segments: [], externals: [ext('fw', 'port3'), ext('edge', 'port1'), ext('rt', 'lan2')] }));
    expect(t.issues.map((i) => i.message)).toEqual([
      'x-fw-port3 attaches at fw port3, but fw has several contexts (VDOMs): name one of fw/root, fw/MN',
      'x-edge-port1 attaches at edge port1, but edge has no interface port1 (it has port3, port9)',
      'x-rt-lan2 attaches at rt lan2, but no device rt is in the configs (devices: fw/root, fw/MN, edge)',
    ]);
    expect(t.issues.every((i) => i.provenance?.line === 9)).toBe(true);
  });

  it('injects a segment at every enabled interface whose address it owns, and links shared subnets', () => {
    const t = new Topology(devices, site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/16'), segment('internet', 'internet', '10.30.0.0/16')] }));
    expect(t.injections.map((i) => `${i.source} ${i.device} ${i.iface}`)).toEqual(['lgwan fw/root port3']);
    expect(t.issues.map((i) => i.message)).toEqual(['segment internet touches no interface of the configs, so no traffic from it can be analysed; add an attach point or check its networks']);
    expect(t.neighbors('edge', 'port3').map((p) => `${p.device.id} ${p.iface.name}`)).toEqual(['fw/root port4']);
  });
});
