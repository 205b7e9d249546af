import type { Device } from '../../src/model/device.js';
import { type ConvertContext, ZoneIndex, provenance } from './convert-context.js';
import { convertFilterStages } from './convert-filters.js';
import { convertInterfaces, convertZones } from './convert-interfaces.js';
import { convertAdmins, convertManagement } from './convert-management.js';
import { convertNat } from './convert-nat.js';
import { definedObjects } from './convert-objects.js';
import { convertPolicies } from './convert-policies.js';
import { convertRoutes } from './convert-routes.js';
import { type DeviceScope, deviceScopes } from './device-scope.js';
import { References } from './references.js';
import { AddressResolver } from './resolve-addresses.js';
import { ApplicationResolver } from './resolve-applications.js';
import type { JunosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Typed Junos configuration → neutral devices in one step: the default routing instance as
 * `hostname`, each virtual-router or VRF instance as `hostname/instance`.
 *
 * A device's filter stages, in the order an SRX meets them in flow mode: input firewall
 * filters (before flow, original header) → security policies (after static/destination NAT
 * and the route lookup: translated destination, original source) → output firewall filters.
 * Source NAT (reverse static first) happens after the policy. A configuration without zones
 * or policies is a router (or an SRX in packet mode): it has filters only.
 */
export function toNeutral(config: JunosConfig, file: string, fallbackHostname: string, sink: WarningSink): Device[] {
  const hostname = config.hostname?.name ?? fallbackHostname;
  fileWideWarnings(config, sink);
  const addresses = new AddressResolver(config, sink);
  const applications = new ApplicationResolver(config, sink);
  const scopes = deviceScopes(config, hostname, sink);
  const masterRefs = new References(file, sink);
  checkZoneMembers(config, masterRefs, sink);
  return scopes.map((scope) => convertDevice(config, scope, file, sink, addresses, applications, scope.instance === undefined ? masterRefs : new References(file, sink)));
}

function convertDevice(config: JunosConfig, scope: DeviceScope, file: string, sink: WarningSink, addresses: AddressResolver, applications: ApplicationResolver, refs: References): Device {
  const isMaster = scope.instance === undefined;
  const ctx: ConvertContext = { config, scope, file, sink, refs, addresses, applications, zones: new ZoneIndex(config, scope), isMaster };
  const { destinationNat, sourceNat } = convertNat(ctx);
  const policies = convertPolicies(
    ctx,
    destinationNat.map((d) => d.id),
  );
  const filters = [...convertFilterStages(ctx, 'input', sourceNat), ...(policies ? [policies] : []), ...convertFilterStages(ctx, 'output', sourceNat)];
  return {
    id: scope.id,
    hostname: scope.hostname,
    ...(scope.instance === undefined ? {} : { context: scope.instance }),
    vendor: 'junos',
    interfaces: convertInterfaces(ctx),
    zones: convertZones(ctx),
    routes: convertRoutes(ctx),
    filters,
    destinationNat,
    sourceNat,
    management: convertManagement(ctx),
    admins: isMaster ? convertAdmins(ctx) : [],
    objects: definedObjects(ctx),
    references: refs.list,
    provenance: provenance(ctx, scope.line),
  };
}

/** Zone members must be configured interfaces, each in one zone and one routing instance. */
function checkZoneMembers(config: JunosConfig, refs: References, sink: WarningSink): void {
  const units = new Set(config.interfaces.flatMap((p) => p.units.map((u) => u.name)));
  const instanceOf = new Map<string, string>();
  for (const r of config.routingInstances) for (const i of r.interfaces) instanceOf.set(i.name, r.name);
  const claimed = new Map<string, string>();
  for (const z of config.zones) {
    const instances = new Set<string>();
    for (const i of z.interfaces) {
      refs.add('interface', i.name, units.has(i.name), `security zone ${z.name}`, i.line, z.context, 'the zone has no such member');
      const previous = claimed.get(i.name);
      if (previous !== undefined) {
        if (previous !== z.name) sink.invalid(i.line, z.context, `interface ${i.name} is already in zone ${previous}; an interface belongs to one zone: it stays in ${previous}`);
        continue;
      }
      claimed.set(i.name, z.name);
      instances.add(instanceOf.get(i.name) ?? 'default');
    }
    if (instances.size > 1) sink.invalid(z.line, z.context, `zone ${z.name} has interfaces in several routing instances (${[...instances].join(', ')}); each instance sees only its own members`);
  }
}

function fileWideWarnings(config: JunosConfig, sink: WarningSink): void {
  const f = config.features;
  for (const p of f.routingProtocols) {
    sink.unsupported(p.line, `protocols ${p.name}`, `dynamic routing (${p.name}) is not modelled: the routes it would learn are missing, so the model errs towards less reachability`);
  }
  if (f.packetMode !== undefined) {
    sink.unsupported(f.packetMode, 'security forwarding-options', 'packet-based forwarding: security policies and NAT do not apply; the device is modelled as a router with its firewall filters only');
  }
  if (f.logicalSystems !== undefined) {
    sink.unsupported(f.logicalSystems, 'logical-systems', 'logical systems and tenants are not modelled: their interfaces, policies and routes are missing from the model');
  }
  for (const l of f.loopbackFilters) {
    sink.unsupported(l.line, `interfaces ${l.name}`, 'a filter on the loopback protects the routing engine; it is not applied to management access in the model, which may be broader');
  }
}
