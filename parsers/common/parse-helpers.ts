import type { ParseWarning, ParsedConfig } from '../../src/model/parse-result.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';

/** Small steps every config parser takes the same way. */

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const BINARY_SAMPLE = 65536;
const BINARY_SHARE = 0.2;

/** True when the text is mostly control characters or undecodable bytes (U+FFFD). */
export function isMostlyBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SAMPLE);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
  }
  return odd / n > BINARY_SHARE;
}

/** "configs/rtx-lgwan.config" → "rtx-lgwan": the device name when a config carries none. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Warnings from several passes, in line order (the sort is stable), so they read like the file. */
export function inLineOrder(warnings: readonly ParseWarning[]): ParseWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line);
}

/** A file nothing usable could be read from, with one warning saying why (masked). */
export function failedResult(file: string, format: string, lines: number, comment: string, mask: (line: string) => string = maskSecretsInLine): ParsedConfig {
  const warning: ParseWarning = { line: 0, text: '', context: '', comment: mask(comment), kind: 'unrecognized' };
  return { file, format, status: 'FAILED', lines, warnings: [warning], devices: [] };
}
