import { describe, expect, it } from 'vitest';
import { looksLikeIos, parseIos } from '../../../parsers/ios/index.js';
import { FIXTURE_NAMES, fixtureText } from './helpers.js';

const ASA = [
  ': Saved',
  ':',
  ': Serial Number: JAD000000AB',
  ': Hardware:   ASA5516, 8192 MB RAM, CPU Atom C2000 series 2416 MHz, 1 CPU (8 cores)',
  ':',
  'ASA Version 9.16(4)',
  '!',
  'hostname asa-mn',
  'interface GigabitEthernet0/0',
  ' nameif outside',
  ' security-level 0',
  ' ip address 10.255.40.1 255.255.255.252',
  '!',
  'route outside 0.0.0.0 0.0.0.0 10.255.40.2 1',
  'end',
].join('\n');

describe('detection by content', () => {
  it('recognizes every fixture, including the broken ones', () => {
    for (const name of FIXTURE_NAMES) expect(looksLikeIos(fixtureText(name)), name).toBe(true);
  });

  it('recognizes a bare excerpt by its structure', () => {
    expect(looksLikeIos('hostname r1\ninterface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\nip route 0.0.0.0 0.0.0.0 10.0.0.254\n')).toBe(true);
    expect(looksLikeIos('line vty 0 4\n transport input ssh\n')).toBe(true);
    expect(looksLikeIos('version 17.6\n!\ninterface Vlan10\n ip address 10.0.0.1 255.255.255.0\n')).toBe(true);
    expect(looksLikeIos('\uFEFFBuilding configuration...\n\nCurrent configuration : 120 bytes\nhostname r1\nend\n')).toBe(true);
  });

  it('refuses Cisco ASA, even with IOS-like interface blocks', () => {
    expect(looksLikeIos(ASA)).toBe(false);
    expect(looksLikeIos('interface GigabitEthernet0/1\n nameif inside\n security-level 100\n ip address 10.0.0.1 255.255.255.0\nhostname x\n')).toBe(false);
    expect(looksLikeIos('PIX Version 6.3(5)\ninterface ethernet0 auto\nhostname pix\n')).toBe(false);
  });

  it('refuses other formats and plain text', () => {
    expect(looksLikeIos('#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\nconfig system global\nend\n')).toBe(false);
    expect(looksLikeIos('set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\nset system host-name srx\n')).toBe(false);
    expect(looksLikeIos('!Command: show running-config\nversion 9.3(8) Bios:version 05.45\nfeature ospf\ninterface Ethernet1/1\n')).toBe(false);
    expect(looksLikeIos('*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n')).toBe(false);
    expect(looksLikeIos('ip lan1 address 10.0.0.1/24\nip route default gateway 10.0.0.254\n')).toBe(false);
    expect(looksLikeIos('version 17.6\n')).toBe(false);
    expect(looksLikeIos('')).toBe(false);
  });

  it('gives FAILED with a reason for what it does not read', () => {
    const asa = parseIos(ASA, 'configs/asa-mn.cfg');
    expect(asa).toMatchObject({ status: 'FAILED', format: 'unknown', devices: [] });
    expect(asa.warnings[0]).toMatchObject({ line: 0, kind: 'unrecognized' });
    expect(asa.warnings[0]!.comment).toContain('ASA');
    expect(parseIos('hostname r1\n\0\0\0interface x\n', 'bin.cfg').warnings[0]!.comment).toContain('NUL');
    expect(parseIos('\u0001\u0002\u0003\u0004\u0005'.repeat(100), 'bin.cfg').warnings[0]!.comment).toContain('binary');
  });
});
