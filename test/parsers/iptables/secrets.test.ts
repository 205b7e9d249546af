import { describe, expect, it } from 'vitest';
import { readIptablesConfig } from '../../../parsers/iptables/index.js';
import { parseIptables } from '../../../parsers/iptables/index.js';
import { readLinuxIp } from '../../../parsers/linux-ip/index.js';
import { FIXTURE_HOSTS, companionText, parseFixture, rulesText, toJson } from './helpers.js';

/** Secret values written in the fixtures; none may come out of the parsers in any form. */
const FIXTURE_SECRETS = [
  'Kx9vQ2mPsecretPSK',
  'hunter2-leak',
  '7d1e5c3b9a0f4e2d8c6b1a3f5e7d9c2b4a6f8e0d1c3b5a7f9e2d4c6b8a0f1e3d',
  '3f8a2c7e9b1d4f6a8c0e2b4d6f8a1c3e',
  '9f8e7d6c5b4a39281716AUTHKEYSECRET',
  'AUTHKEYSECRET',
];

function assertNoSecret(output: string, where: string): void {
  for (const secret of FIXTURE_SECRETS) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
}

describe('secrets never leave the parsers', () => {
  it('the fixtures really contain the secrets this test looks for', () => {
    const all = FIXTURE_HOSTS.map((h) => `${rulesText(h)}\n${companionText(h) ?? ''}`).join('\n');
    for (const secret of FIXTURE_SECRETS) expect(all.includes(secret), secret).toBe(true);
  });

  for (const host of FIXTURE_HOSTS) {
    it(`${host}: neither the ParsedConfig, the typed configs nor any warning holds a secret`, () => {
      const parsed = parseFixture(host);
      assertNoSecret(toJson(parsed), `${host} ParsedConfig`);
      assertNoSecret(toJson(readIptablesConfig(rulesText(host))), `${host} iptables config`);
      const ip = companionText(host);
      if (ip !== undefined) assertNoSecret(toJson(readLinuxIp(ip, `${host}.ip`).config), `${host} companion config`);
      for (const w of parsed.warnings) assertNoSecret(`${w.text} ${w.comment} ${w.context}`, `${host} warning line ${w.line}`);
    });
  }

  it('masks secret-looking words in comments kept in the model, and on warned lines', () => {
    const text = [
      '*filter',
      ':FORWARD DROP [0:0]',
      '-A FORWARD -m comment --comment "wifi pw=Tr0ub4dor&3 for guests" -j ACCEPT',
      '-A FORWARD -m comment --comment "snmp community: c0mmun1tyX" -m frobnicate -j ACCEPT',
      '-A FORWARD -m comment --comment "token ghp_TOKENVALUE" -j ACCEPT',
      'COMMIT',
    ].join('\n');
    const parsed = parseIptables(text, 'x.rules', { text: '2: eth0    inet 10.0.0.1/24 scope global eth0\n\tenc cbc(aes) 0xABCDEF0123456789 \n', file: 'x.ip' });
    const out = toJson(parsed);
    for (const s of ['Tr0ub4dor', 'c0mmun1tyX', 'ghp_TOKENVALUE', 'ABCDEF0123456789']) expect(out.includes(s), s).toBe(false);
    expect(parsed.devices[0]!.filters[0]!.rules[0]!.comment).toBe('wifi pw=******** for guests');
  });
});
