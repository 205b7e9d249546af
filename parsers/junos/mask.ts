import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/**
 * Junos secret syntaxes the shared masker does not know, masked after it:
 * - crypt hashes `$1$…`, `$5$…`, `$6$…` and the master-password form `$8$…` standing alone
 *   (the shared masker catches them only after a keyword it knows);
 * - values after the encoding markers `ascii-text` and `hexadecimal` (`pre-shared-key
 *   ascii-text "…"`), which the shared masker takes for the value itself;
 * - SSH public keys (`ssh-rsa "ssh-rsa AAAA… user@host"`), which identify administrators;
 * - every quoted value on a line Junos itself marks `## SECRET-DATA`.
 */
const MASK = '********';
const CRYPT = /\$[1568]\$[^\s";]+/g;
const MARKED = /(\b(?:ascii-text|hexadecimal)\s+)("[^"]*"|[^\s;]+)/g;
const SSH_KEY = /(\bssh-(?:rsa|dss|dsa|ecdsa|ed25519)\s+)("[^"]*"?|[^\s;]+)/g;
const QUOTED = /"[^"]*"?/g;

export function maskJunosLine(line: string): string {
  // Junos forms first: the shared masker would take `hexadecimal` for the value and hide
  // the marker this needs to find the real value.
  let out = line.replace(MARKED, (_m, lead: string) => `${lead}${MASK}`);
  out = out.replace(SSH_KEY, (_m, lead: string) => `${lead}${MASK}`);
  if (out.includes('SECRET-DATA')) out = out.replace(QUOTED, `"${MASK}"`);
  out = maskSecretsInLine(out);
  return out.replace(CRYPT, MASK);
}
