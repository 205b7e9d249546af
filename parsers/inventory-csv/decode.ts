import { isUtf8 } from 'node:buffer';
import type { ParseWarning } from '../../src/model/parse-result.js';
import type { InventoryEncoding } from './types.js';
import { makeWarning } from './warnings.js';

/**
 * Bytes to UTF-8 for the CSV parser. An inventory (情報資産台帳) is usually kept in Excel, and
 * Excel on Japanese Windows saves "CSV (コンマ区切り)" as CP932, "CSV UTF-8" with a byte-order
 * mark, and other tools write plain UTF-8. The rule is to never garble: a file is read as UTF-8
 * only when it is valid UTF-8 (or says so with a BOM), as CP932 otherwise, and any byte that
 * still cannot be decoded is reported with its line rather than silently turned into a
 * different character. Valid UTF-8 is passed on as it is, without a copy.
 */
export type DecodeOutcome =
  | {
      readonly ok: true;
      readonly encoding: InventoryEncoding;
      /** The content as UTF-8 without a BOM; line breaks are where they were in the file. */
      readonly utf8: Uint8Array;
      readonly warnings: readonly ParseWarning[];
    }
  | { readonly ok: false; readonly encoding: InventoryEncoding; readonly warning: ParseWarning };

const REPLACEMENT = '\uFFFD';

export function decodeInventory(bytes: Uint8Array): DecodeOutcome {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    // The BOM settles the question.
    const body = bytes.subarray(3);
    if (isUtf8(body)) return { ok: true, encoding: 'utf-8-bom', utf8: body, warnings: [] };
    return decodeDamagedUtf8(body, 'utf-8-bom', 'the file starts with a UTF-8 byte-order mark but holds bytes that are not UTF-8');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return reject('UTF-16 is not supported; save as UTF-8 or CSV (Shift_JIS)');
  }
  const binary = describeBinary(bytes);
  if (binary !== undefined) return reject(binary);

  if (isUtf8(bytes)) return { ok: true, encoding: 'utf-8', utf8: bytes, warnings: [] };
  // A UTF-8 file with a few damaged bytes is far more likely than CP932 that happens to contain
  // many well-formed UTF-8 sequences; reading it as CP932 would garble every Japanese character.
  const evidence = utf8Evidence(bytes);
  if (evidence.valid > 0 && evidence.valid >= 8 * evidence.invalid) {
    return decodeDamagedUtf8(bytes, 'utf-8', 'the file is UTF-8 with bytes that are not valid UTF-8');
  }

  let text: string;
  try {
    // Node's WHATWG Shift_JIS decoder is Windows-31J (CP932): it includes the NEC special
    // characters (①, ㈱, Ⅰ) and the NEC-selected and IBM extensions that Excel writes. The
    // constructor throws only on a Node.js build without full ICU.
    text = new TextDecoder('shift_jis').decode(bytes);
  } catch {
    return reject('the file is not UTF-8 and this Node.js build cannot decode Shift_JIS (CP932); it needs full ICU, or save the file as UTF-8');
  }
  return {
    ok: true,
    encoding: 'cp932',
    utf8: Buffer.from(text, 'utf8'),
    warnings: replacementWarnings(text, 'bytes on this line are not valid CP932 (Shift_JIS) and were replaced by U+FFFD; values on this line may be incomplete. Check the file was saved as CSV (Shift_JIS) or UTF-8'),
  };
}

/** UTF-8 with invalid bytes: each becomes U+FFFD, and each line holding one is reported. */
function decodeDamagedUtf8(bytes: Uint8Array, encoding: InventoryEncoding, problem: string): DecodeOutcome {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const warnings = replacementWarnings(text, `${problem}; they were replaced by U+FFFD and values on this line may be incomplete`);
  return { ok: true, encoding, utf8: Buffer.from(text, 'utf8'), warnings };
}

/**
 * One 'unrecognized' warning per line holding U+FFFD: the bytes there were not understood, so the
 * row's values may be wrong even though the rest of the file reads fine.
 */
function replacementWarnings(text: string, comment: string): ParseWarning[] {
  if (!text.includes(REPLACEMENT)) return [];
  const warnings: ParseWarning[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes(REPLACEMENT)) warnings.push(makeWarning(i + 1, line, 'encoding', comment, 'unrecognized'));
  }
  return warnings;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences against bytes that cannot start or continue one.
 * CP932 text is mostly the latter (its lead bytes 0x81-0x9F are UTF-8 continuation bytes).
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k] ?? 0;
      ok = next >= 0x80 && next <= 0xbf;
    }
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Why the bytes are not a text file at all, or undefined when they may be one. */
function describeBinary(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'the file is a ZIP archive, probably an Excel workbook (.xlsx), not CSV; save it as CSV UTF-8 or CSV (Shift_JIS)';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'the file is a legacy Excel workbook (.xls), not CSV; save it as CSV UTF-8 or CSV (Shift_JIS)';
  }
  const firstNul = bytes.indexOf(0);
  if (firstNul < 0) return undefined;
  if (looksLikeUtf16(bytes)) return 'UTF-16 is not supported; save as UTF-8 or CSV (Shift_JIS) (the file looks like UTF-16 without a byte-order mark)';
  return `the file holds NUL bytes (first at byte ${firstNul}) and is binary, not a CSV text file`;
}

/** UTF-16 text of mostly ASCII has a NUL in every other byte; binary files do not keep that rhythm. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  return Math.max(evenNul, oddNul) >= pairs * 0.6 && Math.min(evenNul, oddNul) <= pairs * 0.05;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

function reject(comment: string): DecodeOutcome {
  // The encoding field has no value for "undecodable"; 'utf-8' is reported and the FAILED
  // status with this warning says why nothing was read.
  return { ok: false, encoding: 'utf-8', warning: makeWarning(0, '', 'file', comment, 'unrecognized') };
}
