/**
 * Masks secrets in one config line before it is shown anywhere: warnings, excerpts, reports.
 * A secret is the value after a keyword that introduces one. The keyword stays visible, so a
 * reader still sees that a password is set, but never its value or hash.
 */
const SECRET_KEYWORDS = [
  'password',
  'passwd',
  'secret',
  'psksecret',
  'pre-shared-key',
  'private-key',
  'passphrase',
  'community',
  'key',
  'auth-password',
  'priv-password',
  'encrypted-password',
  'ppk-secret',
  'radius-secret',
  'server-secret',
  'tacacs-key',
];

const MASK = '********';

// `set password ENC AAAB...`, `snmp-server community public RO`, `username x secret 5 $1$...`
const KEYWORD_VALUE = new RegExp(
  `(^|[\\s"'])(${SECRET_KEYWORDS.map((k) => k.replace(/[-]/g, '\\-')).join('|')})(\\s+)((?:(?:ENC|\\d+|text|hex|ascii)\\s+)*)("[^"]*"|'[^']*'|\\S+)`,
  'gi',
);

// XML elements that hold secrets (PAN-OS <phash>, <password>, <key>, <private-key> …).
const XML_SECRET = /<(phash|password|passwd|secret|key|private-key|pre-shared-key|passphrase|community|community-string|auth-password|priv-password|api-key)(\s[^>]*)?>[^<]*<\/\1>/gi;

// Multi-line PEM blocks and FortiOS/Junos encrypted forms, wherever they appear.
const STANDALONE = [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, /\$9\$\S+/g, /\bENC\s+\S+/g];

export function maskSecretsInLine(line: string): string {
  let out = line.replace(XML_SECRET, (_m, tag: string, attrs: string | undefined) => `<${tag}${attrs ?? ''}>${MASK}</${tag}>`);
  // Markers between keyword and value (`7`, `ENC`, `1 text`) say how the secret is encoded; keep them.
  out = out.replace(KEYWORD_VALUE, (_m, lead: string, keyword: string, space: string, markers: string) => `${lead}${keyword}${space}${markers}${MASK}`);
  for (const pattern of STANDALONE) out = out.replace(pattern, MASK);
  return out;
}

export function maskSecrets(text: string): string {
  return text.split('\n').map(maskSecretsInLine).join('\n');
}
