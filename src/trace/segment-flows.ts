import type { Reachability } from '../analysis/reachability.js';
import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import { type TraceClass, groupOutcomes } from './trace-class.js';
import { type ServiceFilter, serviceSet } from './trace-query.js';

/**
 * Every class of traffic initiated in `from` and delivered into `to`, read straight from the
 * audit's reachability result (nothing is recomputed), restricted to the filter's services
 * as initiated, and gathered into one class per path.
 */
export function segmentFlows(reachability: Reachability, from: string, to: string, filter: ServiceFilter): TraceClass[] {
  const wanted = PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, serviceSet(filter));
  const restricted = reachability.delivered(from, to).flatMap((o) => {
    const orig = o.orig.intersect(wanted);
    return orig.isEmpty() ? [] : [{ ...o, orig }];
  });
  return groupOutcomes(restricted);
}
