import type { Interface, InterfaceAddress, Zone } from '../../src/model/interface.js';
import type { ManagementAccess } from '../../src/model/management.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { ICMP, ICMP6, TCP, UDP } from '../../src/space/protocols.js';
import { defined } from './defined.js';
import type { FgInterface, FgNamed, FgSdwanZone, FgZone, GlobalSettings } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Interfaces of one VDOM. The description is the alias when there is one (what the GUI shows),
 * otherwise the description; addresses are the primary, the secondaries, then IPv6.
 */
export function convertInterfaces(interfaces: readonly FgInterface[], tunnels: readonly FgNamed[], zoneOf: ReadonlyMap<string, string>, file: string): Interface[] {
  const out: Interface[] = interfaces.map((i) => {
    const addresses: InterfaceAddress[] = [];
    for (const a of [...(i.ip ? [i.ip] : []), ...i.secondaryIps, ...i.ip6]) addresses.push({ address: a.address, prefixLength: a.prefixLength });
    const optional = {
      description: i.alias ?? i.description,
      zone: zoneOf.get(i.name),
      role: i.role === 'undefined' ? undefined : i.role,
    };
    return { name: i.name, addresses, enabled: i.up, provenance: { file, line: i.line }, ...defined(optional) };
  });
  // An IPsec tunnel is an interface policies name; backups usually list it in system
  // interface too, but when they do not, it still has to exist for the policies to use it.
  const known = new Set(out.map((i) => i.name));
  for (const t of tunnels) {
    if (known.has(t.name)) continue;
    known.add(t.name);
    out.push({ name: t.name, addresses: [], enabled: true, provenance: { file, line: t.line }, ...defined({ zone: zoneOf.get(t.name) }) });
  }
  return out;
}

/** System zones, then SD-WAN zones (which policies name the same way). */
export function convertZones(zones: readonly FgZone[], sdwanZones: readonly FgSdwanZone[], file: string): Zone[] {
  return [
    ...zones.map((z) => ({ name: z.name, interfaces: z.interfaces.names, provenance: { file, line: z.line } })),
    ...sdwanZones.map((z) => ({ name: z.name, interfaces: z.members.map((m) => m.interface), provenance: { file, line: z.line } })),
  ];
}

/** Keywords whose protocol is cleartext or weakly authenticated. */
const INSECURE = new Set(['http', 'telnet', 'snmp']);

/**
 * The services each `allowaccess` keyword opens on the unit itself. Ports of the web, SSH and
 * telnet administration follow `config system global`.
 */
function accessServices(keyword: string, global: GlobalSettings): ServiceSet | undefined {
  switch (keyword) {
    case 'ping':
      return ServiceSet.ports(ICMP, 8, 8).union(ServiceSet.ports(ICMP6, 128, 128));
    case 'https':
      return ServiceSet.ports(TCP, global.adminSport, global.adminSport);
    case 'http':
      return ServiceSet.ports(TCP, global.adminPort, global.adminPort);
    case 'ssh':
      return ServiceSet.ports(TCP, global.adminSshPort, global.adminSshPort);
    case 'telnet':
      return ServiceSet.ports(TCP, global.adminTelnetPort, global.adminTelnetPort);
    case 'snmp':
      return ServiceSet.ports(UDP, 161, 162);
    case 'fgfm':
      return ServiceSet.ports(TCP, 541, 541);
    case 'radius-acct':
      return ServiceSet.ports(UDP, 1813, 1813);
    case 'probe-response':
      // The default `config system probe-response` answers HTTP probes on port 8008.
      return ServiceSet.ports(TCP, 8008, 8008);
    case 'fabric':
      return ServiceSet.ports(TCP, 8013, 8013);
    case 'ftm':
      return ServiceSet.ports(TCP, 4433, 4433);
    case 'capwap':
      return ServiceSet.ports(UDP, 5246, 5247);
    default:
      return undefined;
  }
}

/** One entry per interface and keyword, merging the primary, secondary and IPv6 lists. */
export function convertManagement(interfaces: readonly FgInterface[], global: GlobalSettings, file: string, sink: WarningSink): ManagementAccess[] {
  const out: ManagementAccess[] = [];
  for (const i of interfaces) {
    const seen = new Set<string>();
    for (const { keyword, line } of [...i.allowaccess, ...i.secondaryAllowaccess, ...i.ip6Allowaccess]) {
      if (seen.has(keyword)) continue;
      seen.add(keyword);
      const packets = accessServices(keyword, global);
      if (packets === undefined) {
        sink.unsupported(line, i.context, `allowaccess "${keyword}" on ${i.name}: its ports are not known to sansou; it is left out of the management model`);
        continue;
      }
      out.push({ interface: i.name, service: keyword, packets, secure: !INSECURE.has(keyword), provenance: { file, line } });
    }
  }
  return out;
}
