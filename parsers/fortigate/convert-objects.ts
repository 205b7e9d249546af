import type { DefinedObject, ObjectKind } from '../../src/model/objects.js';
import type { InterfaceNames } from './interface-names.js';
import type { References } from './references.js';
import { type AddressResolver, referenceKind } from './resolve-addresses.js';
import type { ServiceResolver } from './resolve-services.js';
import type { FgVdom, Origin } from './vendor-config.js';

/** Every named object the VDOM defines, for unused-object checks. */
export function definedObjects(vdom: FgVdom, file: string): DefinedObject[] {
  const out: DefinedObject[] = [];
  const add = (kind: ObjectKind, items: ReadonlyArray<Origin & { readonly name: string }>) => {
    for (const o of items) out.push({ kind, name: o.name, provenance: { file, line: o.line } });
  };
  add('address', vdom.addresses);
  add('address-group', vdom.addressGroups);
  add('service', vdom.services);
  add('service-group', vdom.serviceGroups);
  add('vip', vdom.vips);
  add('vip', vdom.otherVips);
  add('vip-group', vdom.vipGroups);
  add('ip-pool', vdom.ipPools);
  add('zone', vdom.zones);
  add('zone', vdom.sdwanZones);
  add('schedule', vdom.schedules);
  return out;
}

export interface DefinitionContext {
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly services: ServiceResolver;
  readonly interfaces: InterfaceNames;
  readonly interfaceNames: ReadonlySet<string>;
}

/**
 * References made by definitions rather than policies: group members, zone members and VIP
 * interfaces. Recorded for every definition, used or not, so an undefined member is reported
 * exactly once, where the group names it.
 */
export function recordDefinitionReferences(vdom: FgVdom, ctx: DefinitionContext): void {
  const { refs, addresses, services } = ctx;
  for (const g of vdom.addressGroups) {
    const usedBy = `firewall addrgrp${g.family === 6 ? '6' : ''} ${g.name}`;
    for (const [list, field] of [
      [g.members, 'member'],
      [g.excludeMembers, 'exclude-member'],
    ] as const) {
      for (const name of list.names) {
        const entry = addresses.lookup(name, g.family);
        refs.addSetting(referenceKind(entry), name, entry !== undefined, usedBy, field, list.line, g.context);
      }
    }
  }
  for (const g of vdom.serviceGroups) {
    for (const name of g.members.names) {
      const entry = services.lookup(name);
      refs.addSetting(entry?.kind === 'group' ? 'service-group' : 'service', name, entry !== undefined, `firewall service group ${g.name}`, 'member', g.members.line, g.context);
    }
  }
  for (const g of vdom.vipGroups) {
    for (const name of g.members.names) {
      const resolved = addresses.lookup(name, 4)?.kind === 'vip';
      refs.addSetting('vip', name, resolved, `firewall vipgrp ${g.name}`, 'member', g.members.line, g.context, 'it translates nothing');
    }
  }
  for (const z of vdom.zones) {
    for (const name of z.interfaces.names) {
      refs.addSetting('interface', name, ctx.interfaceNames.has(name), `system zone ${z.name}`, 'interface', z.interfaces.line, z.context, 'the zone does not include it');
    }
  }
  for (const v of vdom.vips) {
    for (const name of v.extintf.names) {
      if (name === 'any') continue;
      const r = ctx.interfaces.resolve(name);
      refs.addSetting(r.kind, name, r.resolved, `firewall vip ${v.name}`, 'extintf', v.extintf.line, v.context, 'the VIP listens on no interface');
    }
  }
}
