import type { ReportDocument } from '../../report/report-document.js';

/** What one matrix cell says about traffic from its row into its column. */
export type MatrixCellView =
  /** Row and column are the same segment: the diagonal. */
  | { readonly kind: 'self' }
  /** The report has no cell for this pair (an unclassified column is not a source). */
  | { readonly kind: 'absent' }
  | {
      /** none: no packet can; compliant: some can, all allowed; violation: findings report it. */
      readonly kind: 'none' | 'compliant' | 'violation';
      /** Findings with this from and to. */
      readonly findings: number;
      /** Readable summary of every packet class that can be initiated. */
      readonly packets: readonly string[];
    };

/** The segment matrix as a grid: the report's cells indexed by row and column. */
export interface MatrixModel {
  /** Segments and external networks traffic can be initiated in, in report order. */
  readonly rows: readonly string[];
  /** Everything traffic can be delivered into, in report order (the rows, plus unclassified space if reached). */
  readonly columns: readonly string[];
  /** Cells keyed by `from\0to`. */
  readonly cells: ReadonlyMap<string, MatrixCellView>;
}

/** Rows and columns in the order the text report prints them, so both read alike. */
export function buildMatrixModel(matrix: ReportDocument['matrix']): MatrixModel {
  const columns: string[] = [];
  for (const cell of matrix) for (const id of [cell.from, cell.to]) if (!columns.includes(id)) columns.push(id);
  const rows = columns.filter((id) => matrix.some((c) => c.from === id));
  const cells = new Map<string, MatrixCellView>();
  for (const c of matrix) {
    const kind = c.status === 'violation' ? 'violation' : c.status === 'compliant' ? 'compliant' : 'none';
    cells.set(cellKey(c.from, c.to), { kind, findings: c.findings, packets: c.packets });
  }
  return { rows, columns, cells };
}

/** The cell at a row and column index; outside the grid it is absent. */
export function cellAt(model: MatrixModel, row: number, column: number): MatrixCellView {
  const from = model.rows[row];
  const to = model.columns[column];
  if (from === undefined || to === undefined) return { kind: 'absent' };
  if (from === to) return { kind: 'self' };
  return model.cells.get(cellKey(from, to)) ?? { kind: 'absent' };
}

function cellKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
