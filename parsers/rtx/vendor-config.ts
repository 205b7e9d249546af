import type { Cidr } from '../../src/space/ip.js';

/**
 * The RTX configuration as the router means it, before any translation to the neutral model:
 * typed values, RTX defaults left explicit (absent settings stay absent, the converter applies
 * the documented defaults), and every element with the line that wrote it. Extraction fills
 * these from the statements; conversion and the vendor oracle read only these. No secret is
 * ever stored here: passwords, keys and community names are dropped at extraction.
 */
export interface RtxConfig {
  /** From `# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)`. */
  readonly header?: RtxHeader;
  /** `console prompt`, kept for display; RTX has no hostname command. */
  readonly prompt?: { readonly text: string; readonly line: number };
  /** `ip routing off` stops all forwarding. */
  readonly routing: { readonly on: boolean; readonly line?: number };
  /** In order of first mention. */
  readonly interfaces: readonly RtxInterface[];
  readonly staticFilters: ReadonlyMap<number, RtxStaticFilter>;
  readonly dynamicFilters: ReadonlyMap<number, RtxDynamicFilter>;
  readonly filterSets: ReadonlyMap<string, RtxFilterSet>;
  readonly natDescriptors: ReadonlyMap<number, RtxNatDescriptor>;
  /** In file order; a later line for the same destination replaces an earlier one. */
  readonly routes: readonly RtxRoute[];
  readonly management: RtxManagement;
  readonly loginUsers: readonly RtxLoginUser[];
}

export interface RtxHeader {
  readonly line: number;
  /** "RTX1220", "RTX830", "NVR510"… */
  readonly model: string;
  /** "15.04.04". */
  readonly revision?: string;
}

/** Interface families by name: lan1, lan1/2 (tagged VLAN), lan1.2 (LAN division), vlan1, bridge1, loopback1, wan1, pp1, tunnel1. */
export type RtxInterfaceKind = 'lan' | 'tagged-vlan' | 'lan-division' | 'vlan' | 'bridge' | 'loopback' | 'wan' | 'pp' | 'tunnel';

export interface RtxInterface {
  readonly name: string;
  readonly kind: RtxInterfaceKind;
  /** The line of its first mention (the `pp select` / `tunnel select` line for those). */
  readonly line: number;
  readonly addresses: readonly RtxInterfaceAddress[];
  /** `ip lanN address dhcp`: the address is assigned at run time. */
  readonly dhcp?: number;
  readonly description?: { readonly text: string; readonly line: number };
  /** `vlan lan1/2 802.1q vid 20`. */
  readonly vlanId?: { readonly id: number; readonly line: number };
  /** `lan shutdown lanN` (whole interface). */
  readonly shutdown?: number;
  /** `pp enable N` / `tunnel enable N` (true), `… disable N` (false); LAN interfaces never have it. */
  readonly enable?: { readonly on: boolean; readonly line: number };
  readonly secureFilterIn?: RtxFilterBinding;
  readonly secureFilterOut?: RtxFilterBinding;
  readonly nat?: RtxNatBinding;
  /** `ip IF rebound on|off`. */
  readonly rebound?: { readonly on: boolean; readonly line: number };
  /** `pppoe use lanN` or `pp bind …` inside a pp block: the carrier, for display. */
  readonly carrier?: { readonly text: string; readonly line: number };
}

export interface RtxInterfaceAddress {
  /** IPv4 address as an integer. */
  readonly address: number;
  readonly prefixLength: number;
  readonly secondary: boolean;
  readonly line: number;
}

/** A secure filter list bound to an interface direction. */
export type RtxFilterBinding =
  | { readonly kind: 'list'; readonly line: number; readonly staticFilters: readonly number[]; readonly dynamicFilters: readonly number[] }
  | { readonly kind: 'set'; readonly line: number; readonly name: string };

export interface RtxNatBinding {
  readonly line: number;
  readonly descriptors: readonly number[];
  /** `reverse` descriptors translate the other direction; not modelled. */
  readonly reverse: readonly number[];
}

export type RtxAction = 'pass' | 'reject' | 'restrict';

/** `ip filter N ACTION SRC [DST [PROTO [SPORT [DPORT]]]]`. */
export interface RtxStaticFilter {
  readonly number: number;
  readonly line: number;
  readonly action: RtxAction;
  /** The action word as written ("pass-log", "reject-nolog"). */
  readonly actionText: string;
  /** Whether the router logs matches (pass: no, reject: yes, unless -log / -nolog says). */
  readonly log: boolean;
  readonly source: AddressSpec;
  readonly destination: AddressSpec;
  readonly protocol: ProtocolSpec;
  readonly sourcePorts: PortSpec;
  readonly destinationPorts: PortSpec;
  /** Set when the line could not be read: the router would not hold this filter, it matches nothing. */
  readonly broken?: string;
}

/**
 * An IPv4 address column: `*`, A.B.C.D (any octet may be `*`), A/mask, A-B, -A, A-, and comma
 * lists of them. FQDNs, `@application` names, map-e and hb46pp depend on run-time state.
 */
export interface AddressSpec {
  readonly text: string;
  readonly any: boolean;
  /** Inclusive [first, last] ranges. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** Patterns with a `*` octet before a fixed one (`10.*.0.1`): octets, null for `*`. */
  readonly patterns: ReadonlyArray<readonly [number | null, number | null, number | null, number | null]>;
  /** Elements the offline model cannot resolve (FQDN, @app, map-e, hb46pp). */
  readonly unresolved: readonly string[];
}

/**
 * A protocol column. `icmpAlone` is true when the column is exactly `icmp`: only then are the
 * port columns ICMP type (source column) and code (destination column).
 */
export interface ProtocolSpec {
  readonly text: string;
  readonly items: readonly ProtocolItem[];
  readonly icmpAlone: boolean;
}

export type ProtocolItem =
  | { readonly kind: 'any' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'icmp-error' }
  | { readonly kind: 'icmp-info' }
  | { readonly kind: 'tcpsyn' }
  | { readonly kind: 'tcpfin' }
  | { readonly kind: 'tcprst' }
  | { readonly kind: 'established' }
  | { readonly kind: 'tcpflag'; readonly value: number; readonly mask: number; readonly negate: boolean };

/** A port (or ICMP type/code) column: `*`, N, mnemonics, N-M, -M, N-, comma lists. */
export interface PortSpec {
  readonly text: string;
  readonly any: boolean;
  /** Inclusive [lo, hi] ranges. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** `ip filter dynamic N SRC DST PROTO|filter L… [in L…] [out L…] [options]`. */
export interface RtxDynamicFilter {
  readonly number: number;
  readonly line: number;
  readonly source: AddressSpec;
  readonly destination: AddressSpec;
  readonly trigger: RtxDynamicTrigger;
  readonly broken?: string;
}

export type RtxDynamicTrigger =
  | { readonly kind: 'application'; readonly name: string; readonly services: readonly AppService[]; readonly inert: boolean }
  | { readonly kind: 'filters'; readonly filters: readonly number[]; readonly inFilters: readonly number[]; readonly outFilters: readonly number[] };

/** What a dynamic-filter application starts with: one protocol and its destination ports or ICMP types. */
export interface AppService {
  readonly protocol: number;
  /** Inclusive destination port (TCP/UDP) or ICMP type ranges; absent means all. */
  readonly ranges?: ReadonlyArray<readonly [number, number]>;
}

/** `ip filter set NAME in|out LIST`. */
export interface RtxFilterSet {
  readonly name: string;
  readonly line: number;
  readonly in?: { readonly filters: readonly number[]; readonly line: number };
  readonly out?: { readonly filters: readonly number[]; readonly line: number };
}

export type RtxNatType = 'none' | 'nat' | 'masquerade' | 'nat-masquerade';

export interface RtxNatDescriptor {
  readonly id: number;
  /** First line that names the descriptor. */
  readonly line: number;
  readonly type?: { readonly value: RtxNatType; readonly line: number; readonly hairpin: boolean };
  /** Default `ipcp`. */
  readonly outer?: RtxNatOuter;
  /** Default `auto` (every inner address). */
  readonly inner?: { readonly line: number; readonly auto: boolean; readonly ranges: ReadonlyArray<readonly [number, number]> };
  readonly statics: readonly RtxStaticNat[];
  readonly masqueradeStatics: readonly RtxMasqueradeStatic[];
  /** Default `reject`. */
  readonly incoming?: { readonly line: number; readonly action: 'through' | 'reject' | 'discard' | 'forward'; readonly forwardTo?: number };
}

export type RtxNatOuter =
  | { readonly line: number; readonly kind: 'ranges'; readonly ranges: ReadonlyArray<readonly [number, number]> }
  | { readonly line: number; readonly kind: 'ipcp' | 'primary' | 'secondary' | 'map-e' | 'hb46pp' };

/** `nat descriptor static D ID OUTER=INNER [COUNT]` or `OUTER=INNER/MASK`. */
export interface RtxStaticNat {
  readonly id: number;
  readonly line: number;
  readonly outer: number;
  readonly inner: number;
  readonly count: number;
}

/** `nat descriptor masquerade static D ID INNER PROTO [OUTERPORT=]INNERPORT`. */
export interface RtxMasqueradeStatic {
  readonly id: number;
  readonly line: number;
  readonly inner: number;
  readonly protocol: number;
  readonly innerPort?: number;
  readonly outerPort?: number;
}

export interface RtxRoute {
  readonly line: number;
  readonly prefix: Cidr;
  /** "default" or the destination as written. */
  readonly destinationText: string;
  readonly gateways: readonly RtxGateway[];
  /** Line of a later `ip route` for the same destination, which replaces this one. */
  readonly replacedBy?: number;
}

export type RtxGatewayTarget =
  | { readonly kind: 'address'; readonly address: number }
  | { readonly kind: 'interface'; readonly name: string }
  | { readonly kind: 'dhcp'; readonly interface: string }
  | { readonly kind: 'null' }
  | { readonly kind: 'pp-anonymous' };

export interface RtxGateway {
  readonly target: RtxGatewayTarget;
  /** As written ("10.0.0.1", "pp 1", "tunnel 2", "dhcp lan2", "null"). */
  readonly text: string;
  /** `filter N…`: policy routing by filters. */
  readonly filters: readonly number[];
  readonly dpi: readonly number[];
  readonly metric?: number;
  readonly hide: boolean;
  readonly weight?: number;
  readonly keepalive?: number;
}

/** One element of a `telnetd host` / `httpd host` / `sshd host` / `snmp host` list. */
export type HostItem =
  | { readonly kind: 'any' }
  | { readonly kind: 'none' }
  | { readonly kind: 'lan' }
  | { readonly kind: 'interface'; readonly name: string }
  | { readonly kind: 'range'; readonly first: number; readonly last: number };

export interface RtxServer {
  readonly service?: { readonly on: boolean; readonly line: number };
  readonly hosts?: { readonly items: readonly HostItem[]; readonly line: number };
  readonly port?: { readonly value: number; readonly line: number };
}

export interface RtxSnmpAccess {
  readonly version: 'v1' | 'v2c' | 'v3';
  readonly items: readonly HostItem[];
  readonly line: number;
}

export interface RtxManagement {
  readonly telnetd: RtxServer;
  readonly httpd: RtxServer;
  readonly sshd: RtxServer;
  /** `tftp host` (default none). */
  readonly tftp: RtxServer;
  readonly snmp: readonly RtxSnmpAccess[];
  /** `ip icmp echo-reply send on|off` (default on). */
  readonly echoReply?: { readonly on: boolean; readonly line: number };
}

/** `login user NAME …`: the name only, never the password. */
export interface RtxLoginUser {
  readonly name: string;
  readonly line: number;
  /** From `user attribute NAME host=…`. */
  readonly hosts?: { readonly items: readonly HostItem[]; readonly line: number };
}
