import type { Device } from '../../src/model/device.js';
import { buildFib } from '../../src/network/fib.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { convertAdmins } from './convert-admins.js';
import type { VsysContext } from './convert-context.js';
import { convertInterfaces, convertManagement, convertZones, interfaceOwners, isLayer3 } from './convert-interfaces.js';
import { convertNat } from './convert-nat.js';
import { definedObjects, resolveDefinitions } from './convert-objects.js';
import { convertRoutes, routersOf } from './convert-routes.js';
import { convertSecurity, zonelessStages } from './convert-security.js';
import { Once, References } from './references.js';
import { AddressResolver } from './resolve-addresses.js';
import { ServiceResolver } from './resolve-services.js';
import type { PanObjects, PanVsys, PanosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

const NO_OBJECTS: PanObjects = {
  addresses: [],
  addressGroups: [],
  services: [],
  serviceGroups: [],
  applications: [],
  applicationGroups: [],
  applicationFilters: [],
  schedules: [],
  externalLists: [],
  regions: [],
};

/**
 * Typed PAN-OS configuration → neutral devices, one per vsys. The id is the hostname for a
 * single-vsys firewall and "hostname/vsysN" when there are several; `context` is set only then.
 */
export function toNeutral(config: PanosConfig, file: string, fallbackHostname: string, sink: WarningSink): Device[] {
  const hostname = config.hostname?.value ?? fallbackHostname;
  // A firewall always has vsys1; an excerpt without any vsys section still gets one.
  const vsysList: PanVsys[] =
    config.vsys.length > 0
      ? [...config.vsys]
      : [{ name: 'vsys1', line: config.line, context: 'vsys vsys1', zones: [], objects: NO_OBJECTS, security: [], nat: [], defaults: [], rulebaseLine: config.line }];
  const multi = vsysList.length > 1;
  const owners = interfaceOwners(config, vsysList.map((v) => v.name), sink);
  const once = new Once();
  return vsysList.map((vsys) => convertVsys(config, vsys, { file, hostname, multi, owners, once, sink }));
}

interface Shared {
  readonly file: string;
  readonly hostname: string;
  readonly multi: boolean;
  readonly owners: ReadonlyMap<string, string>;
  readonly once: Once;
  readonly sink: WarningSink;
}

function convertVsys(config: PanosConfig, vsys: PanVsys, s: Shared): Device {
  const { file, sink, once } = s;
  const mine = config.interfaces.filter((i) => s.owners.get(i.name) === vsys.name && isLayer3(i));
  const owned = new Set(config.interfaces.filter((i) => s.owners.get(i.name) === vsys.name).map((i) => i.name));
  const layer3 = new Set(mine.map((i) => i.name));
  const { zones, zoneOf } = convertZones(vsys.zones, owned, layer3, new Set(config.interfaces.map((i) => i.name)), file, sink);
  const refs = new References(file, sink, once);
  const scopes = [config.shared, vsys.objects];
  const ctx: VsysContext = {
    file,
    sink,
    once,
    refs,
    config,
    vsys,
    addresses: new AddressResolver(scopes, refs, sink, once),
    services: new ServiceResolver(scopes, refs, sink, once),
    interfaceNames: mine.map((i) => i.name),
    zones,
    zoneOf,
  };
  resolveDefinitions(ctx);
  for (const z of vsys.zones) {
    if (z.mode === 'external') continue;
    for (const n of z.members.names) refs.add('interface', n, config.interfaces.some((i) => i.name === n), `zone ${z.name}`, z.members.line, z.context, 'it is left out of the zone');
  }

  const routers = routersOf(ctx, s.owners);
  const routed = new Set(routers.flatMap((r) => r.interfaces.names));
  for (const r of routers) for (const n of r.interfaces.names) refs.add('interface', n, config.interfaces.some((i) => i.name === n), `virtual router ${r.name}`, r.interfaces.line, r.context, 'it is left out');
  const interfaces = convertInterfaces(ctx, mine, routed);
  const routes = convertRoutes(ctx, routers, new Set(interfaces.filter((i) => i.enabled).map((i) => i.name)));
  const management = convertManagement(ctx, mine, config.managementProfiles);
  const security = convertSecurity(ctx);

  const base: Device = {
    id: s.multi ? `${s.hostname}/${vsys.name}` : s.hostname,
    hostname: s.hostname,
    ...(s.multi ? { context: vsys.name } : {}),
    vendor: 'paloalto',
    interfaces,
    zones: [...zones.values()],
    routes,
    filters: [...zonelessStages(ctx), security],
    destinationNat: [],
    sourceNat: [],
    management,
    admins: convertAdmins(config.admins, file),
    objects: definedObjects(ctx),
    references: refs.list,
    provenance: { file, line: vsys.line },
  };
  // NAT rules match the zone of the pre-NAT route, so they need this device's forwarding table.
  const fib = buildFib(base);
  const egress = (ifaces: readonly string[]) =>
    AddressSpace.unionAll(fib.entries.filter((e) => e.nextHops.some((h) => h.kind !== 'discard' && ifaces.includes(h.iface))).map((e) => e.dst));
  const { destinationNat, sourceNat } = convertNat(ctx, egress);
  return { ...base, destinationNat, sourceNat, references: refs.list };
}
