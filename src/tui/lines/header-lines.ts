import { SEVERITIES } from '../../checks/types.js';
import { type Language, catalogue, fill } from '../../report/messages/index.js';
import type { DiffDocument } from '../../diff/diff-document.js';
import { type ReportDocument, coverage } from '../../report/report-document.js';
import { padStart } from '../../report/layout.js';
import { type Line, type Span, fitLine, lineWidth } from '../layout/span.js';
import { truncateToWidth } from '../layout/truncate.js';
import { PANES, type PaneId } from '../state/view-stack.js';
import type { TuiWords } from '../words/tui-words.js';
import { severitySpan } from './severity-style.js';

/** Lines the header always takes, so the body knows its height. */
export const HEADER_HEIGHT = 3;

/**
 * The header: who and what was audited, how much of the input was understood and how many
 * findings of each severity there are, then the pane tabs. Counts come from the report's
 * summary, so they agree with the text report.
 */
export function headerLines(doc: ReportDocument, snapshotLabel: string, usable: boolean, pane: PaneId, lang: Language, words: TuiWords, width: number, diff?: DiffDocument): Line[] {
  const c = catalogue(lang);
  const l = c.labels;
  const title: Span[] = [{ text: 'sansou', bold: true }];
  if (doc.organization) title.push({ text: `  ${doc.organization}`, bold: true });
  title.push({ text: `   ${l.model} ${doc.model}   ${l.policy} ${doc.policy ?? '—'}` });

  // With nothing read, counts of zero would read as a clean network: say so instead.
  if (!usable) return [fitLine(title, width), fitLine([{ text: words.unusable, color: 'red', bold: true }], width), fitLine(tabLine(doc, snapshotLabel, pane, words, width, diff), width)];
  const cov = coverage(doc);
  const counts: Span[] = [{ text: fill(words.coverage, { percent: cov.percent }), ...(cov.understood < cov.total ? { color: 'yellow' as const } : {}) }, { text: ' ' }];
  for (const s of SEVERITIES) {
    const n = doc.summary[s];
    counts.push({ text: '  ' }, n > 0 ? severitySpan(s, `${c.severities[s]} ${n}`) : { text: `${c.severities[s]} ${n}`, dim: true });
  }
  if (doc.waived.length > 0) counts.push({ text: `   ${fill(words.waived, { count: doc.waived.length })}`, dim: true });
  if (diff) {
    const { added, resolved, unchanged } = diff.findings;
    counts.push({ text: `   ${fill(words.diffCounts, { added: added.length, resolved: resolved.length, unchanged: unchanged.length })}`, color: 'cyan' });
  }
  return [fitLine(title, width), fitLine(counts, width), fitLine(tabLine(doc, snapshotLabel, pane, words, width, diff), width)];
}

/** The pane tabs, the current one in reverse video, and the snapshot path (diff mode: before → after) on the right. */
function tabLine(doc: ReportDocument, snapshotLabel: string, pane: PaneId, words: TuiWords, width: number, diff?: DiffDocument): Span[] {
  const tabs: Span[] = [];
  const total = doc.findings.length + doc.waived.length + (diff?.findings.resolved.length ?? 0);
  for (const p of PANES) {
    const label = p === 'findings' ? `${words.panes.findings} ${total}` : p === 'inputs' ? `${words.panes.inputs} ${doc.inputs.length}` : words.panes.matrix;
    tabs.push(p === pane ? { text: ` ${label} `, inverse: true, bold: true } : { text: ` ${label} `, dim: true }, { text: ' ' });
  }
  // The snapshot path on the right of the tabs, where there is room for it even at 80 columns.
  const room = width - lineWidth(tabs) - 1;
  const label = diff ? `${diff.before.snapshot} → ${snapshotLabel}` : snapshotLabel;
  if (room > 8) tabs.push({ text: padStart(truncateToWidth(label, room), room), dim: true });
  return tabs;
}
