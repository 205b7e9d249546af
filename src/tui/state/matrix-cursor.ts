import { clamp } from './list-selection.js';
import { type MatrixModel, cellAt } from './matrix-model.js';

/** The highlighted matrix cell, by row and column index. */
export interface MatrixCursor {
  /** Index into the matrix rows (sources). */
  readonly row: number;
  /** Index into the matrix columns (destinations). */
  readonly column: number;
}

/**
 * Where the cursor starts: on the first violation, reading row by row, because that is what
 * a reader opens the TUI to see; Enter then lists it at once. A clean matrix starts on the
 * first cell off the diagonal.
 */
export function initialCursor(model: MatrixModel): MatrixCursor {
  for (let row = 0; row < model.rows.length; row++) {
    for (let column = 0; column < model.columns.length; column++) {
      if (cellAt(model, row, column).kind === 'violation') return { row, column };
    }
  }
  return { row: 0, column: model.columns.length > 1 && model.rows[0] === model.columns[0] ? 1 : 0 };
}

/** The cursor moved by whole cells and kept on the grid: arrows at an edge do nothing. */
export function moveCursor(cursor: MatrixCursor, rows: number, columns: number, model: MatrixModel): MatrixCursor {
  return {
    row: clamp(cursor.row + rows, 0, model.rows.length - 1),
    column: clamp(cursor.column + columns, 0, model.columns.length - 1),
  };
}
