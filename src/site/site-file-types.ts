import type { Provenance } from '../model/provenance.js';
import type { YamlError } from '../yaml/error-sink.js';
import type { AddressSpace } from '../space/address-space.js';
import type { Approval, Breakout, External, NetworkModel, Publication, Sanitizer, Segment } from './types.js';

/** One problem found in the site file, located on the YAML node it is about. */
export type SiteFileError = YamlError;

/**
 * A sanitizer, approval or breakout item that said `any` (services) or a /0 prefix (addresses):
 * accepted, but a later check (APPROVED-TOO-BROAD) reports it.
 */
export interface BroadEntry {
  readonly kind: 'sanitizer' | 'approved' | 'breakout' | 'published';
  /** The entry's name. */
  readonly name: string;
  /** The field that said it: services, hosts, from, to or destinations. */
  readonly field: string;
  /** The item as written ("any", "0.0.0.0/0"). */
  readonly spec: string;
  /** Where the item was written (its own line, which for flow style is the entry's line). */
  readonly provenance: Provenance;
}

/** What the site file declares, before the resolver applies defaults and inference. */
export interface DeclaredSite {
  organization?: string;
  /** Absent when the file names none (the resolver defaults to alpha) or names an unknown one. */
  model?: NetworkModel;
  policy?: string;
  segments: Segment[];
  externals: External[];
  sanitizers: Sanitizer[];
  approved: Approval[];
  breakout: Breakout[];
  published: Publication[];
  transit: AddressSpace;
  broadEntries: BroadEntry[];
}

export interface SiteFileResult {
  /** Undefined when the document is unusable (YAML syntax errors, not a map at top level). */
  site?: DeclaredSite;
  /** Sorted by line and column. */
  errors: SiteFileError[];
}
