import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';
import type { ManagementAccess } from '../../../src/model/management.js';
import { ServiceSet } from '../../../src/space/service-set.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device } from '../../helpers/build-network.js';
import { ASA_DIRTY, FORTIGATE_CLEAN, FORTIGATE_DIRTY, IOS_CLEAN, IOS_DIRTY, PANOS_DIRTY } from './configs.js';
import { runHygiene, summary } from './helpers.js';

describe('MGMT-INSECURE through the parsers', () => {
  it('FortiGate: telnet in allowaccess, on that interface', () => {
    const f = runHygiene(parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices, 'mgmt-insecure');
    expect(summary(f)).toEqual([['interface', { device: 'fw-town', service: 'telnet', interface: 'port1' }]]);
    expect(f[0]!.location).toEqual({ file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'set allowaccess ping https ssh telnet') });
  });

  it('IOS: `transport input telnet` and an SNMP v2c community, on every interface, once for the box and its VRF', () => {
    const f = runHygiene(parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices, 'mgmt-insecure');
    expect(summary(f)).toEqual([
      ['all', { device: 'rt-lgwan', service: 'snmp', interface: 'all' }],
      ['all', { device: 'rt-lgwan', service: 'telnet', interface: 'all' }],
    ]);
    expect(f.map((x) => x.location!.line)).toEqual([lineOf(IOS_DIRTY, 'snmp-server community'), lineOf(IOS_DIRTY, 'transport input telnet ssh')]);
    // The community string is a secret: it appears nowhere in the findings.
    expect(JSON.stringify(f)).not.toContain('public');
  });

  it('ASA telnet and PAN-OS http in a management profile', () => {
    expect(summary(runHygiene(parseAsa(ASA_DIRTY, 'configs/asa-mn.cfg').devices, 'mgmt-insecure'))).toEqual([['interface', { device: 'asa-mn', service: 'telnet', interface: 'inside' }]]);
    expect(summary(runHygiene(parsePanos(PANOS_DIRTY, 'configs/pa-edge.set').devices, 'mgmt-insecure'))).toEqual([['interface', { device: 'pa-edge', service: 'http', interface: 'ethernet1/2' }]]);
  });

  it('reports nothing for ssh, https and SNMPv3 with privacy', () => {
    expect(runHygiene(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices, 'mgmt-insecure')).toEqual([]);
    expect(runHygiene(parseIos(IOS_CLEAN, 'configs/rt-clean.cfg').devices, 'mgmt-insecure')).toEqual([]);
  });
});

describe('MGMT-INSECURE on hand-built devices', () => {
  const access = (service: string, line: number, extra: Partial<ManagementAccess> = {}): ManagementAccess => ({ service, packets: ServiceSet.ports(6, 23, 23), secure: false, provenance: { file: 'h.rules', line }, ...extra });

  it('one finding per service and interface, however many lines open it', () => {
    const d = device('h', { management: [access('telnet', 9, { interface: 'eth0' }), access('telnet', 4, { interface: 'eth0' }), access('telnet', 5, { interface: 'eth1' }), access('ssh', 6, { secure: true })] });
    const f = runHygiene([d], 'mgmt-insecure');
    expect(f.map((x) => [x.params.interface, x.location!.line])).toEqual([
      ['eth0', 4],
      ['eth1', 5],
    ]);
  });

  it('points a whole-device fact without a line (iptables INPUT accepting everything) at the device', () => {
    const d = device('h', { provenance: { file: 'h.rules', line: 1 }, management: [access('any', 0)] });
    expect(runHygiene([d], 'mgmt-insecure').map((x) => [x.variant, x.params.service, x.location])).toEqual([['all', 'any', { file: 'h.rules', line: 1 }]]);
  });
});
