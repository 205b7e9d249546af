import type { PacketSet } from '../space/packet-set.js';
import type { AddressSpace } from '../space/address-space.js';
import type { Provenance } from './provenance.js';

export type Action = 'permit' | 'deny';

/**
 * One alternative of a rule's match: the rule matches a packet when any term does.
 * Interface lists are interface names (zones are resolved to their members by the converter).
 */
export interface MatchTerm {
  /** Ingress interfaces; absent means any. */
  readonly inInterfaces?: readonly string[];
  /** Egress interfaces (after routing); absent means any. */
  readonly outInterfaces?: readonly string[];
  /** Header predicate: source, destination, protocol and ports (see FilterStage.header). */
  readonly packets: PacketSet;
  /**
   * Restricts the term by this device's destination NAT: 'untranslated' matches only flows no
   * DNAT entry of the device translated; a list matches only flows translated by one of those
   * DNAT ids (FortiGate policies that name a VIP). Absent matches both.
   */
  readonly dnat?: 'untranslated' | readonly string[];
}

/** Source NAT carried by a permit rule (FortiGate `set nat enable`). */
export interface RuleSourceNat {
  /** Pool to translate into; absent means the egress interface's own address. */
  readonly pool?: AddressSpace;
  /** Pool object names, for display. */
  readonly poolNames?: readonly string[];
}

/** Columns of a rule as the config wrote them, for reports. */
export interface RuleDisplay {
  readonly inInterfaces: readonly string[];
  readonly outInterfaces: readonly string[];
  readonly sources: readonly string[];
  readonly destinations: readonly string[];
  readonly services: readonly string[];
}

/** An ordered filtering rule: policy, ACL entry or filter line. */
export interface Rule {
  /** Vendor identifier, as reports show it ("12" for FortiGate policy id 12, "OUTSIDE_IN:3" for an ASA ACE). */
  readonly id: string;
  /**
   * What the rule is, for fingerprints, when `id` says where it is: ASA ACEs and iptables
   * rules are numbered by their position, IOS sequence numbers are handed out by position
   * when an ACL is typed or pasted without them, a neutral-file rule without an id is
   * numbered by position. Inserting an unrelated rule above such a rule renumbers it although
   * nothing about it changed, so the converter derives this from the rule's content (list
   * name, match and action as written; never a line number or a position), with "#2", "#3"…
   * for repeats of the same content in the same list. Unique within the device's stage, like
   * `id`. Absent when `id` is already stable (a FortiGate policy id, a PAN-OS or Junos rule
   * name, a YAMAHA filter number); identityOf() falls back to `id` then.
   */
  readonly identity?: string;
  /** Human name, when the vendor has one. */
  readonly name?: string;
  readonly action: Action;
  /** Disabled rules match nothing but are kept for hygiene checks and display. */
  readonly enabled: boolean;
  /** True when the rule logs the traffic it matches. */
  readonly log: boolean;
  /** The rule matches the union of its terms. */
  readonly terms: readonly MatchTerm[];
  /** Source NAT applied to traffic this rule permits. */
  readonly sourceNat?: RuleSourceNat;
  /** True for rules a converter added to model a vendor default (intrazone allow, ...). */
  readonly implicit: boolean;
  /** Free-text comment from the config, shown in reports. */
  readonly comment?: string;
  readonly display: RuleDisplay;
  readonly provenance: Provenance;
}

/**
 * One ordered list of rules a transit packet is checked against, first match wins.
 * A device's stages are applied in order; a packet must be permitted by every stage that
 * applies to its ingress/egress interface pair.
 */
export interface FilterStage {
  /** Readable name ("firewall policy", "acl OUTSIDE_IN in on outside"). */
  readonly name: string;
  /** The stage applies only to packets entering on one of these; absent means any. */
  readonly inInterfaces?: readonly string[];
  /** The stage applies only to packets leaving on one of these; absent means any. */
  readonly outInterfaces?: readonly string[];
  /** Whether rules see the header before ('original') or after ('translated') this device's DNAT. */
  readonly header: 'original' | 'translated';
  readonly rules: readonly Rule[];
  /**
   * True when the stage also filters packets addressed to the device itself (an IOS or RTX
   * ingress ACL does; a FortiGate policy does not). Such packets have no egress interface, so
   * only stages without `outInterfaces` and terms without `outInterfaces` can apply to them.
   */
  readonly local?: boolean;
  /** Verdict for packets no rule matched. */
  readonly defaultAction: Action;
  /** Why, in words ("implicit deny"), for reports and trace. */
  readonly defaultReason: string;
  readonly defaultProvenance?: Provenance;
}
