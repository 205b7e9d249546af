/**
 * The asset-inventory reader: a 情報資産台帳 exported as CSV (UTF-8, UTF-8 with BOM or CP932)
 * to assets with their addresses, segment, role and classification.
 */
export { parseInventory } from './parse-inventory.js';
export { HEADER_SYNONYMS } from './headers.js';
export type { Asset, InventoryColumn, InventoryEncoding, InventoryResult } from './types.js';
