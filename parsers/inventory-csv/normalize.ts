import { nfkc } from './nfkc.js';

/**
 * Role and classification values to the vocabulary later stages check against. People write
 * these in Japanese, in full-width characters, with or without the long vowel mark (サーバ and
 * サーバー are the same thing), so values are compared after NFKC, case folding and removal of
 * spaces and 'ー'.
 */

/** The comparison key of a role value or role name. */
function roleKey(value: string): string {
  return nfkc(value).toLowerCase().replace(/[\sー]+/g, '');
}

/**
 * Roles named by what the machine does. They win over the device type a value also contains:
 * a "ファイル無害化サーバ" is first of all a file sanitizer, so these match anywhere in the value.
 * More specific names come first ("メールサーバ" before the plain device type "サーバ").
 */
const FUNCTION_ROLES: ReadonlyArray<readonly [string, string]> = (
  [
    ['ファイル無害化', 'sanitizer-file'],
    ['無害化(ファイル)', 'sanitizer-file'],
    ['メール無害化', 'sanitizer-mail'],
    ['メールテキスト化', 'sanitizer-mail'],
    ['無害化(メール)', 'sanitizer-mail'],
    ['画面転送', 'screen-transfer'],
    ['メールサーバ', 'mail-server'],
  ] as const
).map(([name, role]) => [roleKey(name), role]);

/**
 * Device types. Japanese compound nouns end with their head, so these match at the end of the
 * value: "L3スイッチ" is a switch and "業務端末" a terminal, but "端末管理サーバ" is a server. A
 * trailing parenthesized note ("ファイアウォール(UTM)") is ignored for this match.
 */
const DEVICE_ROLES: ReadonlyArray<readonly [string, string]> = (
  [
    ['ファイアウォール', 'firewall'],
    ['ルータ', 'router'],
    ['スイッチ', 'switch'],
    ['端末', 'terminal'],
    ['サーバ', 'server'],
  ] as const
).map(([name, role]) => [roleKey(name), role]);

/** Whole values that are abbreviations ("FW" would be too loose to match inside a word). */
const EXACT_ROLES: ReadonlyMap<string, string> = new Map([['fw', 'firewall']]);

/**
 * The role, lower case: a Japanese name mapped to its English id, an English value passed through
 * with spaces and '_' as '-' ("Screen Transfer" → "screen-transfer"). A Japanese value that
 * matches nothing is kept (NFKC, lower case) so later stages can still show it.
 */
export function normalizeRole(value: string): string | undefined {
  const key = roleKey(value);
  if (key === '') return undefined;
  const exact = EXACT_ROLES.get(key);
  if (exact !== undefined) return exact;
  for (const [name, role] of FUNCTION_ROLES) if (key.includes(name)) return role;
  const head = key.replace(/\([^()]*\)$/, '');
  for (const [name, role] of DEVICE_ROLES) if (head.endsWith(name)) return role;
  const written = nfkc(value).trim().toLowerCase();
  return /^[\x20-\x7e]+$/.test(written) ? written.replace(/[\s_]+/g, '-') : written;
}

/** 機密性 levels of the 総務省 guideline, and the two セキュリティレベル used by some policies. */
const CONFIDENTIALITY = /^(?:機密性)?(3A|3B|3C|2|1)$/;
const SECURITY_LEVEL = /^(?:セキュリティ)?(?:レベル|LEVEL|LV)([12])$/;

export type Classification = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly hint: string };

/** "機密性３Ａ" → "3A", "レベル１" → "level1"; anything else is reported, never guessed. */
export function normalizeClassification(value: string): Classification {
  const key = nfkc(value).toUpperCase().replace(/[\s_\-:：]+/g, '');
  const confidentiality = CONFIDENTIALITY.exec(key);
  if (confidentiality?.[1] !== undefined) return { ok: true, value: confidentiality[1] };
  const level = SECURITY_LEVEL.exec(key);
  if (level?.[1] !== undefined) return { ok: true, value: `level${level[1]}` };
  const hint = /^(?:機密性)?3$/.test(key)
    ? '機密性3 must say which of 3A, 3B or 3C'
    : 'expected 機密性 3A, 3B, 3C, 2 or 1, or セキュリティレベル 1 or 2';
  return { ok: false, hint };
}
