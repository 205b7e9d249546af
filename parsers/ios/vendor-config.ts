import type { Cidr, IpAddress } from '../../src/space/ip.js';

/**
 * The IOS / IOS-XE running-config as IOS means it, before any translation to the neutral
 * model: typed values with IOS defaults applied, every element with the line that wrote it.
 * Extraction fills these from the config tree; conversion reads only these. No secret
 * (password, hash, community, key, certificate) has a field here.
 */

/** Where an element is written: its line and the enclosing command, for warnings. */
export interface Origin {
  readonly line: number;
  readonly context: string;
}

/** A name written on a line ("ip access-group WEB in" names WEB on that line). */
export interface NameRef {
  readonly name: string;
  readonly line: number;
}

export interface IosConfig {
  readonly hostname?: NameRef;
  /** `version 17.6`. */
  readonly version?: { readonly text: string; readonly line: number };
  /** True when the file ends with the `end` line of a complete running-config. */
  readonly complete: boolean;
  /** `no ip routing`: the device forwards nothing between its interfaces. */
  readonly routingDisabled?: { readonly line: number };
  /** A config with switchports (Catalyst): physical ports are layer 2 unless `no switchport`. */
  readonly switchPlatform: boolean;
  readonly vrfs: readonly IosVrf[];
  readonly interfaces: readonly IosInterface[];
  /** Numbered and named IP access lists, in order of first definition. */
  readonly acls: readonly IosAcl[];
  readonly networkGroups: readonly IosNetworkGroup[];
  readonly serviceGroups: readonly IosServiceGroup[];
  readonly timeRanges: readonly (Origin & { readonly name: string })[];
  readonly routes: readonly IosRoute[];
  readonly nat: IosNat;
  readonly zbf: IosZbf;
  readonly management: IosManagement;
}

/** `vrf definition X` or `ip vrf X`. */
export interface IosVrf extends Origin {
  readonly name: string;
  readonly style: 'vrf definition' | 'ip vrf';
  readonly rd?: string;
}

export interface IosInterfaceAddress {
  readonly address: IpAddress;
  readonly prefixLength: number;
  readonly secondary: boolean;
  readonly line: number;
}

/** An interface's layer: a switchport or bundle member has no layer-3 presence. */
export type InterfaceLayer = 'routed' | 'switchport' | 'bundle-member';

export interface IosInterface extends Origin {
  readonly name: string;
  readonly layer: InterfaceLayer;
  readonly description?: string;
  readonly shutdown: boolean;
  /** `vrf forwarding X` / `ip vrf forwarding X`. */
  readonly vrf?: NameRef;
  /** Primary first, then secondaries, as written. */
  readonly addresses: readonly IosInterfaceAddress[];
  readonly ipv6: readonly IosInterfaceAddress[];
  /** Addresses the interface takes at run time (`ip address dhcp`, `negotiated`, `ip unnumbered`). */
  readonly dynamicAddress?: { readonly how: string; readonly line: number };
  /** HSRP/VRRP virtual addresses (`standby 1 ip A`, `vrrp 1 ip A`). */
  readonly virtualAddresses: readonly { readonly address: IpAddress; readonly line: number }[];
  readonly accessGroupIn?: NameRef;
  readonly accessGroupOut?: NameRef;
  readonly zone?: NameRef;
  readonly natSide?: { readonly side: 'inside' | 'outside'; readonly line: number };
  /** `encapsulation dot1Q N` of a subinterface. */
  readonly dot1q?: { readonly vlan: number; readonly line: number };
  /** Settings understood but not modelled (`ip policy route-map`, `ipv6 traffic-filter`, uRPF …). */
  readonly unmodelled: readonly UnmodelledSetting[];
}

export interface UnmodelledSetting {
  readonly what: string;
  readonly line: number;
}

/** Source or destination of an ACL entry or a member of a network object-group. */
export type AddressMatch =
  | { readonly kind: 'any' }
  | { readonly kind: 'host'; readonly address: IpAddress }
  /** `A W`: addresses a with (a & ~W) == (A & ~W); W need not be contiguous. */
  | { readonly kind: 'wildcard'; readonly base: number; readonly wildcard: number }
  /** IPv4 mask form of object-groups (`10.1.0.0 255.255.0.0`) and IPv6 prefixes. */
  | { readonly kind: 'prefix'; readonly cidr: Cidr }
  | { readonly kind: 'range'; readonly first: IpAddress; readonly last: IpAddress }
  | { readonly kind: 'group'; readonly name: string };

/** A port condition: `eq 80 443`, `neq 23`, `lt 1024`, `gt 1023`, `range 6000 6063`. */
export interface PortMatch {
  readonly op: 'eq' | 'neq' | 'lt' | 'gt' | 'range';
  readonly ports: readonly number[];
}

/** The protocol column: a number (0 is `ip`: every protocol), or a service object-group. */
export type ProtocolMatch = { readonly kind: 'number'; readonly protocol: number; readonly keyword: string } | { readonly kind: 'ip' } | { readonly kind: 'group'; readonly name: string };

export interface IosAclEntry {
  readonly seq: number;
  readonly line: number;
  readonly action: 'permit' | 'deny';
  readonly protocol: ProtocolMatch;
  readonly source: AddressMatch;
  readonly sourcePorts?: PortMatch;
  readonly destination: AddressMatch;
  readonly destinationPorts?: PortMatch;
  /** ICMP type and optional code (`echo`, `3 4`, `port-unreachable`). */
  readonly icmp?: { readonly type: number; readonly code?: number };
  /** `established`: TCP segments with ACK or RST; never the first packet of a flow. */
  readonly established: boolean;
  /** `fragments`: non-initial fragments only; never the first packet of a flow. */
  readonly fragments: boolean;
  readonly log: boolean;
  readonly timeRange?: string;
  /** Qualifiers that narrow the match and that the model leaves out (dscp, precedence …). */
  readonly unmodelled: readonly string[];
  /** `remark` lines written just before the entry. */
  readonly remarks: readonly string[];
  /** The entry as written, without the sequence number, for display. */
  readonly text: string;
  /** Columns as written, for display. */
  readonly display: { readonly source: string; readonly destination: string; readonly service: string };
}

export interface IosAcl extends Origin {
  /** The name, or the number as text for numbered lists ("110"). */
  readonly name: string;
  readonly type: 'standard' | 'extended';
  readonly numbered: boolean;
  /** In evaluation order (by sequence number). */
  readonly entries: readonly IosAclEntry[];
}

export interface IosNetworkGroup extends Origin {
  readonly name: string;
  readonly members: readonly (AddressMatch & { readonly line: number })[];
}

/** One line of a service object-group. */
export interface IosServiceItem {
  readonly line: number;
  readonly protocol: ProtocolMatch;
  readonly sourcePorts?: PortMatch;
  readonly destinationPorts?: PortMatch;
  readonly icmp?: { readonly type: number; readonly code?: number };
  /** `tcp-udp`: the ports apply to both protocols. */
  readonly tcpUdp: boolean;
}

export interface IosServiceGroup extends Origin {
  readonly name: string;
  readonly items: readonly IosServiceItem[];
  readonly groups: readonly NameRef[];
}

export interface IosRoute extends Origin {
  readonly vrf?: string;
  readonly prefix: Cidr;
  readonly gateway?: IpAddress;
  readonly interface?: string;
  /** `Null0`: a discard route. */
  readonly null0: boolean;
  /** Administrative distance, default 1. */
  readonly distance: number;
  readonly name?: string;
  readonly permanent: boolean;
  readonly track?: number;
  /** `dhcp`: the gateway is learned at run time. */
  readonly dhcp: boolean;
  /** `global`: the next hop is in the global table (inter-VRF). */
  readonly global: boolean;
}

export interface IosNat {
  readonly statics: readonly IosStaticNat[];
  readonly dynamics: readonly IosDynamicNat[];
  readonly pools: readonly IosNatPool[];
  /** NAT statements understood but not modelled (`ip nat outside source`, route-map based …). */
  readonly unmodelled: readonly UnmodelledSetting[];
}

/** `ip nat inside source static [tcp|udp] LOCAL [lport] GLOBAL|interface X [gport] [extendable]`. */
export interface IosStaticNat extends Origin {
  readonly protocol?: 'tcp' | 'udp';
  readonly local: IpAddress;
  readonly localPort?: number;
  readonly global?: IpAddress;
  readonly globalInterface?: string;
  readonly globalPort?: number;
  /** `static network L G /len` or `L G mask`: a whole subnet, one to one. */
  readonly prefixLength?: number;
  readonly extendable: boolean;
  readonly vrf?: string;
}

/** `ip nat inside source list ACL {interface X | pool P} [overload]`. */
export interface IosDynamicNat extends Origin {
  readonly acl: string;
  readonly interface?: string;
  readonly pool?: string;
  readonly overload: boolean;
  readonly vrf?: string;
}

export interface IosNatPool extends Origin {
  readonly name: string;
  readonly start: IpAddress;
  readonly end: IpAddress;
  readonly prefixLength?: number;
}

export interface IosZbf {
  readonly zones: readonly (Origin & { readonly name: string })[];
  readonly zonePairs: readonly IosZonePair[];
  readonly classMaps: readonly IosClassMap[];
  readonly policyMaps: readonly IosPolicyMap[];
}

export interface IosZonePair extends Origin {
  readonly name: string;
  readonly source: string;
  readonly destination: string;
  readonly policy?: NameRef;
}

export type ClassMatch =
  | { readonly kind: 'access-group'; readonly acl: string; readonly line: number; readonly negate: boolean }
  | { readonly kind: 'protocol'; readonly protocol: string; readonly line: number; readonly negate: boolean }
  | { readonly kind: 'class-map'; readonly name: string; readonly line: number; readonly negate: boolean };

export interface IosClassMap extends Origin {
  readonly name: string;
  /** `match-all` (the default) intersects the matches, `match-any` unites them. */
  readonly matchAll: boolean;
  readonly matches: readonly ClassMatch[];
}

export type ZbfAction = 'inspect' | 'pass' | 'drop';

export interface IosPolicyClass {
  /** Class-map name; "class-default" for the catch-all. */
  readonly name: string;
  readonly line: number;
  /** Absent when the class names no action: IOS drops. */
  readonly action?: { readonly action: ZbfAction; readonly line: number; readonly log: boolean };
}

export interface IosPolicyMap extends Origin {
  readonly name: string;
  readonly classes: readonly IosPolicyClass[];
}

export interface IosManagement {
  readonly vtyLines: readonly IosVtyLine[];
  readonly httpServer?: { readonly line: number };
  readonly httpSecureServer?: { readonly line: number };
  readonly httpPort: number;
  readonly httpSecurePort: number;
  readonly httpAccessClass?: NameRef;
  readonly snmpCommunities: readonly IosSnmpCommunity[];
  readonly snmpGroups: readonly IosSnmpGroup[];
  readonly users: readonly IosUser[];
}

/** `line vty 0 4` and its settings. */
export interface IosVtyLine extends Origin {
  readonly first: number;
  readonly last: number;
  /** `transport input …` as written; absent means the IOS default. */
  readonly transportInput?: { readonly protocols: readonly string[]; readonly line: number };
  readonly accessClassIn?: NameRef & { readonly vrfAlso: boolean };
}

/** `snmp-server community …`: the community string itself is a secret and is not kept. */
export interface IosSnmpCommunity extends Origin {
  readonly access: 'RO' | 'RW';
  readonly acl?: string;
}

/** `snmp-server group NAME v3 {noauth|auth|priv} [access ACL]`, or v1/v2c groups. */
export interface IosSnmpGroup extends Origin {
  readonly name: string;
  readonly version: 'v1' | 'v2c' | 'v3';
  readonly level?: 'noauth' | 'auth' | 'priv';
  readonly acl?: string;
}

export interface IosUser extends Origin {
  readonly name: string;
  /** `privilege N`; IOS default 1. */
  readonly privilege: number;
}
