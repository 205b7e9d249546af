/** Where an element was defined: the snapshot-relative file and the 1-based line. */
export interface Provenance {
  /** Path relative to the snapshot directory, with forward slashes ("configs/fw-core.conf"). */
  readonly file: string;
  /** 1-based line number of the statement that defined the element. */
  readonly line: number;
}
