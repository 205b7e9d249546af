import type { Topology } from '../network/topology.js';
import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import { DevicePlans } from './device-plan.js';
import type { Outcome } from './flow.js';
import { type PropagateOptions, type Start, propagate } from './propagate.js';

/** The analysis result: every class of initiable traffic and its fate. */
export interface Reachability {
  readonly outcomes: readonly Outcome[];
  /** The per-device forwarding and filtering the analysis used. */
  readonly plans: DevicePlans;
  /** Outcomes delivered into `to` from `from` (segment or external ids). */
  delivered(from: string, to: string): Outcome[];
  /** The exact set of packets initiated in `from` and delivered into `to`. */
  packets(from: string, to: string): PacketSet;
}

/** Starts from every injection point: every source address of the owner, every destination. */
export function startsFor(topology: Topology): Start[] {
  return topology.injections.map((i) => ({ source: i.source, device: i.device, iface: i.iface, packets: PacketSet.of(i.space, AddressSpace.ANY) }));
}

/** Runs the symbolic reachability analysis over the whole snapshot. */
export function analyzeReachability(topology: Topology, options: PropagateOptions = {}): Reachability {
  const plans = new DevicePlans(topology);
  const outcomes = propagate(topology, startsFor(topology), options, plans);
  const byPair = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    if (o.disposition !== 'delivered' || o.to === undefined) continue;
    const key = pairKey(o.source, o.to);
    const list = byPair.get(key);
    if (list) list.push(o);
    else byPair.set(key, [o]);
  }
  return {
    outcomes,
    plans,
    delivered: (from, to) => byPair.get(pairKey(from, to)) ?? [],
    packets: (from, to) => PacketSet.unionAll((byPair.get(pairKey(from, to)) ?? []).map((o) => o.orig)),
  };
}

function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
