import { IntervalSet } from '../../src/space/interval-set.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import { ICMP, ICMP6, SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { APPLICATION_DEFAULTS, PREDEFINED_SERVICE_SETS } from './predefined.js';
import type { Once, References } from './references.js';
import type { Use } from './resolve-addresses.js';
import type { PanAppDefault, PanApplication, PanApplicationGroup, PanNamed, PanObjects, PanService, PanServiceGroup, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

const PROTOCOLS = { tcp: TCP, udp: UDP, sctp: SCTP } as const;

/** What `application-default` lets a list of applications use. */
export interface ApplicationPorts {
  readonly services: ServiceSet;
  /** Applications sansou knows no default ports for (they add nothing). */
  readonly unknown: readonly string[];
}

/**
 * Resolves service names (vsys first, then shared, then PAN-OS's predefined service-http and
 * service-https) and application names (groups, custom applications with their declared
 * defaults, and the well-known App-IDs of predefined.ts).
 */
export class ServiceResolver {
  private readonly services = new Map<string, PanService>();
  private readonly serviceGroups = new Map<string, PanServiceGroup>();
  private readonly applications = new Map<string, PanApplication>();
  private readonly applicationGroups = new Map<string, PanApplicationGroup>();
  private readonly applicationFilters = new Map<string, PanNamed>();

  constructor(
    scopes: readonly PanObjects[],
    private readonly refs: References,
    private readonly sink: WarningSink,
    private readonly once: Once,
  ) {
    for (const s of scopes) {
      for (const x of s.services) this.services.set(x.name, x);
      for (const x of s.serviceGroups) this.serviceGroups.set(x.name, x);
      for (const x of s.applications) this.applications.set(x.name, x);
      for (const x of s.applicationGroups) this.applicationGroups.set(x.name, x);
      for (const x of s.applicationFilters) this.applicationFilters.set(x.name, x);
    }
  }

  resolveServices(names: readonly string[], use: Use): ServiceSet {
    if (names.includes('any')) return ServiceSet.ANY;
    return ServiceSet.unionAll(names.map((n) => this.resolveService(n, use, new Set())));
  }

  resolveService(name: string, use: Use, visiting: Set<string>): ServiceSet {
    if (name === 'any') return ServiceSet.ANY;
    const service = this.services.get(name);
    if (service) {
      this.refs.add('service', name, true, use.usedBy, use.line, use.context);
      return serviceSet(service);
    }
    const group = this.serviceGroups.get(name);
    if (group) {
      this.refs.add('service-group', name, true, use.usedBy, use.line, use.context);
      if (visiting.has(name)) {
        this.sink.invalid(group.line, group.context, `service group ${name} contains itself; the loop adds nothing`);
        return ServiceSet.EMPTY;
      }
      visiting.add(name);
      const inner: Use = { usedBy: `service-group ${name}`, line: group.members.line, context: group.context };
      const set = ServiceSet.unionAll(group.members.names.map((m) => this.resolveService(m, inner, visiting)));
      visiting.delete(name);
      return set;
    }
    const predefined = PREDEFINED_SERVICE_SETS.get(name);
    if (predefined) return predefined;
    this.refs.add('service', name, false, use.usedBy, use.line, use.context);
    return ServiceSet.EMPTY;
  }

  /** The default ports of every application named (groups expanded). */
  applicationPorts(names: readonly string[], use: Use): ApplicationPorts {
    const sets: ServiceSet[] = [];
    const unknown: string[] = [];
    const visit = (name: string, visiting: Set<string>) => {
      const group = this.applicationGroups.get(name);
      if (group) {
        if (visiting.has(name)) return;
        visiting.add(name);
        for (const m of group.members.names) visit(m, visiting);
        visiting.delete(name);
        return;
      }
      const custom = this.applications.get(name);
      if (custom) {
        sets.push(ServiceSet.unionAll(custom.defaults.map(appDefaultSet)));
        return;
      }
      const known = APPLICATION_DEFAULTS.get(name);
      if (known) {
        sets.push(known);
        return;
      }
      if (!unknown.includes(name)) unknown.push(name);
    };
    for (const n of names) visit(n, new Set());
    if (unknown.length > 0 && this.once.first(`apps:${use.context}`)) {
      const filters = unknown.filter((u) => this.applicationFilters.has(u));
      const why = filters.length > 0 ? ` (${filters.join(', ')}: application filter, chosen by attributes at run time)` : '';
      this.sink.unsupported(
        use.line,
        use.context,
        `application-default ports of ${unknown.join(', ')} are unknown to sansou${why}: the rule matches none of ${unknown.length > 1 ? 'their' : 'its'} traffic (the model may match less than PAN-OS)`,
      );
    }
    return { services: ServiceSet.unionAll(sets), unknown };
  }
}

function ranges(list: readonly PortRange[]): IntervalSet<number> {
  return IntervalSet.fromRanges(list.map((r) => [r.lo, r.hi + 1] as const));
}

export function serviceSet(s: PanService): ServiceSet {
  if (s.protocol === undefined || s.ports.length === 0) return ServiceSet.EMPTY;
  const p = PROTOCOLS[s.protocol];
  const sport = s.sourcePorts === undefined ? ALL_PORTS : ranges(s.sourcePorts);
  return new ServiceSet([{ proto: IntervalSet.range(p, p + 1), sport, dport: ranges(s.ports) }]);
}

function appDefaultSet(d: PanAppDefault): ServiceSet {
  switch (d.kind) {
    case 'port': {
      const p = PROTOCOLS[d.protocol];
      return new ServiceSet([{ proto: IntervalSet.range(p, p + 1), sport: ALL_PORTS, dport: d.ports === 'any' ? ALL_PORTS : ranges(d.ports) }]);
    }
    case 'ip-protocol':
      return ServiceSet.protocol(d.protocol);
    case 'icmp': {
      const p = d.family === 4 ? ICMP : ICMP6;
      const type = d.type === undefined ? ALL_PORTS : IntervalSet.range(d.type, d.type + 1);
      const code = d.code === undefined ? ALL_PORTS : IntervalSet.range(d.code, d.code + 1);
      return new ServiceSet([{ proto: IntervalSet.range(p, p + 1), sport: code, dport: type }]);
    }
  }
}
