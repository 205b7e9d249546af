import { describe, expect, it } from 'vitest';
import { detectPanosFormat, looksLikePanos, parsePanos } from '../../../parsers/paloalto/index.js';
import { looksLikeFortigate } from '../../../parsers/fortigate/index.js';
import { FIXTURE_FILES, fixtureText } from './helpers.js';

describe('detection by content', () => {
  it('recognizes every fixture, in the right format', () => {
    for (const f of FIXTURE_FILES) expect(detectPanosFormat(fixtureText(f)), f).toBe(f.endsWith('.set') ? 'set' : 'xml');
    expect(detectPanosFormat(fixtureText('sample:pa-edge.xml'))).toBe('xml');
  });

  it('accepts the API wrapper, a byte-order mark and a prompt before the XML', () => {
    expect(looksLikePanos('<response status="success"><result><config version="10.2.0"><devices/></config></result></response>')).toBe(true);
    expect(looksLikePanos('\uFEFF<config version="9.1.0"><shared/></config>')).toBe(true);
    expect(looksLikePanos('admin@pa> show config running\n<config version="10.1.0">\n<mgt-config/>\n</config>\n')).toBe(true);
  });

  it('accepts a set export with vsys commands at the top or under set vsys', () => {
    expect(detectPanosFormat('set zone trust network layer3 ethernet1/2\n')).toBe('set');
    expect(detectPanosFormat('set vsys vsys2 address a ip-netmask 10.0.0.1\n')).toBe('set');
    expect(detectPanosFormat('set deviceconfig system hostname fw\n')).toBe('set');
  });

  it('rejects other vendors and other XML', () => {
    const junos = 'set system host-name srx-fw\nset interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/30\nset security zones security-zone trust\n';
    const fortigate = '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\nconfig system global\n    set hostname "fgt"\nend\n';
    const ios = 'hostname core-sw\ninterface Vlan10\n ip address 10.0.0.1 255.255.255.0\n';
    for (const text of [junos, fortigate, ios, '<rpc-reply><configuration/></rpc-reply>', '<config><system/></config>', '', 'set']) {
      expect(looksLikePanos(text), text.slice(0, 30)).toBe(false);
    }
    // And the FortiGate detector does not claim a PAN-OS export.
    expect(looksLikeFortigate(fixtureText('pa-edge.set'))).toBe(false);
  });

  it('gives FAILED, never an exception, for text that is not PAN-OS, binary or empty', () => {
    for (const text of ['hello world', '\u0000\u0001\u0002binary', '\u0001'.repeat(500), '']) {
      const r = parsePanos(text, 'x.xml');
      expect(r.status).toBe('FAILED');
      expect(r.devices).toEqual([]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]!.line).toBe(0);
    }
  });
});
