import { describe, expect, it } from 'vitest';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import type { Rule } from '../../../src/model/filter.js';
import { PacketSet } from '../../../src/space/packet-set.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device, iface, permit, space, stage } from '../../helpers/build-network.js';
import { FORTIGATE_CLEAN, FORTIGATE_DIRTY, IOS_CLEAN, IOS_DIRTY, JUNOS_DIRTY } from './configs.js';
import { runHygiene, summary } from './helpers.js';

const fw = (rules: Rule[]) => device('fw', { interfaces: [iface('a', '10.20.0.1/24'), iface('b', '10.30.0.1/24')], filters: [stage(rules)] });
const ids = (rules: Rule[]) => runHygiene([fw(rules)], 'rule-any-any').map((f) => f.params.rule);

describe('RULE-ANY-ANY on hand-built rules', () => {
  it('reports a permit of every IPv4 packet, of every IPv6 packet, or of everything', () => {
    expect(ids([permit('v4', 1, ['0.0.0.0/0'], ['0.0.0.0/0'])])).toEqual(['v4']);
    expect(ids([permit('v6', 1, ['::/0'], ['::/0'])])).toEqual(['v6']);
    expect(ids([{ ...permit('both', 1, [], []), terms: [{ packets: PacketSet.ANY }] }])).toEqual(['both']);
  });

  it('counts the union of the terms, and ignores interface restrictions', () => {
    const split: Rule = {
      ...permit('split', 1, [], []),
      terms: [
        { inInterfaces: ['a'], outInterfaces: ['b'], packets: PacketSet.of(space('0.0.0.0/1'), space('0.0.0.0/0')) },
        { inInterfaces: ['a'], outInterfaces: ['b'], packets: PacketSet.of(space('128.0.0.0/1'), space('0.0.0.0/0')) },
      ],
    };
    expect(ids([split])).toEqual(['split']);
  });

  it('leaves alone anything narrower, denies, disabled and implicit rules', () => {
    expect(
      ids([
        permit('port', 1, ['0.0.0.0/0'], ['0.0.0.0/0'], ['tcp/0-65535']),
        permit('src', 2, ['10.0.0.0/8'], ['0.0.0.0/0']),
        permit('dst', 3, ['0.0.0.0/0'], ['0.0.0.0/1']),
        { ...permit('deny', 4, ['0.0.0.0/0'], ['0.0.0.0/0']), action: 'deny' },
        permit('off', 5, ['0.0.0.0/0'], ['0.0.0.0/0'], [], { enabled: false }),
        permit('intrazone:LAN', 6, ['0.0.0.0/0'], ['0.0.0.0/0'], [], { implicit: true }),
      ]),
    ).toEqual([]);
  });
});

describe('RULE-ANY-ANY through the parsers', () => {
  it('FortiGate: all → all, service ALL, between two interfaces', () => {
    const f = runHygiene(parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices, 'rule-any-any');
    expect(summary(f)).toEqual([[undefined, { device: 'fw-town', stage: 'firewall policy', rule: '4 "temp-all"' }]]);
    expect(f[0]!.location).toEqual({ file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'edit 4', 'config firewall policy') });
  });

  it('IOS: permit ip any any; Junos: any/any/any between zones', () => {
    expect(summary(runHygiene(parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices, 'rule-any-any'))).toEqual([
      [undefined, { device: 'rt-lgwan', stage: 'ip access-group LAN-IN in', rule: 'LAN-IN:40' }],
    ]);
    expect(summary(runHygiene(parseJunos(JUNOS_DIRTY, 'configs/srx-fw.conf').devices, 'rule-any-any'))).toEqual([
      [undefined, { device: 'srx-fw', stage: 'security policies', rule: 'trust>untrust/any-out' }],
    ]);
  });

  it('reports nothing on clean configs', () => {
    expect(runHygiene(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices, 'rule-any-any')).toEqual([]);
    expect(runHygiene(parseIos(IOS_CLEAN, 'configs/rt-clean.cfg').devices, 'rule-any-any')).toEqual([]);
  });
});
