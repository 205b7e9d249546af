import { fitLine, type Line } from '../layout/span.js';
import { LineBlock } from './line-block.js';

/** Props of ScrolledLines. */
export interface ScrolledLinesProps {
  /** Every line of the text, fitted to the width. */
  readonly lines: readonly Line[];
  /** First line shown. */
  readonly scroll: number;
  /** Rows available. */
  readonly height: number;
  /** Columns available, for the position line. */
  readonly width: number;
}

/**
 * A window on a long text. When the text overflows, the last row says which lines are shown
 * and whether more follow, so a reader at 80×24 knows to scroll.
 */
export function ScrolledLines({ lines, scroll, height, width }: ScrolledLinesProps) {
  if (lines.length <= height) return <LineBlock lines={lines} height={height} />;
  const rows = Math.max(1, height - 1);
  const start = Math.min(scroll, Math.max(0, lines.length - rows));
  const end = Math.min(lines.length, start + rows);
  const more = `${start > 0 ? '↑' : ' '}${end < lines.length ? '↓' : ' '}`;
  const position = fitLine([{ text: `── ${start + 1}–${end} / ${lines.length} ${more} ──`, dim: true }], width);
  return <LineBlock lines={[...lines.slice(start, end), position]} height={height} />;
}
