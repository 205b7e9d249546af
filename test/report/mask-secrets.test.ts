import { describe, expect, it } from 'vitest';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

describe('maskSecretsInLine', () => {
  const cases: Array<[string, string]> = [
    ['    set password ENC SH2nlZ7pL4Tq0vB1kYw3=', 'SH2nlZ7pL4Tq0vB1kYw3='],
    ['        set psksecret ENC kT2v9xQ==', 'kT2v9xQ=='],
    ['snmp-server community Pub1ic-Str RO 10', 'Pub1ic-Str'],
    ['username admin privilege 15 secret 9 $9$abcdefgh$ijklmnop', '$9$abcdefgh$ijklmnop'],
    ['enable password 7 0822455D0A16', '0822455D0A16'],
    ['<phash>$1$fhpwqmcc$6R0oMJ3GNDbC3EC5oUKdJ1</phash>', '$1$fhpwqmcc$6R0oMJ3GNDbC3EC5oUKdJ1'],
    ['<key>-AQ==abcDEF123==</key>', '-AQ==abcDEF123=='],
    ['set system root-authentication encrypted-password "$6$Xyz$abc"', '$6$Xyz$abc'],
    ['login password MyPa55', 'MyPa55'],
    ['ipsec ike pre-shared-key 1 text s3cr3t-psk', 's3cr3t-psk'],
  ];
  for (const [line, secret] of cases) {
    it(`hides the secret in: ${line.trim().slice(0, 40)}`, () => {
      const masked = maskSecretsInLine(line);
      expect(masked).not.toContain(secret);
      expect(masked).toContain('********');
    });
  }

  it('leaves lines without secrets alone', () => {
    for (const line of ['set keylife 28800', '<entry name="web-in">', 'ip filter 100 pass * * tcp * www', 'set comments "no secrets here"']) {
      expect(maskSecretsInLine(line)).toBe(line);
    }
  });
});
