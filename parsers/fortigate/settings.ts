import type { Block, Setting } from './config-tree.js';
import type { NameList } from './vendor-config.js';

/**
 * Typed reads of a block's settings. Absent settings return undefined or the FortiOS default
 * the caller passes, so every default is written where the field is extracted.
 */

export function setting(block: Block, key: string): Setting | undefined {
  return block.settings.get(key);
}

/** The first word of the setting's value. */
export function word(block: Block, key: string): string | undefined {
  return block.settings.get(key)?.values[0];
}

export function words(block: Block, key: string): readonly string[] {
  return block.settings.get(key)?.values ?? [];
}

/** `set key enable` / `set key disable`, with the FortiOS default when absent. */
export function isEnabled(block: Block, key: string, byDefault = false): boolean {
  const v = word(block, key);
  if (v === undefined) return byDefault;
  return v === 'enable';
}

/** Line of the statement that set `key`, or of the block when it was never set. */
export function lineOf(block: Block, key: string): number {
  return block.settings.get(key)?.line ?? block.line;
}

/**
 * A list of object names with the line that set it. `show full-configuration` prints unset
 * lists as `set key ""`; an empty name is never an object, so it is dropped.
 */
export function nameList(block: Block, key: string): NameList {
  const s = block.settings.get(key);
  if (s === undefined) return { names: [], line: block.line };
  return { names: s.values.includes('') ? s.values.filter((v) => v !== '') : s.values, line: s.line };
}
