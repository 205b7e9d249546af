import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/**
 * PAN-OS secret syntax that the shared masker does not catch, masked before it runs:
 * - set lines such as `... users admin phash $5$…`, `... pre-shared-key key -AQ==…`,
 *   `... snmp-community-string public`, `... bind-password -AQ==…`: the shared masker stops at
 *   the first keyword (`pre-shared-key key` masks the word "key" and leaves the value), or does
 *   not know the keyword at all;
 * - XML elements whose name is not in the shared list: `<authpwd>`, `<privpwd>`,
 *   `<bind-password>`, `<snmp-community-string>`, `<auth-key>`…
 * Over-masking is harmless here: a warning line only has to tell the reader where it is.
 */
export const MASK = '********';

/** Whether a keyword or element name introduces a secret value. */
export function isSecretName(name: string): boolean {
  const n = name.toLowerCase();
  return (
    n.includes('pass') ||
    n.includes('secret') ||
    n.includes('pwd') ||
    n.includes('hash') ||
    n.includes('community') ||
    n === 'key' ||
    n.endsWith('-key') ||
    n === 'psk' ||
    n.includes('token') ||
    n.includes('private')
  );
}

// One element with a secret-looking name and its text, or the rest of the line when the value
// continues on the next line. The name pattern has no nested quantifier, so it cannot backtrack.
const XML_ELEMENT = /<([A-Za-z][\w.-]*)(\s[^<>]*)?>([^<]*)/g;

export function maskPanosLine(line: string): string {
  let out = line.replace(XML_ELEMENT, (whole, tag: string, attrs: string | undefined, value: string) =>
    isSecretName(tag) && value.trim() !== '' ? `<${tag}${attrs ?? ''}>${MASK}` : whole,
  );
  out = maskSetTokens(out);
  return maskSecretsInLine(out);
}

/** In a set line, everything after the first secret keyword is masked. */
function maskSetTokens(line: string): string {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith('set ') && !trimmed.startsWith('delete ')) return line;
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const token = m[0].replace(/^"|"$/g, '');
    if (isSecretName(token)) {
      const rest = line.slice(m.index + m[0].length);
      return rest.trim() === '' ? line : `${line.slice(0, m.index + m[0].length)} ${MASK}`;
    }
  }
  return line;
}
