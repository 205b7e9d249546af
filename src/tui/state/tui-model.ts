import type { ReportDocument } from '../../report/report-document.js';
import { type TuiFinding, listFindings } from './finding-list.js';
import { type MatrixModel, buildMatrixModel } from './matrix-model.js';

/** What the reducers read and never change: the report, and the lists and grid derived from it once. */
export interface TuiModel {
  /** The report every front end renders. */
  readonly doc: ReportDocument;
  /** Active findings by severity, then the waived ones. */
  readonly findings: readonly TuiFinding[];
  /** The segment matrix as a grid. */
  readonly matrix: MatrixModel;
}

export function buildTuiModel(doc: ReportDocument): TuiModel {
  return { doc, findings: listFindings(doc), matrix: buildMatrixModel(doc.matrix) };
}
