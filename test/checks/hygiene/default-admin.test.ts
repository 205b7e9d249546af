import { describe, expect, it } from 'vitest';
import { parseAsa } from '../../../parsers/asa/index.js';
import { parseFortigate } from '../../../parsers/fortigate/index.js';
import { parseIos } from '../../../parsers/ios/index.js';
import { parseJunos } from '../../../parsers/junos/index.js';
import { parsePanos } from '../../../parsers/paloalto/index.js';
import { parseRtx } from '../../../parsers/rtx/index.js';
import type { Vendor } from '../../../src/model/device.js';
import { lineOf } from '../../helpers/config-tests.js';
import { device } from '../../helpers/build-network.js';
import { ASA_DIRTY, FORTIGATE_CLEAN, FORTIGATE_DIRTY, IOS_CLEAN, IOS_DIRTY, JUNOS_DIRTY, PANOS_DIRTY, RTX_ANONYMOUS, RTX_NAMED } from './configs.js';
import { runHygiene, summary } from './helpers.js';

describe('DEFAULT-ADMIN through the parsers', () => {
  it('FortiGate admin, at its definition', () => {
    const f = runHygiene(parseFortigate(FORTIGATE_DIRTY, 'configs/fw-town.conf').devices, 'default-admin');
    expect(summary(f)).toEqual([['named', { device: 'fw-town', account: 'admin' }]]);
    expect(f[0]!.location).toEqual({ file: 'configs/fw-town.conf', line: lineOf(FORTIGATE_DIRTY, 'edit "admin"', 'config system admin') });
  });

  it('IOS cisco (once for the box and its VRF), ASA admin, PAN-OS admin', () => {
    expect(summary(runHygiene(parseIos(IOS_DIRTY, 'configs/rt-lgwan.cfg').devices, 'default-admin'))).toEqual([['named', { device: 'rt-lgwan', account: 'cisco' }]]);
    expect(summary(runHygiene(parseAsa(ASA_DIRTY, 'configs/asa-mn.cfg').devices, 'default-admin'))).toEqual([['named', { device: 'asa-mn', account: 'admin' }]]);
    expect(summary(runHygiene(parsePanos(PANOS_DIRTY, 'configs/pa-edge.set').devices, 'default-admin'))).toEqual([['named', { device: 'pa-edge', account: 'admin' }]]);
  });

  it('Junos: admin, but never the built-in root', () => {
    const parsed = parseJunos(JUNOS_DIRTY, 'configs/srx-fw.conf');
    expect(parsed.devices[0]!.admins.map((a) => a.name)).toContain('root');
    expect(summary(runHygiene(parsed.devices, 'default-admin'))).toEqual([['named', { device: 'srx-fw', account: 'admin' }]]);
  });

  it('RTX: the unnamed login when no login user exists, nothing once one does', () => {
    const f = runHygiene(parseRtx(RTX_ANONYMOUS, 'configs/rtx.config').devices, 'default-admin');
    expect(summary(f)).toEqual([['anonymous', { device: 'rtx', account: 'anonymous' }]]);
    expect(runHygiene(parseRtx(RTX_NAMED, 'configs/rtx.config').devices, 'default-admin')).toEqual([]);
  });

  it('reports nothing for personal accounts', () => {
    expect(runHygiene(parseFortigate(FORTIGATE_CLEAN, 'configs/fw-clean.conf').devices, 'default-admin')).toEqual([]);
    expect(runHygiene(parseIos(IOS_CLEAN, 'configs/rt-clean.cfg').devices, 'default-admin')).toEqual([]);
  });
});

describe('DEFAULT-ADMIN on hand-built devices', () => {
  const withAdmins = (vendor: Vendor, ...names: string[]) =>
    device(vendor, { vendor, admins: names.map((name, k) => ({ name, provenance: { file: `${vendor}.conf`, line: k + 1 } })) });

  it('uses each vendor its own names, exactly', () => {
    const devices = [withAdmins('fortigate', 'admin', 'Admin', 'root'), withAdmins('junos', 'root', 'admin'), withAdmins('neutral', 'root', 'ops'), withAdmins('iptables')];
    expect(runHygiene(devices, 'default-admin').map((f) => `${f.params.device} ${f.params.account}`)).toEqual(['fortigate admin', 'junos admin', 'neutral root']);
  });
});
