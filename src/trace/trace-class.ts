import type { Disposition, Hop, Outcome } from '../analysis/flow.js';
import { PacketSet } from '../space/packet-set.js';
import type { InterfaceRef } from './trace-query.js';

/**
 * One class of traced packets: packets that entered at the same place and met the same fate
 * by the same path. The analysis may split packets more finely than a reader cares about
 * (on boundaries that turned out not to matter, or per NAT pool piece); those outcomes are
 * kept together here, each with its own translation, so nothing they say is lost.
 */
export interface TraceClass {
  /** Segment or external id the packets were initiated in. */
  readonly source: string;
  /** Where they entered the modelled devices. */
  readonly entry: InterfaceRef;
  /** How they ended. */
  readonly disposition: Disposition;
  /** Owner id for 'delivered', device id for 'accepted'. */
  readonly to?: string;
  /** The analysis' reason for a class that did not get through, in English. */
  readonly reason?: string;
  /** The common path. */
  readonly hops: readonly Hop[];
  /** Every packet of the class, as initiated. */
  readonly packets: PacketSet;
  /** The analysis outcomes the class gathers, in the analysis' order. */
  readonly outcomes: readonly Outcome[];
}

/**
 * What makes two outcomes one class: entry, fate and every detail of the path a trace shows
 * (interfaces, NAT entries, routes, gateways, each stage's decision).
 */
export function classKey(o: Outcome): string {
  const hops = o.hops.map((h) =>
    [
      h.device,
      h.in,
      h.out ?? '',
      h.dnat?.id ?? '',
      h.route ? `${h.route.kind}:${h.route.id ?? ''}:${h.route.prefix}` : '',
      h.gateway ?? '',
      h.decisions.map((d) => `${d.stage}=${d.ruleId ?? `default:${d.action}`}`).join('+'),
      h.snat ? `${h.snat.ruleId ?? ''}:${h.snat.pool}` : '',
    ].join('/'),
  );
  return [o.source, o.injection.device, o.injection.iface, o.disposition, o.to ?? '', ...hops].join('\u0000');
}

/** Outcomes gathered into classes, in the order each class first appears. */
export function groupOutcomes(outcomes: Iterable<Outcome>): TraceClass[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const key = classKey(o);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    return {
      source: first.source,
      entry: { device: first.injection.device, iface: first.injection.iface },
      disposition: first.disposition,
      ...(first.to === undefined ? {} : { to: first.to }),
      ...(first.reason === undefined ? {} : { reason: first.reason }),
      hops: first.hops,
      packets: PacketSet.unionAll(list.map((o) => o.orig)),
      outcomes: list,
    };
  });
}
