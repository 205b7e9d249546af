import { describe, expect, it } from 'vitest';
import { maskSecretsInLine } from '../../../src/report/mask-secrets.js';
import { parseJunos, readJunosConfig } from '../../../parsers/junos/index.js';
import { maskJunosLine } from '../../../parsers/junos/mask.js';
import { FIXTURE_NAMES, fixtureText, parseFixture, sampleText, toJson } from './helpers.js';

/** Secret values written in the fixtures; none may come out of the parser in any form. */
const FIXTURE_SECRETS = [
  'Jd0c7NqM1rW4t9yQbX3sHf2uKp5eZa8Vn6gLm0oTiR3wCy7Ux1Bd4Fh9Js2Pk5Qa8Ze0Wc3Rv6Ty9Ub2Nm5Xl',
  'aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9',
  'Lx7dbs4ZUjqfTz3AtOIylKMXNdb2aZGiHk5TQn9Cp0BEhyKvWx',
  'Qm8nF3/tpB1RhrlKvLNdsYgoJUjHqfTQ1hSyKMLxNd2gJiHkPf',
  'RootHashBranchValue',
  'AdminHashBranchValue',
  'BranchKeyMaterialDoNotLeak',
  'RadiusSharedSecretBranchNotForYou',
  'BranchPskSecretValueXyz123',
  'br4nch-R0-c0mm',
  'LargeFixtureKeyMaterialNeverShown',
  'dc-ro-Secr3tComm',
  'RouterRootHashValueMustNotLeak',
  'TruncatedRootHashValueMustNotLeak',
  'BrokenRootHashValueMustNotLeakAnywhere',
  'QuoteNeverClosedSecretValue',
];

/** Any crypt or Junos-encrypted value that is not the mask. */
const ENCRYPTED = /\$[15689]\$(?!\*)/;

function assertNoSecret(output: string, where: string): void {
  for (const secret of FIXTURE_SECRETS) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
  expect(ENCRYPTED.test(output), `encrypted value in ${where}`).toBe(false);
}

describe('secrets never leave the parser', () => {
  it('the fixtures really contain the secrets this test looks for', () => {
    const all = [...FIXTURE_NAMES.map(fixtureText), sampleText()].join('\n');
    for (const secret of FIXTURE_SECRETS) expect(all.includes(secret), secret).toBe(true);
    expect((fixtureText('srx-hq-dc1').match(/\$9\$/g) ?? []).length).toBeGreaterThan(10);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: neither the neutral result, the vendor config nor any warning holds a secret`, () => {
      const parsed = parseFixture(name);
      assertNoSecret(toJson(parsed), `${name} ParsedConfig`);
      assertNoSecret(toJson(readJunosConfig(fixtureText(name))), `${name} vendor config`);
      for (const w of parsed.warnings) assertNoSecret(`${w.text} ${w.comment} ${w.context}`, `${name} warning line ${w.line}`);
    });
  }

  it('the sample-city device holds no secret either', () => {
    assertNoSecret(toJson(parseJunos(sampleText(), 'srx-fw.conf')), 'sample');
  });

  it('masks every secret form on lines that do get a warning', () => {
    const text = [
      'set system host-name s',
      'set security zones security-zone a interfaces ge-0/0/0.0',
      'set security ike policy P pre-shared-key hexadecimal 0badc0ffee0badc0ffee',
      'set system login user u authentication ssh-ed25519 "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKeyBodyOne u@h"',
      'set system login user u authentication encrypted-password $1$abc$Md5CryptValueOne',
      'set snmp community SeCrEtCommunityName clients 10.0.0.0/8 unknown-word',
      'set system tacplus-server 10.0.0.1 secret "$9$TacacsSecretBody"',
      'set bogus-top authentication-key "$8$MasterPasswordBody"',
      'set bogus-top ascii-text PlainPskValue',
    ].join('\n');
    // Every secret line above gets a warning only if unrecognized; make them so.
    const broken = text
      .split('\n')
      .map((l, i) => (i < 2 ? l : l.replace(/^set (security|system|snmp|bogus-top)/, 'set zz-$1')))
      .join('\n');
    const r = parseJunos(broken, 'm.conf');
    expect(r.warnings.filter((w) => w.kind === 'unrecognized')).toHaveLength(7);
    const out = r.warnings.map((w) => w.text).join('\n');
    for (const s of ['0badc0ffee', 'KeyBodyOne', 'Md5CryptValueOne', 'SeCrEtCommunityName', 'TacacsSecretBody', 'MasterPasswordBody', 'PlainPskValue']) expect(out.includes(s), s).toBe(false);
  });

  it('covers Junos forms the shared masker alone does not', () => {
    const cases = [
      'pre-shared-key hexadecimal "0badc0ffee"',
      'ssh-rsa "ssh-rsa AAAAB3NzaKeyBody user@host"',
      'encrypted-password-like $6$salt$HashBodyWithoutKeyword',
      'key-value "Secret1"; ## SECRET-DATA',
    ];
    for (const line of cases) {
      expect(maskJunosLine(line)).toContain('********');
      expect(maskJunosLine(line)).not.toMatch(/0badc0ffee|KeyBody|HashBodyWithoutKeyword|Secret1/);
    }
    // The shared masker now knows Junos' `hexadecimal` form too; key bodies and bare hashes
    // without a keyword stay the Junos masker's to find.
    expect(maskSecretsInLine(cases[0]!)).not.toContain('0badc0ffee');
    expect(maskSecretsInLine(cases[1]!)).toContain('KeyBody');
    expect(maskSecretsInLine(cases[2]!)).toContain('HashBodyWithoutKeyword');
  });
});
