import type { Provenance } from '../model/provenance.js';
import type { AddressSpace } from '../space/address-space.js';
import type { ServiceSet } from '../space/service-set.js';

/** Kinds of segment inside the organization (DESIGN.md §1). */
export type SegmentKind = 'mynumber' | 'lgwan' | 'internet' | 'dmz' | 'other';
/** Kinds of external network. */
export type ExternalKind = 'lgwan' | 'internet' | 'govcloud' | 'other';
/** The 総務省 network models a site can declare. */
export type NetworkModel = 'alpha' | 'alpha-prime' | 'beta' | 'beta-prime' | 'two-layer' | 'internet-only';
/** 無害化 methods. */
export type SanitizerMethod = 'mail' | 'file' | 'screen';

export const SEGMENT_KINDS: readonly SegmentKind[] = ['mynumber', 'lgwan', 'internet', 'dmz', 'other'];
export const EXTERNAL_KINDS: readonly ExternalKind[] = ['lgwan', 'internet', 'govcloud', 'other'];
export const NETWORK_MODELS: readonly NetworkModel[] = ['alpha', 'alpha-prime', 'beta', 'beta-prime', 'two-layer', 'internet-only'];

/** An interface where a segment or external network meets a modelled device. */
export interface AttachPoint {
  /** Device id ("fw-edge", or "fw-core/root" for a VDOM). */
  readonly device: string;
  readonly interface: string;
  /** True when this is the uplink to the 自治体情報セキュリティクラウド. */
  readonly securityCloud: boolean;
  readonly provenance?: Provenance;
}

/** A segment (領域) of the organization's own network. */
export interface Segment {
  readonly id: string;
  readonly kind: SegmentKind;
  /** Display name (Japanese is fine). */
  readonly name?: string;
  /** The address space it owns. */
  readonly networks: AddressSpace;
  /** Interfaces where its hosts sit, beyond those found from interface subnets. */
  readonly attach: readonly AttachPoint[];
  readonly provenance?: Provenance;
}

/** A network outside the organization (the Internet, the LGWAN WAN, ガバメントクラウド). */
export interface External {
  readonly id: string;
  readonly kind: ExternalKind;
  readonly name?: string;
  /** Its address space, or 'default': all space nothing else claims. */
  readonly networks: AddressSpace | 'default';
  /** Where it meets the organization's devices. */
  readonly attach: readonly AttachPoint[];
  readonly provenance?: Provenance;
}

/** A registered 無害化 host: mail text conversion, file sanitization or screen transfer. */
export interface Sanitizer {
  readonly name: string;
  readonly method: SanitizerMethod;
  readonly hosts: AddressSpace;
  /** Services it carries; the method's defaults when the entry names none. */
  readonly services: ServiceSet;
  /** Where it was declared. */
  readonly origin: 'site' | 'inventory';
  readonly provenance?: Provenance;
}

/** An approved マイナンバー系 connection (特定通信), directional. */
export interface Approval {
  readonly name: string;
  readonly from: AddressSpace;
  readonly to: AddressSpace;
  readonly services: ServiceSet;
  readonly provenance?: Provenance;
}

/** An α′ local-breakout destination. */
export interface Breakout {
  readonly name: string;
  readonly destinations: AddressSpace;
  readonly services: ServiceSet;
  readonly provenance?: Provenance;
}

/** A service the organization publishes to the Internet from outside its dmz (site `published`). */
export interface Publication {
  readonly name: string;
  readonly hosts: AddressSpace;
  readonly services: ServiceSet;
  readonly provenance?: Provenance;
}

/** Something sansou concluded without being told, for the user to confirm. */
export interface Inference {
  /** What it is about ("interface fw-core/root port3 (10.20.255.0/24)"). */
  readonly subject: string;
  /** What sansou concluded ("segment lgwan (kind lgwan)"). */
  readonly conclusion: string;
  /** Why ("zone name LGWAN"). */
  readonly reason: string;
}

/** The organization's declared (or inferred) architecture. */
export interface Site {
  readonly organization?: string;
  readonly model: NetworkModel;
  /** Policy profile id for clause citations ("mutsu"). */
  readonly policy?: string;
  readonly segments: readonly Segment[];
  readonly externals: readonly External[];
  readonly sanitizers: readonly Sanitizer[];
  readonly approved: readonly Approval[];
  readonly breakout: readonly Breakout[];
  /** Services reachable from the Internet on purpose, outside the dmz. */
  readonly published: readonly Publication[];
  /** True when the site file named the model; false when it is the default. */
  readonly modelDeclared: boolean;
  /** Infrastructure links between devices: no hosts, neither source nor destination of flows. */
  readonly transit: AddressSpace;
  /** 'file' when sansou.yaml was read, 'inferred' when there was none. */
  readonly origin: 'file' | 'inferred';
  readonly inferences: readonly Inference[];
}
