import { PacketSet } from '../space/packet-set.js';
import { type Transform, isIdentity, preimage, uniformize } from '../space/transform.js';
import type { Flow } from './flow.js';

/**
 * Splits a flow whose NAT pools could straddle a boundary of `predicates` into flows whose
 * pools do not, so that each later test is all-or-nothing per pool (see space/transform.ts).
 * Flows without pools come back unchanged, which is the common case and costs nothing.
 */
export function uniformFlows(flow: Flow, predicates: readonly PacketSet[]): Flow[] {
  if (isIdentity(flow.t)) return [flow];
  const pieces = uniformize(flow.t, predicates);
  return pieces.length === 1 ? [flow] : pieces.map((t) => ({ ...flow, t }));
}

/** The part of the flow whose current header is in `predicate`, and the rest. */
export function splitByCurrent(flow: Flow, predicate: PacketSet): { inside?: Flow; outside?: Flow } {
  return splitByHeader(flow, predicate, flow.t);
}

/** The same, for the header under transform `t` (for example the header as the device received it). */
export function splitByHeader(flow: Flow, predicate: PacketSet, t: Transform): { inside?: Flow; outside?: Flow } {
  const pre = preimage(predicate, t);
  if (!flow.orig.overlaps(pre)) return { outside: flow };
  const inside = flow.orig.intersect(pre);
  const rest = flow.orig.subtract(pre);
  return rest.isEmpty() ? { inside: { ...flow, orig: inside } } : { inside: { ...flow, orig: inside }, outside: { ...flow, orig: rest } };
}

/** The flow split into its IPv4 and IPv6 parts (either may be absent). */
export function splitByFamily(flow: Flow): { v4?: Flow; v6?: Flow } {
  const out: { v4?: Flow; v6?: Flow } = {};
  if (flow.orig.v4.length > 0) out.v4 = { ...flow, orig: new PacketSet(flow.orig.v4, []) };
  if (flow.orig.v6.length > 0) out.v6 = { ...flow, orig: new PacketSet([], flow.orig.v6) };
  return out;
}

/**
 * The flow with packets that `packets` computes on first read. For classes that end where
 * they are (denied): nothing in the propagation reads them, and building them can cost more
 * than the rest of the audit (a broad deny after thousands of narrow permits).
 */
export function lazyFlow(flow: Flow, packets: () => PacketSet): Flow {
  return {
    get orig() {
      return packets();
    },
    t: flow.t,
    hops: flow.hops,
  };
}
