import type { Language } from '../../report/messages/index.js';
import { tuiWordsEn } from './tui-words-en.js';
import { tuiWordsJa } from './tui-words-ja.js';

/**
 * The TUI's own words. Everything the text report also prints (labels, severities, actions)
 * comes from the report's catalogue, so both front ends say the same thing the same way;
 * only what is particular to an interactive screen lives here.
 */
export interface TuiWords {
  /** Names of the three panes Tab cycles through. */
  readonly panes: {
    /** The segment matrix. */
    readonly matrix: string;
    /** The findings list. */
    readonly findings: string;
    /** The inputs. */
    readonly inputs: string;
  };
  /** Status line while the audit runs, with {dir}. */
  readonly analysing: string;
  /** What the audit is doing, shown after the status. */
  readonly stages: {
    /** Reading and parsing the files. */
    readonly reading: string;
    /** Resolving the site, the model and the checks. */
    readonly site: string;
    /** Building the topology. */
    readonly topology: string;
    /** Computing reachability. */
    readonly reachability: string;
    /** Running the checks. */
    readonly checks: string;
    /** Putting the report into words. */
    readonly reporting: string;
  };
  /** Shown when the snapshot cannot be audited, with {dir}; the reason follows. */
  readonly failed: string;
  /** Invitation to leave after a failure. */
  readonly pressAnyKey: string;
  /** Header, in red, when no config could be read at all (the audit command exits 2 then). */
  readonly unusable: string;
  /** Header: parse coverage with {percent}. */
  readonly coverage: string;
  /** Header: findings waived by an approved exception, with {count}. */
  readonly waived: string;
  /** Footer hints: the keys of each screen. */
  readonly hints: {
    /** The segment matrix. */
    readonly matrix: string;
    /** The findings list. */
    readonly findings: string;
    /** A finding's detail. */
    readonly detail: string;
    /** The inputs. */
    readonly inputs: string;
    /** One input's warnings. */
    readonly inputDetail: string;
    /** Beside the `/` prompt. */
    readonly search: string;
    /** While the `f` menu is open. */
    readonly filters: string;
    /** While the help overlay is open. */
    readonly help: string;
  };
  /** Matrix: the line that explains the cell under the cursor, with {from} and {to}. */
  readonly cell: {
    /** The diagonal. */
    readonly self: string;
    /** A pair the report has no cell for. */
    readonly absent: string;
    /** No packet can be initiated. */
    readonly none: string;
    /** Allowed and compliant. */
    readonly compliant: string;
    /** A violation with one finding. */
    readonly violationOne: string;
    /** A violation with {count} findings, more than one. */
    readonly violation: string;
  };
  /** Findings list header: {shown} of {total}. */
  readonly shownOf: string;
  /** Chip of the severity filter, with {severity}. */
  readonly severityFilter: string;
  /** Chip of the device filter, with {device}. */
  readonly deviceFilter: string;
  /** The `f` menu. */
  readonly filterMenu: {
    /** Its heading. */
    readonly title: string;
    /** Labels of the fields, as FILTER_FIELDS orders them. */
    readonly fields: { readonly severity: string; readonly check: string; readonly device: string; readonly change: string };
    /** The value that keeps every finding. */
    readonly all: string;
    /** A {value} with {count}, the findings that have it. */
    readonly count: string;
  };
  /** Chip of the search, with {query}. */
  readonly searchFilter: string;
  /** Chip of the matrix cell filter, with {from} and {to}. */
  readonly pairFilter: string;
  /** When the filters leave nothing. */
  readonly nothingMatches: string;
  /** Tag of a finding a waiver in force covers. */
  readonly waivedTag: string;
  /** Diff mode: what the change does to a finding, as a tag and as a filter value. */
  readonly changes: { readonly added: string; readonly resolved: string; readonly unchanged: string };
  /** Diff mode: the detail's note on an added finding, with {before}. */
  readonly addedNote: string;
  /** Diff mode: the detail's note on a resolved finding, with {before} and {after}. */
  readonly resolvedNote: string;
  /** Diff mode: header counts, with {added}, {resolved}, {unchanged} (short: it shares a line at 80 columns). */
  readonly diffCounts: string;
  /** Detail: headings of the path table's columns (the step number has none). */
  readonly pathColumns: {
    /** The device (or context). */
    readonly device: string;
    /** In and out interfaces, with zones. */
    readonly interfaces: string;
    /** The deciding rule. */
    readonly rule: string;
    /** Its action. */
    readonly action: string;
    /** Where it is written. */
    readonly at: string;
  };
  /** Detail: the waiver covering a waived finding, with {id}, {expires} and {approver}. */
  readonly waiverInForce: string;
  /** Detail: position in the filtered list, with {index} and {count}. */
  readonly position: string;
  /** Input detail: a file without warnings. */
  readonly noWarnings: string;
  /** Input detail: summary line with {format}, {lines}, {unrecognized}; the status follows it. */
  readonly inputSummary: string;
  /** Help overlay title. */
  readonly helpTitle: string;
  /** Help overlay closing hint. */
  readonly helpClose: string;
  /** Help overlay rows: keys, then what they do. */
  readonly helpKeys: ReadonlyArray<readonly [string, string]>;
}

export function tuiWords(lang: Language): TuiWords {
  return lang === 'ja' ? tuiWordsJa : tuiWordsEn;
}
