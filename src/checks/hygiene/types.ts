import type { HygienePrimitive, Severity } from '../types.js';

/** One hygiene check of a ruleset: the id findings carry, what it looks for, how bad it is. */
export interface HygieneCheck {
  /** Check id from the ruleset ("RULE-SHADOWED"); findings and messages are keyed by it. */
  readonly id: string;
  /** Which configuration flaw the check looks for. */
  readonly primitive: HygienePrimitive;
  /** Severity every finding of the check gets. */
  readonly severity: Severity;
}
