import type { DefinedObject, ObjectKind } from '../../src/model/objects.js';
import { type ConvertContext, provenance } from './convert-context.js';

/**
 * Named structures the configuration defines. File-wide ones (global and named address
 * books, applications, filters, prefix lists, NAT pools and rules, schedulers) are listed
 * once, on the default instance; zones, their address books and interfaces on the device
 * that holds them.
 */
export function definedObjects(ctx: ConvertContext): DefinedObject[] {
  const out: DefinedObject[] = [];
  const add = (kind: ObjectKind, name: string, line: number) => out.push({ kind, name, provenance: provenance(ctx, line) });
  const c = ctx.config;
  for (const { unit } of ctx.scope.units) add('interface', unit.name, unit.line);
  const zones = ctx.isMaster ? c.zones.filter((z) => !z.functional && (ctx.zones.interfacesOf(z.name).length > 0 || z.interfaces.length === 0)) : ctx.zones.zonesHere();
  for (const z of zones) {
    add('zone', z.name, z.line);
    for (const a of z.addressBook.addresses) add('address', a.name, a.line);
    for (const s of z.addressBook.sets) add('address-group', s.name, s.line);
  }
  if (!ctx.isMaster) return out;
  for (const b of c.addressBooks) {
    for (const a of b.addresses) add('address', a.name, a.line);
    for (const s of b.sets) add('address-group', s.name, s.line);
  }
  for (const a of c.applications) add('service', a.name, a.line);
  for (const s of c.applicationSets) add('service-group', s.name, s.line);
  for (const f of c.filters) add('acl', f.name, f.line);
  for (const p of c.prefixLists) add('address-group', p.name, p.line);
  for (const p of [...c.nat.sourcePools, ...c.nat.destinationPools]) add('ip-pool', p.name, p.line);
  for (const rs of c.nat.staticRuleSets) for (const r of rs.rules) add('vip', `${rs.name}/${r.name}`, r.line);
  return out;
}
