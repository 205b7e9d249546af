import { describe, expect, it } from 'vitest';
import { parseIos, readIosConfig } from '../../../parsers/ios/index.js';
import { FIXTURE_NAMES, fixtureText, parseFixture, sampleCoreSwitchText, toJson } from './helpers.js';

/** Secret values written in the fixtures; none may come out of the parser in any form. */
const FIXTURE_SECRETS = [
  // br-rtr01
  'Br01EnableHashA1',
  'Br01UserHashB2',
  '0822455D0A16Br01Helpdesk',
  'Br01PlainPassword',
  'Br01KeyStringSecret',
  'Br01IsakmpPsk',
  'Br01HsrpKey',
  'Br01RoCommunity',
  'Br01RwCommunity',
  'Br01TrapCommunity',
  'Br01TacacsKey',
  'Br01VtyPassword',
  'Br01NtpKeySecret',
  'A1B2C3D4',
  // honcho-core01
  'HcoreEnableHash',
  'HcoreUserHash01',
  'HcoreUserHash02',
  'HcoreBreakGlassPw7',
  'HcoreDynAuthKey01',
  'HcoreOspfMd5Key',
  'HcoreHsrpKey',
  'HcoreSnmpAuthPw',
  'HcoreSnmpPrivPw',
  'HcoreRoCommunity',
  'HcoreTrapCommunity',
  'HcoreTacacsKey01',
  'HcoreRadiusKey01',
  'HcoreNtpKey',
  'C0FFEE42',
  // legacy-rtr02
  'LegacyEnablePw7x',
  'LegacyAdminPw7x',
  'LegacyViewerPlain',
  'LegacyHsrpText',
  'LegacyChapSecret',
  'LegacyPublicRo',
  'LegacyPrivateRw',
  'LegacyConsolePw',
  'LegacyVtyPw7',
  // broken variants
  'Trunc03EnableMd5Hash0',
  'Trunc03UserMd5Hash00',
  'Banner04EnableMd5Hash',
  'Broken05EnableHash',
  'Br05LeakTest',
  'Br05Community',
];

const SAMPLE_SECRETS = ['Rv1bQk3mWc8x0E', 'Ku2cJw8pPz1xA0', 'Pq7rTs2vWx9yZa'];

function assertNoSecret(output: string, secrets: readonly string[], where: string): void {
  for (const secret of secrets) expect(output.includes(secret), `${secret} in ${where}`).toBe(false);
}

describe('secrets never leave the parser', () => {
  it('the fixtures really contain the secrets this test looks for', () => {
    const all = FIXTURE_NAMES.map(fixtureText).join('\n');
    for (const secret of FIXTURE_SECRETS) expect(all.includes(secret), secret).toBe(true);
    for (const secret of SAMPLE_SECRETS) expect(sampleCoreSwitchText().includes(secret), secret).toBe(true);
  });

  for (const name of FIXTURE_NAMES) {
    it(`${name}: neither the neutral result, the vendor config nor any warning holds a secret`, () => {
      const parsed = parseFixture(name);
      assertNoSecret(toJson(parsed), FIXTURE_SECRETS, `${name} ParsedConfig`);
      assertNoSecret(toJson(readIosConfig(fixtureText(name))), FIXTURE_SECRETS, `${name} vendor config`);
    });
  }

  it('the sample-city core switch leaks none of its hashes', () => {
    const text = sampleCoreSwitchText();
    assertNoSecret(toJson(parseIos(text, 'configs/core-sw.cfg')), SAMPLE_SECRETS, 'core-sw ParsedConfig');
    assertNoSecret(toJson(readIosConfig(text)), SAMPLE_SECRETS, 'core-sw vendor config');
  });

  it('masks every IOS secret syntax on lines that do get a warning', () => {
    const secretLines = [
      ' key-string 7 MaskKeyString1',
      ' snmp-server host 10.0.0.1 version 2c MaskTrapComm2',
      ' snmp-server host 10.0.0.1 informs version 3 priv MaskV3User3',
      ' snmp-server user u g v3 auth sha MaskAuth4 priv aes 128 MaskPriv5',
      ' standby 1 authentication md5 key-string MaskHsrp6',
      ' standby 2 authentication MaskHsrpText7',
      ' ntp authentication-key 1 md5 MaskNtp8 7',
      ' username x password 7 MaskUserPw9',
      ' crypto isakmp key MaskIsakmp10 address 0.0.0.0',
      ' tacacs-server key MaskTacacs11',
      ' ip ospf message-digest-key 1 md5 MaskOspf12',
      ' client 10.0.0.1 server-key 7 MaskServerKey13',
      ' enable secret 5 $1$abcd$MaskMd5Hash14',
      ' snmp-server community MaskCommunity15 RO',
      ' ip ospf authentication-key MaskOspfText16',
      ' ip nhrp authentication MaskNhrp17',
      ' 3082032E 0A1B2C3D A1B2C3D4',
    ];
    const text = ['version 17.6', 'hostname r1', 'frobnicate-block', ...secretLines, 'end'].join('\n');
    const parsed = parseIos(text, 'configs/r1.cfg');
    expect(parsed.warnings.map((w) => w.line)).toEqual(Array.from({ length: secretLines.length + 1 }, (_, i) => i + 3));
    const out = toJson(parsed);
    expect(out.match(/Mask[A-Za-z0-9]+/g) ?? []).toEqual([]);
    expect(out.includes('A1B2C3D4')).toBe(false);
    expect(parsed.warnings[1]!.text).toBe('key-string 7 ********');
    expect(parsed.warnings[2]!.text).toBe('snmp-server host 10.0.0.1 version 2c ********');
  });

  it('masks a certificate that a truncation leaves without its closing quit', () => {
    const text = ['version 17.6', 'hostname r1', 'crypto pki certificate chain TP', ' certificate self-signed 01', '  3082032E 30820216 DEADBEEF', '  CAFEBABE 0A0B0C0D'].join('\n');
    const out = toJson(parseIos(text, 'configs/r1.cfg'));
    for (const hex of ['3082032E', 'DEADBEEF', 'CAFEBABE']) expect(out.includes(hex), hex).toBe(false);
  });
});
