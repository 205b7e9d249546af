import type { ReportDocument } from './report-document.js';

/**
 * The report without the text of any config line, for --no-excerpts: the warnings keep their
 * line, kind and comment. Excerpts are left out by the renderers' callers passing none; this
 * takes out the rest, the same way for every format.
 */
export function withoutConfigText(doc: ReportDocument): ReportDocument {
  return { ...doc, inputs: doc.inputs.map((i) => ({ ...i, warnings: i.warnings.map((w) => ({ ...w, text: '' })) })) };
}
