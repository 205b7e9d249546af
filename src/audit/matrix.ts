import type { Reachability } from '../analysis/reachability.js';
import type { Finding } from '../checks/finding.js';
import { UNCLASSIFIED } from '../network/ownership.js';
import type { Site } from '../site/types.js';
import { summarizePacketSet } from '../space/summary.js';

/**
 * One cell of the segment matrix: can traffic initiated in `from` be delivered into `to`,
 * and does any finding say it must not.
 *  - none: no packet can;
 *  - compliant: some can, and every such flow is carried by a sanitizer, approval or breakout
 *    entry, or is allowed between these kinds;
 *  - violation: findings report forbidden flows.
 */
export interface MatrixCell {
  readonly from: string;
  readonly to: string;
  readonly status: 'none' | 'compliant' | 'violation';
  /** Findings with this from/to. */
  readonly findings: number;
  /** Readable summary of every initiable packet class. */
  readonly packets: readonly string[];
}

/** Rows and columns: segments, then external networks (site order), then unclassified space if reached. */
function matrixIds(site: Site, reachability: Reachability): string[] {
  const ids = [...site.segments.map((s) => s.id), ...site.externals.map((e) => e.id)];
  if (reachability.outcomes.some((o) => o.disposition === 'delivered' && o.to === UNCLASSIFIED)) ids.push(UNCLASSIFIED);
  return ids;
}

export function buildMatrix(site: Site, reachability: Reachability, findings: readonly Finding[]): MatrixCell[] {
  const ids = matrixIds(site, reachability);
  // Counted once: a large network has tens of thousands of findings and of cells.
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.from === undefined || f.to === undefined) continue;
    const key = `${f.from}\u0000${f.to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const cells: MatrixCell[] = [];
  for (const from of ids) {
    if (from === UNCLASSIFIED) continue;
    for (const to of ids) {
      if (from === to) continue;
      const packets = reachability.packets(from, to);
      const count = counts.get(`${from}\u0000${to}`) ?? 0;
      const status = count > 0 ? 'violation' : packets.isEmpty() ? 'none' : 'compliant';
      cells.push({ from, to, status, findings: count, packets: summarizePacketSet(packets, 3) });
    }
  }
  return cells;
}
