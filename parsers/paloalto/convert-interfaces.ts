import type { Interface, InterfaceAddress, Zone } from '../../src/model/interface.js';
import type { ManagementAccess } from '../../src/model/management.js';
import { AddressSpace } from '../../src/space/address-space.js';
import type { VsysContext } from './convert-context.js';
import { MANAGEMENT_SERVICES } from './management-services.js';
import type { PanAddress, PanInterface, PanManagementProfile, PanZone, PanosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Interfaces that can carry routed traffic: ports and aggregates in layer 3, and every unit. */
export function isLayer3(i: PanInterface): boolean {
  return i.mode === 'layer3';
}

/**
 * Which vsys owns each interface: the vsys that imports it; on a single-vsys firewall with no
 * import list, every interface belongs to the one vsys.
 */
export function interfaceOwners(config: PanosConfig, vsysNames: readonly string[], sink: WarningSink): Map<string, string> {
  const owners = new Map<string, string>();
  const known = new Set(config.interfaces.map((i) => i.name));
  for (const v of config.vsys) {
    for (const name of v.importedInterfaces?.names ?? []) {
      if (!known.has(name)) {
        sink.invalid(v.importedInterfaces!.line, v.context, `vsys ${v.name} imports ${name}, which the file does not define; ignored`);
        continue;
      }
      const prior = owners.get(name);
      if (prior !== undefined && prior !== v.name) {
        sink.invalid(v.importedInterfaces!.line, v.context, `${name} is imported by both ${prior} and ${v.name}; it stays in ${prior}`);
        continue;
      }
      owners.set(name, v.name);
    }
  }
  const only = vsysNames.length === 1 ? vsysNames[0]! : undefined;
  const single = config.vsys.length <= 1 && only !== undefined && config.vsys.every((v) => v.importedInterfaces === undefined);
  if (single) for (const i of config.interfaces) owners.set(i.name, only);
  return owners;
}

/**
 * Layer-3 zones of the vsys with the member interfaces it owns. A zone of another kind
 * (virtual wire, layer 2, tap, tunnel, external) bridges or hands off traffic sansou does not
 * model; it is reported once and left out.
 */
export function convertZones(
  zones: readonly PanZone[],
  owned: ReadonlySet<string>,
  layer3: ReadonlySet<string>,
  defined: ReadonlySet<string>,
  file: string,
  sink: WarningSink,
): { zones: Map<string, Zone>; zoneOf: Map<string, string> } {
  const out = new Map<string, Zone>();
  const zoneOf = new Map<string, string>();
  for (const z of zones) {
    if (z.mode !== 'layer3') {
      if (z.mode !== 'none' || z.members.names.length > 0) {
        sink.unsupported(z.line, z.context, `${z.mode} zone ${z.name}: traffic through it is not modelled (only layer-3 zones are); rules naming it match nothing`);
      }
      out.set(z.name, { name: z.name, interfaces: [], provenance: { file, line: z.line } });
      continue;
    }
    const members: string[] = [];
    for (const name of z.members.names) {
      if (!owned.has(name) || !layer3.has(name)) {
        // An interface the file never defines is reported once, as an undefined reference.
        if (defined.has(name)) sink.invalid(z.members.line, z.context, `zone ${z.name} lists ${name}, which is not a layer-3 interface of this vsys; left out`);
        continue;
      }
      const prior = zoneOf.get(name);
      if (prior !== undefined) {
        sink.invalid(z.members.line, z.context, `${name} is in both zones ${prior} and ${z.name}; it stays in ${prior}`);
        continue;
      }
      zoneOf.set(name, z.name);
      members.push(name);
    }
    out.set(z.name, { name: z.name, interfaces: members, provenance: { file, line: z.line } });
  }
  return { zones: out, zoneOf };
}

/**
 * Neutral interfaces. An interface is down when its port is `link-state down`, and also when
 * no virtual router holds it: PAN-OS neither receives nor routes on a layer-3 interface
 * outside every virtual router.
 */
export function convertInterfaces(ctx: VsysContext, ifaces: readonly PanInterface[], routed: ReadonlySet<string>): Interface[] {
  const out: Interface[] = [];
  for (const i of ifaces) {
    const addresses = interfaceAddresses(ctx, i);
    if (!routed.has(i.name) && addresses.length > 0) {
      ctx.sink.invalid(i.line, i.context, `${i.name} has an address but no virtual router holds it: PAN-OS does not route it, so it is modelled as down`);
    }
    if (i.dynamicAddress) {
      ctx.sink.unsupported(i.dynamicAddress.line, i.context, `${i.name} learns its address by ${i.dynamicAddress.value} at run time: unknown offline, so it has no address here`);
    }
    const zone = ctx.zoneOf.get(i.name);
    out.push({
      name: i.name,
      ...(i.comment === undefined ? {} : { description: i.comment }),
      addresses,
      ...(zone === undefined ? {} : { zone }),
      enabled: !i.linkDown && routed.has(i.name),
      provenance: { file: ctx.file, line: i.line },
    });
  }
  return out;
}

/** IPv4 first, then IPv6; an entry naming an address object takes that object's address. */
function interfaceAddresses(ctx: VsysContext, i: PanInterface): InterfaceAddress[] {
  const out: InterfaceAddress[] = [];
  for (const a of i.addresses) {
    if (a.parsed) {
      out.push(a.parsed);
      continue;
    }
    const object = findAddressObject(ctx, a.text);
    if (object?.value.type === 'ip-netmask') {
      ctx.refs.add('address', a.text, true, `interface ${i.name} ip`, a.line, i.context);
      out.push(object.value.host);
      continue;
    }
    if (object) ctx.sink.invalid(a.line, i.context, `address object ${a.text} on ${i.name} is not an ip-netmask; ignored`);
    else ctx.sink.invalid(a.line, i.context, `"${a.text}" on ${i.name} is neither an address with a prefix length nor an address object; ignored`);
  }
  return [...out.filter((a) => a.address.family === 4), ...out.filter((a) => a.address.family === 6)];
}

export function findAddressObject(ctx: VsysContext, name: string): PanAddress | undefined {
  return ctx.vsys.objects.addresses.find((a) => a.name === name) ?? ctx.config.shared.addresses.find((a) => a.name === name);
}

/**
 * Management services each zoned interface answers, from its interface management profile.
 * Interfaces without a zone answer nothing: PAN-OS drops every packet they receive. A packet
 * for the interface's address that enters on another interface is answered only when a
 * security rule permits it from its ingress zone to the interface's zone (throughPolicy).
 */
export function convertManagement(ctx: VsysContext, ifaces: readonly PanInterface[], profiles: readonly PanManagementProfile[]): ManagementAccess[] {
  const byName = new Map(profiles.map((p) => [p.name, p] as const));
  const out: ManagementAccess[] = [];
  for (const i of ifaces) {
    if (!i.managementProfile) continue;
    const profile = byName.get(i.managementProfile.value);
    if (!profile) {
      ctx.sink.invalid(i.managementProfile.line, i.context, `undefined interface management profile "${i.managementProfile.value}" on ${i.name}; the interface answers no management service`);
      continue;
    }
    if (!ctx.zoneOf.has(i.name)) continue;
    const sources = profile.permittedIps.length === 0 ? undefined : AddressSpace.unionAll(profile.permittedIps.flatMap((p) => (p.cidr ? [AddressSpace.fromCidr(p.cidr)] : [])));
    for (const s of profile.services) {
      const known = MANAGEMENT_SERVICES.get(s.value);
      if (!known) {
        if (ctx.once.first(`mgmt:${profile.name}:${s.value}`)) ctx.sink.unsupported(s.line, profile.context, `management service ${s.value} is not modelled: the interface is taken not to answer it`);
        continue;
      }
      out.push({
        interface: i.name,
        ...(sources === undefined ? {} : { sources }),
        service: s.value,
        packets: known.packets,
        secure: known.secure,
        throughPolicy: true,
        provenance: { file: ctx.file, line: s.line },
      });
    }
  }
  return out;
}
