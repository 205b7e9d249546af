import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectJunosFormat, looksLikeJunos, parseJunos } from '../../../parsers/junos/index.js';
import { FIXTURE_NAMES, fixtureText, sampleText } from './helpers.js';

const FORTIGATE = fileURLToPath(new URL('../../fixtures/fortigate/fgt-edge-sample.conf', import.meta.url));

describe('detection by content', () => {
  it('recognizes every fixture and the sample, and tells the two export formats apart', () => {
    const expected: Record<string, 'set' | 'brace'> = { 'srx-fw': 'brace', 'srx-branch01': 'set', 'srx-hq-dc1': 'brace', 'mx-edge01': 'brace', 'srx-trunc': 'brace', 'srx-broken': 'set' };
    for (const name of FIXTURE_NAMES) expect(detectJunosFormat(fixtureText(name)), name).toBe(expected[name]);
    expect(detectJunosFormat(sampleText())).toBe('set');
  });

  it('accepts a set export that starts with a byte-order mark and a CLI prompt', () => {
    const text = '\ufeffadmin@srx> show configuration | display set\nset system host-name a\nset security zones security-zone trust interfaces ge-0/0/0.0\n';
    expect(looksLikeJunos(text)).toBe(true);
  });

  it('refuses other vendors, including set-style ones', () => {
    expect(looksLikeJunos(readFileSync(FORTIGATE, 'utf8'))).toBe(false);
    // VyOS / EdgeOS write `set` too, with their own hierarchies.
    expect(looksLikeJunos("set interfaces ethernet eth0 address '192.0.2.1/24'\nset system host-name 'vyos'\nset service ssh port '22'\n")).toBe(false);
    // PAN-OS set CLI.
    expect(looksLikeJunos('set deviceconfig system hostname pa\nset network interface ethernet ethernet1/1 layer3 ip 192.0.2.1/24\nset rulebase security rules r1 action allow\n')).toBe(false);
    expect(looksLikeJunos('interface GigabitEthernet0/0\n ip address 192.0.2.1 255.255.255.0\n!\n')).toBe(false);
    expect(looksLikeJunos('')).toBe(false);
    expect(looksLikeJunos('{ "json": true }')).toBe(false);
  });

  it('gives a FAILED result, not an exception, for what is not Junos or is binary', () => {
    for (const text of ['hello world\n', 'a\0b\0c', '\u0001\u0002\u0003'.repeat(100)]) {
      const r = parseJunos(text, 'x.conf');
      expect(r.status).toBe('FAILED');
      expect(r.devices).toEqual([]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ line: 0, kind: 'unrecognized' });
    }
  });
});
