import type { Action } from '../model/filter.js';
import type { Provenance } from '../model/provenance.js';
import type { RouteRef } from '../network/fib.js';
import type { PacketSet } from '../space/packet-set.js';
import type { Transform } from '../space/transform.js';

/** The verdict of one filter stage on a class of packets. */
export interface Decision {
  /** Filter stage name ("firewall policy"). */
  readonly stage: string;
  /** The matching rule's id; absent when the stage default decided. */
  readonly ruleId?: string;
  /**
   * The matching rule's content-derived identity (Rule.identity), for fingerprints; absent
   * when the rule has none (its id is stable) or the stage default decided.
   */
  readonly ruleIdentity?: string;
  /** The matching rule's name, when the vendor has names. */
  readonly ruleName?: string;
  /** True when the rule models a vendor default (intrazone allow ...). */
  readonly implicit: boolean;
  readonly action: Action;
  /** For defaults: why ("implicit deny (FortiGate)"). */
  readonly reason?: string;
  readonly provenance?: Provenance;
}

/** What happened to a class of packets on one device. */
export interface Hop {
  readonly device: string;
  /** Ingress interface and its zone. */
  readonly in: string;
  readonly inZone?: string;
  /** Egress interface and its zone; absent when the packets stopped on this device. */
  readonly out?: string;
  readonly outZone?: string;
  /** Destination NAT entry applied on ingress; `identity` as DestinationNat.identity, for fingerprints. */
  readonly dnat?: { readonly id: string; readonly identity?: string; readonly provenance: Provenance };
  /** The route that chose the egress. */
  readonly route?: RouteRef;
  /** Next-hop address, when routed to a gateway. */
  readonly gateway?: string;
  /** One decision per filter stage the packets met, in order. */
  readonly decisions: readonly Decision[];
  /**
   * Source NAT applied on egress: the pool in words, the rule or NAT entry that asked for it,
   * and that rule's or entry's content-derived identity when its id is positional (for fingerprints).
   */
  readonly snat?: { readonly pool: string; readonly ruleId?: string; readonly identity?: string; readonly provenance?: Provenance };
}

/** A class of packets on its way: packets as initiated, the translation so far, the path so far. */
export interface Flow {
  /** Headers as the initiator sent them. */
  readonly orig: PacketSet;
  /** NAT applied so far; the current header is t(orig). */
  readonly t: Transform;
  readonly hops: readonly Hop[];
}

/**
 * How a class of packets ended:
 * - delivered: into a segment, an external network, transit space, or unclassified space;
 * - accepted: by a device itself (its management plane);
 * - denied: by a rule or a stage default (the last hop's last decision says which);
 * - no-route / null-route: dropped by the forwarding table;
 * - loop: came back to an interface it had already entered.
 */
export type Disposition = 'delivered' | 'accepted' | 'denied' | 'no-route' | 'null-route' | 'loop';

/** The fate of one class of initiated packets: one path, one disposition. */
export interface Outcome {
  /** Segment or external id the packets came from. */
  readonly source: string;
  /** Where they entered the modelled network. */
  readonly injection: { readonly device: string; readonly iface: string };
  readonly orig: PacketSet;
  readonly t: Transform;
  readonly hops: readonly Hop[];
  readonly disposition: Disposition;
  /** Owner id for 'delivered' ('unclassified' when no one claims it); device id for 'accepted'. */
  readonly to?: string;
  /** Why a denied/dropped class stopped, in words. */
  readonly reason?: string;
}
