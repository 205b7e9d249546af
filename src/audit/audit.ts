import { type YamlError, yamlErrorProblem } from '../yaml/error-sink.js';
import { type Reachability, analyzeReachability } from '../analysis/reachability.js';
import type { Finding } from '../checks/finding.js';
import { runCheck } from '../checks/run-checks.js';
import { SEVERITIES, type PolicyProfile, type Ruleset } from '../checks/types.js';
import type { Device } from '../model/device.js';
import { type ParseWarning, countUnrecognized } from '../model/parse-result.js';
import { Topology } from '../network/topology.js';
import { compareText } from '../util/compare-text.js';
import { resolveSite } from '../site/resolve-site.js';
import type { Site } from '../site/types.js';
import type { Snapshot } from '../snapshot/load-snapshot.js';
import { type MatrixCell, buildMatrix } from './matrix.js';
import { witnessHints } from './witness-hints.js';
import { type ChecksChoice, type RulesetSource, chooseChecks } from './choose-checks.js';
import type { CheckPlan } from '../rulesets/plan-checks.js';
import { type WaiverReport, applySnapshotWaivers } from '../waivers/audit-waivers.js';

/** One input file and how well sansou understood it. */
export interface InputSummary {
  readonly file: string;
  /** 'fortigate', 'inventory-csv', 'site-yaml', 'unknown', 'binary' ... */
  readonly format: string;
  readonly status: 'PASSED' | 'PARTIALLY_UNRECOGNIZED' | 'FAILED';
  readonly lines: number;
  /** Lines not understood. */
  readonly unrecognized: number;
  /** Devices (contexts) found in a config. */
  readonly devices: readonly string[];
  /** What the reader did not understand or could not accept, line by line. */
  readonly warnings: readonly ParseWarning[];
  /**
   * SHA-256 (hex) of the file's bytes as read, tying the report to the exact export it judged.
   * Absent for a file that was not read (above the size limit, unreadable) and for a --ruleset
   * file, which the caller reads.
   */
  readonly sha256?: string;
}

/** A problem with the inputs that is not a finding about the network. */
export interface InputProblem {
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
}

/**
 * The steps of an audit, announced as each one starts, for a front end that shows progress:
 * deciding the site and the checks, building the topology, computing reachability, running
 * the checks.
 */
export type AuditStage = 'site' | 'topology' | 'reachability' | 'checks';

export interface AuditOptions {
  /** Policy profile id: which checks run and the clauses they cite; overrides the site file. */
  readonly policy?: string;
  /** The user's own rulesets (--ruleset FILE), enforced in addition to the model's checks. */
  readonly rulesets?: readonly RulesetSource[];
  /**
   * The day waivers are evaluated on, YYYY-MM-DD (a waiver applies through its expiry day).
   * Defaults to the local date at call time, so a report is then reproducible only on the
   * same day; give it for byte-identical output. Not a date: applyWaivers' WaiverDateError.
   */
  readonly today?: string;
  /** Told the stage that starts, before it starts; the audit itself stays synchronous. */
  readonly onStage?: (stage: AuditStage) => void;
}

export interface AuditResult {
  readonly snapshot: Snapshot;
  readonly site: Site;
  /** The model's ruleset. */
  readonly ruleset: Ruleset;
  readonly policy?: PolicyProfile;
  /** The user's rulesets that were read. */
  readonly userRulesets: readonly Ruleset[];
  /** The checks that ran, with their clauses, and the model checks the policy leaves out. */
  readonly plan: CheckPlan;
  readonly devices: readonly Device[];
  readonly topology: Topology;
  readonly reachability: Reachability;
  /** Active findings (not waived), sorted: severity, check, from, to, location, fingerprint. */
  readonly findings: readonly Finding[];
  /** Findings waived by waivers.yaml, findings whose waivers expired, and unused waivers. */
  readonly waivers: WaiverReport;
  readonly matrix: readonly MatrixCell[];
  readonly inputs: readonly InputSummary[];
  readonly problems: readonly InputProblem[];
  /** False when nothing usable remains (no device could be read): exit status 2. */
  readonly usable: boolean;
}

/**
 * Audits a loaded snapshot: resolve the site, build the topology, compute reachability, run
 * the model's checks. Pure with respect to its input: the same snapshot gives the same result.
 */
export function audit(snapshot: Snapshot, options: AuditOptions = {}): AuditResult {
  const stage = options.onStage ?? (() => {});
  const problems: InputProblem[] = [];
  stage('site');
  for (const e of snapshot.siteFile?.result.errors ?? []) problems.push(yamlErrorProblem(e));
  const devices = uniqueDevices(snapshot, problems);
  const assets = snapshot.inventory?.assets ?? [];
  const resolved = resolveSite({
    ...(snapshot.siteFile?.result.site ? { declared: snapshot.siteFile.result.site } : {}),
    devices,
    assets,
    ...(snapshot.inventory ? { inventoryFile: snapshot.inventory.file } : {}),
  });
  const { site, model: ruleset, policy, userRulesets, rulesetFiles, plan } = chooseChecks(resolved, options, problems);
  stage('topology');
  const topology = new Topology(devices, site);
  for (const issue of topology.issues) problems.push({ ...(issue.provenance ?? {}), message: issue.message });
  stage('reachability');
  const reachability = analyzeReachability(topology);
  stage('checks');
  const ctx = {
    site,
    topology,
    reachability,
    configs: snapshot.configs,
    assets,
    ...(snapshot.inventory ? { inventoryFile: snapshot.inventory.file } : {}),
    witness: witnessHints(assets, topology),
  };
  // Each finding carries the clause of the check that found it, and a user check's own title.
  const checked = sortFindings(
    plan.checks.flatMap(({ check, clause }) =>
      runCheck(ctx, check).map((f) => ({ ...f, ...(clause ? { clause } : {}), ...(check.title ? { title: check.title } : {}) })),
    ),
  );
  // Waived findings leave the findings, hence the summary, the matrix and the exit status.
  const { findings, waivers } = applySnapshotWaivers(snapshot, checked, options.today, problems);
  return {
    snapshot,
    site,
    ruleset,
    ...(policy ? { policy } : {}),
    userRulesets,
    plan,
    devices,
    topology,
    reachability,
    findings,
    waivers,
    matrix: buildMatrix(site, reachability, findings),
    inputs: summarizeInputs(snapshot, rulesetFiles),
    problems,
    usable: devices.length > 0,
  };
}


/** Device ids must be unique; a second config with the same hostname gets a suffix and a problem. */
function uniqueDevices(snapshot: Snapshot, problems: InputProblem[]): Device[] {
  const seen = new Set<string>();
  const out: Device[] = [];
  for (const config of snapshot.configs) {
    for (const device of config.devices) {
      let id = device.id;
      for (let n = 2; seen.has(id); n++) id = `${device.id}#${n}`;
      if (id !== device.id) problems.push({ file: config.file, line: device.provenance.line, message: `device ${device.id} is defined twice; this one is called ${id}` });
      seen.add(id);
      out.push(id === device.id ? device : { ...device, id });
    }
  }
  return out;
}

function summarizeInputs(snapshot: Snapshot, rulesetFiles: ChecksChoice['rulesetFiles']): InputSummary[] {
  const inputs: InputSummary[] = snapshot.configs.map((c) => withChecksum(snapshot, {
    file: c.file,
    format: c.format,
    status: c.status,
    lines: c.lines,
    unrecognized: countUnrecognized(c.warnings),
    devices: c.devices.map((d) => d.id),
    warnings: c.warnings,
  }));
  if (snapshot.inventory) {
    const inv = snapshot.inventory;
    inputs.push(withChecksum(snapshot, { file: inv.file, format: `inventory-csv (${inv.encoding})`, status: inv.status, lines: inv.lines, unrecognized: countUnrecognized(inv.warnings), devices: [], warnings: inv.warnings }));
  }
  if (snapshot.siteFile) {
    const { file, result, lines } = snapshot.siteFile;
    inputs.push(withChecksum(snapshot, yamlInput(file, 'site-yaml', lines, result.site !== undefined, result.errors)));
  }
  if (snapshot.waiversFile) {
    const { file, result, lines } = snapshot.waiversFile;
    inputs.push(withChecksum(snapshot, yamlInput(file, 'waivers-yaml', lines, result.usable, result.errors)));
  }
  // Ruleset files are named as the user gave them, not by snapshot path: no checksum lookup,
  // so a --ruleset that happens to share a snapshot file's name never borrows its checksum.
  for (const r of rulesetFiles) inputs.push(yamlInput(r.file, 'ruleset-yaml', r.lines, r.usable, r.errors));
  return inputs.sort((a, b) => compareText(a.file, b.file));
}

/** The input with the checksum the snapshot recorded for its file, when it read the file. */
function withChecksum(snapshot: Snapshot, input: InputSummary): InputSummary {
  const sha256 = snapshot.checksums.get(input.file);
  return sha256 === undefined ? input : { ...input, sha256 };
}

/**
 * A YAML file a person wrote (site file, waivers, ruleset): FAILED when nothing of it is
 * usable, PARTIALLY_UNRECOGNIZED when some of it was rejected; its lines with errors count as
 * not understood.
 */
function yamlInput(file: string, format: string, lines: number, usable: boolean, errors: readonly YamlError[]): InputSummary {
  const status = !usable ? 'FAILED' : errors.length > 0 ? 'PARTIALLY_UNRECOGNIZED' : 'PASSED';
  return { file, format, status, lines, unrecognized: new Set(errors.map((e) => e.line)).size, devices: [], warnings: [] };
}

function sortFindings(findings: Finding[]): Finding[] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  return findings.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.check, b.check) ||
      compareText(a.from ?? '', b.from ?? '') ||
      compareText(a.to ?? '', b.to ?? '') ||
      compareText(a.location?.file ?? '', b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      compareText(a.fingerprint, b.fingerprint),
  );
}
