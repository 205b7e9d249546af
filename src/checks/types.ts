import type { Provenance } from '../model/provenance.js';
import type { ServiceSet } from '../space/service-set.js';
import type { SanitizerMethod } from '../site/types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** From most to least severe; reports and --fail-on use this order. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Segment and external-network kinds, as rulesets name them. */
export type Kind = 'mynumber' | 'lgwan' | 'internet' | 'dmz' | 'govcloud' | 'other';
export const KINDS: readonly Kind[] = ['mynumber', 'lgwan', 'internet', 'dmz', 'govcloud', 'other'];

/**
 * Which segments and external networks a check means. Rulesets write `lgwan` (every segment
 * and external of that kind), `segment:internet` or `external:internet` (only those of the
 * kind inside or outside the organization), or `id:office` (one site id).
 */
export type Selector =
  | { readonly kind: Kind; readonly scope: 'any' | 'segment' | 'external' }
  | { readonly id: string };

/** A declared entry that makes a crossing legitimate. */
export type Carrier =
  | { readonly type: 'approved' }
  | { readonly type: 'breakout' }
  /** A service the site file publishes to the Internet (site `published`). */
  | { readonly type: 'published' }
  | { readonly type: 'sanitizer'; readonly methods: readonly SanitizerMethod[]; readonly end: 'either' | 'source' | 'destination' };

/** Checks that read the devices' own configuration, not the paths between segments. */
export type HygienePrimitive = 'rule-shadowed' | 'rule-any-any' | 'object-undefined' | 'object-unused' | 'mgmt-insecure' | 'default-admin';

/** Checks that take no parameters beyond severity. */
export type SimplePrimitive =
  | 'external-transit'
  | 'unfiltered-bridge'
  | 'unclassified-network'
  | 'inventory-mismatch'
  | 'parse-unrecognized'
  | 'cross-segment-no-log'
  | HygienePrimitive;

/** Display words a user ruleset may give its own checks. */
export interface CheckWords {
  readonly ja?: string;
  readonly en?: string;
}

/** What every check has, whatever its primitive. */
export interface CheckBase {
  /** Stable id: reports, waivers and fingerprints use it. */
  readonly id: string;
  readonly severity: Severity;
  /** The clause a user ruleset cites itself; shipped models leave this to the policy profile. */
  readonly clause?: Clause;
  /** Title a user ruleset gives a check the message catalogue does not know. */
  readonly title?: CheckWords;
  /** Where the check is defined (file and line of its key). */
  readonly source?: Provenance;
  /** The ruleset the check comes from. */
  readonly ruleset: string;
}

/** One pair a flow matrix allows, on some services or on all. */
export interface MatrixAllowance {
  readonly from: string;
  readonly to: string;
  /** Absent: every service. */
  readonly services?: ServiceSet;
  readonly servicesText?: string;
  readonly provenance?: Provenance;
}

/** One check of a ruleset, with its parameters. */
export type CheckConfig = CheckBase &
  (
    | {
        /** Packets initiated in `from` and delivered into `to` are findings unless a carrier covers them. */
        readonly primitive: 'forbid-flow';
        readonly from: readonly Selector[];
        readonly to: readonly Selector[];
        readonly bothWays: boolean;
        readonly carriers: readonly Carrier[];
      }
    | {
        /** Inventory assets of these classifications must not be reachable from `from`. */
        readonly primitive: 'classified-asset-exposed';
        readonly from: readonly Selector[];
        /** Normalized as the inventory reader does: 3A, 3B, 3C, 2, 1, level1, level2. */
        readonly classifications: readonly string[];
        readonly carriers: readonly Carrier[];
      }
    | {
        /** `from` reaches internet-kind externals only through attachments marked securityCloud. */
        readonly primitive: 'egress-bypass';
        readonly from: readonly Selector[];
      }
    | {
        /** Device management services must not accept sessions initiated in `from`. */
        readonly primitive: 'mgmt-exposed';
        readonly from: readonly Selector[];
      }
    | {
        /** Approved, breakout and sanitizer entries must be limited to hosts and ports. */
        readonly primitive: 'approved-too-broad';
        /** More addresses than this on one side of an entry is not "limited to hosts". */
        readonly maxAddresses: number;
        /**
         * A breakout destination is a cloud service's published ranges, wide by nature: only a
         * contiguous range larger than this is too broad (default a /12; 0.0.0.0/0 always is).
         */
        readonly maxBreakoutRange: number;
      }
    | {
        /** A zone-to-zone matrix: between listed zones only the allowed pairs and services. */
        readonly primitive: 'flow-matrix';
        readonly zones: readonly string[];
        readonly allow: readonly MatrixAllowance[];
      }
    | { readonly primitive: SimplePrimitive }
  );

export type Primitive = CheckConfig['primitive'];

/** A set of checks: a shipped model ruleset (rulesets/models/*.yaml) or a user's own. */
export interface Ruleset {
  readonly id: string;
  readonly name: CheckWords;
  /** What the ruleset is for, per language. */
  readonly description?: CheckWords;
  /** The file it was read from, for user rulesets. */
  readonly file?: string;
  /** In the order the file lists them. */
  readonly checks: readonly CheckConfig[];
}

/** A clause a check enforces, quoted from the organization's policy. */
export interface Clause {
  /** Policy profile id, or the user ruleset's id for clauses a ruleset carries itself. */
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
  /** The network model the policy prescribes by default; absent when it prescribes none. */
  readonly model?: string;
  /** Every model the policy allows, the default first; empty when it prescribes none. */
  readonly models: readonly string[];
  /** Check id -> clause. Under a policy only these checks run: a policy enforces what it says. */
  readonly clauses: ReadonlyMap<string, Clause>;
  /** Check id -> why the policy does not back it, per language. */
  readonly notCovered: ReadonlyMap<string, CheckWords>;
}
