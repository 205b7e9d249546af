import type { Box } from './box.js';
import type { IntervalSet, Scalar } from './interval-set.js';
import { AddressSpace } from './address-space.js';
import type { IpAddress } from './ip.js';
import type { Packet } from './packet.js';
import type { PacketSet } from './packet-set.js';
import { ICMP, ICMP6, TCP, UDP } from './protocols.js';

/**
 * Ports a reader recognizes at once, most alarming first. A witness for "service ALL"
 * reads better as tcp/445 than as tcp/0.
 */
const TELLING_PORTS = [445, 3389, 443, 80, 22, 25, 139, 135, 23, 21, 53, 8080, 1433, 3306, 5432, 1494, 8008];
const TELLING_PROTOCOLS = [TCP, UDP, ICMP, ICMP6];
const ICMP_ECHO_REQUEST = 8;
const ICMP6_ECHO_REQUEST = 128;
const EPHEMERAL_PORT = 49152;

/** Addresses worth showing when the set allows them (for example, inventory hosts). */
export interface WitnessHints {
  readonly src?: readonly IpAddress[];
  readonly dst?: readonly IpAddress[];
  /** Addresses to avoid when no hint applies (the devices' own interfaces). */
  readonly avoid?: AddressSpace;
}

/**
 * One concrete packet of the set, chosen deterministically and made readable: known hosts
 * from `hints` first, then a host address rather than a network address, a familiar
 * protocol and port, and an ephemeral source port. Undefined when the set is empty.
 */
export function pickWitness(set: PacketSet, hints: WitnessHints = {}): Packet | undefined {
  const v4Hints = { src: hintValues(hints.src, 4), dst: hintValues(hints.dst, 4) };
  const v6Hints = { src: hintValues(hints.src, 6), dst: hintValues(hints.dst, 6) };
  const avoid = hints.avoid ?? AddressSpace.EMPTY;
  const best4 = bestBox(set.v4, v4Hints.src as number[], v4Hints.dst as number[], avoid.v4);
  const best6 = bestBox(set.v6, v6Hints.src as bigint[], v6Hints.dst as bigint[], avoid.v6);
  // IPv4 first unless only IPv6 has hinted hosts.
  if (best4 && (!best6 || best4.score >= best6.score)) {
    const { box, src, dst } = best4;
    return { src: { family: 4, value: src }, dst: { family: 4, value: dst }, ...pickService(box) };
  }
  if (best6) {
    const { box, src, dst } = best6;
    return { src: { family: 6, value: src }, dst: { family: 6, value: dst }, ...pickService(box) };
  }
  return undefined;
}

function hintValues(hints: readonly IpAddress[] | undefined, family: 4 | 6): Scalar[] {
  return (hints ?? []).filter((h) => h.family === family).map((h) => h.value);
}

function bestBox<A extends Scalar>(boxes: ReadonlyArray<Box<A>>, srcHints: A[], dstHints: A[], avoid: IntervalSet<A>) {
  let best: { box: Box<A>; src: A; dst: A; score: number } | undefined;
  for (const box of boxes) {
    const src = srcHints.find((h) => box.src.contains(h));
    const dst = dstHints.find((h) => box.dst.contains(h));
    const score = (src === undefined ? 0 : 1) + (dst === undefined ? 0 : 2);
    if (!best || score > best.score) best = { box, src: src ?? hostIn(box.src, avoid), dst: dst ?? hostIn(box.dst, avoid), score };
    if (score === 3) break;
  }
  return best;
}

/** How many addresses to try before giving up on avoiding device addresses. */
const AVOID_TRIES = 16;

/**
 * The first address of the set, stepping past a network address when the range allows, and
 * past addresses to avoid (a device's own interface reads as a poor example of a host).
 */
/**
 * "Somewhere on the Internet" reads better as a documentation address (RFC 5737) than as
 * 0.0.0.1: for a set that spans more than a /8, these are tried first.
 */
const DOCUMENTATION_V4: ReadonlyArray<readonly [number, number]> = [
  [0xc6336400, 0xc6336500], // 198.51.100.0/24
  [0xcb007100, 0xcb007200], // 203.0.113.0/24
  [0xc0000200, 0xc0000300], // 192.0.2.0/24
];
const WIDE = 2 ** 24;

function hostIn<A extends Scalar>(set: IntervalSet<A>, avoid: IntervalSet<A>): A {
  if (typeof set.bounds[0] === 'number' && size(set as IntervalSet<number>) > WIDE) {
    for (const [lo, hi] of DOCUMENTATION_V4) {
      for (let a = lo + 1; a < hi - 1; a++) if ((set as IntervalSet<number>).contains(a) && !(avoid as IntervalSet<number>).contains(a)) return a as A;
    }
  }
  let first: A | undefined;
  let tries = 0;
  for (const [lo, hi] of set.ranges()) {
    const big = typeof lo === 'bigint';
    const width = big ? Number((hi as bigint) - (lo as bigint)) : (hi as number) - (lo as number);
    const start = width > 2 ? 1 : 0;
    for (let k = start; k < width && tries < AVOID_TRIES; k++, tries++) {
      const candidate = (big ? (lo as bigint) + BigInt(k) : (lo as number) + k) as A;
      first ??= candidate;
      if (!avoid.contains(candidate)) return candidate;
    }
    if (tries >= AVOID_TRIES) break;
  }
  return first ?? (set.min() as A);
}

function pickService(box: Box<Scalar>): Pick<Packet, 'protocol' | 'srcPort' | 'dstPort'> {
  const protocol = TELLING_PROTOCOLS.find((p) => box.proto.contains(p)) ?? (box.proto.min() as number);
  let dstPort: number;
  let srcPort: number;
  if (protocol === ICMP || protocol === ICMP6) {
    const echo = protocol === ICMP ? ICMP_ECHO_REQUEST : ICMP6_ECHO_REQUEST;
    dstPort = box.dport.contains(echo) ? echo : (box.dport.min() as number);
    srcPort = box.sport.contains(0) ? 0 : (box.sport.min() as number);
  } else {
    dstPort = TELLING_PORTS.find((p) => box.dport.contains(p)) ?? (box.dport.min() as number);
    srcPort = box.sport.contains(EPHEMERAL_PORT) ? EPHEMERAL_PORT : (box.sport.min() as number);
  }
  return { protocol, srcPort, dstPort };
}

function size(set: IntervalSet<number>): number {
  let n = 0;
  for (const [lo, hi] of set.ranges()) n += hi - lo;
  return n;
}
