import type { Cidr, IpAddress } from '../../src/space/ip.js';

/**
 * The Cisco ASA configuration as ASA means it (software 8.3 and later, `show running-config`),
 * before any translation to the neutral model: typed values, ASA defaults applied where the
 * config leaves them implicit, and every element with the line that wrote it. Extraction fills
 * these from the lines; conversion reads only these. No secret is ever stored here.
 */

export interface AsaConfig {
  /** From `ASA Version 9.16(3)19 [<context>]`. */
  readonly header?: { readonly line: number; readonly version: string; readonly context?: string };
  readonly hostname?: Named;
  readonly domainName?: Named;
  /** True when the file ends with `: end`, as every running-config does. */
  readonly complete: boolean;
  /** `firewall transparent`: bridging mode, which the model does not represent. */
  readonly transparent?: number;
  /** `names` with its `name A NAME` aliases, which later commands may write instead of addresses. */
  readonly names: readonly AsaNameAlias[];
  readonly interfaces: readonly AsaInterface[];
  readonly networkObjects: readonly AsaNetworkObject[];
  readonly serviceObjects: readonly AsaServiceObject[];
  readonly networkGroups: readonly AsaNetworkGroup[];
  readonly serviceGroups: readonly AsaServiceGroup[];
  readonly protocolGroups: readonly AsaProtocolGroup[];
  readonly icmpGroups: readonly AsaIcmpGroup[];
  readonly timeRanges: readonly Named[];
  /** In order of first appearance; each holds its entries in file order. */
  readonly accessLists: readonly AsaAccessList[];
  readonly accessGroups: readonly AsaAccessGroup[];
  /** `same-security-traffic permit inter-interface` / `intra-interface`, by line. */
  readonly sameSecurity: { readonly inter?: number; readonly intra?: number };
  /** Object NAT (from `object network` blocks) and twice NAT (top-level `nat`), in file order. */
  readonly nats: readonly AsaNat[];
  readonly routes: readonly AsaRoute[];
  /** `ssh`, `telnet` and `http` lines naming who may manage the unit on which interface. */
  readonly managementHosts: readonly AsaManagementHost[];
  /** `http server enable [port]`: without it the `http` lines open nothing. */
  readonly httpServer?: { readonly line: number; readonly port: number };
  /** `icmp` / `ipv6 icmp` rules for ICMP addressed to the unit. */
  readonly icmpRules: readonly AsaIcmpRule[];
  /**
   * `management-access IF`: the one interface whose address VPN users may manage the unit on
   * although they entered on another interface (the last such line wins).
   */
  readonly managementAccess?: Named;
  /** The syslog settings that decide whether every connection is logged (connection-logging.ts). */
  readonly logging: AsaLogging;
  readonly users: readonly AsaUser[];
  /** Line of `enable password …` (its hash is never kept). */
  readonly enablePassword?: number;
}

export interface Named {
  readonly name: string;
  readonly line: number;
}

export interface AsaNameAlias {
  readonly name: string;
  readonly address: IpAddress;
  readonly line: number;
}

export interface AsaInterfaceAddress {
  readonly address: IpAddress;
  readonly prefixLength: number;
  readonly line: number;
  /** The failover peer's address (`standby`); it belongs to the other unit. */
  readonly standby?: IpAddress;
}

export interface AsaInterface {
  readonly line: number;
  /** Hardware name as written: "GigabitEthernet0/1", "Port-channel1.110", "Management0/0". */
  readonly hardware: string;
  /** `nameif`: the name every other command uses. An interface without one passes no traffic. */
  readonly nameif?: Named;
  /** `security-level`; absent when not written (ASA then uses 100 for "inside", 0 otherwise). */
  readonly securityLevel?: { readonly level: number; readonly line: number };
  readonly addresses: readonly AsaInterfaceAddress[];
  readonly description?: string;
  /** `shutdown`, with its line. */
  readonly shutdown?: number;
  /** `management-only`: the interface accepts traffic to the unit, never through it. */
  readonly managementOnly?: number;
  /** `vlan N` of a subinterface. */
  readonly vlan?: number;
  /** Hardware name of the parent of a subinterface ("GigabitEthernet0/1" for "GigabitEthernet0/1.110"). */
  readonly parent?: string;
  /** `ip address dhcp` / `pppoe`: the address is learned at run time. */
  readonly dynamicAddress?: number;
}

/** What an `object network` denotes. */
export type NetworkValue =
  | { readonly kind: 'host'; readonly address: IpAddress }
  | { readonly kind: 'subnet'; readonly cidr: Cidr }
  | { readonly kind: 'range'; readonly first: IpAddress; readonly last: IpAddress }
  /** Resolved by DNS at run time: unknown offline, it matches nothing in the model. */
  | { readonly kind: 'fqdn'; readonly fqdn: string }
  /** The block set no value (or only a NAT line): matches nothing. */
  | { readonly kind: 'none' };

export interface AsaNetworkObject {
  readonly line: number;
  readonly name: string;
  readonly value: NetworkValue;
  /** Line of the value (`host`, `subnet`, `range`, `fqdn`). */
  readonly valueLine: number;
  readonly description?: string;
}

/** Port match of a service or an ACE: `eq`, `neq`, `lt`, `gt`, `range`. */
export interface PortMatch {
  readonly op: 'eq' | 'neq' | 'lt' | 'gt' | 'range';
  /** One port, or two for `range` (inclusive). */
  readonly ports: readonly number[];
}

/**
 * One service as `object service`, `service-object` and the ACE protocol columns write it.
 * `protocol` is undefined for `ip` (every protocol); 'tcp-udp' means both.
 */
export interface ServiceSpec {
  readonly protocol: number | 'tcp-udp' | undefined;
  readonly source?: PortMatch;
  readonly destination?: PortMatch;
  /** ICMP / ICMPv6 type and code; absent means every one. */
  readonly icmpType?: number;
  readonly icmpCode?: number;
}

export interface AsaServiceObject {
  readonly line: number;
  readonly name: string;
  /** Absent when the block set no `service` line (matches nothing). */
  readonly service?: ServiceSpec;
  readonly serviceLine: number;
}

/** A member of an object-group, with the line that adds it. */
export type NetworkMember =
  | { readonly kind: 'host'; readonly address: IpAddress; readonly line: number }
  | { readonly kind: 'prefix'; readonly cidr: Cidr; readonly line: number }
  | { readonly kind: 'object'; readonly name: string; readonly line: number }
  | { readonly kind: 'group'; readonly name: string; readonly line: number };

export interface AsaNetworkGroup {
  readonly line: number;
  readonly name: string;
  readonly members: readonly NetworkMember[];
}

export type ServiceMember =
  | { readonly kind: 'service'; readonly service: ServiceSpec; readonly line: number }
  | { readonly kind: 'object'; readonly name: string; readonly line: number }
  | { readonly kind: 'group'; readonly name: string; readonly line: number }
  | { readonly kind: 'port'; readonly match: PortMatch; readonly line: number };

/**
 * `object-group service NAME` holds full services (`service-object`) and is used as an ACE's
 * protocol; `object-group service NAME tcp|udp|tcp-udp` holds only ports (`port-object`) and is
 * used as an ACE's port operand.
 */
export interface AsaServiceGroup {
  readonly line: number;
  readonly name: string;
  /** undefined for a service group; the protocol keyword for a port group. */
  readonly portProtocol?: 'tcp' | 'udp' | 'tcp-udp';
  readonly members: readonly ServiceMember[];
}

export interface AsaProtocolGroup {
  readonly line: number;
  readonly name: string;
  /** Protocol numbers (undefined for `ip`, every protocol) and nested groups. */
  readonly members: ReadonlyArray<{ readonly protocol?: number; readonly group?: string; readonly line: number }>;
}

export interface AsaIcmpGroup {
  readonly line: number;
  readonly name: string;
  readonly members: ReadonlyArray<{ readonly type?: number; readonly group?: string; readonly line: number }>;
}

/** A source or destination of an ACE (or an address of NAT and management commands). */
export type AddressOperand =
  /** `any` (IPv4 and IPv6), `any4`, `any6`. */
  | { readonly kind: 'any'; readonly family?: 4 | 6 }
  | { readonly kind: 'host'; readonly address: IpAddress }
  | { readonly kind: 'prefix'; readonly cidr: Cidr }
  | { readonly kind: 'object'; readonly name: string }
  | { readonly kind: 'group'; readonly name: string }
  /** `interface IFNAME`: the interface's own addresses. */
  | { readonly kind: 'interface'; readonly name: string };

/** The protocol column of an ACE. */
export type ProtocolOperand =
  /** A protocol number; undefined for `ip` (every protocol). */
  | { readonly kind: 'protocol'; readonly protocol: number | undefined }
  /** `object NAME`: a service object, which brings its own ports. */
  | { readonly kind: 'service-object'; readonly name: string }
  /** `object-group NAME`: a service group (with ports) or a protocol group (without). */
  | { readonly kind: 'group'; readonly name: string };

export type PortOperand = { readonly kind: 'ports'; readonly match: PortMatch } | { readonly kind: 'group'; readonly name: string };

export type IcmpOperand = { readonly kind: 'type'; readonly type: number; readonly code?: number } | { readonly kind: 'group'; readonly name: string };

/** An identity or security-group condition the model cannot evaluate. */
export interface IdentityCondition {
  readonly keyword: string;
  readonly value: string;
}

export interface AsaAce {
  readonly kind: 'extended';
  readonly line: number;
  readonly acl: string;
  /** Position in the ACL as `show access-list` numbers it (remarks count). */
  readonly position: number;
  readonly action: 'permit' | 'deny';
  readonly protocol: ProtocolOperand;
  readonly source: AddressOperand;
  readonly sourcePort?: PortOperand;
  readonly destination: AddressOperand;
  readonly destinationPort?: PortOperand;
  readonly icmp?: IcmpOperand;
  /** `log` without `disable`. */
  readonly log: boolean;
  readonly inactive: boolean;
  readonly timeRange?: string;
  /** `user`, `user-group`, `object-group-user`, `security-group` … conditions. */
  readonly identity: readonly IdentityCondition[];
  /** The `remark` lines just above it. */
  readonly remarks: readonly string[];
}

export interface AsaStandardAce {
  readonly kind: 'standard';
  readonly line: number;
  readonly acl: string;
  readonly position: number;
  readonly action: 'permit' | 'deny';
  readonly address: AddressOperand;
}

export interface AsaRemark {
  readonly kind: 'remark';
  readonly line: number;
  readonly acl: string;
  readonly position: number;
  readonly text: string;
}

/**
 * `ethertype` and `webtype` entries (understood, never applied to routed IP traffic), and
 * entries that could not be read (kept so the numbering of the next ones stays ASA's).
 */
export interface AsaOtherAce {
  readonly kind: 'ethertype' | 'webtype' | 'unreadable';
  readonly line: number;
  readonly acl: string;
  readonly position: number;
}

export type AsaAclEntry = AsaAce | AsaStandardAce | AsaRemark | AsaOtherAce;

export interface AsaAccessList {
  readonly name: string;
  /** Line of its first entry. */
  readonly line: number;
  readonly entries: readonly AsaAclEntry[];
}

export interface AsaAccessGroup {
  readonly line: number;
  readonly acl: string;
  readonly direction: 'in' | 'out' | 'global';
  /** nameif, for `in` and `out`. */
  readonly interface?: string;
  /** `control-plane`: the ACL filters traffic to the unit, not through it. */
  readonly controlPlane: boolean;
  readonly perUserOverride: boolean;
}

/** An address in a NAT rule. */
export type NatAddress =
  | { readonly kind: 'any' }
  /** The mapped interface's own address. */
  | { readonly kind: 'interface' }
  /** A network object or object-group. */
  | { readonly kind: 'object'; readonly name: string }
  /** An address written inline (object NAT only). */
  | { readonly kind: 'literal'; readonly address: IpAddress };

/** `nat (real,mapped) static … service tcp 80 8080` of object NAT. */
export interface ObjectNatService {
  readonly protocol: 'tcp' | 'udp' | 'sctp';
  readonly realPort: number;
  readonly mappedPort: number;
}

interface NatCommon {
  readonly line: number;
  /** Real and mapped interface nameifs; "any" for any. */
  readonly realInterface: string;
  readonly mappedInterface: string;
  readonly type: 'static' | 'dynamic';
  readonly inactive: boolean;
  readonly unidirectional: boolean;
  /** `pat-pool NAME`: dynamic PAT into a pool object (not modelled beyond the pool's addresses). */
  readonly patPool?: string;
  /** Keywords that change behaviour the model does not represent (dns, route-lookup, …). */
  readonly options: readonly string[];
}

/** Object NAT: a `nat` line inside `object network NAME` (section 2 of the NAT table). */
export interface AsaObjectNat extends NatCommon {
  readonly kind: 'object';
  readonly object: string;
  /** The mapped address; absent for `pat-pool`. */
  readonly mapped?: NatAddress;
  /** `dynamic … interface`: fall back to the interface address when the pool runs out. */
  readonly interfaceFallback: boolean;
  readonly service?: ObjectNatService;
}

/** Twice (manual) NAT: a top-level `nat` line, section 1, or section 3 with `after-auto`. */
export interface AsaTwiceNat extends NatCommon {
  readonly kind: 'twice';
  readonly section: 1 | 3;
  /** Explicit line number within its section, when written. */
  readonly position?: number;
  readonly realSource: NatAddress;
  readonly mappedSource?: NatAddress;
  readonly interfaceFallback: boolean;
  /** `destination static MAPPED REAL`. */
  readonly destination?: { readonly mapped: NatAddress; readonly real: NatAddress };
  /** `service REAL_SERVICE MAPPED_SERVICE` (service object names). */
  readonly service?: { readonly real: string; readonly mapped: string };
  readonly description?: string;
}

export type AsaNat = AsaObjectNat | AsaTwiceNat;

export interface AsaRoute {
  readonly line: number;
  /** nameif, or "null0" for a discard route. */
  readonly interface: string;
  readonly prefix: Cidr;
  readonly gateway?: IpAddress;
  /** Default 1. */
  readonly distance: number;
  /** `tunneled` (VPN default route) and `track N`: conditions the model ignores. */
  readonly tunneled: boolean;
  readonly track?: number;
}

export interface AsaManagementHost {
  readonly line: number;
  readonly service: 'ssh' | 'telnet' | 'http';
  readonly source: Cidr;
  readonly interface: string;
}

export interface AsaIcmpRule {
  readonly line: number;
  readonly action: 'permit' | 'deny';
  readonly family: 4 | 6;
  /** Undefined for `any`. */
  readonly source?: Cidr;
  /** Undefined for every type. */
  readonly icmpType?: number;
  readonly interface: string;
}

export interface AsaUser {
  readonly line: number;
  readonly name: string;
  /** Default 2. */
  readonly privilege: number;
  readonly nopassword: boolean;
}

/** `logging enable`, `logging trap LEVEL`, `logging host IF ADDRESS`, `no logging message N`. */
export interface AsaLogging {
  readonly enabled: boolean;
  /** The trap level as written (name or digit), when set. */
  readonly trap?: string;
  /** How many syslog hosts are configured. */
  readonly hosts: number;
  /** Message ids turned off with `no logging message N`. */
  readonly disabledMessages: readonly string[];
}
