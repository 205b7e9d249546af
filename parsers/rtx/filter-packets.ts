import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { ALL_PORTS, ALL_PROTOCOLS, ServiceSet, type ServiceBox } from '../../src/space/service-set.js';
import type { AddressSpec, AppService, PortSpec, ProtocolSpec } from './vendor-config.js';

const TCP = 6;
const UDP = 17;
const ICMP = 1;
/** The flags of the packet that opens a TCP connection: SYN alone. */
const INITIAL_TCP_FLAGS = 0x0002;
export const ICMP_ERROR_TYPES: ReadonlyArray<readonly [number, number]> = [[3, 5], [11, 12], [31, 32]];
export const ICMP_INFO_TYPES: ReadonlyArray<readonly [number, number]> = [[0, 0], [8, 10], [13, 18], [30, 30], [33, 36]];
/** Above this many ranges (two scattered `*` octets) a pattern is approximated, to keep packet sets small. */
const MAX_PATTERN_RANGES = 256;

/** Which way an approximation may err: a permit errs towards more, a deny towards less. */
export type Erring = 'more' | 'less';

export interface SpaceResult {
  readonly space: AddressSpace;
  /** Set when the column could not be resolved exactly; says what the model did instead. */
  readonly approximation?: string;
}

/**
 * An address column as an exact IPv4 space. Unresolvable elements (FQDN, @app, map-e) make a
 * permit match every address and a deny match none of them, so the model never hides a path.
 */
export function addressSpace(spec: AddressSpec, erring: Erring): SpaceResult {
  if (spec.any) return { space: AddressSpace.ANY_V4 };
  const ranges: Array<readonly [number, number]> = spec.ranges.map(([lo, hi]) => [lo, hi + 1] as const);
  let approximation: string | undefined;
  for (const pattern of spec.patterns) {
    const expanded = expandPattern(pattern);
    if (expanded) ranges.push(...expanded);
    else if (erring === 'more') return { space: AddressSpace.ANY_V4, approximation: `the pattern ${patternText(pattern)} is too scattered to list; treated as every address` };
    else approximation = `the pattern ${patternText(pattern)} is too scattered to list; treated as no address`;
  }
  if (spec.unresolved.length > 0) {
    const what = spec.unresolved.join(', ');
    if (erring === 'more') return { space: AddressSpace.ANY_V4, approximation: `${what} cannot be resolved offline; treated as every address, so the filter matches more` };
    approximation = `${what} cannot be resolved offline; treated as no address, so the filter matches less`;
  }
  const space = new AddressSpace(IntervalSet.fromRanges(ranges), IntervalSet.empty());
  return approximation === undefined ? { space } : { space, approximation };
}

/** The ranges of `10.*.0.1`-style patterns, or undefined when there are too many. */
function expandPattern(octets: readonly (number | null)[]): Array<readonly [number, number]> | undefined {
  let lastFixed = -1;
  octets.forEach((o, i) => {
    if (o !== null) lastFixed = i;
  });
  const wild = octets.slice(0, lastFixed + 1).filter((o) => o === null).length;
  if (256 ** wild > MAX_PATTERN_RANGES) return undefined;
  const blockSize = 256 ** (3 - lastFixed);
  let prefixes = [0];
  for (let i = 0; i <= lastFixed; i++) {
    const o = octets[i];
    const choices = o === null || o === undefined ? Array.from({ length: 256 }, (_, k) => k) : [o];
    prefixes = prefixes.flatMap((p) => choices.map((c) => p * 256 + c));
  }
  return prefixes.map((p) => [p * blockSize, (p + 1) * blockSize] as const);
}

function patternText(octets: readonly (number | null)[]): string {
  return octets.map((o) => (o === null ? '*' : String(o))).join('.');
}

/** A port column as a set; `*` is every value. */
export function portSet(spec: PortSpec): IntervalSet<number> {
  if (spec.any) return ALL_PORTS;
  return IntervalSet.fromRanges(spec.ranges.map(([lo, hi]) => [lo, hi + 1] as const));
}

const single = (p: number): IntervalSet<number> => IntervalSet.range<number>(p, p + 1);
const typeSet = (ranges: ReadonlyArray<readonly [number, number]>) => IntervalSet.fromRanges(ranges.map(([lo, hi]) => [lo, hi + 1] as const));

/**
 * The services a static filter matches, among the packets that open a flow. Port columns
 * apply to TCP and UDP only; other protocols, ICMP included, match whatever the port columns
 * say, except when the protocol column is `icmp` alone, where they are ICMP type and code.
 * (Models hold the ICMP type in dport and the code in sport.) `established`, `tcpfin` and
 * `tcprst` match no opening packet; `tcpsyn` matches all of them; `tcpflag=V/M` matches
 * them when SYN-alone AND M equals V (`!=`: differs).
 */
export function filterServices(protocol: ProtocolSpec, sourcePorts: PortSpec, destinationPorts: PortSpec): ServiceSet {
  const sp = portSet(sourcePorts);
  const dp = portSet(destinationPorts);
  const withPorts = (p: number): ServiceBox => ({ proto: single(p), sport: sp, dport: dp });
  const whole = (protos: IntervalSet<number>): ServiceBox => ({ proto: protos, sport: ALL_PORTS, dport: ALL_PORTS });
  const boxes: ServiceBox[] = [];
  for (const item of protocol.items) {
    switch (item.kind) {
      case 'any':
        boxes.push(withPorts(TCP), withPorts(UDP), whole((ALL_PROTOCOLS as IntervalSet<number>).subtract(single(TCP)).subtract(single(UDP))));
        break;
      case 'number':
        if (item.value === TCP || item.value === UDP) boxes.push(withPorts(item.value));
        // ICMP alone: source column = type (model dport), destination column = code (model sport).
        else if (item.value === ICMP && protocol.icmpAlone) boxes.push({ proto: single(ICMP), sport: dp, dport: sp });
        else boxes.push(whole(single(item.value)));
        break;
      case 'icmp-error':
        boxes.push({ proto: single(ICMP), sport: ALL_PORTS, dport: typeSet(ICMP_ERROR_TYPES) });
        break;
      case 'icmp-info':
        boxes.push({ proto: single(ICMP), sport: ALL_PORTS, dport: typeSet(ICMP_INFO_TYPES) });
        break;
      case 'tcpsyn':
        boxes.push(withPorts(TCP));
        break;
      case 'tcpflag':
        if (((INITIAL_TCP_FLAGS & item.mask) === item.value) !== item.negate) boxes.push(withPorts(TCP));
        break;
      case 'tcpfin':
      case 'tcprst':
      case 'established':
        break;
    }
  }
  return new ServiceSet(boxes);
}

/** What a dynamic-filter application opens: its protocols and destination ports or ICMP types. */
export function appServices(services: readonly AppService[]): ServiceSet {
  return new ServiceSet(services.map((s) => ({ proto: single(s.protocol), sport: ALL_PORTS, dport: s.ranges ? typeSet(s.ranges) : ALL_PORTS })));
}
