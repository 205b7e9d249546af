import type { ParseWarning } from '../../src/model/parse-result.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { quotedLine } from '../common/warning-sink.js';
import type { TextLines } from './text-lines.js';

export type WarningKind = ParseWarning['kind'];

// Every C0 control but tab, and DEL: a binary line must not break a report.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * `ip xfrm state` prints IPsec keys after `enc`, `auth`, `auth-trunc` and `aead` as hex
 * (`enc cbc(aes) 0x6b3f…`). The shared masker does not know these words, so the companion
 * reader masks them itself before anything leaves it.
 */
const XFRM_KEY = /\b(enc|auth|auth-trunc|aead|comp)(\s+\S+\s+)(0x[0-9a-fA-F]+|"[^"]*")/g;

/** A line as it may appear in a report: trimmed, secrets masked, controls replaced, cut like every parser's quote. */
export function safeCompanionText(raw: string): string {
  return quotedLine(maskSecretsInLine(raw.trim().replace(XFRM_KEY, (_m, word: string, algo: string) => `${word}${algo}********`)).replace(CONTROL_CHARACTERS, '\uFFFD'));
}

/**
 * Warnings about the companion file. The ParsedConfig they end up in belongs to the
 * iptables-save file, so every context starts with the companion's own file name
 * ("sani-gw.ip: ip route") and line numbers are the companion's.
 */
export class CompanionWarnings {
  readonly list: ParseWarning[] = [];

  constructor(
    private readonly lines: TextLines,
    private readonly prefix: string,
  ) {}

  add(kind: WarningKind, line: number, section: string, comment: string): void {
    this.list.push({ line, text: safeCompanionText(this.lines.line(line)), context: `${this.prefix}: ${section}`, comment: maskSecretsInLine(comment), kind });
  }
}
