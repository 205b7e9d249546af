import type { DefinedObject } from '../../src/model/objects.js';
import { type ConvertContext, at } from './convert-context.js';

/** Numbered and named structures the config defines, for unused-object checks. */
export function definedObjects(ctx: ConvertContext): DefinedObject[] {
  const { config } = ctx;
  const out: DefinedObject[] = [];
  for (const f of config.staticFilters.values()) out.push({ kind: 'acl', name: `ip filter ${f.number}`, provenance: at(ctx, f.line) });
  for (const f of config.dynamicFilters.values()) out.push({ kind: 'acl', name: `ip filter dynamic ${f.number}`, provenance: at(ctx, f.line) });
  for (const s of config.filterSets.values()) out.push({ kind: 'acl', name: `ip filter set ${s.name}`, provenance: at(ctx, s.line) });
  for (const d of config.natDescriptors.values()) out.push({ kind: 'ip-pool', name: `nat descriptor ${d.id}`, provenance: at(ctx, d.line) });
  for (const i of config.interfaces) if (i.kind === 'pp' || i.kind === 'tunnel') out.push({ kind: 'interface', name: i.name, provenance: at(ctx, i.line) });
  return out;
}
