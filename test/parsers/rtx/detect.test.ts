import { describe, expect, it } from 'vitest';
import { looksLikeRtx, parseRtx } from '../../../parsers/rtx/index.js';
import { FIXTURE_NAMES, fixtureText } from './helpers.js';

describe('detection by content', () => {
  it('recognizes every fixture', () => {
    for (const name of FIXTURE_NAMES) expect(looksLikeRtx(fixtureText(name)), name).toBe(true);
  });

  it('recognizes the show config header of RTX, NVR and vRX models, after a BOM or a capture prompt', () => {
    expect(looksLikeRtx('# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)\n')).toBe(true);
    expect(looksLikeRtx('\ufeff# NVR510 Rev.15.01.21 (Mon Oct  3 11:02:15 2022)\nip lan1 address 192.168.0.1/24\n')).toBe(true);
    expect(looksLikeRtx('[RTX830] > show config\n# RTX830 Rev.15.02.24 (x)\n')).toBe(true);
    expect(looksLikeRtx('# vRX VMware Rev.19.01.09 (x)\n')).toBe(true);
  });

  it('recognizes a header-less excerpt by two characteristic commands, not by one', () => {
    expect(looksLikeRtx('ip lan1 address 192.168.0.1/24\nip filter 10 pass * * tcp\n')).toBe(true);
    expect(looksLikeRtx('pp select 1\n ip pp nat descriptor 1\npp select none\nnat descriptor type 1 masquerade\n')).toBe(true);
    expect(looksLikeRtx('ip route default gateway 10.0.0.1\n')).toBe(false);
  });

  it('rejects other vendors and prose', () => {
    expect(looksLikeRtx('#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0\nconfig system global\nend\n')).toBe(false);
    expect(looksLikeRtx('hostname core-sw\ninterface Vlan110\n ip address 10.110.50.1 255.255.255.0\nip route 0.0.0.0 0.0.0.0 10.0.0.1\n')).toBe(false);
    expect(looksLikeRtx('set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/30\n')).toBe(false);
    expect(looksLikeRtx('')).toBe(false);
    expect(looksLikeRtx('ルーターの設定メモ: ip filter は後で書く\n')).toBe(false);
  });

  it('refuses what is not an RTX configuration with a FAILED result that says why', () => {
    const r = parseRtx('hello world\n', 'configs/notes.txt');
    expect(r).toMatchObject({ format: 'unknown', status: 'FAILED', devices: [], lines: 1 });
    expect(r.warnings[0]!.comment).toMatch(/not a YAMAHA RTX configuration/);
    const binary = parseRtx('# RTX1220 Rev.15.04.04\n\u0000\u0001\u0002', 'configs/x.bin');
    expect(binary.status).toBe('FAILED');
    expect(binary.warnings[0]!.comment).toMatch(/NUL bytes/);
    const noise = parseRtx('\u0001\u0002\u0003\u0004\u0005\u0006'.repeat(50), 'configs/y.bin');
    expect(noise.warnings[0]!.comment).toMatch(/binary/);
  });
});
