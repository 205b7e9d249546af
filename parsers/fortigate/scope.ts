import type { Block, ConfigBlock, EditBlock } from './config-tree.js';

/**
 * A scope is the set of blocks whose nested `config` blocks make up one part of the
 * configuration: the whole file for a single-VDOM unit; `config global` or one VDOM's
 * `edit <vdom>` entries for a multi-VDOM unit.
 */
export type Scope = readonly Block[];

/** Every `config <name>` block directly inside the scope, in file order. */
export function configsIn(scope: Scope, name: string): ConfigBlock[] {
  const out: ConfigBlock[] = [];
  for (const block of scope) for (const c of block.configs) if (c.name === name) out.push(c);
  return out;
}

/**
 * The complete entries of every `config <name>` table in the scope. An entry the file ended
 * inside is left out: its missing lines could have disabled it or changed its action, and the
 * truncation warning already says it was dropped.
 */
export function entriesIn(scope: Scope, name: string): EditBlock[] {
  const out: EditBlock[] = [];
  for (const block of configsIn(scope, name)) for (const e of block.edits) if (e.closed) out.push(e);
  return out;
}

/** Complete entries of the nested `config <name>` tables of one block. */
export function nestedEntries(block: Block, name: string): EditBlock[] {
  return entriesIn([block], name);
}
