import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, at } from './convert-context.js';
import { LAN_SIDE_KINDS } from './interface-names.js';
import type { HostItem, RtxServer } from './vendor-config.js';

const TCP = 6;
const UDP = 17;
const ICMP = 1;

interface ServerSpec {
  readonly key: 'telnetd' | 'httpd' | 'sshd';
  readonly service: string;
  readonly port: number;
  readonly on: boolean;
  readonly hosts: readonly HostItem[];
  readonly secure: boolean;
}

/** Documented defaults: TELNET on for any host, HTTP on for the LAN side, SSH off (host any). */
const SERVERS: readonly ServerSpec[] = [
  { key: 'telnetd', service: 'telnet', port: 23, on: true, hosts: [{ kind: 'any' }], secure: false },
  { key: 'httpd', service: 'http', port: 80, on: true, hosts: [{ kind: 'lan' }], secure: false },
  { key: 'sshd', service: 'ssh', port: 22, on: false, hosts: [{ kind: 'any' }], secure: true },
];

/**
 * The services the router answers itself, with the sources its host lists allow. A host list
 * names addresses, ranges, `lan` (every LAN-side network) or an interface, which the command
 * reference defines as the hosts of that interface's networks (network and broadcast addresses
 * excluded; none when the interface has no address). Every router address answers. TFTP
 * answers only where `tftp host` allows it (default none); SNMP where `snmp host` (v1),
 * `snmpv2c host` or `snmpv3 host` does; ICMP echo unless `ip icmp echo-reply send off`.
 */
export function convertManagement(ctx: ConvertContext, defaultLine: number): ManagementAccess[] {
  const m = ctx.config.management;
  const out: ManagementAccess[] = [];
  for (const spec of SERVERS) {
    const server: RtxServer = m[spec.key];
    if (!(server.service?.on ?? spec.on)) continue;
    const port = server.port?.value ?? spec.port;
    const line = server.hosts?.line ?? server.service?.line ?? server.port?.line ?? defaultLine;
    const access = withSources(ctx, server.hosts?.items ?? spec.hosts, {
      service: spec.service,
      packets: ServiceSet.ports(TCP, port, port),
      secure: spec.secure,
      provenance: at(ctx, line),
    });
    if (access) out.push(access);
  }
  if (m.tftp.hosts) {
    const access = withSources(ctx, m.tftp.hosts.items, { service: 'tftp', packets: ServiceSet.ports(UDP, 69, 69), secure: false, provenance: at(ctx, m.tftp.hosts.line) });
    if (access) out.push(access);
  }
  for (const s of m.snmp) {
    const access = withSources(ctx, s.items, { service: s.version === 'v3' ? 'snmpv3' : `snmp${s.version === 'v1' ? '' : 'v2c'}`, packets: ServiceSet.ports(UDP, 161, 161), secure: s.version === 'v3', provenance: at(ctx, s.line) });
    if (access) out.push(access);
  }
  if (m.echoReply?.on ?? true) {
    out.push({ service: 'ping', packets: new ServiceSet([{ proto: IntervalSet.range(ICMP, ICMP + 1), sport: IntervalSet.range(0, 65536), dport: IntervalSet.range(8, 9) }]), secure: true, provenance: at(ctx, m.echoReply?.line ?? defaultLine) });
  }
  return out;
}

function withSources(ctx: ConvertContext, items: readonly HostItem[], access: Omit<ManagementAccess, 'sources'>): ManagementAccess | undefined {
  const sources = hostSpace(ctx, items);
  if (sources === 'any') return access;
  if (sources.isEmpty()) return undefined;
  return { ...access, sources };
}

/** The sources a host list allows: 'any', or an IPv4 space (empty for `none`). */
export function hostSpace(ctx: ConvertContext, items: readonly HostItem[]): AddressSpace | 'any' {
  let space = AddressSpace.EMPTY;
  for (const item of items) {
    switch (item.kind) {
      case 'any':
        return 'any';
      case 'none':
        break;
      case 'range':
        space = space.union(new AddressSpace(IntervalSet.range(item.first, item.last + 1), IntervalSet.empty()));
        break;
      case 'interface':
        space = space.union(hostsOf(ctx, item.name));
        break;
      case 'lan':
        for (const i of ctx.config.interfaces) if (LAN_SIDE_KINDS.has(i.kind)) space = space.union(hostsOf(ctx, i.name));
        break;
    }
  }
  return space;
}

/** The host addresses of an interface's networks: the subnets without network and broadcast. */
function hostsOf(ctx: ConvertContext, name: string): AddressSpace {
  const iface = ctx.vendorInterfaces.get(name);
  let set = IntervalSet.empty<number>();
  for (const a of iface?.addresses ?? []) {
    const size = 2 ** (32 - a.prefixLength);
    const base = a.address - (a.address % size);
    set = set.union(size > 2 ? IntervalSet.range(base + 1, base + size - 1) : IntervalSet.range(base, base + size));
  }
  return new AddressSpace(set, IntervalSet.empty());
}

/** `login user` accounts, with the hosts `user attribute … host=` allows them to log in from. */
export function convertAdmins(ctx: ConvertContext): AdminAccount[] {
  return ctx.config.loginUsers.map((u) => {
    const hosts = u.hosts ? hostSpace(ctx, u.hosts.items) : 'any';
    return { name: u.name, ...(hosts === 'any' ? {} : { trustedHosts: hosts }), provenance: at(ctx, u.line) };
  });
}
