import type { IpAddress } from '../space/ip.js';
import { PacketSet } from '../space/packet-set.js';
import { AddressSpace } from '../space/address-space.js';
import { IntervalSet } from '../space/interval-set.js';
import { ALL_PORTS, ALL_PROTOCOLS, ServiceSet } from '../space/service-set.js';

/**
 * The service part of a trace: each field left out means every value. A trace of a fully
 * given packet (protocol and ports) follows that one packet; a partial one follows every
 * packet that fits, and shows each class whose fate differs separately.
 */
export interface ServiceFilter {
  /** IANA protocol number; absent: every protocol. */
  readonly protocol?: number;
  /** Source port (for ICMP: the code); absent: every value. */
  readonly srcPort?: number;
  /** Destination port (for ICMP: the type); absent: every value. */
  readonly dstPort?: number;
}

/** An interface of a device. */
export interface InterfaceRef {
  /** Device id ("fw-core/root"). */
  readonly device: string;
  /** Interface name on that device. */
  readonly iface: string;
}

/** The interface named with --ingress as the place a trace enters the network. */
export type IngressChoice = InterfaceRef;

/** `--src A --dst B`: follow the packets from A to B hop by hop. */
export interface PacketQuery {
  /** Distinguishes the two kinds of trace. */
  readonly kind: 'packet';
  /** The initiator's address. */
  readonly src: IpAddress;
  /** The address the initiator sends to (before any NAT). */
  readonly dst: IpAddress;
  /** Protocol and ports. */
  readonly service: ServiceFilter;
  /** Where the packets enter, when the user chose it; otherwise it follows from `src`. */
  readonly ingress?: IngressChoice;
}

/** `--from X --to Y`: every class of traffic initiated in X and delivered into Y. */
export interface SegmentQuery {
  /** Distinguishes the two kinds of trace. */
  readonly kind: 'segments';
  /** Segment or external id (or display name) the traffic is initiated in, as given. */
  readonly from: string;
  /** Segment or external id (or display name) it is delivered into, as given. */
  readonly to: string;
  /** Restricts the listing to these services. */
  readonly service: ServiceFilter;
}

export type TraceQuery = PacketQuery | SegmentQuery;

/** The services a filter admits, as a service set (every service when nothing is given). */
export function serviceSet(filter: ServiceFilter): ServiceSet {
  if (filter.protocol === undefined && filter.srcPort === undefined && filter.dstPort === undefined) return ServiceSet.ANY;
  const one = (v: number | undefined, all: IntervalSet<number>) => (v === undefined ? all : IntervalSet.range(v, v + 1));
  return new ServiceSet([{ proto: one(filter.protocol, ALL_PROTOCOLS), sport: one(filter.srcPort, ALL_PORTS), dport: one(filter.dstPort, ALL_PORTS) }]);
}

/** Every packet a packet query stands for: from `src` to `dst` with the filter's services. */
export function queryPackets(query: PacketQuery): PacketSet {
  return PacketSet.of(AddressSpace.fromAddress(query.src), AddressSpace.fromAddress(query.dst), serviceSet(query.service));
}
