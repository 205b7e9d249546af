import { describe, expect, it } from 'vitest';
import { parseFortigate, readFortigateConfig } from '../../../parsers/fortigate/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture, toJson } from './helpers.js';

/** Secret values written in the fixtures; none may come out of the parser in any form. */
const FIXTURE_SECRETS = [
  'SH2nMtkT4ZqGXYtQ8kP0bYm0n3uRb2pXz7Q1cW9fLhVd0sAa8sY2gJ5kOeR1uI',
  'SH2qWbVt6XcHpL0mN9rT3uY1iO5pA7sD8fG2hJ4kL6zX0cV9bN',
  'm0Vx7Kp2QbS9tY4wN6rF1aJ3',
  'tokyo-ro-c0mmunity',
  'ZxCvBnM1aSdFgHjKl2QwErTyUi3',
  'pL9oK8iJ7uH6yG5tF4rD3eS2wA1q',
  'MATERIALSHOULDNEVERAPPEAR',
  'Qm9ndXNQU0tTZWNyZXRUaGF0TXVzdE5vdExlYWs',
  'DoNotLeak',
  'GarbageLineSecret',
];

function assertNoSecret(output: string, where: string): void {
  for (const secret of FIXTURE_SECRETS) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
  expect(/\bENC\s+(?!\*)/.test(output), `ENC value in ${where}`).toBe(false);
}

describe('secrets never leave the parser', () => {
  it('the fixtures really contain the secrets this test looks for', () => {
    const all = FIXTURE_NAMES.map(fixtureText).join('\n');
    for (const secret of FIXTURE_SECRETS) expect(all.includes(secret), secret).toBe(true);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: neither the neutral result, the vendor config nor any warning holds a secret`, () => {
      const parsed = parseFixture(name);
      assertNoSecret(toJson(parsed), `${name} ParsedConfig`);
      assertNoSecret(toJson(readFortigateConfig(fixtureText(name))), `${name} vendor config`);
      for (const w of parsed.warnings) assertNoSecret(`${w.text} ${w.comment} ${w.context}`, `${name} warning line ${w.line}`);
    });
  }

  it('masks secrets on lines that do get a warning', () => {
    const text = [
      '#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:user=admin',
      'config vpn ipsec phase1-interface',
      '    edit "t"',
      '        set psksecret ENC "TopSecretPsk1',
      '    next',
      'end',
      'config system snmp community',
      '    edit 1',
      '        set name "CommunityNameSecret',
      '    next',
      'end',
      'config vpn certificate local',
      '    edit "c"',
      '        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----',
      'KeyBodySecretLineOne',
      'KeyBodySecretLineTwo',
      '    next',
      'end',
      'config system admin',
      '    edit "admin"',
      '        set password ENC AdminHashSecret',
    ].join('\n');
    const parsed = parseFortigate(text, 'fw.conf');
    expect(parsed.warnings.map((w) => w.line)).toEqual([4, 9, 14, 20]);
    const out = toJson(parsed);
    for (const secret of ['TopSecretPsk1', 'CommunityNameSecret', 'KeyBodySecretLine', 'AdminHashSecret']) expect(out.includes(secret), secret).toBe(false);
    expect(parsed.warnings[1]!.text).toBe('set name ********');
  });
});
