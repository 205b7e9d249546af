import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseInventory } from '../../parsers/inventory-csv/index.js';
import type { InventoryResult } from '../../parsers/inventory-csv/types.js';
import type { ParsedConfig } from '../model/parse-result.js';
import { loadSiteFile } from '../site/load-site-file.js';
import type { SiteFileResult } from '../site/site-file-types.js';
import { countLines } from './count-lines.js';
import { decodeConfig } from './decode-config.js';
import { CONFIG_FORMATS } from './formats.js';

/** The files of a snapshot directory, each read and parsed. */
export interface Snapshot {
  /** The directory as the user named it. */
  readonly dir: string;
  /** sansou.yaml, when present. */
  readonly siteFile?: { readonly file: string; readonly lines: number; readonly result: SiteFileResult };
  /** inventory.csv, when present. */
  readonly inventory?: InventoryResult;
  /** Every file under configs/, in path order. */
  readonly configs: readonly ParsedConfig[];
}

/** The snapshot directory itself is unusable (missing, not a directory). */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

export function isSnapshotError(error: unknown): error is SnapshotError {
  return error instanceof SnapshotError;
}

export const SITE_FILE = 'sansou.yaml';
export const INVENTORY_FILE = 'inventory.csv';
export const CONFIG_DIR = 'configs';

/** Largest file sansou reads; bigger ones are reported, not loaded. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export function loadSnapshot(dir: string): Snapshot {
  if (!existsSync(dir)) throw new SnapshotError(`snapshot directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new SnapshotError(`${dir} is not a directory: a snapshot is a directory holding configs/ (and optionally sansou.yaml, inventory.csv)`);
  const sitePath = join(dir, SITE_FILE);
  const inventoryPath = join(dir, INVENTORY_FILE);
  const siteText = existsSync(sitePath) ? readFileSync(sitePath, 'utf8') : undefined;
  const siteFile = siteText === undefined ? undefined : { file: SITE_FILE, lines: countLines(siteText), result: loadSiteFile(siteText, SITE_FILE) };
  const inventory = existsSync(inventoryPath) ? parseInventory(readFileSync(inventoryPath), INVENTORY_FILE) : undefined;
  const configDir = join(dir, CONFIG_DIR);
  const configs = existsSync(configDir) ? listFiles(configDir).map((path) => readConfig(path, toSnapshotPath(dir, path))) : [];
  return { dir, ...(siteFile ? { siteFile } : {}), ...(inventory ? { inventory } : {}), configs };
}

/** Regular files below `dir`, sorted by path so every run reads them in the same order. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function toSnapshotPath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

function failed(file: string, format: string, comment: string, lines = 0): ParsedConfig {
  return { file, format, status: 'FAILED', lines, devices: [], warnings: [{ line: 0, text: '', context: file, comment, kind: 'unrecognized' }] };
}

/** Reads one config file: decode, detect the format by content, parse. Never throws. */
export function readConfig(path: string, file: string): ParsedConfig {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return failed(file, 'unknown', `file is ${size} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`);
    const decoded = decodeConfig(readFileSync(path));
    if ('binary' in decoded) return failed(file, 'binary', decoded.reason);
    const format = CONFIG_FORMATS.find((f) => f.detect(decoded.text));
    const lines = countLines(decoded.text);
    if (!format) {
      const names = CONFIG_FORMATS.map((f) => f.name).join(', ');
      return failed(file, 'unknown', `format not recognized: not one of ${names}`, lines);
    }
    return format.parse(decoded.text, file);
  } catch (error) {
    return failed(file, 'unknown', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
