import type { Zone } from '../../src/model/interface.js';
import type { Once, References } from './references.js';
import type { AddressResolver } from './resolve-addresses.js';
import type { ServiceResolver } from './resolve-services.js';
import type { PanVsys, PanosConfig } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Everything the converters of one vsys share. */
export interface VsysContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly once: Once;
  readonly refs: References;
  readonly config: PanosConfig;
  readonly vsys: PanVsys;
  readonly addresses: AddressResolver;
  readonly services: ServiceResolver;
  /** Layer-3 interfaces the vsys owns, in configuration order. */
  readonly interfaceNames: readonly string[];
  /** Layer-3 zones with their member interfaces (only the vsys's own layer-3 interfaces). */
  readonly zones: ReadonlyMap<string, Zone>;
  readonly zoneOf: ReadonlyMap<string, string>;
}

/** Member interfaces of a zone, empty for an unknown one. */
export function zoneMembers(ctx: VsysContext, zone: string): readonly string[] {
  return ctx.zones.get(zone)?.interfaces ?? [];
}

/** Every interface that belongs to some layer-3 zone. */
export function zonedInterfaces(ctx: VsysContext): string[] {
  return ctx.interfaceNames.filter((n) => ctx.zoneOf.has(n));
}
