import type { Device } from '../../src/model/device.js';
import type { Interface } from '../../src/model/interface.js';
import { type ConvertContext, at } from './convert-context.js';
import { secureFilterStages } from './convert-filters.js';
import { reboundStages, routingOffStage } from './convert-forwarding-stages.js';
import { convertInterfaces } from './convert-interfaces.js';
import { convertAdmins, convertManagement } from './convert-management.js';
import { convertNat } from './convert-nat.js';
import { definedObjects } from './convert-objects.js';
import { convertRoutes } from './convert-routes.js';
import { References } from './references.js';
import type { RtxConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * Typed RTX configuration → one neutral device, in one step. RTX has no hostname command, so
 * the device is named after the file (`console prompt` is free text, not an identity).
 *
 * Order of processing on the router, which the stages reproduce: a packet entering an
 * interface is translated by that interface's NAT descriptors, checked by its IN secure
 * filter, routed, checked by the egress interface's OUT secure filter, then translated by the
 * egress NAT. The analysis applies destination NAT first and source NAT last, so both filter
 * stages see the translated header. Stages: routing off, masquerade refusals, IN filters,
 * rebound, OUT filters; each applies only to its own interfaces.
 */
export function toNeutral(config: RtxConfig, file: string, hostname: string, sink: WarningSink): Device {
  const interfaces = convertInterfaces(config, file, sink);
  const refs = new References(file, sink);
  const ctx: ConvertContext = {
    config,
    file,
    sink,
    refs,
    interfaces: new Map<string, Interface>(interfaces.map((i) => [i.name, i])),
    vendorInterfaces: new Map(config.interfaces.map((i) => [i.name, i])),
    once: new Set(),
    packetCache: new Map(),
  };
  const nat = convertNat(ctx);
  const filters = [...routingOffStage(ctx), ...nat.stages, ...secureFilterStages(ctx, 'in'), ...reboundStages(ctx), ...secureFilterStages(ctx, 'out')];
  const firstLine = config.header?.line ?? 1;
  const management = convertManagement(ctx, firstLine);
  warnManagementGaps(ctx, management.length > 0, nat.ownOuterAddresses);
  return {
    id: hostname,
    hostname,
    vendor: 'rtx',
    interfaces,
    zones: [],
    routes: convertRoutes(ctx),
    filters,
    destinationNat: nat.destinationNat,
    sourceNat: nat.sourceNat,
    management,
    admins: convertAdmins(ctx),
    objects: definedObjects(ctx),
    references: refs.list,
    provenance: at(ctx, firstLine),
  };
}

/**
 * The router's IN secure filters guard its own addresses too, and the model applies them
 * (the IN stages are `local`). The masquerade refusal of unmapped packets is a stage for
 * forwarded packets only: where the masquerade address is the router's own, the model answers
 * management services there without it. Said once, where it matters, so the reader knows the
 * model errs towards more management access.
 */
function warnManagementGaps(ctx: ConvertContext, hasManagement: boolean, ownOuter: ReadonlyArray<{ iface: string; line: number }>): void {
  if (!hasManagement) return;
  for (const o of ownOuter) {
    ctx.sink.unsupported(o.line, '', `the masquerade address is the router's own address on ${o.iface}; the router refuses unmapped packets to it, but the model answers management services there first (the model permits more)`);
  }
}
