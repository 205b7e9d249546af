import type { PacketSet } from '../space/packet-set.js';
import type { Transform } from '../space/transform.js';
import type { AddressSpace } from '../space/address-space.js';
import type { Provenance } from './provenance.js';

/** Destination NAT (FortiGate VIP, static NAT): applied on ingress, before routing. */
export interface DestinationNat {
  /** Unique within the device; rules refer to it through MatchTerm.dnat. */
  readonly id: string;
  /** Ingress interfaces it listens on; absent means any. */
  readonly inInterfaces?: readonly string[];
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
  readonly id: string;
  readonly inInterfaces?: readonly string[];
  readonly outInterfaces?: readonly string[];
  /** Header (after DNAT) it matches. */
  readonly match: PacketSet;
  /** Pool to translate into; absent means the egress interface's address. */
  readonly pool?: AddressSpace;
  readonly provenance: Provenance;
}
