import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src/analysis/flow.js';
import { analyzeReachability } from '../../../src/analysis/reachability.js';
import type { Device } from '../../../src/model/device.js';
import { Topology } from '../../../src/network/topology.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { segment, site } from '../../helpers/build-network.js';
import { pkt, stage } from './helpers.js';

/**
 * An IOS interface input ACL filters every packet received on the interface, including those
 * addressed to the router itself (that is how infrastructure ACLs protect the control plane);
 * output ACLs never see what the router receives for itself. MGMT-EXPOSED reads the
 * 'accepted' outcomes, so a router whose WAN input ACL refuses ssh must not count as exposed.
 */
const TEXT = [
  'hostname r-mgmt',
  '!',
  'interface GigabitEthernet0/0',
  ' description WAN',
  ' ip address 203.0.113.2 255.255.255.0',
  ' ip access-group WAN-IN in',
  '!',
  'interface GigabitEthernet0/1',
  ' description LAN',
  ' ip address 10.1.1.1 255.255.255.0',
  ' ip access-group LAN-OUT out',
  '!',
  'ip access-list extended WAN-IN',
  ' 10 permit tcp 198.51.100.0 0.0.0.255 host 203.0.113.2 eq 22',
  ' 15 permit tcp any 10.1.1.0 0.0.0.255 eq 80',
  ' 20 deny ip any any',
  'ip access-list extended LAN-OUT',
  ' 10 deny ip any any',
  'access-list 5 permit 198.51.100.10',
  'access-list 5 permit 10.1.1.0 0.0.0.255',
  '!',
  'ip http secure-server',
  '!',
  'line vty 0 4',
  ' access-class 5 in',
  ' transport input ssh',
  '!',
  'end',
  '',
].join('\n');

const parsed = parseIos(TEXT, 'configs/r-mgmt.cfg');
const d = parsed.devices[0]!;

/** The router alone: the LAN subnet is a segment, the Internet (every other address) is attached to the WAN port. */
function outcomes(device: Device): readonly Outcome[] {
  const topology = new Topology(
    [device],
    site({
      segments: [segment('lan', 'other', '10.1.1.0/24')],
      externals: [{ id: 'internet', kind: 'internet', networks: 'default', attach: [{ device: device.id, interface: 'GigabitEthernet0/0', securityCloud: false }] }],
    }),
  );
  return analyzeReachability(topology).outcomes;
}

function fateOf(source: string, p: Packet): { disposition: string; decisions: string[] } {
  const hits = outcomes(d).filter((o) => o.source === source && o.orig.contains(p));
  expect(hits).toHaveLength(1);
  const o = hits[0]!;
  return { disposition: o.disposition, decisions: o.hops.at(-1)!.decisions.map((x) => x.ruleId ?? `default-${x.action}`) };
}

describe('IOS management plane: the input ACL guards the router itself', () => {
  it('parses cleanly; input ACL stages are local, output ACL stages are not', () => {
    expect(parsed.warnings.filter((w) => w.kind !== 'unsupported')).toEqual([]);
    expect(stage(d, 'ip access-group WAN-IN in')).toMatchObject({ inInterfaces: ['GigabitEthernet0/0'], local: true });
    expect(stage(d, 'ip access-group LAN-OUT out').local).toBeUndefined();
  });

  it('(a) ssh and HTTPS to the router that the WAN input ACL denies are not accepted from the Internet side', () => {
    // Not from an unlisted source, on the WAN address nor on the LAN address (IOS answers on
    // every address, so only the input ACL stands in the way).
    expect(fateOf('internet', pkt('192.0.2.7', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:20'] });
    expect(fateOf('internet', pkt('198.51.100.10', '10.1.1.1', 'tcp', 22))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:20'] });
    // HTTPS is answered on every address, but WAN-IN permits only ssh.
    expect(fateOf('internet', pkt('198.51.100.10', '203.0.113.2', 'tcp', 443))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:20'] });
    expect(fateOf('internet', pkt('198.51.100.10', '203.0.113.2', 'icmp', 8))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:20'] });
  });

  it('(b) ssh the WAN input ACL and the vty access-class both allow is accepted', () => {
    expect(fateOf('internet', pkt('198.51.100.10', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'accepted', decisions: ['WAN-IN:10'] });
    // Permitted by WAN-IN, refused by access-class 5: the vty lines restrict sources.
    expect(fateOf('internet', pkt('198.51.100.11', '203.0.113.2', 'tcp', 22))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:10'] });
    expect(d.management.find((m) => m.service === 'ssh')!.sources!.contains(pkt('198.51.100.11', '10.1.1.1', 'tcp').src)).toBe(false);
  });

  it('does not apply the output ACL to packets the router receives: LAN hosts manage it', () => {
    expect(fateOf('lan', pkt('10.1.1.50', '10.1.1.1', 'tcp', 22))).toEqual({ disposition: 'accepted', decisions: [] });
    expect(fateOf('lan', pkt('10.1.1.50', '203.0.113.2', 'tcp', 443))).toEqual({ disposition: 'accepted', decisions: [] });
    // …while forwarding towards the LAN meets LAN-OUT after WAN-IN.
    expect(fateOf('internet', pkt('192.0.2.7', '10.1.1.50', 'tcp', 80))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:15', 'LAN-OUT:10'] });
    // WAN-IN lets web reach the router's LAN address too, but the router serves no HTTP.
    expect(fateOf('internet', pkt('192.0.2.7', '10.1.1.1', 'tcp', 80))).toEqual({ disposition: 'denied', decisions: ['WAN-IN:15'] });
  });
});
