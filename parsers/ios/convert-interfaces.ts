import type { Interface, InterfaceAddress, Zone } from '../../src/model/interface.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { makeCidr } from '../../src/space/ip.js';
import type { IosConfig, IosInterface } from './vendor-config.js';

/**
 * Routed interfaces of one VRF as neutral interfaces. A subinterface is up only when its
 * parent is; HSRP/VRRP virtual addresses follow the real ones, with the prefix of the subnet
 * they sit in, so neighbours that route to the virtual gateway find this router.
 */
export function convertInterfaces(config: IosConfig, own: readonly IosInterface[], zones: ReadonlySet<string>, file: string): Interface[] {
  const byName = new Map(config.interfaces.map((i) => [i.name, i]));
  return own.map((i) => {
    const parentName = i.name.includes('.') ? i.name.slice(0, i.name.indexOf('.')) : undefined;
    const parent = parentName === undefined ? undefined : byName.get(parentName);
    const addresses: InterfaceAddress[] = i.addresses.map((a) => ({ address: a.address, prefixLength: a.prefixLength }));
    for (const v of i.virtualAddresses) {
      if (addresses.some((a) => a.address.value === v.address.value)) continue;
      const home = i.addresses.find((a) => AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).contains(v.address));
      addresses.push({ address: v.address, prefixLength: home?.prefixLength ?? 32 });
    }
    for (const a of i.ipv6) addresses.push({ address: a.address, prefixLength: a.prefixLength });
    return {
      name: i.name,
      ...(i.description !== undefined ? { description: i.description } : {}),
      addresses,
      ...(i.zone && zones.has(i.zone.name) ? { zone: i.zone.name } : {}),
      enabled: !i.shutdown && !(parent?.shutdown ?? false),
      provenance: { file, line: i.line },
    };
  });
}

export function convertZones(own: readonly IosInterface[], config: IosConfig, file: string): Zone[] {
  const out: Zone[] = [];
  for (const z of config.zbf.zones) {
    const members = own.filter((i) => i.zone?.name === z.name).map((i) => i.name);
    if (members.length > 0) out.push({ name: z.name, interfaces: members, provenance: { file, line: z.line } });
  }
  return out;
}
