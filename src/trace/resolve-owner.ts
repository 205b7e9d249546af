import { UNCLASSIFIED } from '../network/ownership.js';
import type { Site } from '../site/types.js';
import { normalizeName, resolveSegmentName } from '../site/segment-names.js';
import { suggest } from '../util/suggest.js';
import { TraceInputError } from './trace-input-error.js';

/**
 * The segment or external network a --from/--to value names: its id, its display name
 * (LGWAN接続系), or a standard kind name when one segment has that kind — the same
 * names the inventory accepts. Anything else is an input error listing the ids.
 */
export function resolveOwner(site: Site, value: string, flag: '--from' | '--to'): string {
  // Where packets land that no declaration claims, and the transit links: places traffic can
  // be delivered into (the audit reports both), never places it starts from.
  if (flag === '--to' && (value === UNCLASSIFIED || (value === 'transit' && !site.transit.isEmpty()))) return value;
  const segment = resolveSegmentName(site.segments, value);
  if (segment) return segment.id;
  const n = normalizeName(value);
  const external = site.externals.find((e) => normalizeName(e.id) === n || (e.name !== undefined && normalizeName(e.name) === n));
  if (external) return external.id;
  const ids = [...site.segments.map((s) => s.id), ...site.externals.map((e) => e.id)];
  if (ids.length === 0) throw new TraceInputError(`${flag} ${value}: the site declares no segment or external network (add them to sansou.yaml)`);
  const near = suggest(value, ids);
  throw new TraceInputError(`${flag} ${value}: no such segment or external network${near ? ` (did you mean ${near}?)` : ''}; known: ${ids.join(', ')}`);
}
