import { readFileSync } from 'node:fs';
import { decodeConfig } from './decode-config.js';

/**
 * A YAML file a person edits (sansou.yaml, waivers.yaml, a ruleset): UTF-8 with or without
 * BOM, or Shift_JIS as older Windows editors save it, or UTF-16 with a BOM. A binary file is
 * passed on as UTF-8 so that the YAML reader reports it, with its line, like any bad input.
 */
export function readTextFile(path: string): string {
  return textFromBytes(readFileSync(path));
}

/** The same reading of bytes already in memory, for a caller that also needs the bytes (their checksum). */
export function textFromBytes(bytes: Buffer): string {
  const decoded = decodeConfig(bytes);
  return 'binary' in decoded ? bytes.toString('utf8') : decoded.text;
}
