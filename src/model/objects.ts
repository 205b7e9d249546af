import type { Provenance } from './provenance.js';

/** Kinds of named structures that configs define and refer to. */
export type ObjectKind =
  | 'address'
  | 'address-group'
  | 'service'
  | 'service-group'
  | 'zone'
  | 'interface'
  | 'vip'
  | 'vip-group'
  | 'ip-pool'
  | 'schedule'
  | 'acl';

/** A named structure a config defines. */
export interface DefinedObject {
  readonly kind: ObjectKind;
  readonly name: string;
  readonly provenance: Provenance;
}

/** A use of a named structure; `resolved` is false when no definition exists. */
export interface ObjectReference {
  readonly kind: ObjectKind;
  readonly name: string;
  /** What refers to it, in words ("firewall policy 12 srcaddr"). */
  readonly usedBy: string;
  readonly resolved: boolean;
  readonly provenance: Provenance;
}
