import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsa, readAsaConfig } from '../../../parsers/asa/index.js';
import { maskAsaSecrets } from '../../../parsers/asa/mask-asa-secrets.js';
import { FIXTURE_NAMES, SAMPLE_CITY_ASA, fixtureText, parseFixture, toJson } from './helpers.js';

/** Secret values written in the fixtures and the sample; none may come out of the parser. */
const FIXTURE_SECRETS = [
  '8Ry2YjIyt7RRXU24',
  '2KFQnbNIdI.2KYOU',
  'Fa1l0verK3ySecret',
  'Ld4pB1ndSecret',
  'Snmp-C0mmunity-RO',
  'Snmp3AuthHash',
  'Snmp3PrivHash',
  'NtpK3ySecret',
  'abcDEFghiJKLmnoPQR',
  'hS2v5Q0YkBh0xWqd',
  'Vp9nUs3rHash',
  'Tunn3lPskSecret',
  'Ctx0EnableHash',
  'HonchoEnableDigestValue1',
  'HonchoFailoverKeySecret',
  'HonchoRadiusKeySecret',
  'HonchoLdapBindSecret',
  'HonchoSnmpAuthHash',
  'HonchoSnmpPrivHash',
  'HonchoCommunitySecret',
  'CertBodyMarkerSecret',
  'HonchoNtpKeySecret',
  'NetAdminDigest',
  'HonchoSitePsk07Secret',
  'TrUncatedEnableDigest',
  'Br0kenEnableHash',
  'S3cr3tFrobValue',
  'Op3ratorHash',
  'Hq7uVb0rT3nW6yP1sD4fG8',
  'e5Rt7YuI9oP1aS3dF6gH2j',
];

function assertNoSecret(output: string, where: string): void {
  for (const secret of FIXTURE_SECRETS) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
}

describe('secrets never leave the parser', () => {
  const texts = [...FIXTURE_NAMES.map(fixtureText), readFileSync(SAMPLE_CITY_ASA, 'utf8')];

  it('the fixtures really contain the secrets this test looks for', () => {
    const all = texts.join('\n');
    for (const secret of FIXTURE_SECRETS) expect(all.includes(secret), secret).toBe(true);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: neither the neutral result, the vendor config nor any warning holds a secret`, () => {
      const parsed = parseFixture(name);
      assertNoSecret(toJson(parsed), `${name} ParsedConfig`);
      assertNoSecret(toJson(readAsaConfig(fixtureText(name))), `${name} vendor config`);
    });
  }

  it('the sample city ASA leaks nothing either', () => {
    const text = readFileSync(SAMPLE_CITY_ASA, 'utf8');
    assertNoSecret(toJson(parseAsa(text, 'configs/asa-mn.cfg')), 'asa-mn');
    assertNoSecret(toJson(readAsaConfig(text)), 'asa-mn vendor config');
  });

  it('masks every ASA secret syntax on lines that do get a warning', () => {
    const text = [
      'ASA Version 9.16(4)57',
      'frobnicate',
      ' ntp authentication-key 1 md5 NtpInsideSecret',
      ' ldap-login-password LdapInsideSecret',
      ' snmp-server user u g v3 encrypted auth sha AuthInsideSecret priv aes 128 PrivInsideSecret',
      ' ikev1 pre-shared-key PskInsideSecret',
      ' ikev2 remote-authentication pre-shared-key Psk2InsideSecret',
      ' key RadiusInsideSecret',
      ' username x password PwInsideSecret pbkdf2 privilege 15',
      ' enable password EnInsideSecret level 15 encrypted',
      ' failover key FailInsideSecret',
      ' snmp-server community CommInsideSecret',
      ' ospf message-digest-key 1 md5 OspfInsideSecret',
      ' passwd TelnetInsideSecret encrypted',
      'crypto ca certificate chain X',
      ' certificate ca 01',
      '    30820122 CertInsideSecret',
      'frobnicate',
      ': end',
    ].join('\n');
    const parsed = parseAsa(text, 'm.cfg');
    expect(parsed.warnings.map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 18]);
    const out = toJson(parsed);
    for (const s of ['NtpInside', 'LdapInside', 'AuthInside', 'PrivInside', 'PskInside', 'Psk2Inside', 'RadiusInside', 'PwInside', 'EnInside', 'FailInside', 'CommInside', 'OspfInside', 'TelnetInside', 'CertInside']) {
      expect(out.includes(s), s).toBe(false);
    }
    expect(parsed.warnings[1]!.text).toBe('ntp authentication-key 1 md5 ********');
    expect(parsed.warnings[3]!.text).toBe('snmp-server user u g v3 encrypted auth sha ******** priv aes 128 ********');
  });

  it('maskAsaSecrets keeps keywords and markers visible, and leaves ordinary lines alone', () => {
    expect(maskAsaSecrets(' ldap-login-password Secret1')).toBe(' ldap-login-password ********');
    expect(maskAsaSecrets('username a password Secret2 pbkdf2 privilege 15')).toBe('username a password ******** pbkdf2 privilege 15');
    const plain = 'access-list OUTSIDE_IN extended permit tcp any host 10.1.1.1 eq https';
    expect(maskAsaSecrets(plain)).toBe(plain);
    expect(maskAsaSecrets('ssh key-exchange group dh-group14-sha256')).toBe('ssh key-exchange group dh-group14-sha256');
  });
});
