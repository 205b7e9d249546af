import type { Severity } from '../../checks/types.js';
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
  /** Only this severity; every severity when absent. */
  readonly severity: Severity | undefined;
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
  findings.forEach(({ finding }, index) => {
    if (filters.severity !== undefined && finding.severity !== filters.severity) return;
    if (filters.pair && (finding.from !== filters.pair.from || finding.to !== filters.pair.to)) return;
    if (!matchesQuery(finding, filters.query)) return;
    out.push(index);
  });
  return out;
}
