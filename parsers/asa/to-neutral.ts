import { logsEveryConnection } from './connection-logging.js';
import type { Device } from '../../src/model/device.js';
import { AclConverter } from './convert-acl.js';
import { convertFilters } from './convert-filters.js';
import { convertInterfaces, namedInterfaces } from './convert-interfaces.js';
import { convertAdmins, convertManagement } from './convert-management.js';
import { convertNat } from './convert-nat.js';
import { definedObjects, recordDefinitionReferences } from './convert-objects.js';
import { convertRoutes } from './convert-routes.js';
import { References } from './references.js';
import { AddressResolver } from './resolve-addresses.js';
import { ServiceResolver } from './resolve-services.js';
import type { AsaConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Typed ASA configuration → one neutral device. A file holds one security context (a
 * single-mode unit, or one context of a multiple-mode unit, each of which has its own
 * configuration file), so the device id is the hostname, or the file's base name without one.
 */
export function toNeutral(config: AsaConfig, file: string, fallbackHostname: string, sink: WarningSink): Device {
  const hostname = config.hostname?.name ?? fallbackHostname;
  const named = namedInterfaces(config, sink);
  const refs = new References(file, sink);
  const byName = new Map([...named.values()].map((n) => [n.name, n.iface] as const));
  const addresses = new AddressResolver(config, byName, refs, sink);
  const services = new ServiceResolver(config, refs, sink);
  recordDefinitionReferences(config, refs, addresses, services);
  const acls = new AclConverter({
    file,
    sink,
    refs,
    addresses,
    services,
    timeRanges: new Set(config.timeRanges.map((t) => t.name)),
    logsConnections: logsEveryConnection(config),
  });
  const filters = convertFilters(config, named, { file, sink, refs, acls });
  // ACLs no access-group binds still name objects: convert them for their references.
  for (const acl of config.accessLists) acls.rules(acl, { inInterfaces: [], outInterfaces: [] }, false);
  const nat = convertNat(config, {
    file,
    sink,
    refs,
    addresses,
    named,
    serviceObjects: new Map(config.serviceObjects.map((o) => [o.name, o])),
    approximated: new Set(),
  });
  return {
    id: hostname,
    hostname,
    vendor: 'asa',
    interfaces: convertInterfaces(named, file),
    zones: [],
    routes: convertRoutes(config.routes, named, file, refs, sink),
    filters,
    destinationNat: nat.destinationNat,
    sourceNat: nat.sourceNat,
    management: convertManagement(config, named, file, refs, sink),
    admins: convertAdmins(config, file),
    objects: definedObjects(config, file),
    references: refs.list,
    provenance: { file, line: config.header?.line ?? config.hostname?.line ?? 1 },
  };
}
