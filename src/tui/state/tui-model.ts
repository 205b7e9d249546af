import type { DiffDocument } from '../../diff/diff-document.js';
import type { ReportDocument } from '../../report/report-document.js';
import { type FilterChoices, type FilterField, filterChoices, menuFields } from './finding-filter.js';
import { type TuiFinding, listFindings } from './finding-list.js';
import { type MatrixModel, buildMatrixModel } from './matrix-model.js';

/** What the reducers read and never change: the report, and the lists and grid derived from it once. */
export interface TuiModel {
  /** The report every front end renders. */
  readonly doc: ReportDocument;
  /** Active findings by severity, then (diff mode) the resolved ones, then the waived ones. */
  readonly findings: readonly TuiFinding[];
  /** The segment matrix as a grid. */
  readonly matrix: MatrixModel;
  /** The values the `f` menu offers for each field. */
  readonly choices: FilterChoices;
  /** The fields the `f` menu lists, in order. */
  readonly filterFields: readonly FilterField[];
}

/** The model of one report; in diff mode, with the comparison the findings are marked by. */
export function buildTuiModel(doc: ReportDocument, diff?: DiffDocument): TuiModel {
  const findings = listFindings(doc, diff);
  return { doc, findings, matrix: buildMatrixModel(doc.matrix), choices: filterChoices(findings), filterFields: menuFields(diff !== undefined) };
}
