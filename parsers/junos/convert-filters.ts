import type { FilterStage, Rule } from '../../src/model/filter.js';
import type { SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { formatCidr } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ICMP, ICMP6, SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { ALL_PORTS, ALL_PROTOCOLS, ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, provenance } from './convert-context.js';
import type { JFilter, JListMatch, JPrefixMatch, JTerm, JTermFrom, NameRef, PortRange } from './vendor-config.js';

interface Binding {
  readonly family: 'inet' | 'inet6';
  readonly filters: readonly NameRef[];
  readonly interfaces: string[];
}

/**
 * Stateless firewall filters bound to this device's interfaces, one stage per filter (or
 * filter list) and direction and family, covering every interface that binds it. Input
 * filters run before flow processing, so they see the header before destination NAT
 * (`original`); output filters run last and see it after DNAT (`translated`). A filter of
 * one family never sees the other family's packets, so its stage first lets those through.
 * The end of a filter is Junos' implicit discard.
 *
 * Stateless filters are modelled in the direction of the initiating packet only: replies
 * are never new flows. So `tcp-established` (ACK or RST set) matches no initiating packet.
 */
export function convertFilterStages(ctx: ConvertContext, direction: 'input' | 'output', sourceNat: readonly SourceNat[]): FilterStage[] {
  const bindings = new Map<string, Binding>();
  for (const { unit } of ctx.scope.units) {
    for (const family of ['inet', 'inet6'] as const) {
      const b = unit[family][direction];
      if (!b) continue;
      const key = `${family}\u0000${b.filters.map((f) => f.name).join('\u0000')}`;
      const existing = bindings.get(key);
      if (existing) existing.interfaces.push(unit.name);
      else bindings.set(key, { family, filters: b.filters, interfaces: [unit.name] });
      for (const f of b.filters) {
        const found = ctx.config.filters.some((x) => x.family === family && x.name === f.name);
        ctx.refs.add('acl', f.name, found, `interface ${unit.name} family ${family} filter ${direction}`, f.line, unit.context, 'the binding is left out (Junos would refuse it), so nothing is filtered there');
      }
    }
  }
  const stages: FilterStage[] = [];
  for (const b of bindings.values()) {
    const filters = b.filters.map((f) => ctx.config.filters.find((x) => x.family === b.family && x.name === f.name)).filter((f): f is JFilter => f !== undefined);
    if (filters.length === 0) continue;
    const names = filters.map((f) => f.name).join(', ');
    const other = b.family === 'inet' ? AddressSpace.ANY_V6 : AddressSpace.ANY_V4;
    const last = filters[filters.length - 1]!;
    const rules: Rule[] = [
      {
        id: `${filters[0]!.name}:not-${b.family}`,
        action: 'permit',
        enabled: true,
        log: false,
        terms: [{ packets: PacketSet.of(other, other) }],
        implicit: true,
        comment: `a family ${b.family} filter does not see ${b.family === 'inet' ? 'IPv6' : 'IPv4'} packets`,
        display: { inInterfaces: [], outInterfaces: [], sources: ['any'], destinations: ['any'], services: ['any'] },
        provenance: provenance(ctx, filters[0]!.line),
      },
    ];
    for (const f of filters) for (const t of f.terms) {
      const r = termRule(ctx, f, t);
      if (r) rules.push(r);
    }
    if (direction === 'output' && filters.some(matchesSource)) {
      const translated = sourceNat.some((n) => n.outInterfaces === undefined || n.outInterfaces.some((i) => b.interfaces.includes(i)));
      if (translated) {
        ctx.sink.unsupported(
          last.line,
          last.context,
          `output filter ${names} matches source addresses, and source NAT applies on ${b.interfaces.join(', ')}: on the device the filter sees the translated source, the model compares the original one`,
        );
      }
    }
    if (direction === 'input') {
      const managed = b.interfaces.filter((i) => ctx.zones.zoneOf(i) !== undefined || ctx.zones.managementOnly.has(i));
      if (managed.length > 0) {
        ctx.sink.unsupported(filters[0]!.line, filters[0]!.context, `input filter ${names} also filters traffic addressed to the device on ${managed.join(', ')}; the model does not apply it to management access, which may be broader`);
      }
    }
    stages.push({
      name: `firewall filter ${names} ${direction} (${b.family})`,
      ...(direction === 'input' ? { inInterfaces: b.interfaces } : { outInterfaces: b.interfaces }),
      header: direction === 'input' ? 'original' : 'translated',
      rules,
      defaultAction: 'deny',
      defaultReason: `implicit discard at the end of filter ${last.name}`,
      defaultProvenance: provenance(ctx, last.line),
    });
  }
  return stages;
}

function matchesSource(f: JFilter): boolean {
  return f.terms.some((t) => t.from.sourceAddresses.length > 0 || t.from.addresses.length > 0 || t.from.sourcePrefixLists.length > 0 || t.from.prefixLists.length > 0);
}

/** One term as a rule; undefined for `next term` terms, which decide nothing. */
function termRule(ctx: ConvertContext, f: JFilter, t: JTerm): Rule | undefined {
  const id = `${f.name}/${t.name}`;
  const context = `${f.context} term ${t.name}`;
  const action = t.action?.type ?? 'accept';
  if (action === 'next-term') return undefined;
  if (action === 'routing-instance') {
    ctx.sink.unsupported(t.action!.line, context, `then routing-instance ${t.action!.instance ?? ''} (filter-based forwarding) is not modelled: matching packets are accepted and routed in this instance`);
  }
  for (const u of t.from.unmodelled) ctx.sink.unsupported(u.line, context, `${u.name} is not modelled: the condition is treated as absent, so the term matches more`);
  const packets = termPackets(ctx, f, t.from, context);
  return {
    id,
    name: t.name,
    action: action === 'accept' || action === 'routing-instance' ? 'permit' : 'deny',
    enabled: !t.inactive,
    log: t.log,
    terms: [{ packets }],
    implicit: false,
    display: displayOf(t.from),
    provenance: provenance(ctx, t.line),
  };
}

/** Longest-prefix semantics of Junos address lists: a more specific `except` entry carves out. */
export function prefixSpace(entries: ReadonlyArray<{ readonly cidr: JPrefixMatch['cidr']; readonly except: boolean }>): AddressSpace {
  const sorted = [...entries].sort((a, b) => a.cidr.prefixLength - b.cidr.prefixLength);
  let space = AddressSpace.EMPTY;
  for (const e of sorted) {
    const s = AddressSpace.fromCidr(e.cidr);
    space = e.except ? space.subtract(s) : space.union(s);
  }
  return space;
}

function listEntries(ctx: ConvertContext, lists: readonly JListMatch[], usedBy: string, context: string): Array<{ cidr: JPrefixMatch['cidr']; except: boolean }> {
  const out: Array<{ cidr: JPrefixMatch['cidr']; except: boolean }> = [];
  for (const l of lists) {
    const list = ctx.config.prefixLists.find((p) => p.name === l.name);
    ctx.refs.add('address-group', l.name, list !== undefined, usedBy, l.line, context);
    if (!list) continue;
    if (list.applyPath) ctx.sink.unsupported(list.applyPath.line, list.context, 'apply-path prefixes come from elsewhere in the configuration and are not expanded: the list matches only its literal prefixes');
    for (const p of list.prefixes) out.push({ cidr: p.cidr, except: l.except });
  }
  return out;
}

function termPackets(ctx: ConvertContext, f: JFilter, from: JTermFrom, context: string): PacketSet {
  const family = f.family === 'inet' ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
  const usedBy = `filter ${f.name}`;
  const side = (prefixes: readonly JPrefixMatch[], lists: readonly JListMatch[]): AddressSpace[] => {
    const spaces: AddressSpace[] = [];
    if (prefixes.length > 0) spaces.push(prefixSpace(prefixes));
    if (lists.length > 0) spaces.push(prefixSpace(listEntries(ctx, lists, usedBy, context)));
    return spaces;
  };
  let src = family;
  for (const s of side(from.sourceAddresses, from.sourcePrefixLists)) src = src.intersect(s);
  let dst = family;
  for (const s of side(from.destinationAddresses, from.destinationPrefixLists)) dst = dst.intersect(s);
  const services = termServiceSet(from, f.family);
  let packets = PacketSet.of(src, dst, services);
  // `address` and `prefix-list` match the source or the destination.
  for (const either of side(from.addresses, from.prefixLists)) {
    packets = packets.intersect(PacketSet.of(either, AddressSpace.ANY).union(PacketSet.of(AddressSpace.ANY, either)));
  }
  return packets;
}

const PORTED = IntervalSet.fromRanges<number>([
  [TCP, TCP + 1],
  [UDP, UDP + 1],
  [SCTP, SCTP + 1],
]);

function ranges(list: readonly PortRange[]): IntervalSet<number> {
  return IntervalSet.fromRanges(list.map(([lo, hi]) => [lo, hi + 1] as [number, number]));
}

/**
 * Protocol and ports of a term. Port conditions imply TCP, UDP or SCTP (they would read
 * other protocols' bytes otherwise); ICMP type and code imply ICMP and use the port fields
 * as the model does; `tcp-initial` implies TCP. `tcp-established` matches no packet that
 * opens a connection, so the term matches nothing here.
 */
export function termServiceSet(from: JTermFrom, family: 'inet' | 'inet6'): ServiceSet {
  if (from.tcpEstablished) return ServiceSet.EMPTY;
  let proto = from.protocols.length > 0 ? IntervalSet.fromRanges(from.protocols.filter((p) => p >= 0).map((p) => [p, p + 1] as [number, number])) : ALL_PROTOCOLS;
  if (from.protocolExcept.length > 0) proto = proto.subtract(IntervalSet.fromRanges(from.protocolExcept.map((p) => [p, p + 1] as [number, number])));
  if (from.tcpInitial) proto = proto.intersect(IntervalSet.range(TCP, TCP + 1));
  const icmp = from.icmpTypes.length > 0 || from.icmpCodes.length > 0;
  const ported = from.sourcePorts.length + from.destinationPorts.length + from.ports.length + from.sourcePortExcept.length + from.destinationPortExcept.length > 0;
  if (icmp) {
    const icmpProto = family === 'inet' ? ICMP : ICMP6;
    proto = proto.intersect(IntervalSet.range(icmpProto, icmpProto + 1));
    if (ported) proto = IntervalSet.empty();
    const types = from.icmpTypes.length > 0 ? ranges(from.icmpTypes) : ALL_PORTS;
    const codes = from.icmpCodes.length > 0 ? ranges(from.icmpCodes) : ALL_PORTS;
    return new ServiceSet([{ proto, sport: codes, dport: types }]);
  }
  if (!ported) return new ServiceSet([{ proto, sport: ALL_PORTS, dport: ALL_PORTS }]);
  proto = proto.intersect(PORTED);
  const dport = (from.destinationPorts.length > 0 ? ranges(from.destinationPorts) : ALL_PORTS).subtract(ranges(from.destinationPortExcept));
  const sport = (from.sourcePorts.length > 0 ? ranges(from.sourcePorts) : ALL_PORTS).subtract(ranges(from.sourcePortExcept));
  if (from.ports.length === 0) return new ServiceSet([{ proto, sport, dport }]);
  const either = ranges(from.ports);
  return new ServiceSet([
    { proto, sport, dport: dport.intersect(either) },
    { proto, sport: sport.intersect(either), dport },
  ]);
}

function displayOf(from: JTermFrom): Rule['display'] {
  const prefixes = (list: readonly JPrefixMatch[], lists: readonly JListMatch[]) => [
    ...list.map((p) => `${p.except ? 'except ' : ''}${formatCidr(p.cidr)}`),
    ...lists.map((l) => `${l.except ? 'except ' : ''}prefix-list ${l.name}`),
  ];
  const any = (l: string[]) => (l.length > 0 ? l : ['any']);
  const ports = (l: readonly PortRange[]) => l.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  const services = [
    ...from.protocols.map((p) => `protocol ${p}`),
    ...ports(from.destinationPorts).map((p) => `destination-port ${p}`),
    ...ports(from.sourcePorts).map((p) => `source-port ${p}`),
    ...ports(from.ports).map((p) => `port ${p}`),
    ...ports(from.icmpTypes).map((p) => `icmp-type ${p}`),
    ...(from.tcpEstablished ? ['tcp-established'] : []),
    ...(from.tcpInitial ? ['tcp-initial'] : []),
  ];
  return {
    inInterfaces: [],
    outInterfaces: [],
    sources: any([...prefixes(from.sourceAddresses, from.sourcePrefixLists), ...prefixes(from.addresses, from.prefixLists).map((x) => `${x} (either)`)]),
    destinations: any(prefixes(from.destinationAddresses, from.destinationPrefixLists)),
    services: any(services),
  };
}
