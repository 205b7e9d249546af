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
    // Each vendor's other ways of writing a secret.
    ['        set private-key "-----BEGIN ENCRYPTED PRIVATE KEY-----', 'BEGIN ENCRYPTED'],
    ['username admin password 7 0822455D0A16', '0822455D0A16'],
    [' key 7 060506324F41', '060506324F41'],
    ['tacacs-server key Tac4csKey', 'Tac4csKey'],
    ['crypto isakmp key Isakmp-PSK address 0.0.0.0', 'Isakmp-PSK'],
    ['snmp-server host 10.0.0.1 version 2c H0stComm', 'H0stComm'],
    ['snmp-server host 10.0.0.1 traps H0stComm2', 'H0stComm2'],
    ['snmp-server user ops grp v3 auth sha AuthK3y priv aes 128 PrivK3y', 'AuthK3y'],
    ['snmp-server user ops grp v3 auth sha AuthK3y priv aes 128 PrivK3y', 'PrivK3y'],
    ['<certificate>MIIBxjCCAW2gAwIBAgIU</certificate>', 'MIIBxjCCAW2gAwIBAgIU'],
    ['<private-key>MIIEvQIBADANBgkq</private-key>', 'MIIEvQIBADANBgkq'],
    ['encrypted-password "$6$rounds$Xyz"; ## SECRET-DATA', '$6$rounds$Xyz'],
    ['secret "$9$AbC123xYz"; ## SECRET-DATA', '$9$AbC123xYz'],
    ['pre-shared-key ascii-text "$9$Qw3rTy"', '$9$Qw3rTy'],
    ['set snmp community Jun0sComm authorization read-only', 'Jun0sComm'],
    ['login password encrypted RtxL0gin', 'RtxL0gin'],
    ['administrator password encrypted RtxAdm1n', 'RtxAdm1n'],
    ['administrator password RtxAdm2n', 'RtxAdm2n'],
    ['snmp community read-only RtxComm', 'RtxComm'],
    ['snmpv2c community read-write RtxComm2', 'RtxComm2'],
    ['pp auth myname isp-user Ppp-Pa55', 'Ppp-Pa55'],
    ['pp auth username remote1 Ppp-Pa66', 'Ppp-Pa66'],
  ];
  for (const [line, secret] of cases) {
    it(`hides the secret in: ${line.trim().slice(0, 40)}`, () => {
      const masked = maskSecretsInLine(line);
      expect(masked).not.toContain(secret);
      expect(masked).toContain('********');
    });
  }

  it('leaves lines without secrets alone', () => {
    for (const line of ['set keylife 28800', '<entry name="web-in">', 'ip filter 100 pass * * tcp * www', 'set comments "no secrets here"', 'pp auth accept chap', 'snmp-server host 10.0.0.1 version 3 priv opsuser', 'ip route 0.0.0.0/0 gateway pp 1']) {
      expect(maskSecretsInLine(line)).toBe(line);
    }
  });
});
