import type { DefinedObject, ObjectKind } from '../../src/model/objects.js';
import type { IosConfig } from './vendor-config.js';

/**
 * Named structures the file defines. IOS defines them once for the whole box, so they are
 * listed on the device of the global routing table; uses are listed on the device (VRF) that
 * makes them.
 */
export function definedObjects(config: IosConfig, file: string): DefinedObject[] {
  const out: DefinedObject[] = [];
  const add = (kind: ObjectKind, items: ReadonlyArray<{ readonly name: string; readonly line: number }>) => {
    for (const o of items) out.push({ kind, name: o.name, provenance: { file, line: o.line } });
  };
  add('acl', config.acls);
  add('address-group', config.networkGroups);
  add('service-group', config.serviceGroups);
  add('zone', config.zbf.zones);
  add('ip-pool', config.nat.pools);
  add('schedule', config.timeRanges);
  return out;
}
