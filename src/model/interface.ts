import type { IpAddress } from '../space/ip.js';
import type { Provenance } from './provenance.js';

/** An address assigned to an interface: the host address and the prefix length of its subnet. */
export interface InterfaceAddress {
  readonly address: IpAddress;
  readonly prefixLength: number;
}

/** A layer-3 interface (physical, VLAN, tunnel, loopback or inter-VDOM link). */
export interface Interface {
  /** The name configs use to refer to it ("port3", "GigabitEthernet0/1", "lan2"). */
  readonly name: string;
  /** Alias or description, kept for display and for segment inference. */
  readonly description?: string;
  /** Primary address first, then secondaries. Empty for an unnumbered interface. */
  readonly addresses: readonly InterfaceAddress[];
  /** Security zone the interface belongs to, if the vendor has zones. */
  readonly zone?: string;
  /** False when administratively down: it neither receives nor forwards traffic. */
  readonly enabled: boolean;
  /** Vendor role hint ("lan", "wan", "dmz"), used only for inference. */
  readonly role?: string;
  readonly provenance: Provenance;
}

/** A named group of interfaces that policies refer to. */
export interface Zone {
  readonly name: string;
  /** Member interface names. */
  readonly interfaces: readonly string[];
  readonly provenance: Provenance;
}
