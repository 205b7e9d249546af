import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/**
 * ASA secret syntaxes that the shared masker (src/report/mask-secrets.ts) does not catch,
 * because their keyword is glued to another word by a hyphen or the secret follows an
 * algorithm name:
 *
 * - `ntp authentication-key 1 md5 <key>` and `ospf message-digest-key 1 md5 <key>`;
 * - `ldap-login-password <password>` in an `aaa-server … host` block;
 * - `snmp-server user U G v3 [encrypted] auth sha <hash> priv aes 128 <hash>`;
 * - `key-string <key>` and `pre-shared-key`-like `-key <value>` forms in general.
 *
 * Every warning text goes through the shared masker first and then through this.
 */
const MASK = '********';

// keyword-with-hyphen secrets: "<x>-key N md5 SECRET", "<x>-key SECRET", "<x>-password SECRET".
// The keyword is matched from a token start and split at hyphens, so matching stays linear.
const HYPHENATED = /(?<=^|\s)((?:[A-Za-z0-9_]+-)+(?:key|password|secret|passwd))(\s+)((?:(?:\d+|md5|sha|sha1|sha256|sha512|encrypted|cleartext)\s+)*)(\S+)/gi;

// SNMPv3 user hashes: "auth ALG SECRET" and "priv ALG [BITS] SECRET".
const SNMP_AUTH = /(\sauth\s+(?:md5|sha|sha224|sha256|sha384|sha512)\s+)(\S+)/gi;
const SNMP_PRIV = /(\spriv\s+(?:des|3des|aes)\s+(?:(?:128|192|256)\s+)?)(\S+)/gi;

export function maskAsaSecrets(line: string): string {
  let out = maskSecretsInLine(line);
  out = out.replace(HYPHENATED, (_m, keyword: string, space: string, markers: string) => `${keyword}${space}${markers}${MASK}`);
  out = out.replace(SNMP_AUTH, (_m, lead: string) => `${lead}${MASK}`);
  out = out.replace(SNMP_PRIV, (_m, lead: string) => `${lead}${MASK}`);
  return out;
}
