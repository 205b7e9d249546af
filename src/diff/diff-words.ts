import type { Language } from '../report/messages/index.js';
import { diffWordsEn } from './diff-words-en.js';
import { diffWordsJa } from './diff-words-ja.js';

/**
 * The diff's own words. A finding, a path and a packet are printed as the audit report prints
 * them (report/messages); only what is particular to comparing two snapshots lives here.
 * Templates take {name} parameters (report/messages fill).
 */
export interface DiffWords {
  /** Title line, before the organization. */
  readonly title: string;
  /** Label of the snapshot before the change. */
  readonly before: string;
  /** Label of the snapshot after it. */
  readonly after: string;
  /** Findings headline with {added}, {resolved}, {unchanged}. */
  readonly findingsHeadline: string;
  /** Heading of the added findings. */
  readonly added: string;
  /** Heading of the resolved findings. */
  readonly resolved: string;
  /** Heading of the unchanged findings (listed one line each). */
  readonly unchanged: string;
  /** Heading of the newly allowed traffic, with {count} classes. */
  readonly allowed: string;
  /** Heading of the newly blocked traffic, with {count} classes. */
  readonly blocked: string;
  /** When a heading has nothing under it. */
  readonly none: string;
  /** Verdict of newly allowed traffic that breaks the policy, with {checks}. */
  readonly violation: string;
  /** Verdict of newly allowed traffic that no check objects to. */
  readonly compliant: string;
  /** What became of newly blocked traffic: its fate after the change, by disposition. */
  readonly dispositions: Readonly<Record<string, string>>;
  /** Label of the rule responsible after the change. */
  readonly responsible: string;
  /** Heading of the inputs read differently; {before} and {after} coverage. */
  readonly coverage: string;
  /** When every input reads as before. */
  readonly coverageSame: string;
  /** An input only in the after snapshot. */
  readonly newFile: string;
  /** An input only in the before snapshot. */
  readonly removedFile: string;
  /** Unrecognized lines of a file, with {count}. */
  readonly unrecognized: string;
}

export function diffWords(lang: Language): DiffWords {
  return lang === 'ja' ? diffWordsJa : diffWordsEn;
}
