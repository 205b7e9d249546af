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

// `set password ENC AAAB...`, `snmp-server community public RO`, `username x secret 5 $1$...`.
// Between keyword and value a vendor may say how the secret is written (`ENC`, `7`, `1 text`,
// RTX `encrypted`, Junos `ascii-text`) or, for SNMP, what it allows (RTX `read-only`).
const MARKERS = ['ENC', '\\d+', 'text', 'hex', 'ascii', 'ascii-text', 'hexadecimal', 'encrypted', 'read-only', 'read-write'];
const KEYWORD_VALUE = new RegExp(
  `(^|[\\s"'])(${SECRET_KEYWORDS.map((k) => k.replace(/[-]/g, '\\-')).join('|')})(\\s+)((?:(?:${MARKERS.map((m) => m.replace(/[-]/g, '\\-')).join('|')})\\s+)*)("[^"]*"|'[^']*'|\\S+)`,
  'gi',
);

// Secrets that follow other words than a keyword: the password of YAMAHA RTX PPP
// authentication (`pp auth myname USER PASS`, `pp auth username USER PASS`), the community of
// a Cisco `snmp-server host ADDR [traps|informs] [version 1|2c] COMMUNITY`, and SNMPv3 user
// keys (`auth sha KEY`, `priv aes 128 KEY`).
const POSITIONAL: readonly RegExp[] = [
  /(\bpp\s+auth\s+(?:myname|username)\s+\S+\s+)(\S+)/gi,
  /(\bsnmp-server\s+host\s+\S+(?:\s+(?:traps|informs))?(?:\s+version\s+(?:1|2c))?\s+)(?!version\b)(\S+)/gi,
  /(\b(?:auth\s+(?:md5|sha\S*)|priv\s+(?:des|3des|aes(?:\s+\d+)?))\s+)(\S+)/gi,
];

// XML elements that hold secrets (PAN-OS <phash>, <password>, <key>, <private-key> …).
const XML_SECRET = /<(phash|password|passwd|secret|key|private-key|pre-shared-key|passphrase|community|community-string|auth-password|priv-password|api-key|certificate)(\s[^>]*)?>[^<]*<\/\1>/gi;

// Multi-line PEM blocks and FortiOS/Junos encrypted forms, wherever they appear.
const STANDALONE = [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, /\$9\$\S+/g, /\bENC\s+\S+/g];

export function maskSecretsInLine(line: string): string {
  let out = line.replace(XML_SECRET, (_m, tag: string, attrs: string | undefined) => `<${tag}${attrs ?? ''}>${MASK}</${tag}>`);
  // Markers between keyword and value (`7`, `ENC`, `1 text`) say how the secret is encoded; keep them.
  out = out.replace(KEYWORD_VALUE, (_m, lead: string, keyword: string, space: string, markers: string) => `${lead}${keyword}${space}${markers}${MASK}`);
  for (const pattern of POSITIONAL) out = out.replace(pattern, (m, lead: string, value: string) => (value === MASK ? m : `${lead}${MASK}`));
  for (const pattern of STANDALONE) out = out.replace(pattern, MASK);
  return out;
}

export function maskSecrets(text: string): string {
  return text.split('\n').map(maskSecretsInLine).join('\n');
}
