import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { ICMP, ICMP6, SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { compactServices } from './compact-services.js';
import { predefinedService, predefinedServiceGroup } from './predefined-services.js';
import type { FgService, FgServiceGroup, FgVdom, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export type ServiceEntry =
  | { readonly kind: 'service'; readonly object: FgService; readonly predefined: boolean }
  | { readonly kind: 'group'; readonly object: FgServiceGroup; readonly predefined: boolean };

/**
 * Resolves service names of one VDOM to exact service sets: the file's definitions first, then
 * the FortiOS factory services. Groups nest; cycles are reported once and cut, as for addresses.
 */
export class ServiceResolver {
  private readonly defined = new Map<string, ServiceEntry>();
  private readonly memo = new Map<string, ServiceSet>();
  /** Unions of whole service columns: policies repeat the same few combinations. */
  private readonly columns = new Map<string, ServiceSet>();
  private readonly resolving = new Set<string>();
  private readonly warned = new Set<string>();
  private readonly sink: WarningSink;

  constructor(vdom: FgVdom, sink: WarningSink) {
    this.sink = sink;
    for (const s of vdom.services) if (!this.defined.has(s.name)) this.defined.set(s.name, { kind: 'service', object: s, predefined: false });
    for (const g of vdom.serviceGroups) if (!this.defined.has(g.name)) this.defined.set(g.name, { kind: 'group', object: g, predefined: false });
  }

  lookup(name: string): ServiceEntry | undefined {
    const own = this.defined.get(name);
    if (own) return own;
    const service = predefinedService(name);
    if (service) return { kind: 'service', object: service, predefined: true };
    const group = predefinedServiceGroup(name);
    return group && { kind: 'group', object: group, predefined: true };
  }

  /** The packets' services `name` denotes; undefined names denote nothing. */
  services(name: string): ServiceSet {
    const cached = this.memo.get(name);
    if (cached) return cached;
    const entry = this.lookup(name);
    let set = ServiceSet.EMPTY;
    if (entry?.kind === 'service') set = this.serviceSet(entry.object);
    else if (entry?.kind === 'group') set = this.groupSet(entry.object);
    this.memo.set(name, set);
    return set;
  }

  /** The services of a whole column, merged into as few boxes as possible. */
  union(names: readonly string[]): ServiceSet {
    const key = names.join('\u0000');
    let set = this.columns.get(key);
    if (set === undefined) {
      set = compactServices(ServiceSet.unionAll(names.map((n) => this.services(n))));
      this.columns.set(key, set);
    }
    return set;
  }

  private serviceSet(s: FgService): ServiceSet {
    switch (s.protocol) {
      case 'IP':
        // protocol-number 0 is FortiOS's "every protocol" (the ALL service).
        return s.protocolNumber === 0 ? ServiceSet.ANY : ServiceSet.protocol(s.protocolNumber);
      case 'ICMP':
      case 'ICMP6': {
        // ICMP type goes in the destination-port field and code in the source-port field.
        const type = s.icmpType === undefined ? ALL_PORTS : IntervalSet.range(s.icmpType, s.icmpType + 1);
        const code = s.icmpType === undefined || s.icmpCode === undefined ? ALL_PORTS : IntervalSet.range(s.icmpCode, s.icmpCode + 1);
        const proto = s.protocol === 'ICMP' ? ICMP : ICMP6;
        return new ServiceSet([{ proto: IntervalSet.range(proto, proto + 1), sport: code, dport: type }]);
      }
      case 'proxy':
        this.warnOnce(
          s.name,
          s.line,
          s.context,
          `service "${s.name}" is an explicit-proxy service (protocol ${s.proxyProtocol ?? 'ALL'}); in a firewall policy it is modelled by its TCP port ranges`,
        );
        return portSets(TCP, s.tcp);
      case 'TCP/UDP/SCTP':
        return ServiceSet.unionAll([portSets(TCP, s.tcp), portSets(UDP, s.udp), portSets(SCTP, s.sctp)]);
    }
  }

  private groupSet(g: FgServiceGroup): ServiceSet {
    this.resolving.add(g.name);
    const parts: ServiceSet[] = [];
    for (const member of g.members.names) {
      if (this.resolving.has(member) && this.lookup(member)?.kind === 'group') {
        this.warnOnce(
          `${g.name}>${member}`,
          g.members.line,
          g.context,
          `service group cycle: "${g.name}" contains "${member}", which leads back to "${g.name}"; this member is ignored`,
          'invalid',
        );
        continue;
      }
      parts.push(this.services(member));
    }
    this.resolving.delete(g.name);
    return ServiceSet.unionAll(parts);
  }

  private warnOnce(key: string, line: number, context: string, comment: string, kind: 'unsupported' | 'invalid' = 'unsupported'): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.sink.add(kind, line, context, comment);
  }
}

function portSets(protocol: number, ranges: readonly PortRange[]): ServiceSet {
  return ServiceSet.unionAll(ranges.map((r) => ServiceSet.ports(protocol, r.dstLo, r.dstHi, IntervalSet.range(r.srcLo, r.srcHi + 1))));
}
