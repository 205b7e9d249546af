import { describe, expect, it } from 'vitest';
import { looksLikeFortigate, parseFortigate } from '../../../parsers/fortigate/index.js';
import { FIXTURE_NAMES, fixtureText } from './helpers.js';

const IOS = ['!', 'version 15.2', 'hostname r1', 'interface GigabitEthernet0/1', ' ip address 10.0.0.1 255.255.255.0', 'end'].join('\n');

describe('detection', () => {
  it('recognizes every fixture by content', () => {
    for (const name of FIXTURE_NAMES) expect(looksLikeFortigate(fixtureText(name)), name).toBe(true);
  });

  it('recognizes a header alone, FortiWiFi included, and a header-less excerpt by structure', () => {
    expect(looksLikeFortigate('#config-version=FGVM64-7.4.3-FW-build2573-240201:opmode=0:vdom=0\n')).toBe(true);
    expect(looksLikeFortigate('#config-version=FWF61E-6.4.9-FW-build1966-220421:opmode=0:vdom=0\n')).toBe(true);
    expect(looksLikeFortigate('config firewall policy\n    edit 1\n        set action accept\n    next\nend\n')).toBe(true);
    expect(looksLikeFortigate('\ufeffconfig system global\r\n    set hostname "x"\r\nend\r\n')).toBe(true);
  });

  it('refuses other texts', () => {
    expect(looksLikeFortigate(IOS)).toBe(false);
    expect(looksLikeFortigate('{"config": "system global"}')).toBe(false);
    expect(looksLikeFortigate('')).toBe(false);
    expect(looksLikeFortigate('config system global\n')).toBe(false);
  });
});

describe('files that are not FortiGate configurations', () => {
  it('fails a foreign configuration with one file-level warning', () => {
    const r = parseFortigate(IOS, 'configs/r1.cfg');
    expect(r).toMatchObject({ status: 'FAILED', format: 'unknown', devices: [], lines: 6 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ line: 0, kind: 'unrecognized' });
    expect(r.warnings[0]!.comment).toContain('not a FortiGate configuration');
  });

  it('fails a file with NUL bytes even when it starts like a FortiGate backup', () => {
    const text = `${fixtureText('fgt-edge-sample').slice(0, 200)}\u0000\u0000\u0001binary`;
    const r = parseFortigate(text, 'configs/blob.conf');
    expect(r.status).toBe('FAILED');
    expect(r.devices).toEqual([]);
    expect(r.warnings[0]!.comment).toContain('NUL');
  });

  it('fails a mostly binary file', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(1 + (i % 30)));
    const r = parseFortigate(`#config-version=FGT60F-7.2.8-FW-build1639-240514\n${bytes.join('')}`, 'configs/blob.conf');
    expect(r.status).toBe('FAILED');
    expect(r.warnings[0]!.comment).toContain('binary');
  });

  it('turns an unexpected exception into a FAILED result instead of throwing', () => {
    const r = parseFortigate(undefined as unknown as string, 'configs/broken.conf');
    expect(r.status).toBe('FAILED');
    expect(r.warnings[0]!.comment).toMatch(/^internal error: /);
  });
});
