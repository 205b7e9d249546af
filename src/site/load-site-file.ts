/**
 * Loads the site file (sansou.yaml): YAML → plain data (with the position of every node) →
 * schema check (schemas/site.schema.json, ajv) → conversion to segments, externals,
 * sanitizers, approvals and breakout entries with exact address spaces and service sets.
 *
 * Errors never stop the load. YAML syntax errors make the document unusable (`site` is
 * undefined); otherwise invalid parts are skipped and reported and every valid part is kept:
 * an unknown key is ignored, an invalid list item is dropped, and an entry whose defining
 * value is wrong is dropped (see SiteConverter for the exact rules). Never throws.
 */
import { LineCounter } from 'yaml';
import { AddressSpace } from '../space/address-space.js';
import { SiteConverter } from './site-file-convert.js';
import { ErrorSink, PositionIndex, describeValue, isRecord } from './site-file-errors.js';
import { validateAgainstSchema } from './site-file-schema.js';
import type { DeclaredSite, SiteFileResult } from './site-file-types.js';
import { parseSiteYaml } from './site-file-yaml.js';

export type { BroadEntry, DeclaredSite, SiteFileError, SiteFileResult } from './site-file-types.js';
export { formatSiteFileError } from './site-file-errors.js';
export { DEFAULT_MAIL_SERVICES, DEFAULT_SCREEN_SERVICES } from './site-file-convert.js';
export { siteSchemaPath } from './site-file-schema.js';

/** A site with nothing declared: what an empty file means. */
function emptySite(): DeclaredSite {
  return { segments: [], externals: [], sanitizers: [], approved: [], breakout: [], published: [], transit: AddressSpace.EMPTY, broadEntries: [] };
}

/**
 * Reads a site file. `file` is the name used in errors and provenance (snapshot-relative,
 * "sansou.yaml").
 */
export function loadSiteFile(text: string, file: string): SiteFileResult {
  const sink = new ErrorSink();
  try {
    const parsed = parseSiteYaml(text, sink);
    if (parsed.syntaxErrors) return { errors: sink.resolve(file, parsed.index) };
    const root = parsed.value;
    if (root === null || root === undefined) return { site: emptySite(), errors: sink.resolve(file, parsed.index) };
    if (!isRecord(root)) {
      sink.add([], `the site file must be a map of keys (organization:, model:, segments: ...), but it is ${describeValue(root)}`);
      return { errors: sink.resolve(file, parsed.index) };
    }
    validateAgainstSchema(root, sink);
    const site = new SiteConverter(root, file, sink, parsed.index).convert();
    return { site, errors: sink.resolve(file, parsed.index) };
  } catch (error) {
    // A bug here must not take the audit down; report it like any other problem.
    const detail = error instanceof Error ? error.message : String(error);
    const errors = sink.resolve(file, new PositionIndex(new LineCounter()));
    errors.push({ file, line: 1, column: 1, key: '', message: `internal error while reading the site file: ${detail}` });
    return { errors };
  }
}
