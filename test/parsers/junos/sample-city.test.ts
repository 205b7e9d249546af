import { describe, expect, it } from 'vitest';
import { analyzeReachability } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import { AddressSpace } from '../../../src/space/address-space.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { ServiceSet } from '../../../src/space/service-set.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import { segment, site, space } from '../../helpers/build-network.js';
import { sampleText } from './helpers.js';

/**
 * The sample-city SRX alone, analysed end to end: the Internet segment sits on ge-0/0/1.0,
 * and everything behind ge-0/0/2.0 (LGWAN, and マイナンバー beyond core-sw) is attached there
 * as one LGWAN-side segment. The seeded violation C must be there, and nothing else may
 * cross.
 */
describe('sample city: srx-fw end to end', () => {
  const parsed = parseJunos(sampleText(), 'configs/srx-fw.conf');
  const attach = [{ device: 'srx-fw', interface: 'ge-0/0/2.0', securityCloud: false }];
  const segments = [
    segment('internet', 'internet', '10.130.0.0/16'),
    { ...segment('lgwan', 'lgwan', '10.120.0.0/16', '10.110.0.0/16'), attach },
  ];
  const topology = new Topology(parsed.devices, site({ segments, transit: space('10.255.0.0/16') }));
  const reach = analyzeReachability(topology);
  const v4any = AddressSpace.ANY_V4;

  it('parses without a single warning', () => {
    expect(parsed.status).toBe('PASSED');
    expect(parsed.warnings).toEqual([]);
    expect(topology.issues).toEqual([]);
  });

  it('carries the seeded violation C: SMB from the whole Internet segment to the LGWAN file server', () => {
    const toLgwan = reach.packets('internet', 'lgwan');
    const smb = PacketSet.of(space('10.130.0.0/16'), space('10.120.1.30/32'), ServiceSet.ports(6, 139, 139).union(ServiceSet.ports(6, 445, 445)));
    const mail = PacketSet.of(space('10.130.5.20/32'), space('10.120.1.25/32'), ServiceSet.ports(6, 25, 25));
    expect(smb.isSubsetOf(toLgwan)).toBe(true);
    expect(toLgwan.equals(smb.union(mail))).toBe(true);
    const via = reach.delivered('internet', 'lgwan').find((o) => o.orig.overlaps(smb))!;
    expect(via.hops.map((h) => [h.device, h.in, h.out, h.decisions.map((d) => d.ruleId)])).toEqual([['srx-fw', 'ge-0/0/1.0', 'ge-0/0/2.0', ['INET>LGWAN/file-temp']]]);
  });

  it('is tight everywhere else', () => {
    const vdi = PacketSet.of(space('10.120.0.0/24'), space('10.130.6.0/28'), ServiceSet.ports(6, 3389, 3389).union(ServiceSet.ports(6, 443, 443)));
    expect(reach.packets('lgwan', 'internet').equals(vdi)).toBe(true);
    // Nothing from the Internet side reaches マイナンバー addresses behind the LGWAN link.
    expect(reach.packets('internet', 'lgwan').restrictDst(space('10.110.0.0/16')).isEmpty()).toBe(true);
    expect(reach.packets('lgwan', 'internet').restrictSrc(space('10.110.0.0/16')).isEmpty()).toBe(true);
    // Towards the Internet edge: only the proxy and the mail gateway, on web and mail ports.
    const out = reach.delivered('internet', 'unclassified').filter((o) => o.hops[0]?.out === 'ge-0/0/0.0');
    const relays = PacketSet.of(space('10.130.5.5/32', '10.130.5.20/32'), v4any, ServiceSet.ports(6, 80, 80).union(ServiceSet.ports(6, 443, 443)).union(ServiceSet.ports(6, 25, 25)));
    expect(out.length).toBeGreaterThan(0);
    expect(PacketSet.unionAll(out.map((o) => o.orig)).isSubsetOf(relays)).toBe(true);
  });
});
