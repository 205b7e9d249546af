import type { AuditResult } from '../audit/audit.js';
import { readExcerpts } from '../report/excerpts.js';
import { renderHtml } from '../report/html/html-report.js';
import { renderMarkdown } from '../report/markdown/markdown-report.js';
import type { Language } from '../report/messages/index.js';
import type { ReportDocument } from '../report/report-document.js';
import { renderSarif } from '../report/sarif/index.js';
import { renderText } from '../report/text-report.js';
import { withoutConfigText } from '../report/without-config-text.js';

/** The formats `sansou audit` writes. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a report needs besides the document. */
export interface RenderContext {
  /** The snapshot directory as the user typed it: titles, and SARIF's file URIs. */
  readonly snapshotLabel: string;
  /** The working directory, so SARIF URIs are relative to it (never written). */
  readonly cwd: string;
  readonly lang: Language;
  /** False under --no-excerpts: no line of any config in the output. */
  readonly excerpts: boolean;
}

/**
 * One audit in the format asked for. Under --no-excerpts the text of unrecognized lines goes
 * too, in every format: it is config text as much as an excerpt is.
 */
export function renderReport(format: ReportFormat, result: AuditResult, fullDoc: ReportDocument, ctx: RenderContext): string {
  const doc = ctx.excerpts ? fullDoc : withoutConfigText(fullDoc);
  const excerpts = () => (ctx.excerpts ? readExcerpts(result.snapshot, [...doc.findings, ...doc.waived]) : undefined);
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc, null, 2)}\n`;
    case 'sarif':
      return renderSarif(doc, { snapshotDir: ctx.snapshotLabel, cwd: ctx.cwd });
    case 'markdown':
      return renderMarkdown(doc, ctx.snapshotLabel, ctx.lang, excerpts());
    case 'html':
      return renderHtml(doc, ctx.snapshotLabel, ctx.lang, excerpts());
    case 'text':
      return renderText(doc, ctx.snapshotLabel, ctx.lang);
  }
}
