import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import type { Device } from '../../../src/model/device.js';
import type { DefinedObject, ObjectKind, ObjectReference } from '../../../src/model/objects.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device } from '../../helpers/build-network.js';
import { ASA_DIRTY, FORTIGATE_CLEAN, FORTIGATE_DIRTY, IOS_CLEAN, IOS_DIRTY, JUNOS_DIRTY, PANOS_DIRTY, RTX_ANONYMOUS, RTX_NAMED } from './configs.js';
import { runHygiene, summary } from './helpers.js';

const names = (devices: readonly Device[]) => runHygiene(devices, 'object-unused').map((f) => `${f.params.device} ${f.params.kind} ${f.params.name}`);
const def = (kind: ObjectKind, name: string, line: number): DefinedObject => ({ kind, name, provenance: { file: 'box.conf', line } });
const use = (kind: ObjectKind, name: string, line: number): ObjectReference => ({ kind, name, usedBy: 'x', resolved: true, provenance: { file: 'box.conf', line } });

describe('OBJECT-UNUSED through the parsers', () => {
  it('FortiGate: an address nothing uses; not one used only in a group, nor factory objects ("all", ALL, HTTP, SMTP)', () => {
    const f = runHygiene(parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices, 'object-unused');
    expect(summary(f)).toEqual([['address', { device: 'fw-town', kind: 'address', name: 'OLD-SERVER' }]]);
    expect(f[0]!.location).toEqual({ file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'edit "OLD-SERVER"') });
  });

  it('PAN-OS: an address and a group nothing uses; a group defining itself is no use of it', () => {
    expect(names(parsePanos(PANOS_DIRTY, 'configs/pa-edge.set').devices)).toEqual(['pa-edge address stale', 'pa-edge address-group unused-grp']);
  });

  it('ASA: an unused object; obj_any is used by its object NAT, and an unbound (crypto) ACL is not judged', () => {
    expect(names(parseAsa(ASA_DIRTY, 'configs/asa-mn.cfg').devices)).toEqual(['asa-mn address UNUSED-HOST']);
  });

  it('IOS: an unused object-group, once for the box and its VRF; ACLs are not judged', () => {
    expect(names(parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices)).toEqual(['rt-lgwan address-group OLD-HOSTS']);
  });

  it('Junos: only NAT pools are judged (address-book entries are not)', () => {
    expect(names(parseJunos(JUNOS_DIRTY, 'configs/srx-fw.conf').devices)).toEqual(['srx-fw ip-pool POOL-B']);
  });

  it('RTX: a filter no interface, set or route uses', () => {
    expect(names(parseRtx(RTX_ANONYMOUS, 'configs/rtx.config').devices)).toEqual(['rtx acl ip filter 150']);
  });

  it('reports nothing on clean configs', () => {
    expect(names(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices)).toEqual([]);
    expect(names(parseIos(IOS_CLEAN, 'configs/rt-clean.cfg').devices)).toEqual([]);
    expect(names(parseRtx(RTX_NAMED, 'configs/rtx.config').devices)).toEqual([]);
  });
});

describe('OBJECT-UNUSED on hand-built devices', () => {
  const fortigate = (parts: Partial<Device>) => device('fw', { vendor: 'fortigate', ...parts });

  it('matches uses by name across kinds of one name space (an address name may resolve to a VIP or a pool)', () => {
    const d = fortigate({
      objects: [def('address', 'A', 1), def('vip', 'V', 2), def('service', 'S', 3), def('ip-pool', 'P', 4)],
      references: [use('address-group', 'A', 10), use('address', 'V', 11), use('service-group', 'S', 12)],
    });
    expect(names([d])).toEqual(['fw ip-pool P']);
  });

  it('never reports interfaces, zones, or kinds whose uses the vendor converter does not record', () => {
    const d = fortigate({ objects: [def('interface', 'port9', 1), def('zone', 'EMPTY', 2), def('schedule', 'weekdays', 3)] });
    const junos = device('srx', { vendor: 'junos', objects: [def('address', 'lonely', 1), def('acl', 'PROTECT-RE', 2)] });
    const neutral = device('n', { objects: [def('address', 'x', 1)] });
    expect(names([d, junos, neutral])).toEqual([]);
  });

  it('lets every context that lists a shared definition use it, and reports it once on the box', () => {
    const shared = def('address', 'SHARED', 5);
    const vsys1 = device('pa/vsys1', { hostname: 'pa', context: 'vsys1', vendor: 'paloalto', objects: [shared, def('address', 'ONLY1', 6)] });
    const vsys2 = device('pa/vsys2', { hostname: 'pa', context: 'vsys2', vendor: 'paloalto', objects: [shared], references: [use('address', 'SHARED', 40), use('address', 'ONLY1', 41)] });
    // ONLY1 is vsys1's own: a vsys2 rule naming "ONLY1" does not use it.
    expect(names([vsys1, vsys2])).toEqual(['pa/vsys1 address ONLY1']);
    const unusedShared = [vsys1, { ...vsys2, references: [] }];
    expect(names(unusedShared)).toEqual(['pa address SHARED', 'pa/vsys1 address ONLY1']);
  });

  it('counts uses made on a context that lists no objects of its own (an IOS VRF)', () => {
    const box = device('rt', { vendor: 'ios', provenance: { file: 'box.conf', line: 1 }, objects: [def('address-group', 'G', 3)] });
    const vrf = device('rt/V', { hostname: 'rt', context: 'V', vendor: 'ios', provenance: { file: 'box.conf', line: 9 }, references: [use('address-group', 'G', 20)] });
    expect(names([box, vrf])).toEqual([]);
    expect(names([box])).toEqual(['rt address-group G']);
  });
});
