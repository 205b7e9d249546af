import type { SanitizerMethod } from '../site/types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** From most to least severe; reports and --fail-on use this order. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Segment and external-network kinds, as rulesets name them. */
export type Kind = 'mynumber' | 'lgwan' | 'internet' | 'dmz' | 'govcloud' | 'other';

/** A declared entry that makes a crossing legitimate. */
export type Carrier =
  | { readonly type: 'approved' }
  | { readonly type: 'breakout' }
  | { readonly type: 'sanitizer'; readonly methods: readonly SanitizerMethod[]; readonly end: 'either' | 'source' | 'destination' };

/** Checks that take no parameters beyond severity. */
export type SimplePrimitive =
  | 'external-transit'
  | 'unfiltered-bridge'
  | 'unclassified-network'
  | 'inventory-mismatch'
  | 'parse-unrecognized'
  | HygienePrimitive;

/** Checks that read the devices' own configuration, not the paths between segments. */
export type HygienePrimitive = 'rule-shadowed' | 'rule-any-any' | 'object-undefined' | 'object-unused' | 'mgmt-insecure' | 'default-admin';

/** One check of a ruleset, with its parameters. */
export type CheckConfig =
  | {
      readonly id: string;
      readonly primitive: 'forbid-flow';
      readonly severity: Severity;
      readonly from: readonly Kind[];
      readonly to: readonly Kind[];
      readonly bothWays: boolean;
      readonly carriers: readonly Carrier[];
    }
  | { readonly id: string; readonly primitive: SimplePrimitive; readonly severity: Severity };

/** A model's checks (rulesets/models/*.yaml). */
export interface Ruleset {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  /** In the order the file lists them. */
  readonly checks: readonly CheckConfig[];
}

/** A clause a check enforces, quoted from the organization's policy. */
export interface Clause {
  /** Policy profile id. */
  readonly policy: string;
  /** Clause number in the document's numbering ("第2章 3 (2) ①"). */
  readonly ref: string;
  readonly text: string;
}

/** An organization's policy as clause citations (rulesets/policies/*.yaml). */
export interface PolicyProfile {
  readonly id: string;
  readonly organization: string;
  readonly title: string;
  readonly model: string;
  /** Check id -> clause. */
  readonly clauses: ReadonlyMap<string, Clause>;
}
