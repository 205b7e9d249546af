import { type FindingFilter, matchesFilter } from './finding-filter.js';
import type { TuiFinding } from './finding-list.js';
import { matchesQuery } from './search.js';

/** A source and destination, as chosen with Enter on a matrix cell. */
export interface Pair {
  /** Segment or external id the traffic is initiated in (the matrix row). */
  readonly from: string;
  /** Segment or external id it is delivered into (the matrix column). */
  readonly to: string;
}

/** Everything that narrows the findings list. */
export interface FindingFilters {
  /** The severity, check and device chosen with `f` (or the number keys). */
  readonly filter: FindingFilter;
  /** Search words (see matchesQuery); empty matches all. */
  readonly query: string;
  /** Only findings of this matrix cell; all when absent. */
  readonly pair: Pair | undefined;
}

/**
 * Indices (into the full list) of the findings the filters keep, in list order. Indices
 * rather than copies, so a detail view names its finding stably whatever the filters do.
 */
export function visibleFindings(findings: readonly TuiFinding[], filters: FindingFilters): readonly number[] {
  const out: number[] = [];
  findings.forEach((item, index) => {
    if (!matchesFilter(item, filters.filter)) return;
    if (filters.pair && (item.finding.from !== filters.pair.from || item.finding.to !== filters.pair.to)) return;
    if (!matchesQuery(item, filters.query)) return;
    out.push(index);
  });
  return out;
}
