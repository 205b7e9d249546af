import { describe, expect, it } from 'vitest';
import { analyzeReachability } from '../../../src/analysis/reachability.js';
import type { Device } from '../../../src/model/device.js';
import { Topology } from '../../../src/network/topology.js';
import type { Packet } from '../../../src/space/packet.js';
import { parseAsa } from '../../../parsers/asa/index.js';
import { segment, site } from '../../helpers/build-network.js';
import { fate, lineOf, onlyDevice, pkt } from './helpers.js';

/**
 * ASA answers ssh / telnet / ASDM and ICMP only on the address of the interface a packet
 * ENTERED ("management access to an interface other than the one from which you entered the
 * ASA is not supported", except over VPN with `management-access`). MGMT-EXPOSED reads the
 * 'accepted' outcomes, so these must be exact: no management of inside's address from outside.
 */
const config = (extra: string[] = []) =>
  [
    'ASA Version 9.16(4)',
    'hostname fw-mgmt',
    'interface GigabitEthernet0/0',
    ' nameif outside',
    ' security-level 0',
    ' ip address 203.0.113.2 255.255.255.0',
    'interface GigabitEthernet0/1',
    ' nameif inside',
    ' security-level 100',
    ' ip address 10.1.1.1 255.255.255.0',
    'http server enable',
    'ssh 0.0.0.0 0.0.0.0 inside',
    'http 0.0.0.0 0.0.0.0 inside',
    'telnet 198.51.100.0 255.255.255.0 outside',
    'icmp deny any outside',
    ...extra,
    ': end',
    '',
  ].join('\n');

/** The firewall alone: inside's subnet is a segment, the Internet (every other address) is attached to outside. */
function reachability(d: Device) {
  const topology = new Topology(
    [d],
    site({
      segments: [segment('lan', 'other', '10.1.1.0/24')],
      externals: [{ id: 'internet', kind: 'internet', networks: 'default', attach: [{ device: d.id, interface: 'outside', securityCloud: false }] }],
    }),
  );
  return analyzeReachability(topology);
}

function acceptedFrom(d: Device, source: string, p: Packet): boolean {
  return reachability(d).outcomes.some((o) => o.source === source && o.disposition === 'accepted' && o.orig.contains(p));
}

describe('ASA management plane: answered only on the ingress interface', () => {
  const text = config();
  const d = onlyDevice(parseAsa(text, 'configs/fw-mgmt.cfg'));

  it('binds every management entry to the interface it names, as ingress too', () => {
    const byService = d.management.map((m) => `${m.service} ${m.interface} in=${m.ingressInterfaces?.join(',') ?? 'any'}`);
    expect(byService).toEqual([
      'ssh inside in=inside',
      'https inside in=inside',
      'telnet outside in=outside',
      // inside answers every ICMP (no icmp rule); outside denies all, so it has no entry.
      'icmp inside in=inside',
    ]);
  });

  it('(a) ssh and ASDM of the inside address are not accepted from the Internet side', () => {
    expect(fate(d, 'outside', pkt('192.0.2.7', '10.1.1.1', 'tcp', 22), 'outside')).toMatchObject({ disposition: 'denied' });
    expect(fate(d, 'outside', pkt('192.0.2.7', '10.1.1.1', 'tcp', 443), 'outside')).toMatchObject({ disposition: 'denied' });
    expect(acceptedFrom(d, 'internet', pkt('192.0.2.7', '10.1.1.1', 'tcp', 22))).toBe(false);
    // Nor is a ping of the far (inside) interface, although inside answers every ICMP to its own hosts.
    expect(fate(d, 'outside', pkt('192.0.2.7', '10.1.1.1', 'icmp', 8), 'outside')).toMatchObject({ disposition: 'denied' });
    // And inside hosts cannot telnet to the outside address, which only outside's sources may.
    expect(fate(d, 'inside', pkt('10.1.1.50', '203.0.113.2', 'tcp', 23), 'outside')).toMatchObject({ disposition: 'denied' });
  });

  it('(b) the services are accepted where the config opens them', () => {
    expect(fate(d, 'inside', pkt('10.1.1.50', '10.1.1.1', 'tcp', 22), 'outside')).toMatchObject({ disposition: 'accepted' });
    expect(fate(d, 'inside', pkt('10.1.1.50', '10.1.1.1', 'icmp', 8), 'outside')).toMatchObject({ disposition: 'accepted' });
    expect(acceptedFrom(d, 'internet', pkt('198.51.100.9', '203.0.113.2', 'tcp', 23))).toBe(true);
    expect(acceptedFrom(d, 'internet', pkt('192.0.2.7', '203.0.113.2', 'tcp', 23))).toBe(false);
    expect(acceptedFrom(d, 'internet', pkt('198.51.100.9', '203.0.113.2', 'icmp', 8))).toBe(false);
  });

  it('management-access (management over VPN) opens the named interface from any ingress, with a warning', () => {
    const withVpn = config(['management-access inside']);
    const parsed = parseAsa(withVpn, 'configs/fw-mgmt.cfg');
    const v = onlyDevice(parsed);
    expect(parsed.warnings).toEqual([expect.objectContaining({ kind: 'unsupported', line: lineOf(withVpn, 'management-access inside') })]);
    expect(parsed.warnings[0]!.comment).toContain('VPN');
    expect(v.management.filter((m) => m.interface === 'inside').every((m) => m.ingressInterfaces === undefined)).toBe(true);
    expect(v.management.find((m) => m.service === 'telnet')!.ingressInterfaces).toEqual(['outside']);
    // The model cannot tell VPN traffic apart: it errs towards exposure, and says so.
    expect(acceptedFrom(v, 'internet', pkt('192.0.2.7', '10.1.1.1', 'tcp', 22))).toBe(true);
  });

  it('reports a management-access to an unknown interface and keeps ingress binding', () => {
    const parsed = parseAsa(config(['management-access dmz']), 'configs/fw-mgmt.cfg');
    expect(parsed.warnings.map((w) => w.kind)).toEqual(['invalid']);
    expect(onlyDevice(parsed).management.every((m) => m.ingressInterfaces !== undefined)).toBe(true);
  });
});
