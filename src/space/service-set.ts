import { IntervalSet } from './interval-set.js';
import { hasPorts, isIcmp, parseProtocol, protocolName } from './protocols.js';

/** One service: protocols × source ports × destination ports (ICMP: code × type). */
export interface ServiceBox {
  readonly proto: IntervalSet<number>;
  readonly sport: IntervalSet<number>;
  readonly dport: IntervalSet<number>;
}

export const ALL_PROTOCOLS = IntervalSet.range(0, 256);
export const ALL_PORTS = IntervalSet.range(0, 65536);

/** A union of services; what a rule's service column or a sanitizer's `services` denote. */
export class ServiceSet {
  readonly boxes: readonly ServiceBox[];

  constructor(boxes: readonly ServiceBox[]) {
    this.boxes = boxes.filter((b) => !b.proto.isEmpty() && !b.sport.isEmpty() && !b.dport.isEmpty());
  }

  static readonly ANY = new ServiceSet([{ proto: ALL_PROTOCOLS, sport: ALL_PORTS, dport: ALL_PORTS }]);
  static readonly EMPTY = new ServiceSet([]);

  /** One protocol with destination ports [lo, hi] (inclusive) and any source port. */
  static ports(protocol: number, lo = 0, hi = 65535, sourcePorts: IntervalSet<number> = ALL_PORTS): ServiceSet {
    return new ServiceSet([{ proto: IntervalSet.range(protocol, protocol + 1), sport: sourcePorts, dport: IntervalSet.range(lo, hi + 1) }]);
  }

  /** A whole protocol, every port (or every ICMP type and code). */
  static protocol(protocol: number): ServiceSet {
    return new ServiceSet([{ proto: IntervalSet.range(protocol, protocol + 1), sport: ALL_PORTS, dport: ALL_PORTS }]);
  }

  static unionAll(sets: Iterable<ServiceSet>): ServiceSet {
    const boxes: ServiceBox[] = [];
    for (const s of sets) boxes.push(...s.boxes);
    return new ServiceSet(boxes);
  }

  union(other: ServiceSet): ServiceSet {
    return new ServiceSet([...this.boxes, ...other.boxes]);
  }

  isEmpty(): boolean {
    return this.boxes.length === 0;
  }

  toString(): string {
    return this.boxes.map(formatServiceBox).join(', ') || '(none)';
  }
}

/** "tcp/445", "udp/1024-65535", "icmp/8", "tcp", "any" — the readable form of one service box. */
export function formatServiceBox(box: ServiceBox): string {
  if (box.proto.equals(ALL_PROTOCOLS) && box.dport.equals(ALL_PORTS) && box.sport.equals(ALL_PORTS)) return 'any';
  const parts: string[] = [];
  for (const [plo, phi] of box.proto.ranges()) {
    for (let p = plo; p < phi && parts.length < 16; p++) {
      const name = protocolName(p);
      const ports = formatPorts(box.dport, isIcmp(p) ? 256 : 65536);
      const source = box.sport.equals(ALL_PORTS) || !hasPorts(p) ? '' : ` from port ${formatPorts(box.sport, 65536)}`;
      parts.push(ports === '' ? `${name}${source}` : `${name}/${ports}${source}`);
    }
    if (phi - plo > 16) {
      parts.length = 0;
      parts.push(box.proto.equals(ALL_PROTOCOLS) ? 'any protocol' : `protocols ${formatPorts(box.proto, 256)}`);
      const ports = formatPorts(box.dport, 65536);
      if (ports !== '') parts[0] += ` port ${ports}`;
      break;
    }
  }
  return parts.join(', ');
}

/** Port ranges as "22,80,1024-65535"; empty when the set covers the whole field. */
function formatPorts(ports: IntervalSet<number>, end: number): string {
  if (IntervalSet.range(0, end).isSubsetOf(ports)) return '';
  return [...ports.ranges()].map(([lo, hi]) => (hi - lo === 1 ? `${lo}` : `${lo}-${hi - 1}`)).join(',');
}

/**
 * Parses the service notation of the site file and rulesets: "tcp/443", "udp/3389",
 * "tcp/8000-8010", "tcp" (every port), "icmp" or "icmp/8" (type 8), "gre", "47", "any".
 */
export function parseServiceSpec(text: string): ServiceSet | undefined {
  const spec = text.trim().toLowerCase();
  if (spec === 'any' || spec === 'all') return ServiceSet.ANY;
  const [protoText, portText] = spec.split('/', 2) as [string, string | undefined];
  const protocol = parseProtocol(protoText);
  if (protocol === undefined) return undefined;
  if (portText === undefined) return ServiceSet.protocol(protocol);
  if (!hasPorts(protocol) && !isIcmp(protocol)) return undefined;
  const ranges: Array<[number, number]> = [];
  for (const piece of portText.split(',')) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(piece);
    if (!m) return undefined;
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    const max = isIcmp(protocol) ? 255 : 65535;
    if (lo > hi || hi > max) return undefined;
    ranges.push([lo, hi + 1]);
  }
  return new ServiceSet([{ proto: IntervalSet.range(protocol, protocol + 1), sport: ALL_PORTS, dport: IntervalSet.fromRanges(ranges) }]);
}
