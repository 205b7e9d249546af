import { ApplicationsBuilder } from './extract-applications.js';
import { FirewallBuilder, PrefixListBuilder } from './extract-firewall.js';
import { InterfaceBuilder } from './extract-interfaces.js';
import { NatBuilder } from './extract-nat.js';
import { PoliciesBuilder } from './extract-policies.js';
import { RoutingInstanceBuilder, RoutingOptionsBuilder } from './extract-routing.js';
import { SystemBuilder } from './extract-system.js';
import { unknownStatement } from './extract-util.js';
import { AddressBookBuilder, ZonesBuilder } from './extract-zones.js';
import type { Statement } from './statement.js';
import type { JunosConfig, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Top-level hierarchies that cannot change what the network forwards or who may reach the
 * device: chassis, CoS, event scripts, PoE, L2 switching, AppID/UTM services… They are
 * recognized and ignored, so a real full export stays recognized.
 */
const IGNORED_TOP = new Set([
  'chassis',
  'class-of-service',
  'event-options',
  'poe',
  'services',
  'access',
  'access-profile',
  'schedulers',
  'vlans',
  'forwarding-options',
  'switch-options',
  'ethernet-switching-options',
  'bridge-domains',
  'virtual-chassis',
  'multi-chassis',
  'smtp',
  'wlan',
  'accounting-options',
  'dynamic-profiles',
  'diameter',
  'jsrc',
  'fabric',
  'multicast-snooping-options',
  'unified-edge',
  'protocols',
  'snmp',
]);

/** `security` blocks outside the model (screens, ALGs, IPsec, UTM, IDP, PKI, logging…). */
const SECURITY_IGNORED = new Set([
  'screen',
  'alg',
  'log',
  'flow',
  'ike',
  'ipsec',
  'pki',
  'ssh-known-hosts',
  'application-tracking',
  'utm',
  'idp',
  'dynamic-address',
  'appfw',
  'application-firewall',
  'user-identification',
  'authentication-key-chains',
  'certificates',
  'advance-policy-based-routing',
  'gprs',
  'aaa',
  'firewall-authentication',
  'forwarding-process',
  'macsec',
  'tcp-encap',
  'dynamic-vpn',
  'remote-access',
  'ssl',
  'datapath-debug',
  'traceoptions',
  'analysis',
  'group-vpn',
  'cloud',
  'dns',
  'resource-manager',
  'softwires',
  'alarms',
  'l3vpn',
  'advanced-connection-tracking',
  'ids-option',
  'distribution-profile',
  'tunnel-inspection',
  'metadata-streaming',
  'anti-virus',
  'user-identification',
  'icap-redirect',
]);

/** Routing protocols that would add routes the model does not know (warned at conversion). */
const DYNAMIC_ROUTING = new Set(['ospf', 'ospf3', 'bgp', 'rip', 'ripng', 'isis', 'ldp', 'mpls', 'rsvp', 'pim', 'msdp', 'evpn', 'l2vpn', 'vpls', 'l2circuit', 'babel', 'esis']);

/**
 * Statements (both formats, groups expanded) → the typed Junos configuration. Each
 * hierarchy has its builder; a statement no builder knows is an `unrecognized` warning.
 */
export function extractJunos(statements: readonly Statement[], format: 'set' | 'brace', sink: WarningSink): JunosConfig {
  const system = new SystemBuilder(sink);
  const interfaces = new InterfaceBuilder(sink);
  const routing = new RoutingOptionsBuilder(sink, 'routing-options');
  const instances = new RoutingInstanceBuilder(sink);
  const zones = new ZonesBuilder(sink);
  const books = new AddressBookBuilder(sink);
  const policies = new PoliciesBuilder(sink);
  const nat = new NatBuilder(sink);
  const applications = new ApplicationsBuilder(sink);
  const firewall = new FirewallBuilder(sink);
  const prefixLists = new PrefixListBuilder(sink);
  let version: string | undefined;
  const routingProtocols: NameRef[] = [];
  const ipsecVpns: NameRef[] = [];
  let packetMode: number | undefined;
  let logicalSystems: number | undefined;
  const schedulers: string[] = [];

  for (const s of statements) {
    const w = s.words;
    switch (w[0]) {
      case 'version':
        if (!s.inactive && w[1] !== undefined) version = w[1];
        break;
      case 'system':
        system.add(s);
        break;
      case 'interfaces':
        interfaces.add(s);
        break;
      case 'routing-options':
        routing.add(s, 0);
        break;
      case 'routing-instances':
        instances.add(s);
        break;
      case 'applications':
        applications.add(s);
        break;
      case 'firewall':
        firewall.add(s);
        break;
      case 'policy-options':
        prefixLists.add(s);
        break;
      case 'security':
        switch (w[1]) {
          case 'zones':
            zones.add(s);
            break;
          case 'address-book':
            books.add(s);
            break;
          case 'policies':
            policies.add(s);
            break;
          case 'nat':
            nat.add(s);
            break;
          case 'forwarding-options':
            if (!s.inactive && w.includes('packet-based') && (w.includes('inet') || w.includes('inet6'))) packetMode ??= s.line;
            break;
          default:
            if (w[1] === 'ipsec' && w[2] === 'vpn' && w[3] !== undefined && !s.inactive && !ipsecVpns.some((v) => v.name === w[3])) ipsecVpns.push({ name: w[3], line: s.line });
            if (w[1] === undefined || !SECURITY_IGNORED.has(w[1])) unknownStatement(sink, s, 1, 'security setting');
        }
        break;
      case 'protocols':
        if (!s.inactive && w[1] !== undefined && DYNAMIC_ROUTING.has(w[1]) && !routingProtocols.some((p) => p.name === w[1])) routingProtocols.push({ name: w[1], line: s.line });
        break;
      case 'snmp':
        if (!s.inactive) system.addSnmp(s);
        break;
      case 'schedulers':
        if (w[1] === 'scheduler' && w[2] !== undefined && !s.inactive && !schedulers.includes(w[2])) schedulers.push(w[2]);
        break;
      case 'logical-systems':
      case 'tenants':
        logicalSystems ??= s.line;
        break;
      default:
        if (w[0] === undefined || !IGNORED_TOP.has(w[0])) unknownStatement(sink, s, 0, 'top-level hierarchy');
    }
  }

  const builtInstances = instances.build();
  const physical = interfaces.build();
  const loopbackFilters: NameRef[] = [];
  for (const p of physical) {
    if (!p.name.startsWith('lo')) continue;
    for (const u of p.units) for (const f of [u.inet.input, u.inet6.input]) if (f) loopbackFilters.push({ name: `${u.name} ${f.filters.map((x) => x.name).join(',')}`, line: f.line });
  }
  const apps = applications.build();
  const policyList = policies.build();
  return {
    format,
    ...(version === undefined ? {} : { version }),
    ...(system.hostname ? { hostname: system.hostname } : {}),
    interfaces: physical,
    routes: routing.build(),
    routingInstances: builtInstances.instances,
    zones: zones.build(),
    addressBooks: books.build(),
    policies: policyList,
    ...(policies.defaultPolicy ? { defaultPolicy: policies.defaultPolicy } : {}),
    applications: apps.applications,
    applicationSets: apps.applicationSets,
    filters: firewall.build(),
    prefixLists: prefixLists.build(),
    nat: nat.build(),
    schedulers,
    system: system.build(),
    features: {
      routingProtocols: [...routingProtocols, ...builtInstances.protocols],
      ...(packetMode === undefined ? {} : { packetMode }),
      ...(logicalSystems === undefined ? {} : { logicalSystems }),
      ipsecVpns,
      loopbackFilters,
    },
  };
}
