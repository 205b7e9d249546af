import { describeValue } from '../site/site-file-errors.js';
import { isRecord, valueAt } from '../yaml/yaml-path.js';

export { describeValue };

/** The id a waiver at list position `index` (0-based) goes by when it has none: "waiver #n". */
export function defaultWaiverId(index: number): string {
  return `waiver #${index + 1}`;
}

/**
 * How messages name the waiver at `waivers[index]`: "waiver 'W-2026-003'", or "waiver #2"
 * when it has no usable id, so the user can find it in a long file.
 */
export function waiverName(root: unknown, index: number): string {
  const entry = valueAt(root, ['waivers', index]);
  const id = isRecord(entry) ? entry['id'] : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `waiver '${id}'` : defaultWaiverId(index);
}

/** Appended to every error inside an entry: an invalid waiver must never waive anything. */
export const REJECTED = '(the waiver is rejected)';
/** Appended to errors that leave the whole file without waivers. */
export const NOTHING_WAIVED = '(nothing is waived)';
