import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { formatIPv4 } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import type { References } from './references.js';
import type { AddressMatch, IosAcl, IosAclEntry, IosConfig, IosNetworkGroup, IosServiceGroup, IosServiceItem, PortMatch, ProtocolMatch } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { wildcardSet } from './wildcard.js';

/** An ACL with the packets each entry matches, in evaluation order. */
export interface ResolvedAcl {
  readonly acl: IosAcl;
  readonly entries: ReadonlyArray<{ readonly entry: IosAclEntry; readonly packets: PacketSet }>;
}

/**
 * Deepest chain of object-groups nested through group-object that is followed. Real configs
 * nest a few levels; thousands overflow the call stack of this recursive resolver, so past
 * this depth the nested group is left out with a warning, as Junos skips blocks too deep.
 */
export const MAX_GROUP_DEPTH = 64;

/**
 * File-wide meaning of named structures: object-groups as address and service sets, ACL
 * entries as packet sets, ACLs as the set of packets they permit. IOS defines these once for
 * the whole box, so they are resolved once, with their warnings, whatever VRF uses them.
 */
export class IosResolver {
  private readonly networkGroups: Map<string, IosNetworkGroup>;
  private readonly serviceGroups: Map<string, IosServiceGroup>;
  private readonly acls: Map<string, IosAcl>;
  private readonly timeRanges: Set<string>;
  private readonly networkMemo = new Map<string, AddressSpace>();
  private readonly serviceMemo = new Map<string, ServiceSet>();
  private readonly aclMemo = new Map<string, ResolvedAcl>();
  private readonly permittedMemo = new Map<string, PacketSet>();
  private readonly resolving = new Set<string>();

  constructor(
    config: IosConfig,
    private readonly sink: WarningSink,
    private readonly refs: References,
  ) {
    this.networkGroups = new Map(config.networkGroups.map((g) => [g.name, g]));
    this.serviceGroups = new Map(config.serviceGroups.map((g) => [g.name, g]));
    this.acls = new Map(config.acls.map((a) => [a.name, a]));
    this.timeRanges = new Set(config.timeRanges.map((t) => t.name));
    // Resolve everything once up front, so every definition's warnings and references are
    // reported even when nothing uses it.
    for (const g of config.networkGroups) this.networkGroup(g.name);
    for (const g of config.serviceGroups) this.serviceGroup(g.name);
    for (const a of config.acls) this.acl(a.name);
  }

  /** The ACL with its entries resolved; undefined when no such ACL exists. */
  acl(name: string): ResolvedAcl | undefined {
    const seen = this.aclMemo.get(name);
    if (seen) return seen;
    const acl = this.acls.get(name);
    if (!acl) return undefined;
    const resolved = { acl, entries: acl.entries.map((entry) => ({ entry, packets: this.entryPackets(acl, entry) })) };
    this.aclMemo.set(name, resolved);
    return resolved;
  }

  /**
   * The packets an ACL permits under first match with its implicit deny. A packet matched by
   * an earlier permit is permitted anyway, so each permit adds its match minus the earlier
   * denies only. IPv4 ACLs say nothing about IPv6: the result holds IPv4 packets only.
   */
  permitted(name: string): PacketSet | undefined {
    const seen = this.permittedMemo.get(name);
    if (seen) return seen;
    const acl = this.acl(name);
    if (!acl) return undefined;
    let permitted = PacketSet.EMPTY;
    let denied = PacketSet.EMPTY;
    for (const { entry, packets } of acl.entries) {
      if (entry.action === 'permit') permitted = permitted.union(packets.subtract(denied));
      else denied = denied.union(packets);
    }
    this.permittedMemo.set(name, permitted);
    return permitted;
  }

  /**
   * What one entry matches as the first packet of a flow. `established` and `fragments`
   * entries match only later packets of a flow, so for who-can-initiate they match nothing.
   */
  private entryPackets(acl: IosAcl, e: IosAclEntry): PacketSet {
    const usedBy = `access list ${acl.name} entry ${e.seq}`;
    if (e.timeRange !== undefined) {
      const resolved = this.timeRanges.has(e.timeRange);
      this.refs.add('schedule', e.timeRange, resolved, usedBy, e.line, acl.context, 'IOS treats the entry as inactive; the model does the same and it matches nothing');
      if (!resolved) return PacketSet.EMPTY;
      this.sink.unsupported(e.line, acl.context, `time-range ${e.timeRange} is not modelled: the entry is treated as always active`);
    }
    if (e.unmodelled.length > 0) {
      this.sink.unsupported(e.line, acl.context, `${e.unmodelled.join(', ')} is not modelled: the entry is treated as matching regardless, so it matches more`);
    }
    if (e.established || e.fragments) return PacketSet.EMPTY;
    const widen = e.action === 'permit' ? 'superset' : 'subset';
    const src = this.addressOf(e.source, widen, usedBy, e.line, acl.context).intersect(AddressSpace.ANY_V4);
    const dst = this.addressOf(e.destination, widen, usedBy, e.line, acl.context).intersect(AddressSpace.ANY_V4);
    const services = this.servicesOf(e.protocol, e.sourcePorts, e.destinationPorts, e.icmp, usedBy, e.line, acl.context);
    return PacketSet.of(src, dst, services);
  }

  private addressOf(a: AddressMatch, widen: 'superset' | 'subset', usedBy: string, line: number, context: string): AddressSpace {
    switch (a.kind) {
      case 'any':
        return AddressSpace.ANY;
      case 'host':
        return AddressSpace.fromAddress(a.address);
      case 'prefix':
        return AddressSpace.fromCidr(a.cidr);
      case 'range':
        return AddressSpace.fromRange(a.first, a.last);
      case 'wildcard': {
        const { set, exact } = wildcardSet(a.base, a.wildcard, widen);
        if (!exact) {
          const how = widen === 'superset' ? 'widened to a superset, so this permit matches more' : 'narrowed to a subset, so this deny matches less';
          this.sink.unsupported(line, context, `wildcard ${formatIPv4(a.wildcard)} scatters the match over too many address blocks (is it a netmask written as a wildcard?); ${how}`);
        }
        return new AddressSpace(set, IntervalSet.empty());
      }
      case 'group': {
        const space = this.networkGroup(a.name);
        this.refs.add('address-group', a.name, space !== undefined, usedBy, line, context, 'it matches no address');
        return space ?? AddressSpace.EMPTY;
      }
    }
  }

  /** A network object-group as an address set; nested groups are followed, cycles cut. */
  networkGroup(name: string): AddressSpace | undefined {
    const seen = this.networkMemo.get(name);
    if (seen) return seen;
    const g = this.networkGroups.get(name);
    if (!g) return undefined;
    const key = `network ${name}`;
    if (this.resolving.has(key)) {
      this.sink.invalid(g.line, g.context, `object-group ${name} contains itself through group-object; the cycle adds nothing`);
      return AddressSpace.EMPTY;
    }
    if (this.resolving.size >= MAX_GROUP_DEPTH) {
      this.sink.unrecognized(g.line, g.context, `object-groups nest deeper than ${MAX_GROUP_DEPTH} levels through group-object; object-group ${name} is left out of the group that includes it`);
      return AddressSpace.EMPTY;
    }
    this.resolving.add(key);
    const parts = g.members.map((m) => this.addressOf(m, 'superset', `object-group network ${name}`, m.line, g.context));
    this.resolving.delete(key);
    const space = AddressSpace.unionAll(parts);
    this.networkMemo.set(name, space);
    return space;
  }

  /** A service object-group as a service set; nested groups are followed, cycles cut. */
  serviceGroup(name: string): ServiceSet | undefined {
    const seen = this.serviceMemo.get(name);
    if (seen) return seen;
    const g = this.serviceGroups.get(name);
    if (!g) return undefined;
    const key = `service ${name}`;
    if (this.resolving.has(key)) {
      this.sink.invalid(g.line, g.context, `object-group ${name} contains itself through group-object; the cycle adds nothing`);
      return ServiceSet.EMPTY;
    }
    if (this.resolving.size >= MAX_GROUP_DEPTH) {
      this.sink.unrecognized(g.line, g.context, `object-groups nest deeper than ${MAX_GROUP_DEPTH} levels through group-object; object-group ${name} is left out of the group that includes it`);
      return ServiceSet.EMPTY;
    }
    this.resolving.add(key);
    const usedBy = `object-group service ${name}`;
    const parts = g.items.map((i) => this.itemServices(i, usedBy, g.context));
    for (const ref of g.groups) {
      const nested = this.serviceGroup(ref.name);
      this.refs.add('service-group', ref.name, nested !== undefined, usedBy, ref.line, g.context, 'it adds no service');
      if (nested) parts.push(nested);
    }
    this.resolving.delete(key);
    const set = ServiceSet.unionAll(parts);
    this.serviceMemo.set(name, set);
    return set;
  }

  private itemServices(i: IosServiceItem, usedBy: string, context: string): ServiceSet {
    if (!i.tcpUdp) return this.servicesOf(i.protocol, i.sourcePorts, i.destinationPorts, i.icmp, usedBy, i.line, context);
    const tcp = this.servicesOf({ kind: 'number', protocol: 6, keyword: 'tcp' }, i.sourcePorts, i.destinationPorts, undefined, usedBy, i.line, context);
    const udp = this.servicesOf({ kind: 'number', protocol: 17, keyword: 'udp' }, i.sourcePorts, i.destinationPorts, undefined, usedBy, i.line, context);
    return tcp.union(udp);
  }

  servicesOf(
    p: ProtocolMatch,
    sourcePorts: PortMatch | undefined,
    destinationPorts: PortMatch | undefined,
    icmp: { type: number; code?: number } | undefined,
    usedBy: string,
    line: number,
    context: string,
  ): ServiceSet {
    if (p.kind === 'ip') return ServiceSet.ANY;
    if (p.kind === 'group') {
      const set = this.serviceGroup(p.name);
      this.refs.add('service-group', p.name, set !== undefined, usedBy, line, context, 'it matches no service');
      return set ?? ServiceSet.EMPTY;
    }
    const proto = IntervalSet.range(p.protocol, p.protocol + 1);
    if (icmp) {
      const code = icmp.code === undefined ? ALL_PORTS : IntervalSet.range(icmp.code, icmp.code + 1);
      return new ServiceSet([{ proto, sport: code, dport: IntervalSet.range(icmp.type, icmp.type + 1) }]);
    }
    return new ServiceSet([{ proto, sport: portSet(sourcePorts), dport: portSet(destinationPorts) }]);
  }
}

const EVERY_PORT: IntervalSet<number> = ALL_PORTS;

/** The ports a condition admits; no condition admits every port. */
export function portSet(p: PortMatch | undefined): IntervalSet<number> {
  if (!p) return ALL_PORTS;
  const [a = 0, b = 0] = p.ports;
  switch (p.op) {
    case 'eq':
      return IntervalSet.fromRanges(p.ports.map((x) => [x, x + 1] as const));
    case 'neq':
      return EVERY_PORT.subtract(IntervalSet.fromRanges(p.ports.map((x) => [x, x + 1] as const)));
    case 'lt':
      return IntervalSet.range<number>(0, a);
    case 'gt':
      return IntervalSet.range<number>(a + 1, 65536);
    case 'range':
      return IntervalSet.range<number>(a, b + 1);
  }
}
