import type { FilterStage } from './filter.js';
import type { Interface, Zone } from './interface.js';
import type { AdminAccount, ManagementAccess } from './management.js';
import type { DestinationNat, SourceNat } from './nat.js';
import type { DefinedObject, ObjectReference } from './objects.js';
import type { Provenance } from './provenance.js';
import type { StaticRoute } from './route.js';

export type Vendor = 'fortigate' | 'paloalto' | 'asa' | 'ios' | 'junos' | 'rtx' | 'iptables' | 'neutral';

/**
 * One forwarding and filtering context: a router, a firewall, or one VDOM/vsys/VRF of it.
 * Everything the analysis needs is here, in vendor-neutral terms.
 */
export interface Device {
  /** Unique in the snapshot: the hostname, or "hostname/context" for VDOMs and the like. */
  readonly id: string;
  readonly hostname: string;
  /** VDOM, vsys or VRF name when the config has several. */
  readonly context?: string;
  readonly vendor: Vendor;
  readonly interfaces: readonly Interface[];
  readonly zones: readonly Zone[];
  readonly routes: readonly StaticRoute[];
  /** Filter stages in the order a transit packet meets them. */
  readonly filters: readonly FilterStage[];
  /** Destination NAT entries, first match wins. */
  readonly destinationNat: readonly DestinationNat[];
  /** Source NAT table, first match wins (rule-carried SNAT is on the rule). */
  readonly sourceNat: readonly SourceNat[];
  readonly management: readonly ManagementAccess[];
  readonly admins: readonly AdminAccount[];
  /** Named structures defined, for unused-object checks. */
  readonly objects: readonly DefinedObject[];
  /** Named structures referenced, for undefined-object checks. */
  readonly references: readonly ObjectReference[];
  /** Where the device (or its context) starts in the config. */
  readonly provenance: Provenance;
}
