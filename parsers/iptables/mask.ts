import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/**
 * iptables has no secret fields, but a `--comment` is free text and admins do write
 * "psk: …" or "pw=…" there. The shared masker catches `password VALUE`; this also catches the
 * `key: value` and `key=value` spellings of the usual secret words, inside comments and lines.
 */
const COMMENT_SECRET = /\b(password|passwd|passphrase|secret|psk|pre-shared-key|pw|token|api-key|apikey|community|key)(\s*[:=]\s*|\s+)("[^"]*"|[^\s"]+)/gi;

/** Cheap test first: most comments and lines hold none of these, and the maskers' patterns are not free. */
const TRIGGER = /pass|secret|psk|key|token|communit|pw|phash|\$9\$|ENC\s|BEGIN/i;

export function maskIptablesText(text: string): string {
  if (!TRIGGER.test(text)) return text;
  return maskSecretsInLine(text).replace(COMMENT_SECRET, (_m, word: string, sep: string) => `${word}${sep}********`);
}
