import { IntervalSet } from '../../src/space/interval-set.js';
import { ALL_PORTS, ALL_PROTOCOLS, type ServiceBox, ServiceSet } from '../../src/space/service-set.js';
import { portRanges } from './asa-values.js';
import type { References } from './references.js';
import type { Use } from './resolve-addresses.js';
import type { AsaConfig, AsaIcmpGroup, AsaProtocolGroup, AsaServiceGroup, AsaServiceObject, PortMatch, ServiceSpec } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

const TCP = 6;
const UDP = 17;

export function portSet(m: PortMatch | undefined): IntervalSet<number> {
  return m === undefined ? ALL_PORTS : IntervalSet.fromRanges(portRanges(m));
}

const one = (n: number) => IntervalSet.range(n, n + 1);

/** One service (object service, service-object) as a service set. */
export function specServices(s: ServiceSpec): ServiceSet {
  if (s.protocol === undefined) return ServiceSet.ANY;
  if (s.protocol === 1 || s.protocol === 58) {
    return new ServiceSet([
      {
        proto: one(s.protocol),
        sport: s.icmpCode === undefined ? ALL_PORTS : one(s.icmpCode),
        dport: s.icmpType === undefined ? ALL_PORTS : one(s.icmpType),
      },
    ]);
  }
  const protocols = s.protocol === 'tcp-udp' ? [TCP, UDP] : [s.protocol];
  return new ServiceSet(protocols.map((p) => ({ proto: one(p), sport: portSet(s.source), dport: portSet(s.destination) })));
}

/**
 * Service objects and the three kinds of service-like groups, resolved once and cycle-safe:
 * service groups (full services), port groups (ports only, for an ACE's port operands),
 * protocol groups and ICMP-type groups.
 */
export class ServiceResolver {
  private readonly objects: ReadonlyMap<string, AsaServiceObject>;
  private readonly serviceGroups: ReadonlyMap<string, AsaServiceGroup>;
  private readonly protocolGroups: ReadonlyMap<string, AsaProtocolGroup>;
  private readonly icmpGroups: ReadonlyMap<string, AsaIcmpGroup>;
  private readonly serviceMemo = new Map<string, ServiceSet>();
  private readonly portMemo = new Map<string, IntervalSet<number>>();
  private readonly resolving = new Set<string>();

  constructor(
    config: AsaConfig,
    private readonly refs: References,
    private readonly sink: WarningSink,
  ) {
    this.objects = new Map(config.serviceObjects.map((o) => [o.name, o]));
    this.serviceGroups = new Map(config.serviceGroups.map((g) => [g.name, g]));
    this.protocolGroups = new Map(config.protocolGroups.map((g) => [g.name, g]));
    this.icmpGroups = new Map(config.icmpGroups.map((g) => [g.name, g]));
  }

  /** What a group name is, among the service-like groups. */
  groupKind(name: string): 'service' | 'port' | 'protocol' | 'icmp' | undefined {
    const g = this.serviceGroups.get(name);
    if (g) return g.portProtocol === undefined ? 'service' : 'port';
    if (this.protocolGroups.has(name)) return 'protocol';
    if (this.icmpGroups.has(name)) return 'icmp';
    return undefined;
  }

  hasObject(name: string): boolean {
    return this.objects.has(name);
  }

  objectServices(name: string, use?: Use): ServiceSet {
    const o = this.objects.get(name);
    if (use) this.refs.add('service', name, o !== undefined, use.usedBy, use.line, use.context);
    return o?.service ? specServices(o.service) : ServiceSet.EMPTY;
  }

  /** A service group (`object-group service NAME` without protocol) as services. */
  serviceGroup(name: string): ServiceSet {
    const memo = this.serviceMemo.get(name);
    if (memo) return memo;
    const g = this.serviceGroups.get(name);
    if (!g || this.resolving.has(name)) return ServiceSet.EMPTY;
    this.resolving.add(name);
    const parts: ServiceSet[] = [];
    for (const m of g.members) {
      if (m.kind === 'service') parts.push(specServices(m.service));
      else if (m.kind === 'object') parts.push(this.objectServices(m.name));
      else if (m.kind === 'group') parts.push(this.nested(g.name, m.name, m.line, () => this.serviceGroup(m.name)));
    }
    this.resolving.delete(name);
    const set = ServiceSet.unionAll(parts);
    this.serviceMemo.set(name, set);
    return set;
  }

  /** A port group (`object-group service NAME tcp|udp|tcp-udp`) as ports, plus its protocols. */
  portGroup(name: string): IntervalSet<number> {
    const memo = this.portMemo.get(name);
    if (memo) return memo;
    const g = this.serviceGroups.get(name);
    if (!g || this.resolving.has(name)) return IntervalSet.empty();
    this.resolving.add(name);
    let ports = IntervalSet.empty<number>();
    for (const m of g.members) {
      if (m.kind === 'port') ports = ports.union(portSet(m.match));
      else if (m.kind === 'group') ports = ports.union(this.nested(g.name, m.name, m.line, () => this.portGroup(m.name)));
    }
    this.resolving.delete(name);
    this.portMemo.set(name, ports);
    return ports;
  }

  /** Protocols of a protocol group; undefined in the list means `ip` (every protocol). */
  protocolGroup(name: string, seen = new Set<string>()): Array<number | undefined> {
    const g = this.protocolGroups.get(name);
    if (!g || seen.has(name)) return [];
    seen.add(name);
    const out: Array<number | undefined> = [];
    for (const m of g.members) {
      if (m.group !== undefined) {
        if (seen.has(m.group)) this.cycle(g.name, m.group, m.line, 'protocol');
        else out.push(...this.protocolGroup(m.group, seen));
      } else out.push(m.protocol);
    }
    return out;
  }

  /** ICMP types of an icmp-type group. */
  icmpGroup(name: string, seen = new Set<string>()): number[] {
    const g = this.icmpGroups.get(name);
    if (!g || seen.has(name)) return [];
    seen.add(name);
    const out: number[] = [];
    for (const m of g.members) {
      if (m.group !== undefined) {
        if (seen.has(m.group)) this.cycle(g.name, m.group, m.line, 'icmp-type');
        else out.push(...this.icmpGroup(m.group, seen));
      } else if (m.type !== undefined) out.push(m.type);
    }
    return out;
  }

  private nested<T>(group: string, member: string, line: number, resolve: () => T): T {
    if (this.resolving.has(member)) this.cycle(group, member, line, 'service');
    return resolve();
  }

  private cycle(group: string, member: string, line: number, type: string): void {
    this.sink.invalid(line, `object-group ${type} ${group}`, `group-object ${member} closes a cycle of nested groups; the nesting adds nothing the second time`);
  }
}

/** Every protocol with the given ports where ports exist (TCP, UDP, SCTP). */
export function protocolServices(protocols: ReadonlyArray<number | undefined>, sport: IntervalSet<number>, dport: IntervalSet<number>, icmp?: { types: IntervalSet<number>; codes: IntervalSet<number> }): ServiceSet {
  const boxes: ServiceBox[] = [];
  for (const p of protocols) {
    if (p === undefined) boxes.push({ proto: ALL_PROTOCOLS, sport: ALL_PORTS, dport: ALL_PORTS });
    else if (p === TCP || p === UDP || p === 132) boxes.push({ proto: one(p), sport, dport });
    else if ((p === 1 || p === 58) && icmp) boxes.push({ proto: one(p), sport: icmp.codes, dport: icmp.types });
    else boxes.push({ proto: one(p), sport: ALL_PORTS, dport: ALL_PORTS });
  }
  return new ServiceSet(boxes);
}
