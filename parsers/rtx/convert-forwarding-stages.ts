import type { FilterStage } from '../../src/model/filter.js';
import { type ConvertContext, at } from './convert-context.js';

/**
 * Packets that come back out the interface they arrived on are discarded when rebound is off:
 * the default for pp interfaces, `ip IF rebound off` elsewhere.
 */
export function reboundStages(ctx: ConvertContext): FilterStage[] {
  const stages: FilterStage[] = [];
  for (const iface of ctx.config.interfaces) {
    const on = iface.rebound?.on ?? iface.kind !== 'pp';
    if (on) continue;
    stages.push({
      name: `${iface.name} rebound off`,
      inInterfaces: [iface.name],
      outInterfaces: [iface.name],
      header: 'translated',
      rules: [],
      defaultAction: 'deny',
      defaultReason: iface.rebound ? 'rebound off: packets are not sent back out the interface they came in on' : 'rebound is off by default on pp interfaces',
      defaultProvenance: at(ctx, iface.rebound?.line ?? iface.line),
    });
  }
  return stages;
}

/** `ip routing off`: the router forwards nothing. */
export function routingOffStage(ctx: ConvertContext): FilterStage[] {
  const { routing } = ctx.config;
  if (routing.on || routing.line === undefined) return [];
  return [
    {
      name: 'ip routing off',
      header: 'translated',
      rules: [],
      defaultAction: 'deny',
      defaultReason: 'IP routing is off: the router forwards no IP packet',
      defaultProvenance: at(ctx, routing.line),
    },
  ];
}
