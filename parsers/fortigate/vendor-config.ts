import type { Cidr, IpAddress } from '../../src/space/ip.js';
import type { HostPrefix, IpRange } from './fortios-values.js';

/**
 * The FortiGate configuration as FortiOS means it, before any translation to the neutral
 * model: typed values, FortiOS defaults applied, every element with the line that defined it.
 * Extraction fills these from the config tree; conversion reads only these.
 */

/** Where an element is written: its `edit` (or `config`) line and block path, for warnings. */
export interface Origin {
  readonly line: number;
  readonly context: string;
}

/** Object names as a setting lists them, with the line of that setting. */
export interface NameList {
  readonly names: readonly string[];
  readonly line: number;
}

export interface FortigateConfig {
  /** From `#config-version=FGT60F-7.2.8-FW-build1639-240514:opmode=0:vdom=0:...`. */
  readonly header?: ConfigHeader;
  readonly global: GlobalSettings;
  /** True for a multi-VDOM configuration (`config global` + `config vdom`). */
  readonly multiVdom: boolean;
  /** Every interface of the unit; each names its VDOM. */
  readonly interfaces: readonly FgInterface[];
  readonly admins: readonly FgAdmin[];
  /** In declaration order; a single-VDOM configuration has exactly one, "root". */
  readonly vdoms: readonly FgVdom[];
}

export interface ConfigHeader {
  readonly line: number;
  /** Platform code: "FGT60F", "FGVM64", "FWF61E". */
  readonly platform: string;
  /** FortiOS version, "7.2.8". */
  readonly version?: string;
  readonly build?: string;
  /** The `vdom=` flag: true when the unit runs in multi-VDOM mode. */
  readonly vdomMode?: boolean;
}

export interface GlobalSettings {
  readonly hostname?: string;
  readonly hostnameLine?: number;
  /** HTTPS administration port (`admin-sport`, default 443). */
  readonly adminSport: number;
  /** HTTP administration port (`admin-port`, default 80). */
  readonly adminPort: number;
  readonly adminSshPort: number;
  readonly adminTelnetPort: number;
}

export interface AccessKeyword {
  readonly keyword: string;
  readonly line: number;
}

export interface FgInterfaceAddress extends HostPrefix {
  readonly line: number;
}

export interface FgInterface extends Origin {
  readonly name: string;
  /** The VDOM it belongs to (`set vdom`, default "root"). */
  readonly vdom: string;
  /** `set ip`; absent for 0.0.0.0 0.0.0.0 or no address. */
  readonly ip?: FgInterfaceAddress;
  /** `config secondaryip` entries, in order. */
  readonly secondaryIps: readonly FgInterfaceAddress[];
  /** `config ipv6 / set ip6-address` then `config ip6-extra-addr`. */
  readonly ip6: readonly FgInterfaceAddress[];
  readonly alias?: string;
  readonly description?: string;
  /** `set allowaccess` of the primary address. */
  readonly allowaccess: readonly AccessKeyword[];
  /** `set allowaccess` of the secondary addresses. */
  readonly secondaryAllowaccess: readonly AccessKeyword[];
  /** `config ipv6 / set ip6-allowaccess`. */
  readonly ip6Allowaccess: readonly AccessKeyword[];
  readonly role?: string;
  /** False for `set status down`. */
  readonly up: boolean;
  /** `set type` (physical, vlan, aggregate, tunnel, vdom-link, loopback, ...). */
  readonly type?: string;
  /** VLAN parent (`set interface`). */
  readonly parent?: string;
  readonly vlanId?: number;
  /** `set mode` (static, dhcp, pppoe); default static. */
  readonly mode: string;
}

export interface FgAdmin extends Origin {
  readonly name: string;
  readonly accprofile?: string;
  /** trusthost1..10 as written, including the "unset" 0.0.0.0/0. */
  readonly trusthosts: readonly Cidr[];
  /** ip6-trusthost1..10 as written, including the "unset" ::/0. */
  readonly ip6Trusthosts: readonly Cidr[];
  /** VDOMs the account administers (`set vdom`). */
  readonly vdoms: readonly string[];
}

export interface FgZone extends Origin {
  readonly name: string;
  readonly interfaces: NameList;
  /** `set intrazone`, default deny. */
  readonly intrazone: 'allow' | 'deny';
}

/** An SD-WAN zone with its member interfaces (policies may name it like a zone). */
export interface FgSdwanZone extends Origin {
  readonly name: string;
  readonly members: readonly FgSdwanMember[];
}

export interface FgSdwanMember {
  readonly interface: string;
  readonly gateway?: IpAddress;
  readonly enabled: boolean;
  readonly line: number;
}

/** What an address object denotes, by type. */
export type FgAddressValue =
  | { readonly type: 'subnet'; readonly cidr: Cidr }
  | { readonly type: 'range'; readonly range: IpRange }
  | { readonly type: 'wildcard'; readonly base: number; readonly mask: number }
  | { readonly type: 'interface-subnet'; readonly interface: string; readonly cidr?: Cidr }
  /** Resolved at run time by FortiOS (fqdn, geography, dynamic, mac...): unknown offline. */
  | { readonly type: 'unresolved'; readonly addressType: string; readonly detail: string }
  /** The value could not be read; the object matches nothing. */
  | { readonly type: 'invalid'; readonly reason: string };

export interface FgAddress extends Origin {
  readonly name: string;
  readonly family: 4 | 6;
  readonly value: FgAddressValue;
}

export interface FgAddressGroup extends Origin {
  readonly name: string;
  readonly family: 4 | 6;
  readonly members: NameList;
  /** `set exclude enable` with `set exclude-member`: members minus these. */
  readonly exclude: boolean;
  readonly excludeMembers: NameList;
}

/** One `tcp-portrange` item: destination ports, then source ports (default all). */
export interface PortRange {
  readonly dstLo: number;
  readonly dstHi: number;
  readonly srcLo: number;
  readonly srcHi: number;
}

export type FgServiceProtocol = 'TCP/UDP/SCTP' | 'ICMP' | 'ICMP6' | 'IP' | 'proxy';

export interface FgService extends Origin {
  readonly name: string;
  readonly protocol: FgServiceProtocol;
  readonly tcp: readonly PortRange[];
  readonly udp: readonly PortRange[];
  readonly sctp: readonly PortRange[];
  /** For protocol IP; 0 means every protocol. */
  readonly protocolNumber: number;
  /** For ICMP/ICMP6; absent means every type (and code). */
  readonly icmpType?: number;
  readonly icmpCode?: number;
  /** `set iprange`/`set fqdn` binding the service to addresses (not modelled). */
  readonly boundTo?: { readonly text: string; readonly line: number };
  /** `set protocol` of an explicit-proxy service (ALL, HTTP, CONNECT, ...). */
  readonly proxyProtocol?: string;
}

export interface FgServiceGroup extends Origin {
  readonly name: string;
  readonly members: NameList;
}

export type FgPolicyAction = 'accept' | 'deny' | 'ipsec';

/** A policy setting that changes what the policy matches and that the model leaves out. */
export interface UnmodelledMatch {
  readonly key: string;
  readonly values: readonly string[];
  readonly line: number;
}

export interface FgPolicy extends Origin {
  readonly id: string;
  /** The table it came from; `policy6` is the legacy IPv6-only table. */
  readonly table: 'policy' | 'policy6';
  readonly name?: string;
  readonly srcintf: NameList;
  readonly dstintf: NameList;
  readonly srcaddr: NameList;
  readonly dstaddr: NameList;
  readonly srcaddr6: NameList;
  readonly dstaddr6: NameList;
  readonly service: NameList;
  /** Default deny. */
  readonly action: FgPolicyAction;
  readonly actionLine: number;
  readonly enabled: boolean;
  /** `set logtraffic`, default utm. */
  readonly logtraffic: string;
  readonly nat: boolean;
  readonly ippool: boolean;
  readonly poolname: NameList;
  /** Default "always". */
  readonly schedule: NameList;
  readonly srcaddrNegate: boolean;
  readonly dstaddrNegate: boolean;
  readonly srcaddr6Negate: boolean;
  readonly dstaddr6Negate: boolean;
  readonly serviceNegate: boolean;
  readonly comments?: string;
  /** `set internet-service enable`: the destination is an Internet Service, not dstaddr. */
  readonly internetService?: UnmodelledMatch;
  /** `set internet-service-src enable`: the source is an Internet Service. */
  readonly internetServiceSrc?: UnmodelledMatch;
  readonly matchVip: boolean;
  /** Active settings that narrow the match in ways the model does not represent. */
  readonly unmodelled: readonly UnmodelledMatch[];
}

export interface FgVip extends Origin {
  readonly name: string;
  /** `set type`, default static-nat. */
  readonly type: string;
  readonly extip?: IpRange;
  readonly extipLine: number;
  readonly mappedip: readonly IpRange[];
  readonly mappedipLine: number;
  /** Default any. */
  readonly extintf: NameList;
  readonly portforward: boolean;
  /** Default tcp. */
  readonly protocol: 'tcp' | 'udp' | 'sctp' | 'icmp';
  readonly extport?: readonly [number, number];
  readonly mappedport?: readonly [number, number];
  /** `set src-filter`: sources the VIP applies to; empty means any. */
  readonly srcFilter: readonly IpRange[];
  /** `set srcintf-filter`: ingress interfaces it applies to; empty means extintf. */
  readonly srcintfFilter: NameList;
  /** `config realservers` of a load-balance VIP. */
  readonly realservers: readonly { readonly ip: IpAddress; readonly port?: number; readonly line: number }[];
  readonly unmodelled: readonly UnmodelledMatch[];
}

export interface FgVipGroup extends Origin {
  readonly name: string;
  readonly members: NameList;
}

export interface FgIpPool extends Origin {
  readonly name: string;
  /** Default overload. */
  readonly type: string;
  readonly range?: IpRange;
}

export interface FgStaticRoute extends Origin {
  readonly id: string;
  readonly family: 4 | 6;
  /** `set dst`; default 0.0.0.0/0 (or ::/0). */
  readonly dst: Cidr;
  /** `set dstaddr`: an address object, which overrides dst. */
  readonly dstaddr?: NameList;
  readonly gateway?: IpAddress;
  readonly device?: string;
  /** Default 10. */
  readonly distance: number;
  /** Default 0. */
  readonly priority: number;
  readonly blackhole: boolean;
  readonly enabled: boolean;
  /** `set sdwan-zone` / `set sdwan enable` / `set virtual-wan-link enable`. */
  readonly sdwanZones?: readonly string[];
  readonly unmodelled: readonly UnmodelledMatch[];
}

/** A named definition that policies may refer to but whose content is not modelled. */
export interface FgNamed extends Origin {
  readonly name: string;
}

export interface FgVdom extends Origin {
  readonly name: string;
  readonly zones: readonly FgZone[];
  readonly sdwanZones: readonly FgSdwanZone[];
  readonly addresses: readonly FgAddress[];
  readonly addressGroups: readonly FgAddressGroup[];
  readonly services: readonly FgService[];
  readonly serviceGroups: readonly FgServiceGroup[];
  /** `config firewall policy` then `config firewall policy6`, each in file order. */
  readonly policies: readonly FgPolicy[];
  readonly vips: readonly FgVip[];
  readonly vipGroups: readonly FgVipGroup[];
  /** IPv6 and NAT46/64 VIPs: names kept so references resolve, translation not modelled. */
  readonly otherVips: readonly FgNamed[];
  readonly ipPools: readonly FgIpPool[];
  readonly routes: readonly FgStaticRoute[];
  readonly schedules: readonly FgNamed[];
  /** `config system external-resource` (threat feeds usable as addresses). */
  readonly externalResources: readonly FgNamed[];
  /** IPsec phase1-interface tunnels: interfaces policies may name. */
  readonly tunnels: readonly FgNamed[];
  /** `config system settings / set central-nat enable`. */
  readonly centralNat: boolean;
}
