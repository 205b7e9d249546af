import type { Device } from './device.js';

/**
 * Something a parser did not understand or could not model. Parsers never throw: they record
 * a warning and go on with the next line.
 */
export interface ParseWarning {
  /** 1-based line number in the file (0 when the warning is about the whole file). */
  readonly line: number;
  /** The line's text, trimmed; secrets are masked before any output. */
  readonly text: string;
  /** Where in the config's structure it occurred ("config firewall policy > edit 12"). */
  readonly context: string;
  /** What went wrong and what sansou did about it. */
  readonly comment: string;
  /**
   * 'unrecognized': the line was not understood at all (counts against coverage).
   * 'unsupported': understood, but the feature is not modelled; the model may be incomplete.
   * 'invalid': understood, but the value is wrong (bad address, undefined reference).
   */
  readonly kind: 'unrecognized' | 'unsupported' | 'invalid';
}

/** PASSED: every line understood; PARTIALLY_UNRECOGNIZED: some not; FAILED: nothing usable. */
export type FileStatus = 'PASSED' | 'PARTIALLY_UNRECOGNIZED' | 'FAILED';

/** The outcome of parsing one configuration file. */
export interface ParsedConfig {
  /** Snapshot-relative path. */
  readonly file: string;
  /** Detected format ("fortigate", "unknown", ...). */
  readonly format: string;
  readonly status: FileStatus;
  /** Number of lines in the file. */
  readonly lines: number;
  readonly warnings: readonly ParseWarning[];
  /** Devices found in it (one per VDOM for a multi-VDOM FortiGate). */
  readonly devices: readonly Device[];
}

/** Status from warnings: FAILED is decided by the parser, the rest follows from the lines. */
export function statusFromWarnings(warnings: readonly ParseWarning[]): FileStatus {
  return warnings.some((w) => w.kind === 'unrecognized') ? 'PARTIALLY_UNRECOGNIZED' : 'PASSED';
}

export function countUnrecognized(warnings: readonly ParseWarning[]): number {
  return new Set(warnings.filter((w) => w.kind === 'unrecognized').map((w) => w.line)).size;
}
