import type { Cidr, IpAddress } from '../../src/space/ip.js';
import type { Members } from './tree.js';
import type { PortRange } from './values.js';

export type { Members } from './tree.js';
export type { PortRange } from './values.js';

/**
 * The PAN-OS configuration as PAN-OS means it, before any translation to the neutral model:
 * typed values, PAN-OS defaults applied, every element with the line that wrote it. Both
 * input formats produce this; conversion reads only this.
 */

/** Where an element is written: its first line and its place in the hierarchy, for warnings. */
export interface Origin {
  readonly line: number;
  readonly context: string;
}

export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export interface PanosConfig {
  readonly format: 'xml' | 'set';
  /** `<config version="10.2.0">`. */
  readonly version?: string;
  readonly hostname?: Located<string>;
  /** Line of the device entry (or of the first statement). */
  readonly line: number;
  readonly admins: readonly PanAdmin[];
  /** Objects under `<shared>`, visible from every vsys. */
  readonly shared: PanObjects;
  /**
   * Panorama-pushed rulebases found outside any vsys (shared, device groups, pushed policy).
   * They apply to every vsys unless `vsys` names one.
   */
  readonly pushed: readonly PanPushedRulebase[];
  readonly interfaces: readonly PanInterface[];
  readonly managementProfiles: readonly PanManagementProfile[];
  readonly routers: readonly PanRouter[];
  readonly vsys: readonly PanVsys[];
}

export interface PanAdmin extends Origin {
  readonly name: string;
  /** superuser, superreader, deviceadmin, devicereader, vsysadmin, vsysreader, or a custom profile. */
  readonly role?: string;
}

export interface PanObjects {
  readonly addresses: readonly PanAddress[];
  readonly addressGroups: readonly PanAddressGroup[];
  readonly services: readonly PanService[];
  readonly serviceGroups: readonly PanServiceGroup[];
  readonly applications: readonly PanApplication[];
  readonly applicationGroups: readonly PanApplicationGroup[];
  /** Application filters: sets of applications chosen by attributes, unknown offline. */
  readonly applicationFilters: readonly PanNamed[];
  readonly schedules: readonly PanNamed[];
  /** External dynamic lists: addresses fetched at run time, unknown offline. */
  readonly externalLists: readonly PanNamed[];
  readonly regions: readonly PanNamed[];
}

export interface PanNamed extends Origin {
  readonly name: string;
}

export type PanAddressValue =
  /** `cidr` is what the object matches (host bits cleared); `host` keeps them, for interface addresses. */
  | { readonly type: 'ip-netmask'; readonly cidr: Cidr; readonly host: { readonly address: IpAddress; readonly prefixLength: number } }
  | { readonly type: 'ip-range'; readonly first: IpAddress; readonly last: IpAddress }
  | { readonly type: 'ip-wildcard'; readonly base: number; readonly mask: number }
  /** Resolved by DNS on the firewall: unknown offline. */
  | { readonly type: 'fqdn'; readonly fqdn: string }
  /** The value could not be read (or none was given); the object matches nothing. */
  | { readonly type: 'invalid'; readonly reason: string };

export interface PanAddress extends Origin {
  readonly name: string;
  readonly value: PanAddressValue;
  readonly valueLine: number;
}

export interface PanAddressGroup extends Origin {
  readonly name: string;
  readonly static?: Members;
  /** `dynamic filter`: membership by tag at run time, unknown offline. */
  readonly dynamicFilter?: Located<string>;
}

export interface PanService extends Origin {
  readonly name: string;
  /** Undefined when no (or an unknown) protocol was given: the service matches nothing. */
  readonly protocol?: 'tcp' | 'udp' | 'sctp';
  /** Destination ports; empty when they could not be read. */
  readonly ports: readonly PortRange[];
  /** `source-port`; undefined means any. */
  readonly sourcePorts?: readonly PortRange[];
  readonly portsLine: number;
}

export interface PanServiceGroup extends Origin {
  readonly name: string;
  readonly members: Members;
}

/** How a custom application is identified when it runs on its default ports. */
export type PanAppDefault =
  | { readonly kind: 'port'; readonly protocol: 'tcp' | 'udp'; readonly ports: readonly PortRange[] | 'any' }
  | { readonly kind: 'ip-protocol'; readonly protocol: number }
  | { readonly kind: 'icmp'; readonly family: 4 | 6; readonly type?: number; readonly code?: number };

export interface PanApplication extends Origin {
  readonly name: string;
  /** Empty when the application names no default (it then has no default ports). */
  readonly defaults: readonly PanAppDefault[];
}

export interface PanApplicationGroup extends Origin {
  readonly name: string;
  readonly members: Members;
}

export type PanInterfaceKind = 'ethernet' | 'aggregate-ethernet' | 'loopback' | 'tunnel' | 'vlan';
export type PanInterfaceMode = 'layer3' | 'layer2' | 'virtual-wire' | 'tap' | 'ha' | 'decrypt-mirror' | 'log-card' | 'aggregate-group' | 'none';

export interface PanInterfaceAddress {
  /** As written: a prefix ("10.0.0.1/24"), a bare address, or an address object's name. */
  readonly text: string;
  readonly line: number;
  /** The address and prefix length when `text` is one; object names are resolved at conversion. */
  readonly parsed?: { readonly address: IpAddress; readonly prefixLength: number };
}

export interface PanInterface extends Origin {
  readonly name: string;
  readonly kind: PanInterfaceKind;
  /** The physical (or aggregate) interface of a subinterface or unit. */
  readonly parent?: string;
  readonly tag?: number;
  readonly mode: PanInterfaceMode;
  /** IPv4 addresses first, then IPv6 ones when IPv6 is enabled on the interface. */
  readonly addresses: readonly PanInterfaceAddress[];
  readonly managementProfile?: Located<string>;
  /** `link-state down` administratively disables a physical port and its units. */
  readonly linkDown: boolean;
  readonly comment?: string;
  /** Address learned at run time (DHCP client, PPPoE): unknown offline. */
  readonly dynamicAddress?: Located<'dhcp-client' | 'pppoe'>;
}

export interface PanManagementProfile extends Origin {
  readonly name: string;
  /** Services set to `yes`, in the order written. */
  readonly services: ReadonlyArray<Located<string>>;
  readonly permittedIps: readonly PanPermittedIp[];
}

export interface PanPermittedIp {
  readonly text: string;
  readonly line: number;
  readonly cidr?: Cidr;
}

export type PanNextHop =
  | { readonly type: 'ip-address'; readonly address: IpAddress }
  | { readonly type: 'discard' }
  | { readonly type: 'next-vr'; readonly router: string }
  | { readonly type: 'fqdn'; readonly fqdn: string }
  | { readonly type: 'none' }
  | { readonly type: 'invalid'; readonly text: string };

export interface PanStaticRoute extends Origin {
  readonly name: string;
  readonly family: 4 | 6;
  /** Undefined when missing or unreadable: the route is not installed. */
  readonly destination?: Cidr;
  readonly nexthop: PanNextHop;
  readonly interface?: string;
  /** Default 10. */
  readonly metric: number;
  /** `admin-dist`; default: the router's static distance (10). */
  readonly adminDist: number;
}

export interface PanRouter extends Origin {
  /** The virtual router's name, or "logical-router/vrf" for the advanced routing engine. */
  readonly name: string;
  readonly kind: 'virtual-router' | 'logical-router';
  readonly interfaces: Members;
  readonly routes: readonly PanStaticRoute[];
  /** Dynamic routing protocols that are enabled: their routes are unknown offline. */
  readonly dynamicProtocols: ReadonlyArray<Located<string>>;
}

export type PanZoneMode = 'layer3' | 'layer2' | 'virtual-wire' | 'tap' | 'tunnel' | 'external' | 'none';

export interface PanZone extends Origin {
  readonly name: string;
  readonly mode: PanZoneMode;
  /** Member interfaces (or vsys, for an external zone). */
  readonly members: Members;
}

export type PanRulebaseKind = 'pre' | 'local' | 'post';

export type PanRuleType = 'universal' | 'intrazone' | 'interzone';

export interface PanSecurityRule extends Origin {
  readonly name: string;
  readonly rulebase: PanRulebaseKind;
  /** False when the file ended inside the rule. */
  readonly complete: boolean;
  readonly from: Members;
  readonly to: Members;
  readonly source: Members;
  readonly destination: Members;
  readonly sourceUser: Members;
  readonly category: Members;
  readonly application: Members;
  readonly service: Members;
  readonly sourceHip: Members;
  readonly destinationHip: Members;
  /** Required columns the rule does not have (read as "any" above). */
  readonly missing: readonly string[];
  /** Undefined when missing: the rule is left out. */
  readonly action?: Located<string>;
  readonly disabled: boolean;
  readonly negateSource: boolean;
  readonly negateDestination: boolean;
  /** Default universal. */
  readonly ruleType: PanRuleType;
  readonly logStart: boolean;
  /** Default yes. */
  readonly logEnd: boolean;
  readonly description?: string;
  readonly schedule?: Located<string>;
}

export type PanSourceTranslation =
  | {
      readonly type: 'dynamic-ip-and-port';
      readonly line: number;
      readonly interfaceAddress?: { readonly interface: string; readonly ip?: string; readonly floatingIp?: string; readonly line: number };
      readonly translated?: Members;
    }
  | { readonly type: 'dynamic-ip'; readonly line: number; readonly translated: Members }
  | { readonly type: 'static-ip'; readonly line: number; readonly translated?: Located<string>; readonly biDirectional: boolean };

export interface PanDestinationTranslation {
  readonly line: number;
  /** True for `dynamic-destination-translation` (FQDN pools, distribution). */
  readonly dynamic: boolean;
  readonly translatedAddress?: Located<string>;
  readonly translatedPort?: Located<number>;
  readonly distribution?: string;
}

export interface PanNatRule extends Origin {
  readonly name: string;
  readonly rulebase: PanRulebaseKind;
  readonly complete: boolean;
  readonly from: Members;
  readonly to: Members;
  readonly source: Members;
  readonly destination: Members;
  /** A service object or "any"; NAT rules have no application column. */
  readonly service: Located<string>;
  readonly toInterface?: Located<string>;
  /** ipv4 (default), nat64, nptv6. */
  readonly natType: string;
  readonly disabled: boolean;
  readonly description?: string;
  readonly sourceTranslation?: PanSourceTranslation;
  readonly destinationTranslation?: PanDestinationTranslation;
}

/** An override of one predefined default rule (intrazone-default, interzone-default). */
export interface PanDefaultRule extends Origin {
  readonly name: string;
  readonly action?: Located<string>;
  readonly logEnd?: boolean;
}

export interface PanRulebases {
  readonly security: readonly PanSecurityRule[];
  readonly nat: readonly PanNatRule[];
  readonly defaults: readonly PanDefaultRule[];
  /** Line of the `security` rulebase, the provenance of default rules nobody overrode. */
  readonly securityLine?: number;
}

export interface PanPushedRulebase extends PanRulebases {
  readonly kind: 'pre' | 'post';
  /** The vsys it was pushed to, when the file says. */
  readonly vsys?: string;
  readonly line: number;
}

export interface PanVsys extends Origin {
  readonly name: string;
  readonly displayName?: string;
  /** `import network interface`: the interfaces the vsys owns. */
  readonly importedInterfaces?: Members;
  readonly zones: readonly PanZone[];
  readonly objects: PanObjects;
  /** Security rules in evaluation order: pushed pre-rules, local rules, pushed post-rules. */
  readonly security: readonly PanSecurityRule[];
  /** NAT rules in the same order. */
  readonly nat: readonly PanNatRule[];
  /** Default-rule overrides; the last one written for a name wins. */
  readonly defaults: readonly PanDefaultRule[];
  /** Provenance of the predefined default rules when not overridden. */
  readonly rulebaseLine: number;
}
