import type { ReportDocument } from '../../report/report-document.js';
import { type FilterChoices, filterChoices } from './finding-filter.js';
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
  /** The values the `f` menu offers for each field. */
  readonly choices: FilterChoices;
}

export function buildTuiModel(doc: ReportDocument): TuiModel {
  const findings = listFindings(doc);
  return { doc, findings, matrix: buildMatrixModel(doc.matrix), choices: filterChoices(findings) };
}
