import { IntervalSet } from '../../src/space/interval-set.js';
import { ICMP, ICMP6, SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { ALL_PORTS, ALL_PROTOCOLS, type ServiceBox, ServiceSet } from '../../src/space/service-set.js';
import { PREDEFINED_APPLICATIONS, PREDEFINED_SETS, type PredefinedTerm } from './predefined-applications.js';
import type { JAppTerm, JApplication, JApplicationSet, JunosConfig, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface ResolvedApplication {
  readonly services: ServiceSet;
  readonly kind: 'service' | 'service-group';
  readonly found: boolean;
}

const range = (r: PortRange | readonly [number, number] | undefined, all: IntervalSet<number>) => (r === undefined ? all : IntervalSet.range(r[0], r[1] + 1));
const PORTED = IntervalSet.fromRanges<number>([
  [TCP, TCP + 1],
  [UDP, UDP + 1],
  [SCTP, SCTP + 1],
]);

/**
 * Application names → exact service sets. User definitions first (Junos reserves `junos-`
 * names, so they cannot shadow the predefined ones), then the predefined applications and
 * sets. For ICMP the destination-port field of a service holds the type and the source-port
 * field the code. RPC applications match only their mapper port here (warned where used).
 */
export class ApplicationResolver {
  private readonly apps = new Map<string, JApplication>();
  private readonly sets = new Map<string, JApplicationSet>();
  private readonly memo = new Map<string, ServiceSet>();

  constructor(
    config: JunosConfig,
    private readonly sink: WarningSink,
  ) {
    for (const a of config.applications) this.apps.set(a.name, a);
    for (const s of config.applicationSets) this.sets.set(s.name, s);
  }

  /** `line`/`context` locate the use, for the RPC warning. */
  resolve(name: string, line: number, context: string): ResolvedApplication {
    if (name === 'any') return { services: ServiceSet.ANY, kind: 'service', found: true };
    const isSet = this.sets.has(name) || (!this.apps.has(name) && PREDEFINED_SETS.has(name));
    const found = this.apps.has(name) || this.sets.has(name) || PREDEFINED_APPLICATIONS.has(name) || PREDEFINED_SETS.has(name);
    if (!found) return { services: ServiceSet.EMPTY, kind: 'service', found: false };
    return { services: this.services(name, [], line, context), kind: isSet ? 'service-group' : 'service', found: true };
  }

  private services(name: string, stack: readonly string[], line: number, context: string): ServiceSet {
    const cached = this.memo.get(name);
    if (cached) return cached;
    if (stack.includes(name)) {
      this.sink.invalid(line, context, `application set "${name}" contains itself; the loop adds nothing`);
      return ServiceSet.EMPTY;
    }
    let out = ServiceSet.EMPTY;
    const app = this.apps.get(name);
    const set = this.sets.get(name);
    if (app) {
      out = ServiceSet.unionAll(app.terms.map((t) => termServices(t)));
      const rpc = app.terms.find((t) => t.rpc);
      if (rpc?.rpc) this.sink.unsupported(rpc.rpc.line, app.context, `${rpc.rpc.name}: the RPC ALG opens dynamic ports that cannot be known offline; the application matches only its listed ports, so rules using it match less`);
    } else if (set) {
      const parts: ServiceSet[] = [];
      for (const m of set.members) {
        const known = m.name === 'any' || this.apps.has(m.name) || this.sets.has(m.name) || PREDEFINED_APPLICATIONS.has(m.name) || PREDEFINED_SETS.has(m.name);
        if (!known) {
          this.sink.invalid(m.line, set.context, `application set "${name}" names "${m.name}", which is not defined; that member matches nothing`);
          continue;
        }
        parts.push(m.name === 'any' ? ServiceSet.ANY : this.services(m.name, [...stack, name], m.line, set.context));
      }
      out = ServiceSet.unionAll(parts);
    } else if (PREDEFINED_APPLICATIONS.has(name)) {
      const terms = PREDEFINED_APPLICATIONS.get(name)!;
      out = new ServiceSet(terms.map(predefinedBox));
      if (terms.some((t) => t.rpc)) this.sink.unsupported(line, context, `${name} is an RPC application: the ALG opens dynamic ports that cannot be known offline; only its mapper port is modelled, so the rule matches less`);
    } else if (PREDEFINED_SETS.has(name)) {
      out = ServiceSet.unionAll(PREDEFINED_SETS.get(name)!.map((m) => this.services(m, [...stack, name], line, context)));
    }
    this.memo.set(name, out);
    return out;
  }
}

function predefinedBox(t: PredefinedTerm): ServiceBox {
  const proto = IntervalSet.range(t.proto, t.proto + 1);
  if (t.proto === ICMP || t.proto === ICMP6) {
    return { proto, sport: ALL_PORTS, dport: t.icmpType === undefined ? ALL_PORTS : IntervalSet.range(t.icmpType, t.icmpType + 1) };
  }
  return { proto, sport: range(t.sport, ALL_PORTS), dport: range(t.dport, ALL_PORTS) };
}

/**
 * One application term. An unreadable value (protocol -1, an empty port range, ICMP type -1)
 * makes the term match nothing. Without `protocol`, ports imply TCP, UDP and SCTP; without
 * either, the term is every protocol.
 */
export function termServices(t: JAppTerm): ServiceSet {
  if (t.protocol === -1) return ServiceSet.EMPTY;
  const hasPorts = t.destinationPorts !== undefined || t.sourcePorts !== undefined;
  let proto = t.protocol === undefined ? (hasPorts ? PORTED : ALL_PROTOCOLS) : IntervalSet.range(t.protocol, t.protocol + 1);
  if (t.protocol === ICMP || t.protocol === ICMP6) {
    if (t.icmpType === -1 || t.icmpCode === -1) return ServiceSet.EMPTY;
    const dport = t.icmpType === undefined ? ALL_PORTS : IntervalSet.range(t.icmpType, t.icmpType + 1);
    const sport = t.icmpCode === undefined ? ALL_PORTS : IntervalSet.range(t.icmpCode, t.icmpCode + 1);
    return new ServiceSet([{ proto, sport, dport }]);
  }
  if (hasPorts && t.protocol !== undefined && !PORTED.contains(t.protocol)) proto = IntervalSet.empty();
  return new ServiceSet([{ proto, sport: range(t.sourcePorts, ALL_PORTS), dport: range(t.destinationPorts, ALL_PORTS) }]);
}
