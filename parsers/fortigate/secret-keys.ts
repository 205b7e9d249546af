/**
 * Which settings hold secrets. Their values are replaced before they enter the config tree, so
 * no later stage (extraction, conversion, a debugging dump) can leak them: a secret the parser
 * never stores is a secret it can never print.
 */
export const MASKED_VALUE = '********';

const SECRET_KEYS = new Set([
  'password',
  'passwd',
  'psksecret',
  'psksecret-remote',
  'private-key',
  'passphrase',
  'secret',
  'key',
  'key-string',
  'auth-pwd',
  'priv-pwd',
  'ppk-secret',
  'pre-shared-key',
  'tacacs-key',
  'md5-key',
]);

/** Settings whose `name` is a secret: the name of an SNMP v1/v2c community is its password. */
const NAME_IS_SECRET_BLOCKS = new Set(['system snmp community']);

/**
 * True when the setting `key values...` carries a secret. FortiOS marks stored secrets with
 * a leading `ENC`; the key patterns catch the ones written in clear or in other forms.
 */
export function isSecretSetting(key: string, values: readonly string[], blockName: string | undefined): boolean {
  if (values[0] === 'ENC') return true;
  if (SECRET_KEYS.has(key)) return true;
  if (key.includes('password') || key.includes('passwd') || key.includes('secret') || key.endsWith('-key') || key.endsWith('-pwd')) {
    return true;
  }
  return key === 'name' && blockName !== undefined && NAME_IS_SECRET_BLOCKS.has(blockName);
}
