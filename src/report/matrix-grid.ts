import type { ReportDocument } from './report-document.js';

/** What a matrix cell says: the diagonal, no cell at all, or the cell's status. */
export type GridCellKind = 'self' | 'absent' | 'none' | 'compliant' | 'violation';

/** One cell of the segment matrix as a table shows it. */
export interface GridCell {
  /** Segment or external id traffic is delivered into (the column). */
  readonly to: string;
  readonly kind: GridCellKind;
  /** The cell's symbol: `—` diagonal, `·` no flow, `✓` compliant, `✗n` n findings, '' absent. */
  readonly symbol: string;
  /** Findings for the pair (0 unless a violation). */
  readonly findings: number;
}

/** The segment matrix as rows and columns. */
export interface MatrixGrid {
  /** Column ids: every id that appears in the matrix, in matrix order. */
  readonly columns: readonly string[];
  /** One row per id traffic starts in, in the same order. */
  readonly rows: ReadonlyArray<{ readonly from: string; readonly cells: readonly GridCell[] }>;
}

/**
 * The segment matrix laid out as the text report lays it out: the columns are every id in
 * the matrix, the rows the ids traffic can start in. Symbols carry the status, so a table
 * printed without colour says the same as one with it.
 */
export function matrixGrid(doc: ReportDocument): MatrixGrid {
  const columns: string[] = [];
  for (const cell of doc.matrix) for (const id of [cell.from, cell.to]) if (!columns.includes(id)) columns.push(id);
  const froms = columns.filter((id) => doc.matrix.some((c) => c.from === id));
  return {
    columns,
    rows: froms.map((from) => ({
      from,
      cells: columns.map((to): GridCell => {
        if (to === from) return { to, kind: 'self', symbol: '—', findings: 0 };
        const cell = doc.matrix.find((c) => c.from === from && c.to === to);
        if (!cell) return { to, kind: 'absent', symbol: '', findings: 0 };
        if (cell.status === 'violation') return { to, kind: 'violation', symbol: `✗${cell.findings}`, findings: cell.findings };
        return cell.status === 'compliant' ? { to, kind: 'compliant', symbol: '✓', findings: 0 } : { to, kind: 'none', symbol: '·', findings: 0 };
      }),
    })),
  };
}
