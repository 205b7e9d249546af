import type { ServiceSet } from '../space/service-set.js';
import type { AddressSpace } from '../space/address-space.js';
import type { Provenance } from './provenance.js';

/** A management service the device itself answers (FortiGate allowaccess, IOS line vty). */
export interface ManagementAccess {
  /** The interface whose addresses answer; absent means every interface of the device. */
  readonly interface?: string;
  /** Sources allowed to connect (trusted hosts, access-class); absent means any. */
  readonly sources?: AddressSpace;
  /**
   * Answered only for packets that entered the device on one of these interfaces (ASA answers
   * ssh only on the interface it names; Junos host-inbound-traffic is per ingress zone);
   * absent means from any interface.
   */
  readonly ingressInterfaces?: readonly string[];
  /**
   * True when packets that enter on another interface than `interface` are answered only if
   * the device's filter stages permit them as if forwarded from their ingress interface to
   * `interface` (PAN-OS interface management profiles, SRX host-inbound services on another
   * zone's address); stages bound only to egress interfaces do not apply, as nothing leaves.
   * Requires `interface`. Absent: answered from any allowed ingress as is.
   */
  readonly throughPolicy?: boolean;
  /** Service keyword as configured ("https", "ssh", "telnet", "snmp", "ping"). */
  readonly service: string;
  /** The packets it accepts (protocol and port). */
  readonly packets: ServiceSet;
  /** False for cleartext or weak management (telnet, http, SNMP v1/v2c). */
  readonly secure: boolean;
  readonly provenance: Provenance;
}

/** An administrator account. Secrets are never stored in the model. */
export interface AdminAccount {
  readonly name: string;
  /** Access profile or privilege level. */
  readonly profile?: string;
  /** Hosts the account may log in from; absent means anywhere. */
  readonly trustedHosts?: AddressSpace;
  readonly provenance: Provenance;
}
