import type { Interface, InterfaceAddress, Zone } from '../../src/model/interface.js';
import { type ConvertContext, provenance } from './convert-context.js';
import type { JInterfaceAddress } from './vendor-config.js';

/**
 * The device's logical interfaces (`ge-0/0/0.0`). Addresses: the `primary` one first, then
 * the others in file order, then IPv6. A unit is down when it or its physical interface is
 * disabled or deactivated. A DHCP-leased address is unknown offline (warned).
 */
export function convertInterfaces(ctx: ConvertContext): Interface[] {
  return ctx.scope.units.map(({ unit, physical }) => {
    const ordered = (list: readonly JInterfaceAddress[]) => [...list.filter((a) => a.primary), ...list.filter((a) => !a.primary)];
    const addresses: InterfaceAddress[] = [...ordered(unit.inet.addresses), ...ordered(unit.inet6.addresses)].map((a) => ({ address: a.address, prefixLength: a.prefixLength }));
    for (const fam of [unit.inet, unit.inet6]) {
      if (fam.dhcp !== undefined && fam.addresses.length === 0) {
        ctx.sink.unsupported(fam.dhcp, unit.context, 'the address is leased by DHCP at run time and unknown offline: the interface has no address in the model, so nothing is routed through it');
      }
    }
    const description = unit.description ?? physical.description;
    const zone = ctx.zones.zoneOf(unit.name);
    return {
      name: unit.name,
      ...(description === undefined ? {} : { description }),
      addresses,
      ...(zone === undefined ? {} : { zone }),
      enabled: !(unit.disabled || physical.disabled || unit.inactive || physical.inactive),
      provenance: provenance(ctx, unit.line),
    };
  });
}

/** Security zones with members here; the default instance also lists zones with none. */
export function convertZones(ctx: ConvertContext): Zone[] {
  const zones = ctx.isMaster ? ctx.zones.all().filter((z) => ctx.zones.interfacesOf(z.name).length > 0 || z.interfaces.length === 0) : ctx.zones.zonesHere();
  return zones.map((z) => ({ name: z.name, interfaces: ctx.zones.interfacesOf(z.name), provenance: provenance(ctx, z.line) }));
}
