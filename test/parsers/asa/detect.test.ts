import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeAsa, parseAsa } from '../../../parsers/asa/index.js';
import { FIXTURE_NAMES, SAMPLE_CITY_ASA, fixtureText } from './helpers.js';

const IOS = [
  'Building configuration...',
  '',
  'Current configuration : 4521 bytes',
  '!',
  'version 17.6',
  'service timestamps debug datetime msec',
  'hostname core-sw',
  '!',
  'interface Vlan120',
  ' description LGWAN terminals',
  ' ip address 10.120.0.1 255.255.255.0',
  ' ip access-group LGWAN-USERS in',
  '!',
  'ip access-list extended LGWAN-USERS',
  ' permit ip 10.120.0.0 0.0.0.255 any',
  'ip route 0.0.0.0 0.0.0.0 10.255.20.1',
  'line vty 0 4',
  ' transport input ssh',
  'end',
].join('\n');

describe('detection by content', () => {
  it('claims every ASA fixture and the sample city ASA', () => {
    for (const name of FIXTURE_NAMES) expect(looksLikeAsa(fixtureText(name)), name).toBe(true);
    expect(looksLikeAsa(readFileSync(SAMPLE_CITY_ASA, 'utf8'))).toBe(true);
  });

  it('claims an excerpt without header by its nameif and security-level lines, with a BOM too', () => {
    const excerpt = 'interface GigabitEthernet0/1\n nameif inside\n security-level 100\n ip address 10.0.0.1 255.255.255.0\n';
    expect(looksLikeAsa(excerpt)).toBe(true);
    expect(looksLikeAsa(`\uFEFFASA Version 9.18(3)\nhostname x\n`)).toBe(true);
    expect(looksLikeAsa('interface GigabitEthernet0/1\n nameif inside\n')).toBe(false);
  });

  it('does not claim Cisco IOS, FortiGate, or anything else', () => {
    expect(looksLikeAsa(IOS)).toBe(false);
    expect(looksLikeAsa('#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin\nconfig system global\nend\n')).toBe(false);
    expect(looksLikeAsa('')).toBe(false);
    expect(looksLikeAsa('security-level 100\nnameif inside\n')).toBe(false);
    // "ASA Version" only counts as the header line itself.
    expect(looksLikeAsa('! migrated from ASA Version 9.1 to IOS\nversion 17.6\n')).toBe(false);
  });

  it('fails cleanly, with a reason, on what is not an ASA configuration', () => {
    expect(parseAsa(IOS, 'configs/core-sw.cfg')).toMatchObject({ format: 'unknown', status: 'FAILED', devices: [], lines: 19 });
    expect(parseAsa('ASA Version 9.1\n\0\0\0', 'x.bin').warnings[0]!.comment).toContain('NUL bytes');
    expect(parseAsa('\u0001\u0002\u0003\u0004\u0005\u0006', 'x.bin').warnings[0]!.comment).toContain('binary');
    expect(parseAsa('', 'empty.cfg')).toMatchObject({ status: 'FAILED', lines: 0 });
  });

  it('falls back to the file name when the configuration names no host', () => {
    const parsed = parseAsa('ASA Version 9.16(4)\ninterface GigabitEthernet0/0\n nameif outside\n security-level 0\n', 'configs/fw-unnamed.txt');
    expect(parsed.devices[0]!.id).toBe('fw-unnamed');
  });
});
