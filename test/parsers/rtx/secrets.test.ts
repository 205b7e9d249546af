import { describe, expect, it } from 'vitest';
import { parseRtx, readRtxConfig } from '../../../parsers/rtx/index.js';
import { maskRtxLine } from '../../../parsers/rtx/secrets.js';
import { FIXTURE_NAMES, fixtureText, parseFixture, toJson } from './helpers.js';

/** Secret values written in the fixtures; none may come out of the parser in any form. */
const FIXTURE_SECRETS = [
  'ShishoLoginHash7Qm2',
  'ShishoUserHash8pQwZ3',
  'ShishoUserHash2kP0Yt',
  'ShishoAdminHashVb8N',
  'ShishoPppoePassw0rd',
  'ShishoBackupPassw0rd',
  'ShishoRemoteUserPass',
  'ShishoHonchoPsk1',
  'ShishoHonchoPsk2',
  'ShishoL2tpPsk3',
  'ShishoL2tpTunnelAuth',
  'shisho-ro-c0mmunity',
  'shisho-trap-c0mm',
  'ShishoRadiusSecret',
  'ShishoHostKeyBlob',
  'ShishoEnvToken',
  'HonchoHashSecret',
  'HonchoLoginHashSecret',
  'HonchoAdminHashSecret',
  'PpPoEHonchoSecret',
  '-Psk-Secret',
  'honcho-ro-c0mmunity',
  'honcho-trap-c0mm',
  'HonchoSnmpAuthSecret',
  'HonchoSnmpPrivSecret',
  'HonchoRadiusSecret',
  'HonchoHostKeyMaterial',
  'HonchoEnvSecret',
  'KominkanUserHash01',
  'KominkanAdminHash',
  'BrokenUserHashSecret',
  'BrokenAdminHashSecret',
];

function assertNoSecret(output: string, where: string): void {
  for (const secret of FIXTURE_SECRETS) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
  expect(output.includes('$1$'), `a crypt hash in ${where}`).toBe(false);
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
      assertNoSecret(toJson(readRtxConfig(fixtureText(name))), `${name} vendor config`);
      for (const w of parsed.warnings) assertNoSecret(`${w.text} ${w.comment} ${w.context}`, `${name} warning line ${w.line}`);
    });
  }

  it('masks every RTX secret shape', () => {
    const cases: Array<[string, string]> = [
      // How the secret is written (`encrypted`) and what a community allows stay readable.
      ['login password encrypted AbCdHash', 'login password encrypted ********'],
      ['administrator password encrypted AbCdHash', 'administrator password encrypted ********'],
      ['login password PlainPw', 'login password ********'],
      ['login user admin encrypted $1$xyz$Hash', 'login user admin encrypted ********'],
      ['login user admin PlainPw', 'login user admin ********'],
      ['pp auth myname user@isp.jp PppPw', 'pp auth myname user@isp.jp ********'],
      ['pp auth username remote01 RemotePw', 'pp auth username remote01 ********'],
      ['ipsec ike pre-shared-key 1 text Psk Secret', 'ipsec ike pre-shared-key 1 text ******** ********'],
      ['ipsec ike pre-shared-key 2 0x1234abcd', 'ipsec ike pre-shared-key 2 ********'],
      ['ipsec ike xauth myname user XauthPw', 'ipsec ike xauth myname ******** ********'],
      ['sshd host key generate bit=2048 KeyA KeyB KeyC', 'sshd host key ******** bit=2048 ******** ******** ********'],
      ['sshd host key generate *', 'sshd host key ******** ********'],
      ['snmp community read-only PubComm', 'snmp community read-only ********'],
      ['snmpv2c community read-write RwComm', 'snmpv2c community read-write ********'],
      ['snmp trap community TrapComm', 'snmp trap community ********'],
      ['bgp neighbor pre-shared-key 1 text Bgp Key', 'bgp neighbor pre-shared-key 1 text ******** ********'],
      ['ospf area backbone auth text secret OspfKey', 'ospf area backbone auth text secret ********'],
      ['snmp host 10.0.0.1 RoComm RwComm', 'snmp host 10.0.0.1 ******** ********'],
      ['snmpv2c trap host 10.0.0.1 inform TrapComm', 'snmpv2c trap host 10.0.0.1 inform ********'],
      ['snmpv3 usm user 1 mon group 1 sha AuthPw aes128-cfb PrivPw', 'snmpv3 usm user 1 mon group 1 sha ******** aes128-cfb ********'],
      ['radius secret RadPw', 'radius secret ********'],
      ['l2tp tunnel auth on L2tpPw', 'l2tp tunnel auth on ********'],
      ['ddns server user id01 DdnsPw', 'ddns server user ******** ********'],
      ['mail server smtp 1 smtp.example.jp smtp-auth user01 MailPw', 'mail server smtp 1 smtp.example.jp smtp-auth ******** ********'],
      ['syslog file crypto aes128 LogPw name=x', 'syslog file crypto aes128 ******** name=x'],
      ['set PP1=user:SecretSeed', 'set PP1=********'],
      ['httpd custom-gui user 1 admin password=GuiPw', 'httpd custom-gui user 1 admin password=********'],
    ];
    for (const [line, masked] of cases) expect(maskRtxLine(line), line).toBe(masked);
  });

  it('masks secrets on lines that do get a warning', () => {
    const text = [
      '# RTX830 Rev.15.02.24 (x)',
      'ip lan1 address 192.168.0.1/24',
      'snmp host bad!host SnmpCommunityLeak',
      'login user',
      'ipsec ike pre-shared-key 1 text "unterminated PskLeak',
      'sshd host key generate KeyLeakOne KeyLeakTwo',
      'tunnel select 1',
      ' ip pp address 10.0.0.1/30',
      ' pp auth myname user PpLeak',
      'tunnel select none',
    ].join('\n');
    const parsed = parseRtx(text, 'configs/leak.config');
    expect(parsed.warnings.map((w) => w.line)).toEqual([3, 4, 5, 8]);
    const out = toJson(parsed);
    for (const secret of ['SnmpCommunityLeak', 'PskLeak', 'KeyLeak', 'PpLeak']) expect(out.includes(secret), secret).toBe(false);
    expect(parsed.warnings[0]!.text).toBe('snmp host bad!host ********');
  });
});
