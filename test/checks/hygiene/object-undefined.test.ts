import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import type { ObjectReference } from '../../../src/model/objects.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device } from '../../helpers/build-network.js';
import { ASA_DIRTY, FORTIGATE_CLEAN, FORTIGATE_DIRTY } from './configs.js';
import { runHygiene, summary } from './helpers.js';

const ref = (name: string, line: number, usedBy: string, extra: Partial<ObjectReference> = {}): ObjectReference => ({
  kind: 'address',
  name,
  usedBy,
  resolved: false,
  provenance: { file: 'box.conf', line },
  ...extra,
});

describe('OBJECT-UNDEFINED', () => {
  it('FortiGate: one finding per name, at its first use', () => {
    const f = runHygiene(parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices, 'object-undefined');
    expect(summary(f)).toEqual([['address', { device: 'fw-town', kind: 'address', name: 'FILESRV', usedBy: 'firewall policy 5 srcaddr', count: 1 }]]);
    expect(f[0]!.location).toEqual({ file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'set srcaddr "FILESRV"') });
  });

  it('ASA: an ACL naming an object that does not exist', () => {
    expect(summary(runHygiene(parseAsa(ASA_DIRTY, 'configs/asa-mn.cfg').devices, 'object-undefined'))).toEqual([
      ['address', { device: 'asa-mn', kind: 'address', name: 'GHOST', usedBy: 'access-list INSIDE_IN line 3', count: 1 }],
    ]);
  });

  it('groups the uses of a name by kind, counts them, and starts from the first line', () => {
    const d = device('fw', {
      references: [
        ref('X', 30, 'policy 9 dstaddr'),
        ref('X', 12, 'policy 2 srcaddr'),
        ref('X', 30, 'policy 9 srcaddr'),
        ref('X', 40, 'policy 10', { kind: 'service' }),
        ref('Y', 5, 'policy 1', { resolved: true }),
      ],
    });
    expect(summary(runHygiene([d], 'object-undefined'))).toEqual([
      ['address', { device: 'fw', kind: 'address', name: 'X', usedBy: 'policy 2 srcaddr', count: 3 }],
      ['service', { device: 'fw', kind: 'service', name: 'X', usedBy: 'policy 10', count: 1 }],
    ]);
  });

  it('reports a use that every context of a box repeats once, on the box', () => {
    const use = ref('VTY-ACL', 50, 'line vty 0 4 access-class', { kind: 'acl' });
    const box = device('rt', { references: [use] });
    const vrf = device('rt/GUEST', { hostname: 'rt', context: 'GUEST', references: [use] });
    expect(summary(runHygiene([box, vrf], 'object-undefined'))).toEqual([['acl', { device: 'rt', kind: 'acl', name: 'VTY-ACL', usedBy: 'line vty 0 4 access-class', count: 1 }]]);
  });

  it('reports nothing when every name resolves', () => {
    expect(runHygiene(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices, 'object-undefined')).toEqual([]);
  });
});
