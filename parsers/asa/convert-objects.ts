import type { DefinedObject, ObjectKind } from '../../src/model/objects.js';
import type { References } from './references.js';
import type { AddressResolver } from './resolve-addresses.js';
import type { ServiceResolver } from './resolve-services.js';
import type { AsaConfig } from './vendor-config.js';

/** Every named structure the configuration defines, for unused-object checks. */
export function definedObjects(config: AsaConfig, file: string): DefinedObject[] {
  const out: DefinedObject[] = [];
  const add = (kind: ObjectKind, items: ReadonlyArray<{ readonly name: string; readonly line: number }>) => {
    for (const o of items) out.push({ kind, name: o.name, provenance: { file, line: o.line } });
  };
  add('address', config.networkObjects);
  add('address-group', config.networkGroups);
  add('service', config.serviceObjects);
  add('service-group', config.serviceGroups);
  add('service-group', config.protocolGroups);
  add('service-group', config.icmpGroups);
  add('acl', config.accessLists);
  add('schedule', config.timeRanges);
  return out;
}

/**
 * References made by definitions rather than by rules: group members. Recorded for every
 * group, used or not, so an undefined member is reported once, where the group names it.
 */
export function recordDefinitionReferences(config: AsaConfig, refs: References, addresses: AddressResolver, services: ServiceResolver): void {
  for (const g of config.networkGroups) {
    const usedBy = `object-group network ${g.name}`;
    for (const m of g.members) {
      if (m.kind === 'object') refs.add('address', m.name, addresses.hasObject(m.name), usedBy, m.line, usedBy, 'the member adds nothing');
      if (m.kind === 'group') refs.add('address-group', m.name, addresses.hasGroup(m.name), usedBy, m.line, usedBy, 'the member adds nothing');
    }
  }
  for (const g of config.serviceGroups) {
    const usedBy = `object-group service ${g.name}`;
    const wanted = g.portProtocol === undefined ? 'service' : 'port';
    for (const m of g.members) {
      if (m.kind === 'object') refs.add('service', m.name, services.hasObject(m.name), usedBy, m.line, usedBy, 'the member adds nothing');
      if (m.kind === 'group') refs.add('service-group', m.name, services.groupKind(m.name) === wanted, usedBy, m.line, usedBy, 'the member adds nothing');
    }
  }
  for (const g of config.protocolGroups) {
    for (const m of g.members) {
      if (m.group !== undefined) refs.add('service-group', m.group, services.groupKind(m.group) === 'protocol', `object-group protocol ${g.name}`, m.line, `object-group protocol ${g.name}`, 'the member adds nothing');
    }
  }
  for (const g of config.icmpGroups) {
    for (const m of g.members) {
      if (m.group !== undefined) refs.add('service-group', m.group, services.groupKind(m.group) === 'icmp', `object-group icmp-type ${g.name}`, m.line, `object-group icmp-type ${g.name}`, 'the member adds nothing');
    }
  }
}
