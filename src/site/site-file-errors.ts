import type { SiteFileError } from './site-file-types.js';
import { formatYamlError } from '../yaml/error-sink.js';
import { type YamlPath, formatKey, isRecord, valueAt } from '../yaml/yaml-path.js';

export { ErrorSink } from '../yaml/error-sink.js';
export { PositionIndex } from '../yaml/position-index.js';
export { type YamlPath as SitePath, toPointer, pointerToPath, formatKey, isRecord, valueAt } from '../yaml/yaml-path.js';

type SitePath = YamlPath;

export { editDistance, suggest } from '../util/suggest.js';

/** "sansou.yaml:12:5: segments.dmz.netwoks: unknown key 'netwoks' ..." */
export const formatSiteFileError: (error: SiteFileError) => string = formatYamlError;

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
  published: 'published service',
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
