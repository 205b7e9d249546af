import { describe, expect, it } from 'vitest';
import { propagate } from '../../../src/analysis/propagate.js';
import { DevicePlans } from '../../../src/analysis/device-plan.js';
import { startsFor } from '../../../src/analysis/reachability.js';
import { Topology } from '../../../src/network/topology.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { segment, site, space } from '../../helpers/build-network.js';
import { decide, device, pkt, sampleCoreSwitchText, v4 } from './helpers.js';

/** samples/sample-city/configs/core-sw.cfg: the LGWAN core switch as the sample city's README specifies it. */
describe('sample city: core-sw', () => {
  const text = sampleCoreSwitchText();
  const parsed = parseIos(text, 'configs/core-sw.cfg');
  const d = device(parsed, 'core-sw');

  it('is a complete Catalyst 9300 IOS-XE 17.6 running-config', () => {
    expect(parsed.status).toBe('PASSED');
    expect(text).toContain('version 17.6');
    expect(text).toContain('switch 1 provision c9300-48p');
    expect(parsed.devices.map((x) => x.id)).toEqual(['core-sw', 'core-sw/Mgmt-vrf']);
    expect(device(parsed, 'core-sw/Mgmt-vrf').interfaces.map((i) => [i.name, i.enabled, i.addresses.length])).toEqual([['GigabitEthernet0/0', false, 0]]);
  });

  it('routes on three uplinks and three SVIs; the access ports are switchports', () => {
    expect(d.interfaces.filter((i) => i.enabled).map((i) => [i.name, i.addresses.map((a) => `${a.address.value}/${a.prefixLength}`)])).toEqual([
      ['GigabitEthernet1/0/1', [`${v4('10.255.20.2')}/30`]],
      ['GigabitEthernet1/0/2', [`${v4('10.255.30.2')}/30`]],
      ['GigabitEthernet1/0/3', [`${v4('10.255.40.2')}/30`]],
      ['Vlan110', [`${v4('10.110.50.1')}/24`]],
      ['Vlan120', [`${v4('10.120.0.1')}/24`]],
      ['Vlan121', [`${v4('10.120.1.1')}/24`]],
    ]);
    expect(d.routes.map((r) => [r.id, r.enabled])).toEqual([
      ['10.110.0.0/16 via 10.255.40.1', true],
      ['10.130.0.0/16 via 10.255.20.1', true],
      ['172.16.0.0/12 via 10.255.30.1', true],
    ]);
  });

  it('filters only what enters Vlan120, with LGWAN-USERS', () => {
    expect(d.filters.map((f) => f.name)).toEqual(['ip access-group LGWAN-USERS in']);
    const acl = d.filters[0]!;
    expect(decide(acl, pkt('10.120.0.11', '10.120.1.30', 'tcp', 445))).toBe('LGWAN-USERS:10:permit');
    expect(decide(acl, pkt('10.120.9.9', '10.120.1.30', 'tcp', 445))).toBe('LGWAN-USERS:20:deny');
  });

  it('offers SSH only, to the LGWAN server segment', () => {
    expect(d.management.map((m) => m.service)).toEqual(['ssh', 'ping']);
    const ssh = d.management[0]!;
    expect(ssh.sources?.contains({ family: 4, value: v4('10.120.1.40') })).toBe(true);
    expect(ssh.sources?.contains({ family: 4, value: v4('10.120.0.11') })).toBe(false);
    expect(d.admins.map((a) => [a.name, a.profile])).toEqual([
      ['netadmin', 'privilege 15'],
      ['auditor', 'privilege 1'],
    ]);
  });

  it('carries seeded violation B: printers on Vlan110 and LGWAN reach each other, unfiltered from Vlan110', () => {
    const topology = new Topology(
      parsed.devices,
      site({
        segments: [segment('mynumber', 'mynumber', '10.110.0.0/16'), segment('lgwan', 'lgwan', '10.120.0.0/16')],
        transit: space('10.255.0.0/16'),
      }),
    );
    const outcomes = propagate(topology, startsFor(topology));
    const fate = (iface: string, p: ReturnType<typeof pkt>) =>
      outcomes
        .filter((o) => o.injection.iface === iface && o.orig.contains(p))
        .map((o) => `${o.disposition} ${o.hops[0]!.out ?? '-'} ${o.hops[0]!.decisions.map((x) => x.ruleId ?? `default-${x.action}`).join(',')}`);
    // マイナンバー printer → LGWAN file server and terminal: no filter at all.
    expect(fate('Vlan110', pkt('10.110.50.20', '10.120.1.30', 'tcp', 445))).toEqual(['delivered Vlan121 ']);
    expect(fate('Vlan110', pkt('10.110.50.20', '10.120.0.11', 'tcp', 3389))).toEqual(['delivered Vlan120 ']);
    // LGWAN terminal → printer: permitted by LGWAN-USERS.
    expect(fate('Vlan120', pkt('10.120.0.11', '10.110.50.20', 'tcp', 9100))).toEqual(['delivered Vlan110 LGWAN-USERS:10']);
    // LGWAN server → printer: Vlan121 has no ACL either.
    expect(fate('Vlan121', pkt('10.120.1.30', '10.110.50.20', 'tcp', 9100))).toEqual(['delivered Vlan110 ']);
    const plans = new DevicePlans(topology);
    expect(plans.isUnfiltered('core-sw', 'Vlan110', 'Vlan121')).toBe(true);
    expect(plans.isUnfiltered('core-sw', 'Vlan110', 'Vlan120')).toBe(true);
    expect(plans.isUnfiltered('core-sw', 'Vlan120', 'Vlan110')).toBe(false);
  });
});
