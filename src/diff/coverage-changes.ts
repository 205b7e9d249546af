import type { ReportInput } from '../report/report-document.js';

/** How one input file was read, in one snapshot. */
export interface InputReading {
  /** PASSED, PARTIALLY_UNRECOGNIZED or FAILED. */
  readonly status: string;
  /** Line count. */
  readonly lines: number;
  /** Lines not understood. */
  readonly unrecognized: number;
}

/** An input whose reading differs between the snapshots. */
export interface CoverageChange {
  /** Snapshot path (configs/fw-edge.conf). */
  readonly file: string;
  /** Absent when the file is new. */
  readonly before?: InputReading;
  /** Absent when the file was removed. */
  readonly after?: InputReading;
}

/**
 * Inputs added, removed, or read differently (status or unrecognized lines): a verdict on a
 * change is only as good as the reading of both sides, so a change that makes a file less
 * understood must be seen next to the findings it may hide.
 */
export function coverageChanges(before: readonly ReportInput[], after: readonly ReportInput[]): CoverageChange[] {
  const reading = (i: ReportInput): InputReading => ({ status: i.status, lines: i.lines, unrecognized: i.unrecognized });
  const beforeByFile = new Map(before.map((i) => [i.file, i]));
  const afterByFile = new Map(after.map((i) => [i.file, i]));
  const files = [...new Set([...beforeByFile.keys(), ...afterByFile.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: CoverageChange[] = [];
  for (const file of files) {
    const b = beforeByFile.get(file);
    const a = afterByFile.get(file);
    if (b && a && b.status === a.status && b.unrecognized === a.unrecognized) continue;
    out.push({ file, ...(b ? { before: reading(b) } : {}), ...(a ? { after: reading(a) } : {}) });
  }
  return out;
}
