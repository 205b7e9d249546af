import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../snapshot/file-checksum.js';
import { decodeConfig } from '../snapshot/decode-config.js';
import type { Snapshot } from '../snapshot/load-snapshot.js';
import { maskConfigLines } from './masked-config.js';

/** What of a snapshot the reader needs: where it is, the configs it loaded, their checksums. */
export type SnapshotFiles = Pick<Snapshot, 'dir' | 'configs' | 'checksums'>;

/**
 * The masked lines of each of `files`, by snapshot path, for excerpts. The audit keeps no
 * config text, so the files are read again, under three rules:
 * - only a file the snapshot loaded as a config is read, by its snapshot path, so no path
 *   written in a report (or a hostile file name) can make sansou open anything else;
 * - the bytes must have the checksum the audit recorded, so an excerpt always shows the
 *   export that was judged; a file changed since has no excerpt (and the report says so);
 * - the text is masked as it is decoded: the unmasked text is never kept.
 */
export function readMaskedConfigs(snapshot: SnapshotFiles, files: Iterable<string>): ReadonlyMap<string, readonly string[]> {
  const configs = new Set(snapshot.configs.map((c) => c.file));
  const out = new Map<string, readonly string[]>();
  for (const file of files) {
    const recorded = snapshot.checksums.get(file);
    if (!configs.has(file) || recorded === undefined || out.has(file)) continue;
    const lines = readMasked(join(snapshot.dir, file), recorded);
    if (lines !== undefined) out.set(file, lines);
  }
  return out;
}

function readMasked(path: string, recorded: string): readonly string[] | undefined {
  try {
    const bytes = readFileSync(path);
    if (sha256Hex(bytes) !== recorded) return undefined;
    const decoded = decodeConfig(bytes);
    return 'binary' in decoded ? undefined : maskConfigLines(decoded.text);
  } catch {
    // A file that vanished since the audit read it has no excerpt; the report says so.
    return undefined;
  }
}
