import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/**
 * IOS secret syntaxes that the shared masker does not know. It masks the value after a
 * keyword such as `secret`, `password`, `key` or `community`; IOS also writes secrets after
 * hyphenated keywords (`key-string`, `authentication-key`, `message-digest-key 1 md5`), after
 * positional community strings (`snmp-server host A version 2c NAME`), after SNMPv3 `auth` and
 * `priv` algorithms, after HSRP `authentication`, and as certificate hex dumps.
 */
const MASK = '********';

// Keyword, optional encoding markers (`7`, `0`, `md5 7`), then the value.
const HYPHENATED = /(^|\s)(key-string|server-key|authentication-key|message-digest-key\s+\d+\s+md5|hello-password|wpa-psk\s+ascii|wpa-psk\s+hex|mka\s+pre-shared-key\s+key-chain)(\s+)((?:\d+\s+)?)(\S+)/gi;
// `snmp-server host 10.0.0.5 [informs|traps] [version 1|2c|3 auth|noauth|priv] COMMUNITY …`
const SNMP_HOST = /^(\s*snmp-server\s+host\s+\S+(?:\s+vrf\s+\S+)?(?:\s+(?:informs|traps))?(?:\s+version\s+(?:1|2c|3(?:\s+(?:auth|noauth|priv))?))?\s+)(\S+)/i;
// `snmp-server user U G v3 auth sha PASS priv aes 128 PASS`
const SNMP_AUTH = /(\s(?:auth\s+(?:md5|sha|sha-2\s+\d+)|priv\s+(?:des|3des|aes(?:\s+\d+)?))\s+)(\S+)/gi;
// `standby 1 authentication [text|md5 key-string] VALUE`, `vrrp 1 authentication text VALUE`
const FHRP_AUTH = /(^|\s)((?:standby|vrrp)\s+\d+\s+authentication\s+(?:text\s+|md5\s+key-string\s+(?:\d+\s+)?)?)(\S+)/gi;
// `ip nhrp authentication VALUE`, `ip ospf authentication-key`, `ntp authentication-key 1 md5 VALUE 7`
const NHRP_AUTH = /(^|\s)(ip\s+nhrp\s+authentication\s+)(\S+)/gi;
const NTP_KEY = /(^|\s)(ntp\s+authentication-key\s+\d+\s+\S+\s+)(\S+)/gi;
// A line of certificate hex: groups of eight hex digits.
const HEX_DUMP = /^\s*[0-9A-Fa-f]{8}(?:\s+[0-9A-Fa-f]{1,8})+\s*$/;

export function maskIosSecrets(line: string): string {
  if (HEX_DUMP.test(line)) return MASK;
  let out = line;
  out = out.replace(NTP_KEY, (_m, lead: string, head: string) => `${lead}${head}${MASK}`);
  out = out.replace(HYPHENATED, (_m, lead: string, keyword: string, space: string, marker: string) => `${lead}${keyword}${space}${marker}${MASK}`);
  out = out.replace(SNMP_HOST, (_m, head: string) => `${head}${MASK}`);
  if (/^\s*snmp-server\s+user\s/i.test(out)) out = out.replace(SNMP_AUTH, (_m, head: string) => `${head}${MASK}`);
  out = out.replace(FHRP_AUTH, (_m, lead: string, head: string) => `${lead}${head}${MASK}`);
  out = out.replace(NHRP_AUTH, (_m, lead: string, head: string) => `${lead}${head}${MASK}`);
  return maskSecretsInLine(out);
}
