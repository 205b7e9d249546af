import type { RulesetSource } from '../audit/choose-checks.js';
import type { Language } from '../report/messages/index.js';

/**
 * What a command hands the TUI. The command has already checked the arguments, so the TUI
 * only audits and shows; this file imports nothing from Ink, so commands may use the type.
 */
export interface TuiOptions {
  /** The snapshot directory, resolved against the working directory. */
  readonly snapshotPath: string;
  /** The directory as the user typed it, for the header. */
  readonly snapshotLabel: string;
  /** Language of every word on screen. */
  readonly lang: Language;
  /** Policy profile id (--policy); the site file's when absent. */
  readonly policy?: string;
  /** The day waivers are evaluated on (--today); today when absent. */
  readonly today?: string;
  /** The user's rulesets (--ruleset), already read. */
  readonly rulesets: readonly RulesetSource[];
  /** --no-excerpts: no line of any config is read or shown. */
  readonly noExcerpts?: boolean;
  /**
   * Diff mode (`sansou diff --tui`, `sansou tui --diff`): the snapshot before the change. The
   * screens then show the snapshot above as the after side, with each finding marked new or
   * unchanged, and the findings the change resolves.
   */
  readonly before?: {
    /** The directory, resolved against the working directory. */
    readonly path: string;
    /** The directory as the user typed it. */
    readonly label: string;
  };
}
