/**
 * The part of SARIF 2.1.0 (OASIS Standard, errata 01) that sansou writes. Every object here is
 * a subset of its namesake in the official schema; nothing outside the schema is added, so a
 * log that type-checks against these types has a chance to validate, and the tests make sure
 * it does.
 */

/** SARIF's severity of a result or rule: sansou uses error, warning and note. */
export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

/** A message for people (SARIF `message`): plain text, which may embed links to related locations. */
export interface SarifMessage {
  /** Plain text; `[words](n)` links to the related location whose id is n. */
  readonly text: string;
}

/** A message in plain text and Markdown (SARIF `multiformatMessageString`). */
export interface SarifMultiformatMessage {
  /** Plain text. */
  readonly text: string;
  /** The same in Markdown, which GitHub renders in preference to the text. */
  readonly markdown?: string;
}

/** Where a file is (SARIF `artifactLocation`). */
export interface SarifArtifactLocation {
  /** A relative URI reference (percent-encoded, forward slashes), resolved against `uriBaseId`. */
  readonly uri?: string;
  /** The symbolic base the URI is relative to: "%SRCROOT%" or "SNAPSHOTROOT". */
  readonly uriBaseId?: string;
  /** What the location is, for a base listed in `originalUriBaseIds`. */
  readonly description?: SarifMessage;
}

/** A line of a file (SARIF `region`); sansou knows lines, not columns. */
export interface SarifRegion {
  /** 1-based line. */
  readonly startLine: number;
}

/** A file and a line in it (SARIF `physicalLocation`). */
export interface SarifPhysicalLocation {
  /** The file. */
  readonly artifactLocation: SarifArtifactLocation;
  /** The line; absent when no line is known. */
  readonly region?: SarifRegion;
}

/** A location, with what happens there (SARIF `location`). */
export interface SarifLocation {
  /** Number of a related location, which message links refer to (1..n within a result). */
  readonly id?: number;
  /** The file and line. */
  readonly physicalLocation?: SarifPhysicalLocation;
  /** What this location is: a hop of the path, or why the location was chosen. */
  readonly message?: SarifMessage;
}

/** One step of a code flow (SARIF `threadFlowLocation`): one hop of the forbidden path. */
export interface SarifThreadFlowLocation {
  /** The hop's rule, with the hop in words. */
  readonly location: SarifLocation;
  /** 1-based order of the hop along the path. */
  readonly executionOrder: number;
}

/** One sequence of steps (SARIF `threadFlow`). */
export interface SarifThreadFlow {
  /** The hops, in the order the packets cross them. */
  readonly locations: readonly SarifThreadFlowLocation[];
}

/** The path of a flow finding as SARIF `codeFlow`, which GitHub shows step by step. */
export interface SarifCodeFlow {
  /** The witness packet that travels the path. */
  readonly message?: SarifMessage;
  /** Exactly one thread: a path is one sequence of devices. */
  readonly threadFlows: readonly SarifThreadFlow[];
}

/** An approved exception (例外措置) that waives a result (SARIF `suppression`). */
export interface SarifSuppression {
  /** Always "external": the approval lives in waivers.yaml, not in the config itself. */
  readonly kind: 'external';
  /** Always "accepted": only a waiver in force suppresses. */
  readonly status: 'accepted';
  /** The waiver's id, reason, approver and expiry, in words. */
  readonly justification: string;
  /** The waiver's entry in waivers.yaml. */
  readonly location?: SarifLocation;
}

/** The packet of a result's properties, as the JSON report writes it. */
export interface SarifPacket {
  /** Source address. */
  readonly src: string;
  /** Destination address. */
  readonly dst: string;
  /** Protocol name ("tcp", "udp", "icmp"…). */
  readonly protocol: string;
  /** Source port (0 where the protocol has none). */
  readonly srcPort: number;
  /** Destination port, or ICMP type. */
  readonly dstPort: number;
}

/** The waiver behind a suppressed or re-reported result, in its properties. */
export interface SarifWaiverProperties {
  /** The waiver's id. */
  readonly id: string;
  /** Why the exception was granted. */
  readonly reason: string;
  /** Who approved it. */
  readonly approver: string;
  /** Last day it applies, YYYY-MM-DD. */
  readonly expires: string;
  /** True when the waiver has expired and the finding is reported again. */
  readonly expired: boolean;
}

/** sansou's own facts about a result (its SARIF property bag). */
export interface SarifResultProperties {
  /** The check id (also `ruleId`). */
  readonly check: string;
  /** sansou's severity, finer than the SARIF level. */
  readonly severity: string;
  /** Segment or external id the traffic starts in (flow findings). */
  readonly from?: string;
  /** Segment or external id it is delivered into (flow findings). */
  readonly to?: string;
  /** Every offending packet class, as the report prints them. */
  readonly packets?: readonly string[];
  /** A concrete offending packet, as its initiator sends it. */
  readonly witness?: SarifPacket;
  /** The witness as delivered, when NAT changed it. */
  readonly delivered?: SarifPacket;
  /** The finding's fingerprint (also the partial fingerprint). */
  readonly fingerprint: string;
  /** Where the primary location comes from: the finding, its path, the device's config, the snapshot, or nowhere. */
  readonly locationSource: 'finding' | 'path' | 'device' | 'snapshot' | 'none';
  /** The waiver in force (suppressed result) or expired (reported again). */
  readonly waiver?: SarifWaiverProperties;
}

/** One result: one finding (SARIF `result`). */
export interface SarifResult {
  /** The check id. */
  readonly ruleId: string;
  /** Index of the check's descriptor in `tool.driver.rules`. */
  readonly ruleIndex: number;
  /** The level from the finding's severity. */
  readonly level: SarifLevel;
  /** Title and message, the witness, and the path with links to the related locations. */
  readonly message: SarifMessage;
  /** The config line most responsible; empty only when the snapshot has no file to point at. */
  readonly locations: readonly SarifLocation[];
  /** Every hop of the path that has a file and line, ids 1..n in path order. */
  readonly relatedLocations?: readonly SarifLocation[];
  /** The same hops as a code flow. */
  readonly codeFlows?: readonly SarifCodeFlow[];
  /** `sansouFingerprint/v1`: the finding's fingerprint, which no line number enters. */
  readonly partialFingerprints: Readonly<Record<string, string>>;
  /** The waiver in force, when the finding is waived. */
  readonly suppressions?: readonly SarifSuppression[];
  /** sansou's own facts. */
  readonly properties: SarifResultProperties;
}

/** GitHub's reading of a rule's property bag, plus sansou's tags. */
export interface SarifRuleProperties {
  /** "security", "sansou", and "flow" or "configuration". */
  readonly tags: readonly string[];
  /** GitHub code scanning's score, "0.0".."10.0", from the severity. */
  readonly 'security-severity': string;
  /** sansou's severity of the check. */
  readonly severity: string;
}

/** How a rule reports by default (SARIF `reportingConfiguration`). */
export interface SarifRuleConfiguration {
  /** The level from the check's severity. */
  readonly level: SarifLevel;
}

/** One check (SARIF `reportingDescriptor`). */
export interface SarifRule {
  /** The check id. */
  readonly id: string;
  /** The check id in PascalCase, as SARIF viewers expect a rule name. */
  readonly name: string;
  /** The check's title. */
  readonly shortDescription: SarifMultiformatMessage;
  /** The title and the policy clause the check enforces. */
  readonly fullDescription: SarifMultiformatMessage;
  /** The clause quoted, and the remediation. */
  readonly help: SarifMultiformatMessage;
  /** The level from the check's severity. */
  readonly defaultConfiguration: SarifRuleConfiguration;
  /** Tags and GitHub's security severity. */
  readonly properties: SarifRuleProperties;
}

/** The analysis tool (SARIF `toolComponent`, the driver). */
export interface SarifDriver {
  /** "sansou". */
  readonly name: string;
  /** sansou's version. */
  readonly version: string;
  /** The same, as SARIF's semantic version. */
  readonly semanticVersion: string;
  /** One descriptor per check that has a result, sorted by id. */
  readonly rules: readonly SarifRule[];
}

/** What the audit was about, in the run's property bag. */
export interface SarifRunProperties {
  /** The organization named in the site file. */
  readonly organization?: string;
  /** The network model audited against. */
  readonly model: string;
  /** The policy profile whose clauses are cited. */
  readonly policy?: string;
}

/** One audit (SARIF `run`). */
export interface SarifRun {
  /** sansou and its checks. */
  readonly tool: { readonly driver: SarifDriver };
  /** The language of every message ("ja" or "en"). */
  readonly language: string;
  /** The bases the artifact URIs are relative to, described without any absolute path. */
  readonly originalUriBaseIds: Readonly<Record<string, SarifArtifactLocation>>;
  /** GitHub's analysis category, only when the caller gives one. */
  readonly automationDetails?: { readonly id: string };
  /** One per finding. */
  readonly results: readonly SarifResult[];
  /** Organization, model and policy. */
  readonly properties: SarifRunProperties;
}

/** A SARIF log with one run (SARIF `sarifLog`). */
export interface SarifLog {
  /** The official schema's URI. */
  readonly $schema: string;
  /** "2.1.0". */
  readonly version: '2.1.0';
  /** Exactly one run. */
  readonly runs: readonly [SarifRun];
}
