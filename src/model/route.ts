import type { Cidr, IpAddress } from '../space/ip.js';
import type { Provenance } from './provenance.js';

/**
 * A configured static route. Connected routes are not listed: the network stage derives them
 * from interface addresses, so that no converter has to repeat that logic.
 */
export interface StaticRoute {
  /** Vendor identifier ("3" for FortiGate edit 3); unique within the device. */
  readonly id: string;
  readonly prefix: Cidr;
  /** Next-hop address; absent for interface-only and discard routes. */
  readonly gateway?: IpAddress;
  /** Egress interface, when the config names one. */
  readonly interface?: string;
  /** Null/blackhole route: matching packets are dropped. */
  readonly discard: boolean;
  /** Administrative distance; lower wins among routes for the same prefix. */
  readonly distance: number;
  /** Tie-breaker after distance (FortiGate priority); lower wins, equal values share (ECMP). */
  readonly priority: number;
  /** Disabled routes are kept for display but never installed. */
  readonly enabled: boolean;
  readonly provenance: Provenance;
}
