import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ICMP, TCP, UDP } from '../../src/space/protocols.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { References } from './references.js';
import type { IosResolver } from './resolver.js';
import type { IosConfig, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface ManagementContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly resolver: IosResolver;
  readonly refs: References;
  /** Undefined for the global routing table. */
  readonly vrf?: string;
  /** Provenance line of the device, for the implicit ping answer. */
  readonly deviceLine: number;
  /** Access-class and SNMP list warnings are given for the global device only, once. */
  readonly warn: boolean;
}

/** What `transport input all` and the IOS default open: SSH and Telnet. */
const ALL_TRANSPORTS = ['ssh', 'telnet'];
const SERVICE_PORTS: Readonly<Record<string, { port: number; secure: boolean }>> = { ssh: { port: 22, secure: true }, telnet: { port: 23, secure: false } };

/**
 * What the router itself answers, on every interface of the VRF (IOS binds these services to
 * all its addresses, from any ingress interface). The input ACL of the interface a packet
 * enters filters it before these services see it: that is the ACL stage's `local` flag (see
 * convert-acl-stages.ts), not a restriction written here.
 *
 * - vty lines: `transport input` (default: SSH and Telnet), sources from `access-class … in`.
 *   Without `vrf-also`, an access-class refuses every connection arriving in a VRF.
 * - `ip http server` (HTTP, cleartext) and `ip http secure-server` (HTTPS), sources from
 *   `ip http access-class`; SNMP v1/v2c communities (cleartext) and v3 groups, sources from
 *   their ACLs: modelled in the global table, where IOS runs them by default.
 * - ICMP echo: IOS answers ping on every address.
 *
 * An IPv4 access-class filters IPv4 only: IPv6 sources stay allowed.
 */
export function convertManagement(config: IosConfig, ctx: ManagementContext): ManagementAccess[] {
  const out: ManagementAccess[] = [];
  const m = config.management;
  const prov = (line: number) => ({ file: ctx.file, line });
  for (const vty of m.vtyLines) {
    const protocols = vty.transportInput?.protocols ?? ['all'];
    const services = protocols.includes('none') ? [] : protocols.flatMap((p) => (p === 'all' ? ALL_TRANSPORTS : ALL_TRANSPORTS.includes(p) ? [p] : []));
    const ac = vty.accessClassIn;
    if (ctx.vrf !== undefined && ac && !ac.vrfAlso) continue;
    if (ac) recordList(ac, `${vty.context} access-class`, vty.context, ctx);
    for (const service of [...new Set(services)]) {
      const { port, secure } = SERVICE_PORTS[service]!;
      const packets = ServiceSet.ports(TCP, port, port);
      const sources = ac ? sourcesOf(ac, packets, ctx) : undefined;
      out.push({ service, packets, secure, ...(sources ? { sources } : {}), provenance: prov(vty.transportInput?.line ?? vty.line) });
    }
  }
  if (ctx.vrf === undefined) {
    if (m.httpAccessClass && (m.httpServer || m.httpSecureServer)) recordList(m.httpAccessClass, 'ip http access-class', '', ctx);
    const httpSources = (packets: ServiceSet) => (m.httpAccessClass ? sourcesOf(m.httpAccessClass, packets, ctx) : undefined);
    if (m.httpServer) {
      const packets = ServiceSet.ports(TCP, m.httpPort, m.httpPort);
      const sources = httpSources(packets);
      out.push({ service: 'http', packets, secure: false, ...(sources ? { sources } : {}), provenance: prov(m.httpServer.line) });
    }
    if (m.httpSecureServer) {
      const packets = ServiceSet.ports(TCP, m.httpSecurePort, m.httpSecurePort);
      const sources = httpSources(packets);
      out.push({ service: 'https', packets, secure: true, ...(sources ? { sources } : {}), provenance: prov(m.httpSecureServer.line) });
    }
    const snmp = ServiceSet.ports(UDP, 161, 161);
    for (const c of m.snmpCommunities) {
      const ref = c.acl === undefined ? undefined : { name: c.acl, line: c.line };
      if (ref) recordList(ref, `SNMP ${c.access} access`, c.context, ctx);
      const sources = ref ? sourcesOf(ref, snmp, ctx) : undefined;
      out.push({ service: 'snmp', packets: snmp, secure: false, ...(sources ? { sources } : {}), provenance: prov(c.line) });
    }
    for (const g of m.snmpGroups) {
      const ref = g.acl === undefined ? undefined : { name: g.acl, line: g.line };
      if (ref) recordList(ref, `snmp-server group ${g.name}`, g.context, ctx);
      const sources = ref ? sourcesOf(ref, snmp, ctx) : undefined;
      out.push({ service: g.version === 'v3' ? 'snmpv3' : 'snmp', packets: snmp, secure: g.version === 'v3' && g.level === 'priv', ...(sources ? { sources } : {}), provenance: prov(g.line) });
    }
  }
  out.push({ service: 'ping', packets: ServiceSet.ports(ICMP, 8, 8), secure: true, provenance: prov(ctx.deviceLine) });
  return out;
}

/**
 * The sources an access list lets reach a management service. A standard ACL names sources
 * only, exactly. An extended ACL also names destinations (the router's addresses); those are
 * not tied to interfaces here, so any source it permits towards some address counts.
 * An undefined list restricts nothing on IOS.
 */
function sourcesOf(ref: NameRef, service: ServiceSet, ctx: ManagementContext): AddressSpace | undefined {
  const acl = ctx.resolver.acl(ref.name);
  const permitted = ctx.resolver.permitted(ref.name);
  // An empty list, like a missing one, restricts nothing where it is applied.
  if (!acl || acl.entries.length === 0 || !permitted) return undefined;
  const v4 = permitted.intersect(PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, service)).srcSpace();
  return v4.union(AddressSpace.ANY_V6);
}

/** A use of an access list by a management service; the global device reports it, once. */
function recordList(ref: NameRef, usedBy: string, context: string, ctx: ManagementContext): void {
  const acl = ctx.resolver.acl(ref.name);
  if (!ctx.warn) {
    ctx.refs.list.push({ kind: 'acl', name: ref.name, usedBy, resolved: acl !== undefined, provenance: { file: ctx.file, line: ref.line } });
    return;
  }
  ctx.refs.add('acl', ref.name, acl !== undefined, usedBy, ref.line, context, 'IOS does not restrict the sources, and neither does the model');
  if (acl?.acl.type === 'extended' && acl.entries.some(({ entry }) => entry.destination.kind !== 'any')) {
    ctx.sink.unsupported(ref.line, context, `access list ${ref.name} also restricts destinations; the model keeps every source it permits towards any address, so it lets more through`);
  }
}

/** Local accounts with their privilege level; their secrets are never read. */
export function convertAdmins(config: IosConfig, file: string): AdminAccount[] {
  return config.management.users.map((u) => ({ name: u.name, profile: `privilege ${u.privilege}`, provenance: { file, line: u.line } }));
}
