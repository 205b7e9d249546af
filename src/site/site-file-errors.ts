import type { LineCounter } from 'yaml';
import type { SiteFileError } from './site-file-types.js';

/** A location inside the site document: map keys and list indices from the root. */
export type SitePath = ReadonlyArray<string | number>;

/** JSON pointer of a path, as ajv writes `instancePath` ("/segments/lgwan/networks/1"). */
export function toPointer(path: SitePath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The path a JSON pointer names; segments under a list become indices. */
export function pointerToPath(pointer: string, root: unknown): Array<string | number> {
  if (pointer === '') return [];
  const out: Array<string | number> = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    }
  }
  return out;
}

/** "segments.lgwan.networks[1]"; keys that are not plain words are quoted: segments["a b"]. */
export function formatKey(path: SitePath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path of the plain document, or undefined. */
export function valueAt(root: unknown, path: SitePath): unknown {
  let node = root;
  for (const p of path) {
    if (typeof p === 'number') node = Array.isArray(node) ? node[p] : undefined;
    else node = isRecord(node) && Object.hasOwn(node, p) ? node[p] : undefined;
  }
  return node;
}

/** Source offsets of the YAML nodes behind each path: the key (for map entries) and the value. */
export class PositionIndex {
  private readonly offsets = new Map<string, { key?: number; value?: number }>();

  constructor(private readonly lineCounter: LineCounter) {}

  set(path: SitePath, key: number | undefined, value: number | undefined): void {
    const entry: { key?: number; value?: number } = {};
    if (key !== undefined) entry.key = key;
    if (value !== undefined) entry.value = value;
    this.offsets.set(toPointer(path), entry);
  }

  /** Offset of the node at `path` (or of its nearest recorded ancestor); 0 when none is. */
  offset(path: SitePath, prefer: 'key' | 'value'): number {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.offsets.get(toPointer(path.slice(0, n)));
      if (!entry) continue;
      const found = prefer === 'key' ? (entry.key ?? entry.value) : (entry.value ?? entry.key);
      if (found !== undefined) return found;
    }
    return 0;
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  }

  /** 1-based line of the node at `path`, the key's line for map entries. */
  line(path: SitePath): number {
    return this.position(this.offset(path, 'key')).line;
  }
}

interface PendingError {
  readonly path: SitePath;
  readonly pointer: string;
  readonly at: 'key' | 'value';
  readonly offset: number | undefined;
  readonly message: string;
}

/** Collects errors by path; locations are resolved once the position index is complete. */
export class ErrorSink {
  private readonly pending: PendingError[] = [];

  /** Reports a problem with the node at `path`, pointing at its key or its value. */
  add(path: SitePath, message: string, at: 'key' | 'value' = 'value', offset?: number): void {
    this.pending.push({ path: [...path], pointer: toPointer(path), at, offset, message });
  }

  /** True when an error was reported for `path` itself. */
  hasAt(path: SitePath): boolean {
    const pointer = toPointer(path);
    return this.pending.some((e) => e.pointer === pointer);
  }

  /** True when an error was reported for `path` or anything inside it. */
  hasAtOrUnder(path: SitePath): boolean {
    const pointer = toPointer(path);
    return this.pending.some((e) => e.pointer === pointer || e.pointer.startsWith(pointer + '/'));
  }

  /** True when an error on a direct child of `path` mentions 'key' (a folded misspelling). */
  hasChildMentioning(path: SitePath, key: string): boolean {
    const pointer = toPointer(path);
    return this.pending.some(
      (e) => e.path.length === path.length + 1 && e.pointer.startsWith(pointer + '/') && e.message.includes(`'${key}'`),
    );
  }

  /**
   * Safety net for the converter: when it drops something, some error must explain why.
   * The schema normally has; if not (or the schema could not be loaded), say it here.
   */
  ensure(path: SitePath, message: string, at: 'key' | 'value' = 'value'): void {
    if (!this.hasAtOrUnder(path)) this.add(path, message, at);
  }

  /** Like ensure, but only an error reported for `path` itself counts. */
  ensureAt(path: SitePath, message: string, at: 'key' | 'value' = 'value'): void {
    if (!this.hasAt(path)) this.add(path, message, at);
  }

  get size(): number {
    return this.pending.length;
  }

  resolve(file: string, index: PositionIndex): SiteFileError[] {
    const errors = this.pending.map((e) => {
      const { line, column } = index.position(e.offset ?? index.offset(e.path, e.at));
      return { file, line, column, key: formatKey(e.path), message: e.message };
    });
    // Stable sort: errors on one node keep the order they were found in.
    return errors.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** "sansou.yaml:12:5: segments.dmz.netwoks: unknown key 'netwoks' ..." */
export function formatSiteFileError(error: SiteFileError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.key === '' ? '' : `${error.key}: `}${error.message}`;
}

/** Optimal-string-alignment distance: edits, where swapping two neighbours counts as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known word closest to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    const limit = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** How a YAML value reads in a message: "text '10.0.0.0/8'", "the number 443", "a list". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `text '${value}'`;
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'a map';
}

const SECTION_ENTRY: Readonly<Record<string, string>> = {
  segments: 'segment',
  externals: 'external',
  sanitizers: 'sanitizer',
  approved: 'approved connection',
  breakout: 'breakout',
};

/** What the node at `path` is, for messages: "segment 'dmz'", "sanitizer 'file-cdr'", "transit[2]". */
export function entityName(path: SitePath, root: unknown): string {
  const [section, entry] = path;
  if (path.length === 0) return 'the site file';
  if (path.length === 2 && typeof section === 'string' && SECTION_ENTRY[section] !== undefined) {
    if (typeof entry === 'string') return `${SECTION_ENTRY[section]} '${entry}'`;
    const name = valueAt(root, [...path, 'name']);
    return typeof name === 'string' && name !== '' ? `${SECTION_ENTRY[section]} '${name}'` : formatKey(path);
  }
  if (path.length === 4 && path[2] === 'attach') return `attach point ${formatKey(path)}`;
  return formatKey(path);
}

/** "at top level", "in segment 'dmz'". */
export function context(path: SitePath, root: unknown): string {
  return path.length === 0 ? 'at top level' : `in ${entityName(path, root)}`;
}

const TOP_LEVEL_SCALARS = new Set(['organization', 'model', 'policy']);

/**
 * What the loader does when the node at `path` is invalid. This mirrors the converter
 * (site-file-convert.ts), which is the one that actually drops things:
 * optional scalars are ignored, list items are skipped, an entry with a bad defining value
 * (kind, method, name, a list) is skipped, and a section of the wrong shape is ignored.
 */
export function consequence(path: SitePath, root: unknown): string {
  const [section, , field] = path;
  const entity = (n: number): string => entityName(path.slice(0, n), root);
  switch (path.length) {
    case 0:
      return '';
    case 1:
      return TOP_LEVEL_SCALARS.has(String(section)) ? 'ignored' : `the whole '${String(section)}' section is ignored`;
    case 2:
      return section === 'transit' ? 'this item is skipped' : `${entity(2)} is skipped`;
    case 3:
      if ((section === 'segments' || section === 'externals') && field === 'name') return 'ignored';
      return `${entity(2)} is skipped`;
    case 4:
      return field === 'attach' ? 'this attach point is skipped' : 'this item is skipped';
    default:
      return path[4] === 'securityCloud' ? 'ignored: taken as false' : `${entity(4)} is skipped`;
  }
}

/** Appends the consequence as a parenthetical, when there is one. */
export function withConsequence(message: string, path: SitePath, root: unknown): string {
  const what = consequence(path, root);
  return what === '' ? message : `${message} (${what})`;
}
