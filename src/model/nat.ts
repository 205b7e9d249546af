import type { PacketSet } from '../space/packet-set.js';
import type { Transform } from '../space/transform.js';
import type { AddressSpace } from '../space/address-space.js';
import type { Provenance } from './provenance.js';

/** Destination NAT (FortiGate VIP, static NAT): applied on ingress, before routing. */
export interface DestinationNat {
  /** Unique within the device; rules refer to it through MatchTerm.dnat. */
  readonly id: string;
  /** Content-derived identity for fingerprints when `id` is positional (as Rule.identity); absent when `id` is stable. */
  readonly identity?: string;
  /** Ingress interfaces it listens on; absent means any. */
  readonly inInterfaces?: readonly string[];
  /**
   * Applies only when the route for the original destination leaves through one of these
   * (PAN-OS NAT rules name the destination zone the pre-NAT route chooses); absent means any.
   */
  readonly outInterfaces?: readonly string[];
  /** The original header it matches (external address, protocol, external ports). */
  readonly match: PacketSet;
  /** The rewrite: destination address and optionally destination port. */
  readonly translate: Transform;
  /** Mapped address space, for display. */
  readonly mapped: AddressSpace;
  readonly provenance: Provenance;
}

/** Source NAT table entry (ASA, IOS, PAN-OS style): applied after filtering, on egress. */
export interface SourceNat {
  /** Unique within the device ("section1/2" for an ASA twice NAT, "POSTROUTING:3" for iptables). */
  readonly id: string;
  /** Content-derived identity for fingerprints when `id` is positional (as Rule.identity); absent when `id` is stable. */
  readonly identity?: string;
  /** Ingress interfaces it applies to; absent means any. */
  readonly inInterfaces?: readonly string[];
  /** Egress interfaces it applies to; absent means any. */
  readonly outInterfaces?: readonly string[];
  /**
   * Restricts the entry by this device's destination NAT, as MatchTerm.dnat does: 'untranslated'
   * for flows no DNAT entry translated, a list for flows one of those entries translated
   * (iptables `--ctstate DNAT`, PAN-OS rules that translate both ways). Absent matches both.
   */
  readonly dnat?: 'untranslated' | readonly string[];
  /** The header it matches: after this device's DNAT ('translated', the default) or before it ('original', PAN-OS). */
  readonly header?: 'original' | 'translated';
  readonly match: PacketSet;
  /** Pool to translate into; absent means the egress interface's address (unless `translate`). */
  readonly pool?: AddressSpace;
  /**
   * An explicit rewrite instead of a pool: `{ src: { shift } }` maps a range one-to-one (static
   * NAT of a network), and the identity `{}` translates nothing but still ends the lookup
   * (Junos `source-nat off`, ASA identity NAT).
   */
  readonly translate?: Transform;
  readonly provenance: Provenance;
}
