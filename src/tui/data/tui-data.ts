import type { DiffDocument } from '../../diff/diff-document.js';
import type { ReportDocument } from '../../report/report-document.js';

/** Everything the screens show, computed once before the first real frame. */
export interface TuiData {
  /** The report every front end renders. */
  readonly doc: ReportDocument;
  /** The snapshot directory as the user typed it. */
  readonly snapshotLabel: string;
  /** Display names of segments and external networks (サンプル町's マイナンバー利用事務系), by id. */
  readonly segmentNames: ReadonlyMap<string, string>;
  /** False when no config could be read at all: the audit command would exit 2. */
  readonly usable: boolean;
  /** Masked lines of each config a finding's path cites, by snapshot path (configs/fw-edge.conf). */
  readonly configLines: ReadonlyMap<string, readonly string[]>;
  /** In diff mode, the comparison with the snapshot before the change. */
  readonly diff?: TuiDiff;
}

/** What diff mode adds to the data. */
export interface TuiDiff {
  /** What `sansou diff` reports for the two snapshots. */
  readonly doc: DiffDocument;
  /** The before snapshot as the user typed it. */
  readonly beforeLabel: string;
  /** Masked lines of each before-snapshot config a resolved finding cites. */
  readonly configLines: ReadonlyMap<string, readonly string[]>;
}
