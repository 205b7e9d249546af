import { createHash } from 'node:crypto';

/**
 * SHA-256 of a file's bytes exactly as read, before any decoding, in lower-case hex. A report
 * that prints it can be tied to the very exports it judged: whoever holds the files can
 * recompute it with `sha256sum`, and a re-export that changed one byte shows.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
