import type { DefinedObject, ObjectKind } from '../../src/model/objects.js';
import type { VsysContext } from './convert-context.js';
import type { Origin, PanObjects } from './vendor-config.js';

/**
 * Every named object the vsys can use, for unused-object checks: its own and the shared ones
 * (each vsys sees the shared objects, so each device lists them).
 */
export function definedObjects(ctx: VsysContext): DefinedObject[] {
  const out: DefinedObject[] = [];
  const add = (kind: ObjectKind, items: ReadonlyArray<Origin & { readonly name: string }>) => {
    for (const o of items) out.push({ kind, name: o.name, provenance: { file: ctx.file, line: o.line } });
  };
  for (const scope of [ctx.config.shared, ctx.vsys.objects] as PanObjects[]) {
    add('address', scope.addresses);
    add('address-group', scope.addressGroups);
    add('service', scope.services);
    add('service-group', scope.serviceGroups);
    add('schedule', scope.schedules);
  }
  add('zone', ctx.vsys.zones);
  return out;
}

/**
 * References made by definitions rather than rules (group members), resolved up front so an
 * undefined member is reported once, where the group names it, whether or not a rule uses it.
 */
export function resolveDefinitions(ctx: VsysContext): void {
  for (const scope of [ctx.config.shared, ctx.vsys.objects]) {
    for (const g of scope.addressGroups) ctx.addresses.resolve(g.name, { usedBy: `address-group ${g.name}`, line: g.line, context: g.context });
    for (const g of scope.serviceGroups) ctx.services.resolveService(g.name, { usedBy: `service-group ${g.name}`, line: g.line, context: g.context }, new Set());
  }
}
