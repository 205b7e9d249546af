import type { Cidr, IpAddress } from '../../src/space/ip.js';

/**
 * The Junos configuration as Junos means it, before any translation to the neutral model:
 * typed values, Junos defaults applied where they are plain values, every element with the
 * line that defined it. Extraction fills these from the statements; conversion reads only
 * these. No secret (password hash, key, community) is ever stored here.
 */

/** Where an element is written: its first line and its hierarchy path, for warnings. */
export interface Origin {
  readonly line: number;
  readonly context: string;
}

/** A name as a statement refers to it, with that statement's line. */
export interface NameRef {
  readonly name: string;
  readonly line: number;
}

/** Junos ignores inactive elements; they are kept (disabled) for display and hygiene. */
export interface Activatable {
  readonly inactive: boolean;
}

export interface JunosConfig {
  readonly format: 'set' | 'brace';
  /** `version 21.4R3-S5.4`. */
  readonly version?: string;
  readonly hostname?: NameRef;
  readonly interfaces: readonly JPhysical[];
  /** The default routing instance (inet.0 and inet6.0). */
  readonly routes: readonly JStaticRoute[];
  readonly routingInstances: readonly JRoutingInstance[];
  readonly zones: readonly JZone[];
  /** `security address-book global` first, then named books in file order. */
  readonly addressBooks: readonly JAddressBook[];
  /** Zone-pair policies then global ones, each in file order. */
  readonly policies: readonly JPolicy[];
  readonly defaultPolicy?: { readonly action: 'permit-all' | 'deny-all'; readonly line: number };
  readonly applications: readonly JApplication[];
  readonly applicationSets: readonly JApplicationSet[];
  readonly filters: readonly JFilter[];
  readonly prefixLists: readonly JPrefixList[];
  readonly nat: JNat;
  /** `schedulers scheduler S` names (their times are not modelled). */
  readonly schedulers: readonly string[];
  readonly system: JSystem;
  /** Features read but outside the model, each with a line, for conversion warnings. */
  readonly features: JFeatures;
}

// ---------------------------------------------------------------- interfaces

export interface JInterfaceAddress {
  readonly address: IpAddress;
  readonly prefixLength: number;
  readonly line: number;
  readonly primary: boolean;
}

export interface JFilterBinding {
  /** One filter, or the filters of an `input-list`/`output-list`, in order. */
  readonly filters: readonly NameRef[];
  readonly line: number;
}

export interface JFamily {
  readonly addresses: readonly JInterfaceAddress[];
  readonly input?: JFilterBinding;
  readonly output?: JFilterBinding;
  /** `family inet dhcp`: the address is leased at run time. */
  readonly dhcp?: number;
}

/** A logical interface (unit): what zones, routes and instances name (`ge-0/0/0.0`). */
export interface JUnit extends Origin, Activatable {
  /** Full name, `ge-0/0/0.0`. */
  readonly name: string;
  readonly unit: string;
  readonly description?: string;
  readonly disabled: boolean;
  readonly vlanId?: number;
  readonly inet: JFamily;
  readonly inet6: JFamily;
  /** `family ethernet-switching`: a layer-2 port, no layer-3 address. */
  readonly switching: boolean;
}

export interface JPhysical extends Origin, Activatable {
  readonly name: string;
  readonly description?: string;
  readonly disabled: boolean;
  readonly units: readonly JUnit[];
}

// ---------------------------------------------------------------- routing

export interface JNextHop {
  readonly address?: IpAddress;
  readonly interface?: string;
  readonly line: number;
}

export interface JQualifiedNextHop extends JNextHop {
  readonly preference?: number;
  readonly metric?: number;
}

export interface JStaticRoute extends Origin, Activatable {
  readonly prefix: Cidr;
  readonly nextHops: readonly JNextHop[];
  readonly qualified: readonly JQualifiedNextHop[];
  /** `discard`, `reject` (both drop) or `receive` (to the routing engine). */
  readonly drop?: { readonly kind: 'discard' | 'reject' | 'receive'; readonly line: number };
  /** Junos default 5 for static routes. */
  readonly preference?: number;
  readonly metric?: number;
  /** `next-table R.inet.0`: leaks into another routing instance. */
  readonly nextTable?: NameRef;
}

export interface JRoutingInstance extends Origin {
  readonly name: string;
  /** `instance-type`; Junos requires one, `forwarding` and the rest are not virtual routers. */
  readonly type?: NameRef;
  readonly interfaces: readonly NameRef[];
  readonly routes: readonly JStaticRoute[];
}

// ---------------------------------------------------------------- zones and addresses

export interface JHostInboundItem {
  readonly name: string;
  /** `ssh except` under `all`: everything but this. */
  readonly except: boolean;
  readonly line: number;
}

export interface JHostInbound {
  readonly systemServices: readonly JHostInboundItem[];
  readonly protocols: readonly JHostInboundItem[];
}

export interface JZoneInterface extends NameRef {
  readonly hostInbound: JHostInbound;
}

export interface JZone extends Origin {
  readonly name: string;
  /** `functional-zone management`: host traffic only, never transit. */
  readonly functional: boolean;
  readonly interfaces: readonly JZoneInterface[];
  readonly hostInbound: JHostInbound;
  /** The zone's own (legacy) address book. */
  readonly addressBook: JAddressBook;
}

export type JAddressValue =
  | { readonly type: 'prefix'; readonly cidr: Cidr }
  | { readonly type: 'range'; readonly from: IpAddress; readonly to: IpAddress }
  | { readonly type: 'wildcard'; readonly base: number; readonly mask: number }
  /** Resolved by DNS at run time: unknown offline. */
  | { readonly type: 'dns-name'; readonly host: string }
  /** The value could not be read; the address matches nothing. */
  | { readonly type: 'invalid'; readonly text: string };

export interface JAddress extends Origin {
  readonly name: string;
  readonly value: JAddressValue;
}

export interface JAddressSet extends Origin {
  readonly name: string;
  readonly addresses: readonly NameRef[];
  readonly sets: readonly NameRef[];
}

export interface JAddressBook extends Origin {
  /** `global`, a named book, or the zone's name for a zone book. */
  readonly name: string;
  /** Zones a named book is attached to (`attach zone Z`). */
  readonly attachZones: readonly NameRef[];
  readonly addresses: readonly JAddress[];
  readonly sets: readonly JAddressSet[];
}

// ---------------------------------------------------------------- policies

export type JPolicyScope =
  | { readonly kind: 'zone-pair'; readonly from: string; readonly to: string }
  /** `security policies global`: `match from-zone/to-zone` lists, absent for any. */
  | { readonly kind: 'global'; readonly fromZones?: readonly NameRef[]; readonly toZones?: readonly NameRef[] };

export interface JPolicy extends Origin, Activatable {
  readonly name: string;
  readonly scope: JPolicyScope;
  readonly sources: readonly NameRef[];
  readonly destinations: readonly NameRef[];
  readonly sourceExcluded?: number;
  readonly destinationExcluded?: number;
  readonly applications: readonly NameRef[];
  /** Match conditions outside the model: source-identity, dynamic-application, url-category… */
  readonly unmodelled: readonly NameRef[];
  /** Absent when the policy has no `then` action (Junos refuses to commit that). */
  readonly action?: { readonly type: 'permit' | 'deny' | 'reject'; readonly line: number };
  readonly log: boolean;
  readonly description?: string;
  readonly scheduler?: NameRef;
  /** `then permit destination-address drop-translated|drop-untranslated`. */
  readonly dropTranslated?: { readonly which: 'translated' | 'untranslated'; readonly line: number };
  /** `then permit tunnel ipsec-vpn V` (policy-based VPN). */
  readonly tunnel?: NameRef;
}

// ---------------------------------------------------------------- applications

/** An inclusive port range. */
export type PortRange = readonly [number, number];

/**
 * One term of an application. A value that could not be read is kept as a sentinel that
 * matches nothing: protocol -1, ICMP type or code -1, or an empty port range [1, 0].
 */
export interface JAppTerm {
  readonly name: string;
  readonly line: number;
  /** Protocol number; absent when not configured. */
  readonly protocol?: number;
  readonly destinationPorts?: PortRange;
  readonly sourcePorts?: PortRange;
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** `uuid` or `rpc-program-number`: the ALG matches on the payload. */
  readonly rpc?: NameRef;
}

export interface JApplication extends Origin {
  readonly name: string;
  /** The application's own settings are term "" (first), then its `term`s. */
  readonly terms: readonly JAppTerm[];
}

export interface JApplicationSet extends Origin {
  readonly name: string;
  readonly members: readonly NameRef[];
}

// ---------------------------------------------------------------- firewall filters

export interface JPrefixMatch {
  readonly cidr: Cidr;
  readonly except: boolean;
  readonly line: number;
}

export interface JListMatch {
  readonly name: string;
  readonly except: boolean;
  readonly line: number;
}

/** A term's match conditions; protocol -1 or an empty range [1, 0] is a value that could not be read. */
export interface JTermFrom {
  readonly sourceAddresses: readonly JPrefixMatch[];
  readonly destinationAddresses: readonly JPrefixMatch[];
  /** `address`: the source or the destination. */
  readonly addresses: readonly JPrefixMatch[];
  readonly sourcePrefixLists: readonly JListMatch[];
  readonly destinationPrefixLists: readonly JListMatch[];
  readonly prefixLists: readonly JListMatch[];
  readonly protocols: readonly number[];
  readonly protocolExcept: readonly number[];
  readonly sourcePorts: readonly PortRange[];
  readonly destinationPorts: readonly PortRange[];
  /** `port`: the source or the destination port. */
  readonly ports: readonly PortRange[];
  readonly sourcePortExcept: readonly PortRange[];
  readonly destinationPortExcept: readonly PortRange[];
  readonly icmpTypes: readonly PortRange[];
  readonly icmpCodes: readonly PortRange[];
  /** `tcp-established`: ACK or RST set, never the packet that opens a connection. */
  readonly tcpEstablished: boolean;
  /** `tcp-initial`: SYN without ACK. */
  readonly tcpInitial: boolean;
  /** Conditions outside the model (dscp, packet-length, fragment flags, ttl…). */
  readonly unmodelled: readonly NameRef[];
}

export type JTermAction = 'accept' | 'discard' | 'reject' | 'next-term' | 'routing-instance';

export interface JTerm extends Activatable {
  readonly name: string;
  readonly line: number;
  readonly from: JTermFrom;
  /** The terminating action; absent means accept (Junos accepts when no action terminates). */
  readonly action?: { readonly type: JTermAction; readonly line: number; readonly instance?: string };
  readonly count: boolean;
  readonly log: boolean;
}

export interface JFilter extends Origin {
  readonly family: 'inet' | 'inet6';
  readonly name: string;
  readonly terms: readonly JTerm[];
}

export interface JPrefixList extends Origin {
  readonly name: string;
  readonly prefixes: readonly { readonly cidr: Cidr; readonly line: number }[];
  /** `apply-path`: prefixes taken from elsewhere in the configuration (not expanded). */
  readonly applyPath?: NameRef;
}

// ---------------------------------------------------------------- NAT

/** `from zone|interface|routing-instance` (or `to …`) of a NAT rule set. */
export interface JNatContext {
  readonly kind: 'zone' | 'interface' | 'routing-instance';
  readonly names: readonly NameRef[];
  readonly line: number;
}

/** An address in a NAT rule: a prefix, or (`…-name`) an address-book entry. */
export type JNatAddress = { readonly cidr: Cidr; readonly line: number } | { readonly name: string; readonly line: number };

export interface JNatMatch {
  readonly sources: readonly JNatAddress[];
  readonly destinations: readonly JNatAddress[];
  readonly sourcePorts: readonly PortRange[];
  readonly destinationPorts: readonly PortRange[];
  readonly protocols: readonly number[];
  readonly applications: readonly NameRef[];
}

export interface JStaticRule extends Origin, Activatable {
  readonly name: string;
  readonly match: JNatMatch;
  readonly then?:
    | { readonly kind: 'prefix'; readonly prefix: JNatAddress; readonly mappedPort?: PortRange; readonly routingInstance?: NameRef; readonly line: number }
    | { readonly kind: 'inet' | 'nptv6-prefix'; readonly line: number };
}

export interface JDestinationRule extends Origin, Activatable {
  readonly name: string;
  readonly match: JNatMatch;
  readonly then?: { readonly kind: 'pool'; readonly pool: NameRef } | { readonly kind: 'off'; readonly line: number };
}

export interface JSourceRule extends Origin, Activatable {
  readonly name: string;
  readonly match: JNatMatch;
  readonly then?: { readonly kind: 'pool'; readonly pool: NameRef } | { readonly kind: 'interface' | 'off'; readonly line: number };
}

export interface JRuleSet<R> extends Origin {
  readonly name: string;
  readonly from?: JNatContext;
  /** Source NAT only. */
  readonly to?: JNatContext;
  readonly rules: readonly R[];
}

export interface JNatPool extends Origin {
  readonly name: string;
  /** Inclusive address ranges (a prefix is its whole range). */
  readonly ranges: readonly { readonly from: IpAddress; readonly to: IpAddress; readonly line: number }[];
  /** Destination pools: the translated port. */
  readonly port?: number;
  readonly routingInstance?: NameRef;
}

export interface JNat {
  readonly staticRuleSets: readonly JRuleSet<JStaticRule>[];
  readonly destinationPools: readonly JNatPool[];
  readonly destinationRuleSets: readonly JRuleSet<JDestinationRule>[];
  readonly sourcePools: readonly JNatPool[];
  readonly sourceRuleSets: readonly JRuleSet<JSourceRule>[];
}

// ---------------------------------------------------------------- system

export interface JSystemService {
  /** `ssh`, `telnet`, `netconf`, `http`, `https` (web-management), `ftp`, `xnm-clear-text`… */
  readonly name: string;
  readonly line: number;
  readonly port?: number;
  /** web-management `interface` restrictions; empty means every interface. */
  readonly interfaces: readonly NameRef[];
}

export interface JUser {
  readonly name: string;
  readonly class?: string;
  readonly line: number;
}

export interface JSystem {
  readonly services: readonly JSystemService[];
  readonly users: readonly JUser[];
  /** `system root-authentication` (its hash is never kept). */
  readonly rootAuthentication?: number;
  /** `snmp` is configured; v1/v2c communities make it cleartext. */
  readonly snmp?: { readonly line: number; readonly communities: boolean };
  readonly ntp?: number;
}

// ---------------------------------------------------------------- unmodelled features

export interface JFeatures {
  /** Dynamic routing protocols configured (`protocols ospf`…), first line of each. */
  readonly routingProtocols: readonly NameRef[];
  /** `security forwarding-options family inet mode packet-based`. */
  readonly packetMode?: number;
  /** `logical-systems` / `tenants` present. */
  readonly logicalSystems?: number;
  /** IPsec VPNs (`security ipsec vpn`). */
  readonly ipsecVpns: readonly NameRef[];
  /** Filter bindings on lo0, which protect the routing engine. */
  readonly loopbackFilters: readonly NameRef[];
}
