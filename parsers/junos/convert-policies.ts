import type { FilterStage, MatchTerm, Rule } from '../../src/model/filter.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, provenance } from './convert-context.js';
import type { JPolicy, NameRef } from './vendor-config.js';

/** The zone of traffic to and from the device itself. */
export const JUNOS_HOST = 'junos-host';

/** Neutral rule id of a policy: `from>to/name` for a zone pair, `global/name` otherwise. */
export function policyId(p: JPolicy): string {
  return p.scope.kind === 'zone-pair' ? `${p.scope.from}>${p.scope.to}/${p.name}` : `global/${p.name}`;
}

/** Whether the configuration runs in flow mode with security policies (an SRX, not a router). */
export function hasSecurityPolicies(ctx: ConvertContext): boolean {
  const c = ctx.config;
  return c.features.packetMode === undefined && (c.zones.length > 0 || c.policies.length > 0 || c.defaultPolicy !== undefined);
}

/**
 * The security-policy stage of an SRX in flow mode. It sees the header after destination
 * NAT (the translated destination, the original source), as the SRX looks policies up after
 * DNAT and the route lookup. Rules in order:
 * 1. an implicit deny for interfaces in no security zone (the null zone drops all transit
 *    traffic; `functional-zone management` interfaces take host traffic only);
 * 2. the zone-pair policies in file order (only those of the packet's zone pair can match,
 *    because each term names the zones' interfaces);
 * 3. the global policies in file order;
 * then the default policy: deny-all unless `default-policy permit-all`.
 * Intra-zone traffic needs a `from-zone Z to-zone Z` policy like any other pair.
 */
export function convertPolicies(ctx: ConvertContext, dnatIds: readonly string[]): FilterStage | undefined {
  if (!hasSecurityPolicies(ctx)) return undefined;
  const rules: Rule[] = [];
  const unzoned = ctx.scope.units.filter(({ unit }) => ctx.zones.zoneOf(unit.name) === undefined);
  if (unzoned.length > 0) {
    const names = unzoned.map(({ unit }) => unit.name);
    rules.push({
      id: 'null-zone',
      action: 'deny',
      enabled: true,
      log: false,
      terms: [
        { inInterfaces: names, packets: PacketSet.ANY },
        { outInterfaces: names, packets: PacketSet.ANY },
      ],
      implicit: true,
      comment: 'interfaces in no security zone drop all transit traffic',
      display: { inInterfaces: names, outInterfaces: names, sources: ['any'], destinations: ['any'], services: ['any'] },
      provenance: provenance(ctx, unzoned[0]!.unit.line),
    });
  }
  for (const p of ctx.config.policies) {
    if (!belongsHere(ctx, p)) continue;
    rules.push(...policyRules(ctx, p, dnatIds));
  }
  const d = ctx.config.defaultPolicy;
  return {
    name: 'security policies',
    header: 'translated',
    rules,
    defaultAction: d?.action === 'permit-all' ? 'permit' : 'deny',
    defaultReason: d ? `default-policy ${d.action}` : 'default-policy deny-all (Junos default)',
    ...(d ? { defaultProvenance: provenance(ctx, d.line) } : {}),
  };
}

/**
 * A zone-pair policy belongs to the devices holding one of its zones (the default instance
 * takes those whose zones have no interface at all); global policies belong everywhere.
 */
function belongsHere(ctx: ConvertContext, p: JPolicy): boolean {
  if (p.scope.kind === 'global') return true;
  const zones = [p.scope.from, p.scope.to];
  if (zones.some((z) => ctx.zones.interfacesOf(z).length > 0)) return true;
  return ctx.isMaster && !zones.some((z) => ctx.config.zones.some((x) => x.name === z && !x.functional && x.interfaces.length > 0));
}

function policyRules(ctx: ConvertContext, p: JPolicy, dnatIds: readonly string[]): Rule[] {
  const id = policyId(p);
  const usedBy = `security policy ${id}`;
  const recordRefs = p.scope.kind === 'zone-pair' || ctx.isMaster;
  if (p.scope.kind === 'zone-pair' && (p.scope.from === JUNOS_HOST || p.scope.to === JUNOS_HOST)) {
    ctx.sink.unsupported(
      p.line,
      p.context,
      p.scope.to === JUNOS_HOST
        ? 'policies to junos-host further restrict traffic to the device itself; not modelled: management access follows host-inbound-traffic only and may be broader than on the device'
        : 'policies from junos-host govern traffic the device itself starts; not modelled (only traffic others can initiate is analysed)',
    );
    return [];
  }

  // Zones → interfaces of this device; addresses are looked up in the zone's books.
  let inInterfaces: string[] | undefined;
  let outInterfaces: string[] | undefined;
  let fromZone: string | undefined;
  let toZone: string | undefined;
  let zoneDisplay: { from: string[]; to: string[] };
  if (p.scope.kind === 'zone-pair') {
    fromZone = p.scope.from;
    toZone = p.scope.to;
    for (const z of [fromZone, toZone]) if (recordRefs) ctx.refs.add('zone', z, ctx.zones.isDefined(z), usedBy, p.line, p.context);
    inInterfaces = ctx.zones.interfacesOf(fromZone);
    outInterfaces = ctx.zones.interfacesOf(toZone);
    zoneDisplay = { from: [fromZone], to: [toZone] };
  } else {
    const side = (zones: readonly NameRef[] | undefined) => {
      if (zones === undefined || zones.some((z) => z.name === 'any')) return undefined;
      const names: string[] = [];
      for (const z of zones) {
        if (recordRefs) ctx.refs.add('zone', z.name, ctx.zones.isDefined(z.name), usedBy, z.line, p.context);
        names.push(...ctx.zones.interfacesOf(z.name));
      }
      return names;
    };
    inInterfaces = side(p.scope.fromZones);
    outInterfaces = side(p.scope.toZones);
    zoneDisplay = { from: p.scope.fromZones?.map((z) => z.name) ?? ['any'], to: p.scope.toZones?.map((z) => z.name) ?? ['any'] };
  }

  const addressSide = (refs: readonly NameRef[], zone: string | undefined, field: string, excluded: boolean): AddressSpace => {
    if (refs.length === 0) {
      ctx.sink.invalid(p.line, p.context, `the policy has no ${field}; Junos requires one: the policy matches nothing`);
      return AddressSpace.EMPTY;
    }
    const parts: AddressSpace[] = [];
    for (const r of refs) {
      const res = ctx.addresses.resolve(r.name, zone);
      if (recordRefs) ctx.refs.add(res.kind, r.name, res.found, `${usedBy} ${field}`, r.line, p.context);
      parts.push(res.space);
    }
    const space = AddressSpace.unionAll(parts);
    return excluded ? space.complement() : space;
  };
  const src = addressSide(p.sources, fromZone, 'source-address', p.sourceExcluded !== undefined);
  const dst = addressSide(p.destinations, toZone, 'destination-address', p.destinationExcluded !== undefined);
  let services = ServiceSet.EMPTY;
  if (p.applications.length === 0) {
    ctx.sink.invalid(p.line, p.context, 'the policy has no application; Junos requires one: the policy matches nothing');
  } else {
    services = ServiceSet.unionAll(
      p.applications.map((a) => {
        const res = ctx.applications.resolve(a.name, a.line, p.context);
        if (recordRefs) ctx.refs.add(res.kind, a.name, res.found, `${usedBy} application`, a.line, p.context);
        return res.services;
      }),
    );
  }
  for (const u of p.unmodelled) {
    ctx.sink.unsupported(u.line, p.context, `${u.name} is not modelled: the condition is treated as absent, so the policy matches more`);
  }
  if (p.scheduler) {
    if (recordRefs) ctx.refs.add('schedule', p.scheduler.name, ctx.config.schedulers.includes(p.scheduler.name), `${usedBy} scheduler-name`, p.scheduler.line, p.context);
    ctx.sink.unsupported(p.scheduler.line, p.context, `scheduler ${p.scheduler.name} is not modelled: the policy is treated as always active, so it matches more`);
  }
  if (p.tunnel) {
    ctx.sink.unsupported(p.tunnel.line, p.context, `tunnel ipsec-vpn ${p.tunnel.name} (policy-based VPN) is not modelled: permitted traffic is routed as if in clear`);
  }
  if (!p.action) ctx.sink.invalid(p.line, p.context, 'the policy has no then action (permit, deny or reject); Junos would refuse it: it is modelled disabled');

  const packets = PacketSet.of(src, dst, services);
  const term = (extra: Partial<MatchTerm>): MatchTerm => ({
    ...(inInterfaces === undefined ? {} : { inInterfaces }),
    ...(outInterfaces === undefined ? {} : { outInterfaces }),
    packets,
    ...extra,
  });
  const display = {
    inInterfaces: zoneDisplay.from,
    outInterfaces: zoneDisplay.to,
    sources: p.sources.map((r) => (p.sourceExcluded === undefined ? r.name : `except ${r.name}`)),
    destinations: p.destinations.map((r) => (p.destinationExcluded === undefined ? r.name : `except ${r.name}`)),
    services: p.applications.map((a) => a.name),
  };
  const base = {
    name: p.name,
    enabled: !p.inactive && p.action !== undefined,
    log: p.log,
    implicit: false,
    ...(p.description === undefined ? {} : { comment: p.description }),
    display,
    provenance: provenance(ctx, p.line),
  };
  const action = p.action?.type === 'permit' ? 'permit' : 'deny';
  if (p.dropTranslated && action === 'permit') {
    // drop-translated permits untranslated flows and drops translated ones (and the reverse).
    const permitted = p.dropTranslated.which === 'translated' ? ('untranslated' as const) : dnatIds;
    const dropped = p.dropTranslated.which === 'translated' ? dnatIds : ('untranslated' as const);
    return [
      { ...base, id, action: 'permit', terms: [term({ dnat: permitted })] },
      { ...base, id: `${id}:drop-${p.dropTranslated.which}`, action: 'deny', terms: [term({ dnat: dropped })], provenance: provenance(ctx, p.dropTranslated.line) },
    ];
  }
  return [{ ...base, id, action, terms: [term({})] }];
}
