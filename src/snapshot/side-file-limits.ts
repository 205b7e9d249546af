import type { InventoryResult } from '../../parsers/inventory-csv/types.js';
import type { SiteFileResult } from '../site/site-file-types.js';
import type { WaiversFileResult } from '../waivers/waiver-types.js';
import type { YamlError } from '../yaml/error-sink.js';

/**
 * Largest sansou.yaml or waivers.yaml read. A person writes these files; one this big is not
 * one, and reading it would only spend memory before the YAML limits refuse it anyway.
 */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

/**
 * Largest inventory.csv read: about a million rows of a typical 情報資産台帳, which take about
 * 1.3 GB to audit. A bigger file is refused before it is read, so memory stays bounded.
 */
export const MAX_INVENTORY_BYTES = 64 * 1024 * 1024;

/** Why a file of `size` bytes was not read, or undefined when it is within `limit`. */
export function overLimit(size: number, limit: number): string | undefined {
  return size > limit ? `file is ${size} bytes, above the ${limit}-byte limit; not read` : undefined;
}

/** The result of a YAML document refused for its size: one error on its first line. */
function refusedYaml(file: string, message: string): YamlError[] {
  return [{ file, line: 1, column: 1, key: '', message }];
}

export function refusedSiteFile(file: string, message: string): SiteFileResult {
  return { errors: refusedYaml(file, message) };
}

export function refusedWaivers(file: string, message: string): WaiversFileResult {
  return { waivers: [], usable: false, errors: refusedYaml(file, message) };
}

/** A FAILED inventory with no assets and the reason as its one warning. */
export function refusedInventory(file: string, message: string): InventoryResult {
  return { file, encoding: 'utf-8', status: 'FAILED', lines: 0, columns: {}, assets: [], warnings: [{ line: 0, text: '', context: '', comment: message, kind: 'unrecognized' }] };
}
