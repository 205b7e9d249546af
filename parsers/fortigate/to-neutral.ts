import type { Device } from '../../src/model/device.js';
import type { DestinationNat } from '../../src/model/nat.js';
import { convertAdmins } from './convert-admins.js';
import { restrictToTrustedHosts } from './trusted-management.js';
import { convertInterfaces, convertManagement, convertZones } from './convert-interfaces.js';
import { convertVip } from './convert-nat.js';
import { definedObjects, recordDefinitionReferences } from './convert-objects.js';
import { convertPolicy, intrazoneRules, referencedVips } from './convert-policies.js';
import { convertRoutes } from './convert-routes.js';
import { InterfaceNames } from './interface-names.js';
import { References } from './references.js';
import { AddressResolver } from './resolve-addresses.js';
import { ServiceResolver } from './resolve-services.js';
import type { FgInterface, FgVdom, FortigateConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Typed FortiGate configuration → neutral devices, one per VDOM. Device ids are the hostname
 * for a single-VDOM unit and "hostname/vdom" for every VDOM of a multi-VDOM unit; `context` is
 * set only in the multi-VDOM case, as the model defines it.
 */
export function toNeutral(config: FortigateConfig, file: string, fallbackHostname: string, sink: WarningSink): Device[] {
  const hostname = config.global.hostname ?? fallbackHostname;
  const known = new Set(config.vdoms.map((v) => v.name));
  if (config.multiVdom) {
    for (const i of config.interfaces) {
      if (!known.has(i.vdom)) sink.invalid(i.line, i.context, `interface ${i.name} belongs to VDOM "${i.vdom}", which the file does not declare; it is left out`);
    }
  }
  return config.vdoms.map((vdom) => {
    const interfaces = config.multiVdom ? config.interfaces.filter((i) => i.vdom === vdom.name) : config.interfaces;
    return convertVdom(config, vdom, interfaces, hostname, file, sink);
  });
}

function convertVdom(config: FortigateConfig, vdom: FgVdom, ownInterfaces: readonly FgInterface[], hostname: string, file: string, sink: WarningSink): Device {
  const byName = new Map(ownInterfaces.map((i) => [i.name, i] as const));
  const interfaceNames = new Set([...byName.keys(), ...vdom.tunnels.map((t) => t.name)]);

  // Zone membership: system zones first, then SD-WAN zones, first claim wins.
  const zoneMembers = new Map<string, readonly string[]>();
  const zoneOf = new Map<string, string>();
  for (const z of vdom.zones) {
    zoneMembers.set(z.name, z.interfaces.names.filter((n) => interfaceNames.has(n)));
    for (const n of z.interfaces.names) if (!zoneOf.has(n)) zoneOf.set(n, z.name);
  }
  for (const z of vdom.sdwanZones) {
    if (zoneMembers.has(z.name)) continue;
    zoneMembers.set(z.name, z.members.map((m) => m.interface));
    for (const m of z.members) if (!zoneOf.has(m.interface)) zoneOf.set(m.interface, z.name);
  }
  const intfs = new InterfaceNames(interfaceNames, zoneMembers);
  const refs = new References(file, sink);
  const addresses = new AddressResolver(vdom, byName, sink);
  const services = new ServiceResolver(vdom, sink);
  recordDefinitionReferences(vdom, { refs, addresses, services, interfaces: intfs, interfaceNames });

  if (vdom.centralNat) {
    sink.unsupported(vdom.line, vdom.context, 'central NAT is enabled: every VIP applies by itself and policy NAT settings are ignored; central SNAT rules are not modelled');
  }

  // A VIP translates only when some policy names it (in central NAT mode, always).
  const named = new Set(vdom.policies.flatMap((p) => referencedVips(p, addresses)));
  const destinationNat: DestinationNat[] = [];
  for (const v of vdom.vips) {
    if (!vdom.centralNat && !named.has(v.name)) continue;
    const entry = convertVip(v, { file, sink, interfaces: intfs, byName });
    if (entry) destinationNat.push(entry);
  }

  const pools = new Map(vdom.ipPools.map((p) => [p.name, p] as const));
  const ctx = {
    file,
    sink,
    refs,
    addresses,
    services,
    interfaces: intfs,
    pools,
    schedules: new Set(vdom.schedules.map((s) => s.name)),
    centralNat: vdom.centralNat,
    activeVips: destinationNat.map((d) => d.id),
    activeVipSet: new Set(destinationNat.map((d) => d.id)),
  };
  // Rules keep file order: FortiOS evaluates the list top-down as shown, whatever the ids.
  const rules = [...intrazoneRules(vdom.zones, intfs, file), ...vdom.policies.map((p) => convertPolicy(p, ctx))];
  const routes = convertRoutes(vdom.routes, {
    file,
    sink,
    refs,
    addresses,
    interfaces: intfs,
    sdwanZones: new Map(vdom.sdwanZones.map((z) => [z.name, z] as const)),
  });

  return {
    id: config.multiVdom ? `${hostname}/${vdom.name}` : hostname,
    hostname,
    ...(config.multiVdom && { context: vdom.name }),
    vendor: 'fortigate',
    interfaces: convertInterfaces(ownInterfaces, vdom.tunnels, zoneOf, file),
    zones: convertZones(vdom.zones, vdom.sdwanZones, file),
    routes,
    filters: [{ name: 'firewall policy', header: 'translated', rules, defaultAction: 'deny', defaultReason: 'implicit deny (FortiGate)' }],
    destinationNat,
    sourceNat: [],
    // Trusted hosts are global: every account counts, whichever VDOM it manages.
    management: restrictToTrustedHosts(convertManagement(ownInterfaces, config.global, file, sink), convertAdmins(config.admins, vdom.name, false, file)),
    admins: convertAdmins(config.admins, vdom.name, config.multiVdom, file),
    objects: definedObjects(vdom, file),
    references: refs.list,
    provenance: { file, line: vdom.line },
  };
}
