import type { DevicePlans } from '../analysis/device-plan.js';
import { type Start, propagate } from '../analysis/propagate.js';
import type { Topology } from '../network/topology.js';
import { type EntryPoint, entryPoints } from './entry-points.js';
import { type TraceClass, groupOutcomes } from './trace-class.js';
import { type PacketQuery, queryPackets } from './trace-query.js';

/** The result of following the packets of a --src/--dst query. */
export interface PacketTrace {
  /** Where the packets entered, in the order the analysis lists its injections. */
  readonly entries: readonly EntryPoint[];
  /** Every class of the packets with its fate, per entry, in the analysis' order. */
  readonly classes: readonly TraceClass[];
}

/**
 * Follows the query's packets hop by hop. This is the audit's own analysis, run on a smaller
 * start: propagate() from each entry point with exactly the queried packets instead of every
 * packet of the segment, so a trace can never disagree with the audit about a packet.
 */
export function tracePackets(topology: Topology, plans: DevicePlans, query: PacketQuery): PacketTrace {
  const entries = entryPoints(topology, query.src, query.ingress);
  const packets = queryPackets(query);
  const starts: Start[] = entries.map((e) => ({ source: e.source, device: e.device, iface: e.iface, packets }));
  return { entries, classes: groupOutcomes(propagate(topology, starts, {}, plans)) };
}
