/** One step of shrinking a table: a column that may give up width, down to a minimum. */
export interface ShrinkStep {
  /** Index of the column. */
  readonly column: number;
  /** Width it may shrink to in this step. */
  readonly min: number;
}

/**
 * Column widths for a table that must fit `width` terminal columns with `gap` spaces between
 * columns. Columns start at their natural width (their widest cell); while the table is too
 * wide, the steps are taken in order, each shrinking its column towards its minimum. The
 * order says what matters least: a device list shrinks before a file name. A column may
 * appear twice, with a generous minimum early and a small one last. The result may still be
 * too wide if every step is exhausted; each line is then cut at the edge.
 */
export function fitColumns(natural: readonly number[], width: number, steps: readonly ShrinkStep[], gap = 2): number[] {
  const widths = [...natural];
  let excess = widths.reduce((n, w) => n + w, 0) + gap * Math.max(0, widths.length - 1) - width;
  for (const step of steps) {
    if (excess <= 0) break;
    const current = widths[step.column] ?? 0;
    const cut = Math.min(excess, Math.max(0, current - step.min));
    widths[step.column] = current - cut;
    excess -= cut;
  }
  return widths;
}
