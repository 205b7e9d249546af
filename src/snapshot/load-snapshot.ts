import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseInventory } from '../../parsers/inventory-csv/index.js';
import type { InventoryResult } from '../../parsers/inventory-csv/types.js';
import { type ParsedConfig, statusFromWarnings } from '../model/parse-result.js';
import { loadSiteFile } from '../site/load-site-file.js';
import type { SiteFileResult } from '../site/site-file-types.js';
import { loadWaivers } from '../waivers/load-waivers.js';
import { MAX_INVENTORY_BYTES, MAX_YAML_BYTES, overLimit, refusedInventory, refusedSiteFile, refusedWaivers } from './side-file-limits.js';
import type { WaiversFileResult } from '../waivers/waiver-types.js';
import { countLines } from './count-lines.js';
import { decodeConfig } from './decode-config.js';
import { sha256Hex } from './file-checksum.js';
import { textFromBytes } from './read-text-file.js';
import { CONFIG_FORMATS, type CompanionFormat, type ConfigFormat } from './formats.js';

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
  /** waivers.yaml (approved exceptions, 例外措置), when present. */
  readonly waiversFile?: { readonly file: string; readonly lines: number; readonly result: WaiversFileResult };
  /**
   * SHA-256 (hex) of each file's bytes as read, by snapshot path (configs/fw-core.conf,
   * inventory.csv, sansou.yaml, waivers.yaml). A file that was not read (above the size limit,
   * unreadable) has none.
   */
  readonly checksums: ReadonlyMap<string, string>;
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
export const WAIVERS_FILE = 'waivers.yaml';

/** Largest file sansou reads; bigger ones are reported, not loaded. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** How loading tells a front end where it is. */
export interface LoadOptions {
  /** Called before each config is parsed, with its snapshot path and its place among them (1-based). */
  readonly onConfig?: (file: string, index: number, total: number) => void;
}

export function loadSnapshot(dir: string, options: LoadOptions = {}): Snapshot {
  if (!existsSync(dir)) throw new SnapshotError(`snapshot directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new SnapshotError(`${dir} is not a directory: a snapshot is a directory holding configs/ (and optionally sansou.yaml, inventory.csv)`);
  // Every file is hashed from the very bytes that are then decoded and parsed, so the
  // checksum names exactly what was judged, even if the file changes while sansou runs.
  const checksums = new Map<string, string>();
  /** A side file parsed, or refused unread (no checksum) above its own limit; undefined when absent. */
  const side = <R>(file: string, limit: number, parse: (bytes: Buffer) => R, refuse: (message: string) => R): R | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;
    const refusal = overLimit(statSync(path).size, limit);
    if (refusal !== undefined) return refuse(refusal);
    const bytes = readFileSync(path);
    checksums.set(file, sha256Hex(bytes));
    return parse(bytes);
  };
  const yaml = <R>(file: string, load: (text: string, file: string) => R, refused: (file: string, message: string) => R) =>
    side(
      file,
      MAX_YAML_BYTES,
      (bytes) => {
        const text = textFromBytes(bytes);
        return { file, lines: countLines(text), result: load(text, file) };
      },
      (message) => ({ file, lines: 0, result: refused(file, message) }),
    );
  const siteFile = yaml(SITE_FILE, loadSiteFile, refusedSiteFile);
  const inventory = side(INVENTORY_FILE, MAX_INVENTORY_BYTES, (bytes) => parseInventory(bytes, INVENTORY_FILE), (message) => refusedInventory(INVENTORY_FILE, message));
  const configDir = join(dir, CONFIG_DIR);
  const configs = existsSync(configDir) ? readConfigs(dir, listFiles(configDir), checksums, options.onConfig) : [];
  const waiversFile = yaml(WAIVERS_FILE, loadWaivers, refusedWaivers);
  return { dir, ...(siteFile ? { siteFile } : {}), ...(inventory ? { inventory } : {}), configs, ...(waiversFile ? { waiversFile } : {}), checksums };
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

/** A file read and recognized, not yet parsed. */
type Recognized =
  | { readonly kind: 'config'; readonly file: string; readonly text: string; readonly format: ConfigFormat }
  | { readonly kind: 'companion'; readonly file: string; readonly text: string; readonly companion: CompanionFormat }
  | { readonly kind: 'done'; readonly result: ParsedConfig };

/**
 * Reads every file, then parses: configs whose format takes a companion get the companion
 * file of the same base name in the same directory (sani-gw.rules + sani-gw.ip). A companion
 * is listed among the inputs with the warnings its partner's parser reported for it.
 */
function readConfigs(dir: string, paths: readonly string[], checksums: Map<string, string>, onConfig?: LoadOptions['onConfig']): ParsedConfig[] {
  const recognized = paths.map((path) => recognize(path, toSnapshotPath(dir, path), checksums));
  const total = recognized.filter((r) => r.kind === 'config').length;
  let parsed = 0;
  const companions = new Map<string, Extract<Recognized, { kind: 'companion' }>>();
  for (const r of recognized) if (r.kind === 'companion') companions.set(`${r.companion.id}\u0000${baseName(r.file)}`, r);
  const used = new Set<string>();
  const out: ParsedConfig[] = [];
  for (const r of recognized) {
    if (r.kind === 'done') out.push(r.result);
    if (r.kind !== 'config') continue;
    const key = r.format.companion ? `${r.format.companion.id}\u0000${baseName(r.file)}` : undefined;
    const companion = key === undefined ? undefined : companions.get(key);
    onConfig?.(r.file, ++parsed, total);
    const result = safeParse(r.format, r.text, r.file, companion && { text: companion.text, file: companion.file });
    out.push(result);
    if (companion && key !== undefined) {
      used.add(key);
      out.push(companionInput(companion, result));
    }
  }
  for (const [key, c] of companions) {
    if (!used.has(key)) out.push(failed(c.file, c.companion.id, `a ${c.companion.name} file completes a config of the same base name, and there is none beside it (expected for example ${baseName(c.file)}.rules)`, countLines(c.text)));
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The file path without its last extension, which pairs a config with its companion. */
function baseName(file: string): string {
  const slash = file.lastIndexOf('/');
  const dot = file.lastIndexOf('.');
  return dot > slash + 1 ? file.slice(0, dot) : file;
}

function companionInput(c: Extract<Recognized, { kind: 'companion' }>, partner: ParsedConfig): ParsedConfig {
  const name = c.file.slice(c.file.lastIndexOf('/') + 1);
  const warnings = partner.warnings.filter((w) => w.context.startsWith(`${name}:`) || w.context.startsWith(`${c.file}:`));
  return { file: c.file, format: c.companion.id, status: statusFromWarnings(warnings), lines: countLines(c.text), devices: [], warnings };
}

/** Reads one file and tells what it is; its checksum goes into `checksums` once its bytes are read. */
function recognize(path: string, file: string, checksums: Map<string, string>): Recognized {
  const read = readBytes(path, file);
  if ('result' in read) return { kind: 'done', result: read.result };
  checksums.set(file, sha256Hex(read.bytes));
  return recognizeBytes(read.bytes, file);
}

/** A file's bytes, or the FAILED result of a file that is too big or cannot be read. */
function readBytes(path: string, file: string): { readonly bytes: Buffer } | { readonly result: ParsedConfig } {
  try {
    const refusal = overLimit(statSync(path).size, MAX_FILE_BYTES);
    if (refusal !== undefined) return { result: failed(file, 'unknown', refusal) };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { result: failed(file, 'unknown', couldNotRead(error)) };
  }
}

function couldNotRead(error: unknown): string {
  return `could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

/** Tells what bytes already read are: binary, a config of some format, a companion, or unknown. */
function recognizeBytes(bytes: Uint8Array, file: string): Recognized {
  try {
    const decoded = decodeConfig(bytes);
    if ('binary' in decoded) return { kind: 'done', result: failed(file, 'binary', decoded.reason) };
    const format = CONFIG_FORMATS.find((f) => f.detect(decoded.text));
    if (format) return { kind: 'config', file, text: decoded.text, format };
    const companion = CONFIG_FORMATS.map((f) => f.companion).find((c) => c?.detect(decoded.text));
    if (companion) return { kind: 'companion', file, text: decoded.text, companion };
    const names = CONFIG_FORMATS.map((f) => f.name).join(', ');
    return { kind: 'done', result: failed(file, 'unknown', `format not recognized: not one of ${names}`, countLines(decoded.text)) };
  } catch (error) {
    // Decoding and detection are not expected to throw; if they do, the file is reported like an unreadable one.
    return { kind: 'done', result: failed(file, 'unknown', couldNotRead(error)) };
  }
}

/** Parsers never throw by contract; this guards the audit if one ever does. */
function safeParse(format: ConfigFormat, text: string, file: string, companion?: { text: string; file: string }): ParsedConfig {
  try {
    return format.parse(text, file, companion);
  } catch (error) {
    return failed(file, format.id, `internal error in the ${format.name} parser: ${error instanceof Error ? error.message : String(error)}`, countLines(text));
  }
}

/** Reads and parses one config file on its own (no companion). Never throws. */
export function readConfig(path: string, file: string): ParsedConfig {
  const read = readBytes(path, file);
  return 'result' in read ? read.result : parseConfigBytes(read.bytes, file);
}

/**
 * Decodes, detects and parses a config's bytes already in memory, exactly as a snapshot does
 * with a file of configs/ (the same results for binary, unknown and failing input), so tests
 * and tools need not write a file to exercise that path. `companion` is used as a snapshot
 * uses the file of the same base name: only when the config's format takes a companion and
 * the companion's bytes are recognized as that kind. Never throws.
 */
export function parseConfigBytes(bytes: Uint8Array, file: string, companion?: { bytes: Uint8Array; file: string }): ParsedConfig {
  const r = recognizeBytes(bytes, file);
  if (r.kind === 'done') return r.result;
  if (r.kind === 'companion') return failed(file, r.companion.id, `a ${r.companion.name} file is only read beside its config`, countLines(r.text));
  const c = companion && r.format.companion ? recognizeBytes(companion.bytes, companion.file) : undefined;
  const paired = c?.kind === 'companion' && c.companion.id === r.format.companion?.id ? { text: c.text, file: c.file } : undefined;
  return safeParse(r.format, r.text, file, paired);
}
