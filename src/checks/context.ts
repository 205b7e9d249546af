import type { Reachability } from '../analysis/reachability.js';
import type { ParsedConfig } from '../model/parse-result.js';
import type { Topology } from '../network/topology.js';
import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Site } from '../site/types.js';
import type { WitnessHints } from '../space/witness.js';
import type { Selector } from './types.js';

/** Everything a check primitive may read. Checks never change it. */
export interface CheckContext {
  readonly site: Site;
  readonly topology: Topology;
  readonly reachability: Reachability;
  readonly configs: readonly ParsedConfig[];
  /** Inventory rows and the file they came from; empty without an inventory. */
  readonly assets: readonly Asset[];
  readonly inventoryFile?: string;
  /** Addresses to prefer (inventory hosts) and avoid (device interfaces) in witness packets. */
  readonly witness: WitnessHints;
}

/** Segment and external ids the selectors name, in site order (segments first), each once. */
export function idsOf(ctx: CheckContext, selectors: readonly Selector[]): string[] {
  const picks = (type: 'segment' | 'external', o: { id: string; kind: string }) =>
    selectors.some((s) => ('id' in s ? s.id === o.id : s.kind === o.kind && (s.scope === 'any' || s.scope === type)));
  const ids = [...ctx.site.segments.filter((s) => picks('segment', s)), ...ctx.site.externals.filter((e) => picks('external', e))].map((o) => o.id);
  return [...new Set(ids)];
}
