import type { ReportDocument } from '../report-document.js';
import { type SarifOptions, buildSarif } from './build-sarif.js';

/**
 * The SARIF log as text: 2-space JSON and a final newline. Key order is fixed by the code that
 * builds each object and every list is in report order or sorted, so the same input gives
 * byte-identical output.
 */
export function renderSarif(doc: ReportDocument, options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(doc, options), null, 2)}\n`;
}
