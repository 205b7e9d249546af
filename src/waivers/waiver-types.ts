import type { YamlError } from '../yaml/error-sink.js';

/**
 * How a waiver picks its findings. A fingerprint names one finding exactly; a check with a
 * match names every finding of that check whose fields match, which keeps working when a
 * change to the configs gives the finding a new fingerprint.
 */
export type WaiverSelector =
  | {
      /** Selects by Finding.fingerprint. */
      readonly kind: 'fingerprint';
      /** The 32 hexadecimal digits of the finding's fingerprint. */
      readonly fingerprint: string;
    }
  | {
      /** Selects by check id, narrowed by `match`. */
      readonly kind: 'check';
      /** The check id (Finding.check), compared exactly. */
      readonly check: string;
      /**
       * Field name → pattern. `from` and `to` are compared with Finding.from/to, other keys
       * with Finding.params; '*' in a pattern stands for any run of characters. Empty when
       * the waiver covers every finding of the check.
       */
      readonly match: Readonly<Record<string, string>>;
    };

/** One approved exception (例外措置) from waivers.yaml. */
export interface Waiver {
  /** The id as written, or "waiver #n" (n = 1-based position in the list) when none is. */
  readonly id: string;
  /** Which findings it waives. */
  readonly selector: WaiverSelector;
  /** Why the exception was granted. */
  readonly reason: string;
  /** Who approved it. */
  readonly approver: string;
  /** Last day it applies, YYYY-MM-DD (inclusive). */
  readonly expires: string;
  /** The waivers file, snapshot-relative ("waivers.yaml"). */
  readonly file: string;
  /** 1-based line where the waiver's entry starts. */
  readonly line: number;
}

/** One problem in the waivers file, located on the YAML node it is about. */
export type WaiversFileError = YamlError;

/** What loadWaivers read from a waivers file. */
export interface WaiversFileResult {
  /** Every valid waiver, in file order; a rejected entry is absent (its error says why). */
  readonly waivers: readonly Waiver[];
  /**
   * False when the document as a whole is unusable (YAML syntax errors, not a map, no
   * `waivers:` list): nothing in it was applied and the input is reported as FAILED.
   */
  readonly usable: boolean;
  /** Sorted by line and column. */
  readonly errors: readonly WaiversFileError[];
}
