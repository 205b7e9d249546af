/** Words for one check: a title, a message (per variant for checks with several), a remediation hint. */
export interface CheckText {
  readonly title: string;
  /** Template with {param} placeholders; an object when the finding's `variant` selects one. */
  readonly message: string | Readonly<Record<string, string>>;
  readonly remediation: string;
}

/** Every word a report prints, in one language. */
export interface Catalogue {
  readonly checks: Readonly<Record<string, CheckText>>;
  readonly labels: {
    readonly report: string;
    readonly organization: string;
    readonly model: string;
    readonly policy: string;
    readonly snapshot: string;
    readonly site: string;
    readonly siteFromFile: string;
    readonly siteInferred: string;
    readonly inputs: string;
    readonly coverage: string;
    readonly inferences: string;
    readonly problems: string;
    readonly matrix: string;
    readonly matrixLegend: string;
    readonly findings: string;
    readonly noFindings: string;
    readonly packets: string;
    readonly witness: string;
    readonly deliveredAs: string;
    readonly path: string;
    readonly clause: string;
    readonly remediation: string;
    readonly location: string;
    readonly implicit: string;
    readonly defaultAction: string;
    readonly summary: string;
    readonly unrecognizedLines: string;
    /** A hop where no filter stage applied: the device forwards everything there. */
    readonly unfiltered: string;
    readonly rule: string;
    /** "Your rulesets": the --ruleset files enforced. */
    readonly rulesets: string;
    /** "Not run under policy {policy}": model checks the policy cites no clause for. */
    readonly omittedChecks: string;
    readonly actions: Readonly<Record<'permit' | 'deny' | 'none', string>>;
    /** Heading of the waived findings (例外措置), with {count}. */
    readonly waivedFindings: string;
    /** Appended to the findings counts when some are waived, with {count}. */
    readonly waivedCount: string;
    /** Word before a waiver's id. */
    readonly waiver: string;
    readonly approver: string;
    readonly expires: string;
    readonly reason: string;
    /** Note on a finding reported again, with {id}, {expires} and {approver}. */
    readonly waiverExpired: string;
    /** Heading of the waivers that matched no finding, with {count}. */
    readonly unusedWaivers: string;
    /** Marks an unused waiver whose expiry day has passed. */
    readonly expiredMark: string;
    /** The program and its version in a report's heading ("sansou {version}"). */
    readonly toolVersion: string;
    /** Heading of the parse coverage and inputs section (Markdown, HTML). */
    readonly parseCoverage: string;
    /** Warnings of one input beyond those listed, with {count}. */
    readonly moreWarnings: string;
    /** Heading of a finding's config lines. */
    readonly excerpts: string;
    /** In place of an excerpt that cannot be shown, with {file}. */
    readonly noExcerpt: string;
    /** The word before a finding's fingerprint: the waivers.yaml key, so it reads the same in every language. */
    readonly fingerprint: string;
    /** Row of the summary table counting waived findings. */
    readonly waivedRow: string;
    /** Row of the summary table with every active finding. */
    readonly totalRow: string;
    /** Top-left cell of the matrix table: rows are where traffic starts, columns where it is delivered. */
    readonly matrixCorner: string;
    /** Column headings of the tables in the Markdown and HTML reports. */
    readonly columns: {
      /** Severity, in the summary. */
      readonly severity: string;
      /** Number of findings, in the summary. */
      readonly count: string;
      /** Input file, or where a waiver is. */
      readonly file: string;
      /** Detected input format. */
      readonly format: string;
      /** PASSED / PARTIALLY_UNRECOGNIZED / FAILED. */
      readonly status: string;
      /** Lines of an input. */
      readonly lines: string;
      /** Lines not understood. */
      readonly unrecognized: string;
      /** Devices found in a config. */
      readonly devices: string;
      /** The input's SHA-256. */
      readonly sha256: string;
      /** Hop number on a path. */
      readonly step: string;
      /** Device of a hop. */
      readonly device: string;
      /** Interfaces of a hop: in → out (zone). */
      readonly interfaces: string;
      /** The deciding rule and its action. */
      readonly rule: string;
      /** file:line of the deciding rule. */
      readonly location: string;
      /** NAT applied at the hop. */
      readonly nat: string;
      /** A waiver's id. */
      readonly waiver: string;
      /** A waiver's expiry day. */
      readonly expires: string;
      /** What a waiver selects (fingerprint, or check and match). */
      readonly selector: string;
      /** A check id. */
      readonly check: string;
      /** Why (an omitted check). */
      readonly reason: string;
    };
  };
  readonly severities: Readonly<Record<'critical' | 'high' | 'medium' | 'low' | 'info', string>>;
}

/** Replaces each {name} with its parameter; unknown names stay visible. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
