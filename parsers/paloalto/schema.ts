/**
 * The shape of a PAN-OS configuration, as far as sansou reads it. One schema serves both
 * formats: it tells the XML reader which elements are known, ignored or unknown, and it tells
 * the set-format reader which words of `set …` are keywords, entry names, member lists or
 * values (the set syntax drops the XML's `<entry name=…>` and `<member>` wrappers, so only a
 * schema can put them back). Elements marked `ignore` are recognized sections that cannot
 * affect forwarding (logging, certificates, profiles…): their content is never read, which is
 * also why no secret inside them can reach the typed configuration.
 */
export type SchemaNode =
  | { readonly kind: 'container'; readonly children: Readonly<Record<string, SchemaNode>>; readonly others?: 'ignore' }
  | { readonly kind: 'entries'; readonly entry: SchemaNode }
  | { readonly kind: 'members' }
  | { readonly kind: 'value' }
  | { readonly kind: 'flag' }
  | { readonly kind: 'ignore' }
  /** Ignored, except that Panorama-pushed `pre-rulebase`/`post-rulebase` may sit anywhere inside. */
  | { readonly kind: 'scan' };

const c = (children: Record<string, SchemaNode>): SchemaNode => ({ kind: 'container', children });
/** A container whose unknown children are tolerated: long lists of flags sansou never reads. */
const loose = (children: Record<string, SchemaNode>): SchemaNode => ({ kind: 'container', children, others: 'ignore' });
const list = (entry: SchemaNode): SchemaNode => ({ kind: 'entries', entry });
const M: SchemaNode = { kind: 'members' };
const V: SchemaNode = { kind: 'value' };
const F: SchemaNode = { kind: 'flag' };
const I: SchemaNode = { kind: 'ignore' };
const SCAN: SchemaNode = { kind: 'scan' };

// ---- objects -------------------------------------------------------------------------------

const ADDRESS = c({ 'ip-netmask': V, 'ip-range': V, 'ip-wildcard': V, fqdn: V, description: V, tag: M, 'disable-override': V });
const ADDRESS_GROUP = c({ static: M, dynamic: c({ filter: V }), description: V, tag: M, 'disable-override': V });
const PORTS = c({ port: V, 'source-port': V, override: I });
const SERVICE = c({ protocol: c({ tcp: PORTS, udp: PORTS, sctp: PORTS }), description: V, tag: M, 'disable-override': V });
const SERVICE_GROUP = c({ members: M, tag: M, 'disable-override': V });
const APPLICATION = loose({
  default: c({ port: M, 'ident-by-ip-protocol': V, 'ident-by-icmp-type': c({ type: V, code: V }), 'ident-by-icmp6-type': c({ type: V, code: V }) }),
  description: V,
  category: V,
  subcategory: V,
  technology: V,
  risk: V,
  'parent-app': V,
  signature: I,
});
const APPLICATION_GROUP = c({ members: M, tag: M, 'disable-override': V });

/** Sections holding objects sansou resolves; shared and every vsys have them. */
const OBJECT_SECTIONS: Record<string, SchemaNode> = {
  address: list(ADDRESS),
  'address-group': list(ADDRESS_GROUP),
  service: list(SERVICE),
  'service-group': list(SERVICE_GROUP),
  application: list(APPLICATION),
  'application-group': list(APPLICATION_GROUP),
  'application-filter': list(I),
  schedule: list(I),
  'external-list': list(I),
  region: list(I),
};

/** Sections of shared and of a vsys that cannot change forwarding. */
const NOISE_SECTIONS: Record<string, SchemaNode> = {
  tag: I,
  'application-tag': I,
  'application-status': I,
  profiles: I,
  'profile-group': I,
  'log-settings': I,
  'response-page': I,
  'local-user-database': I,
  'authentication-profile': I,
  'authentication-sequence': I,
  certificate: I,
  'certificate-profile': I,
  'ssl-tls-service-profile': I,
  'ssl-decrypt': I,
  'server-profile': I,
  botnet: I,
  'admin-role': I,
  'content-preview': I,
  reports: I,
  'report-group': I,
  'pdf-summary-report': I,
  'email-scheduler': I,
  alarm: I,
  'ocsp-responder': I,
  scep: I,
  'user-id-collector': I,
  'user-id-agent': I,
  'user-id-ssl-auth': I,
  'dynamic-user-group': I,
  'device-object': I,
  threats: I,
  'url-admin-override': I,
  'url-content-types': I,
  'captive-portal': I,
  'global-protect': I,
  'mfa-server': I,
  'redistribution-agent': I,
  'ts-agent': I,
  'vm-info-source': I,
  'group-mapping': I,
  'sslvpn': I,
  'display-name': V,
  setting: I,
  'cloud-identity-engine': I,
  'override': I,
};

// ---- rulebases -----------------------------------------------------------------------------

const RULE_NOISE: Record<string, SchemaNode> = {
  description: V,
  tag: M,
  'group-tag': V,
  'audit-comment': I,
  target: I,
};

const SECURITY_RULE = c({
  ...RULE_NOISE,
  from: M,
  to: M,
  source: M,
  destination: M,
  'source-user': M,
  category: M,
  application: M,
  service: M,
  'source-hip': M,
  'destination-hip': M,
  'hip-profiles': M,
  action: V,
  disabled: V,
  'negate-source': V,
  'negate-destination': V,
  'log-start': V,
  'log-end': V,
  'log-setting': V,
  'rule-type': V,
  schedule: V,
  'profile-setting': I,
  option: I,
  qos: I,
  'icmp-unreachable': V,
  'source-imei': I,
  'source-imsi': I,
  'source-nw-slice': I,
});

const DYNAMIC_IP_AND_PORT = c({ 'interface-address': c({ interface: V, ip: V, 'floating-ip': V }), 'translated-address': M });
const NAT_RULE = c({
  ...RULE_NOISE,
  from: M,
  to: M,
  source: M,
  destination: M,
  service: V,
  'to-interface': V,
  'nat-type': V,
  disabled: V,
  'active-active-device-binding': V,
  'source-translation': c({
    'dynamic-ip-and-port': DYNAMIC_IP_AND_PORT,
    'dynamic-ip': c({ 'translated-address': M, fallback: I }),
    'static-ip': c({ 'translated-address': V, 'bi-directional': V }),
  }),
  'destination-translation': c({ 'translated-address': V, 'translated-port': V, 'dns-rewrite': I }),
  'dynamic-destination-translation': c({ 'translated-address': V, 'translated-port': V, distribution: V }),
});

const DEFAULT_RULE = c({ action: V, 'log-start': V, 'log-end': V, 'log-setting': V, 'profile-setting': I, description: V, tag: M, 'group-tag': V });

const RULEBASE = c({
  security: c({ rules: list(SECURITY_RULE) }),
  nat: c({ rules: list(NAT_RULE) }),
  'default-security-rules': c({ rules: list(DEFAULT_RULE) }),
  decryption: I,
  pbf: c({ rules: list(I) }),
  'application-override': I,
  authentication: I,
  dos: I,
  qos: I,
  'tunnel-inspect': I,
  sdwan: I,
  'network-packet-broker': I,
});

export const VSYS_ENTRY = c({
  ...OBJECT_SECTIONS,
  ...NOISE_SECTIONS,
  import: c({ network: c({ interface: M, 'virtual-router': M, 'logical-router': M, 'virtual-wire': M, vlan: M }), 'dns-proxy': V, resource: I, 'visible-vsys': M }),
  zone: list(
    loose({
      network: loose({ layer3: M, layer2: M, 'virtual-wire': M, tap: M, tunnel: F, external: M, 'zone-protection-profile': V, 'enable-packet-buffer-protection': V, 'log-setting': V }),
      'enable-user-identification': V,
      'enable-device-identification': V,
    }),
  ),
  rulebase: RULEBASE,
  'pre-rulebase': RULEBASE,
  'post-rulebase': RULEBASE,
});

// ---- network -------------------------------------------------------------------------------

const L3_FIELDS: Record<string, SchemaNode> = {
  ip: list(loose({})),
  ipv6: loose({ enabled: V, address: list(loose({})), 'interface-id': V }),
  'interface-management-profile': V,
  mtu: V,
  'adjust-tcp-mss': I,
  lacp: I,
  'dhcp-client': I,
  pppoe: I,
  lldp: I,
  'ndp-proxy': I,
  arp: I,
  bonjour: I,
  'decrypt-forward': V,
  'sdwan-link-settings': I,
  'netflow-profile': V,
  'ddns-config': I,
  'untagged-sub-interface': V,
  comment: V,
};
const L3_UNIT = c({ ...L3_FIELDS, tag: V });
const LAYER3 = c({ ...L3_FIELDS, units: list(L3_UNIT) });
const ETHERNET = c({
  layer3: LAYER3,
  layer2: I,
  'virtual-wire': I,
  tap: I,
  ha: I,
  'decrypt-mirror': I,
  'log-card': I,
  'aggregate-group': V,
  'link-state': V,
  'link-speed': V,
  'link-duplex': V,
  comment: V,
  lacp: I,
  poe: I,
});
const AGGREGATE = c({ layer3: LAYER3, layer2: I, 'virtual-wire': I, ha: I, comment: V, lacp: I });
const UNIT_SECTION = c({ ...L3_FIELDS, units: list(L3_UNIT) });

const STATIC_ROUTE = c({
  destination: V,
  nexthop: c({ 'ip-address': V, 'ipv6-address': V, discard: F, 'next-vr': V, 'next-lr': V, fqdn: V, receive: F }),
  interface: V,
  metric: V,
  'admin-dist': V,
  preference: V,
  'route-table': I,
  bfd: I,
  'path-monitor': I,
  description: V,
});
const ROUTING_TABLE = c({ ip: c({ 'static-route': list(STATIC_ROUTE) }), ipv6: c({ 'static-route': list(STATIC_ROUTE) }) });
const DYNAMIC = loose({ enable: V });
const VIRTUAL_ROUTER = c({
  interface: M,
  'routing-table': ROUTING_TABLE,
  protocol: loose({ ospf: DYNAMIC, ospfv3: DYNAMIC, bgp: DYNAMIC, rip: DYNAMIC, 'redist-profile': I, 'redist-profile-ipv6': I }),
  'admin-dists': loose({ static: V, 'static-ipv6': V }),
  ecmp: I,
  multicast: I,
});
const LOGICAL_ROUTER = c({
  vrf: list(
    loose({
      interface: M,
      'routing-table': ROUTING_TABLE,
      ospf: DYNAMIC,
      ospfv3: DYNAMIC,
      bgp: DYNAMIC,
      rip: DYNAMIC,
      'admin-dists': loose({ static: V, 'static-ipv6': V }),
      ecmp: I,
      multicast: I,
    }),
  ),
});

const MANAGEMENT_PROFILE = c({
  ping: V,
  ssh: V,
  https: V,
  http: V,
  telnet: V,
  snmp: V,
  'response-pages': V,
  'userid-service': V,
  'userid-syslog-listener-ssl': V,
  'userid-syslog-listener-udp': V,
  'http-ocsp': V,
  'permitted-ip': list(loose({})),
});

const NETWORK = c({
  interface: c({
    ethernet: list(ETHERNET),
    'aggregate-ethernet': list(AGGREGATE),
    loopback: UNIT_SECTION,
    tunnel: UNIT_SECTION,
    vlan: UNIT_SECTION,
    'sdwan': I,
  }),
  profiles: loose({ 'interface-management-profile': list(MANAGEMENT_PROFILE) }),
  'virtual-router': list(VIRTUAL_ROUTER),
  'logical-router': list(LOGICAL_ROUTER),
  ike: I,
  tunnel: I,
  qos: I,
  dhcp: I,
  'dns-proxy': I,
  lldp: I,
  vlan: I,
  'virtual-wire': I,
  'shared-gateway': I,
  'gre-tunnel': I,
  'global-protect-gateway': I,
  'global-protect-portal': I,
  'routing-profile': I,
  'bfd-profile': I,
  'lacp': I,
  'msdp': I,
  'sdwan-interface-profile': I,
});

// ---- device and root -----------------------------------------------------------------------

export const DEVICE_ENTRY = c({
  deviceconfig: c({ system: loose({ hostname: V }), setting: I, 'high-availability': I, plugins: I }),
  network: NETWORK,
  vsys: list(VSYS_ENTRY),
  platform: I,
  'device-group': list(SCAN),
  template: I,
  'template-stack': I,
  'log-collector': I,
  'log-collector-group': I,
  plugins: I,
});

const ADMIN = c({
  phash: I,
  permissions: c({ 'role-based': loose({ superuser: V, superreader: V, deviceadmin: I, devicereader: I, vsysadmin: I, vsysreader: I, custom: loose({ profile: V }) }) }),
  'authentication-profile': V,
  'public-key': I,
  'client-certificate-only': V,
  'password-profile': V,
  preferences: I,
});

export const SHARED = c({ ...OBJECT_SECTIONS, ...NOISE_SECTIONS, 'pre-rulebase': RULEBASE, 'post-rulebase': RULEBASE });

export const CONFIG = c({
  'mgt-config': loose({ users: list(ADMIN) }),
  shared: SHARED,
  devices: list(DEVICE_ENTRY),
  readonly: SCAN,
  panorama: SCAN,
  policy: SCAN,
  predefined: I,
});

/** The rulebase schema, for Panorama-pushed rulebases found inside scanned sections. */
export const RULEBASE_SCHEMA = RULEBASE;
