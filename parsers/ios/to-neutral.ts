import type { Device } from '../../src/model/device.js';
import type { FilterStage } from '../../src/model/filter.js';
import { aclStages } from './convert-acl-stages.js';
import { convertInterfaces, convertZones } from './convert-interfaces.js';
import { convertAdmins, convertManagement } from './convert-management.js';
import { convertNat } from './convert-nat.js';
import { definedObjects } from './convert-objects.js';
import { convertRoutes } from './convert-routes.js';
import { ClassSets, checkPolicyMaps, checkZonePairs, zbfStage } from './convert-zbf.js';
import { InterfaceNames } from './interface-names.js';
import { References } from './references.js';
import { IosResolver } from './resolver.js';
import type { IosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Typed IOS configuration → neutral devices: one for the global routing table, named by the
 * hostname, and one per VRF, named "hostname/VRF". Each holds the routed interfaces, static
 * routes, interface ACLs, zone firewall, NAT and management of its table.
 */
export function toNeutral(config: IosConfig, file: string, fallbackHostname: string, sink: WarningSink): Device[] {
  const hostname = config.hostname?.name ?? fallbackHostname;
  const globalRefs = new References(file, sink);
  const resolver = new IosResolver(config, sink, globalRefs);
  const classes = new ClassSets(config, resolver, globalRefs, sink);
  checkZonePairs({ file, sink, resolver, refs: globalRefs, config });
  checkPolicyMaps(config, sink);
  reportInterfaceSettings(config, sink);

  const vrfs = vrfContexts(config, sink);
  return [undefined, ...vrfs.map((v) => v.name)].map((vrf) => {
    const refs = vrf === undefined ? globalRefs : new References(file, sink);
    const own = config.interfaces.filter((i) => i.layer === 'routed' && i.vrf?.name === vrf);
    const zoneNames = new Set(config.zbf.zones.map((z) => z.name));
    for (const i of own) {
      if (i.zone) refs.add('zone', i.zone.name, zoneNames.has(i.zone.name), `interface ${i.name} zone-member`, i.zone.line, i.context, 'IOS rejects the command: the interface is not a zone member');
    }
    const interfaces = convertInterfaces(config, own, zoneNames, file);
    const up = new Set(interfaces.filter((i) => i.enabled).map((i) => i.name));
    const names = new InterfaceNames(own.map((i) => i.name));
    const routes = convertRoutes(
      config.routes.filter((r) => r.vrf === vrf),
      { file, sink, names, own, up },
    );
    const nat = convertNat(config, { file, sink, resolver, refs, names, own, ...(vrf !== undefined ? { vrf } : {}) });
    const hasIpv6 = interfaces.some((i) => i.addresses.some((a) => a.address.family === 6));
    const filters: FilterStage[] = [];
    if (config.routingDisabled) {
      filters.push({
        name: 'no ip routing',
        header: 'translated',
        rules: [],
        defaultAction: 'deny',
        defaultReason: 'IP routing is disabled (no ip routing): the device forwards nothing between its interfaces',
        defaultProvenance: { file, line: config.routingDisabled.line },
      });
    }
    filters.push(...aclStages(own, { file, sink, resolver, refs, hasIpv6, translatesSources: nat.sourceNat.length > 0 }));
    const zbf = zbfStage(own, { file, sink, resolver, refs, config, classes });
    if (zbf) filters.push(zbf);
    const context = vrfs.find((v) => v.name === vrf);
    const deviceLine = context?.line ?? config.hostname?.line ?? 1;
    return {
      id: vrf === undefined ? hostname : `${hostname}/${vrf}`,
      hostname,
      ...(vrf !== undefined ? { context: vrf } : {}),
      vendor: 'ios',
      interfaces,
      zones: convertZones(own, config, file),
      routes,
      filters,
      destinationNat: nat.destinationNat,
      sourceNat: nat.sourceNat,
      management: convertManagement(config, { file, sink, resolver, refs, deviceLine, warn: vrf === undefined, ...(vrf !== undefined ? { vrf } : {}) }),
      admins: convertAdmins(config, file),
      objects: vrf === undefined ? definedObjects(config, file) : [],
      references: refs.list,
      provenance: { file, line: deviceLine },
    } satisfies Device;
  });
}

/**
 * The VRFs that become devices: those defined, then those that interfaces name without a
 * definition (an excerpt may leave the definition out). Routes of a VRF that is neither are
 * reported and dropped.
 */
function vrfContexts(config: IosConfig, sink: WarningSink): Array<{ name: string; line: number }> {
  const out: Array<{ name: string; line: number }> = [];
  for (const v of config.vrfs) {
    if (out.some((x) => x.name === v.name)) continue;
    out.push({ name: v.name, line: v.line });
    sink.unsupported(v.line, v.context, `VRF ${v.name} is modelled as a separate device; route leaking between VRFs (route targets, inter-VRF routes and NAT) is not modelled, so no traffic crosses from one VRF to another in the model`);
  }
  for (const i of config.interfaces) {
    if (i.layer !== 'routed' || i.vrf === undefined || out.some((x) => x.name === i.vrf!.name)) continue;
    out.push({ name: i.vrf.name, line: i.vrf.line });
    sink.invalid(i.vrf.line, i.context, `VRF ${i.vrf.name} is not defined in this file; it is modelled as if it were`);
  }
  for (const r of config.routes) {
    if (r.vrf !== undefined && !out.some((x) => x.name === r.vrf)) sink.invalid(r.line, r.context, `VRF ${r.vrf} is not defined and no interface uses it; the route is left out`);
  }
  return out;
}

/** Interface settings whose effect the model cannot carry, reported once each. */
function reportInterfaceSettings(config: IosConfig, sink: WarningSink): void {
  for (const i of config.interfaces) {
    if (i.layer === 'routed' && i.dynamicAddress && i.addresses.length === 0) {
      sink.unsupported(i.dynamicAddress.line, i.context, `the address is ${i.dynamicAddress.how === 'dhcp' || i.dynamicAddress.how === 'negotiated' ? `learned at run time (${i.dynamicAddress.how})` : i.dynamicAddress.how}: unknown offline, so the interface has no address, subnet or neighbours in the model`);
    }
    if (i.layer !== 'routed') {
      for (const ref of [i.accessGroupIn, i.accessGroupOut]) {
        if (ref) sink.unsupported(ref.line, i.context, `${i.name} is a switchport: a port ACL filters bridged traffic, which is not modelled; traffic from the port's hosts is treated as unfiltered by it`);
      }
    }
  }
}
