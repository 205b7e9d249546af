import { type Reachability, analyzeReachability } from '../analysis/reachability.js';
import { hasModelRuleset, hasPolicyProfile, loadModelRuleset, loadPolicyProfile } from '../checks/load-ruleset.js';
import type { Finding } from '../checks/finding.js';
import { runChecks } from '../checks/run-checks.js';
import { SEVERITIES, type PolicyProfile, type Ruleset } from '../checks/types.js';
import type { Asset } from '../../parsers/inventory-csv/types.js';
import type { Device } from '../model/device.js';
import { type ParseWarning, countUnrecognized } from '../model/parse-result.js';
import { Topology } from '../network/topology.js';
import { compareText } from '../util/compare-text.js';
import { resolveSite } from '../site/resolve-site.js';
import type { Site } from '../site/types.js';
import type { Snapshot } from '../snapshot/load-snapshot.js';
import { type MatrixCell, buildMatrix } from './matrix.js';

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
}

/** A problem with the inputs that is not a finding about the network. */
export interface InputProblem {
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
}

export interface AuditOptions {
  /** Policy profile id for clause citations; overrides the site file. */
  readonly policy?: string;
}

export interface AuditResult {
  readonly snapshot: Snapshot;
  readonly site: Site;
  readonly ruleset: Ruleset;
  readonly policy?: PolicyProfile;
  readonly devices: readonly Device[];
  readonly topology: Topology;
  readonly reachability: Reachability;
  /** Sorted: severity, check, from, to, location, fingerprint. */
  readonly findings: readonly Finding[];
  readonly matrix: readonly MatrixCell[];
  readonly inputs: readonly InputSummary[];
  readonly problems: readonly InputProblem[];
  /** False when nothing usable remains (no device could be read): exit status 2. */
  readonly usable: boolean;
}

/** The policy cited when neither the site file nor the command line names one. */
export const DEFAULT_POLICY = 'mutsu';

/**
 * Audits a loaded snapshot: resolve the site, build the topology, compute reachability, run
 * the model's checks. Pure with respect to its input: the same snapshot gives the same result.
 */
export function audit(snapshot: Snapshot, options: AuditOptions = {}): AuditResult {
  const problems: InputProblem[] = [];
  for (const e of snapshot.siteFile?.result.errors ?? []) problems.push({ file: e.file, line: e.line, message: `${e.key ? `${e.key}: ` : ''}${e.message}` });
  const devices = uniqueDevices(snapshot, problems);
  const assets = snapshot.inventory?.assets ?? [];
  const site = resolveSite({
    ...(snapshot.siteFile?.result.site ? { declared: snapshot.siteFile.result.site } : {}),
    devices,
    assets,
    ...(snapshot.inventory ? { inventoryFile: snapshot.inventory.file } : {}),
  });
  const ruleset = chooseRuleset(site, problems);
  const policy = choosePolicy(options.policy ?? site.policy, problems);
  const topology = new Topology(devices, site);
  for (const issue of topology.issues) problems.push({ ...(issue.provenance ?? {}), message: issue.message });
  const reachability = analyzeReachability(topology);
  const findings = sortFindings(
    runChecks(
      {
        site,
        topology,
        reachability,
        configs: snapshot.configs,
        assets,
        ...(snapshot.inventory ? { inventoryFile: snapshot.inventory.file } : {}),
        witness: { src: witnessHosts(assets), dst: witnessHosts(assets), avoid: topology.allDeviceAddresses() },
      },
      ruleset,
    ),
  );
  return {
    snapshot,
    site,
    ruleset,
    ...(policy ? { policy } : {}),
    devices,
    topology,
    reachability,
    findings,
    matrix: buildMatrix(site, reachability, findings),
    inputs: summarizeInputs(snapshot),
    problems,
    usable: devices.length > 0,
  };
}

/**
 * Inventory hosts to prefer in witness packets. Sanitizers and screen-transfer servers go
 * last: a witness from the sanitizer itself reads as if the sanitizer were at fault.
 */
function witnessHosts(assets: readonly Asset[]) {
  const special = (a: Asset) => a.role !== undefined && (a.role.startsWith('sanitizer') || a.role === 'screen-transfer');
  return [...assets.filter((a) => !special(a)), ...assets.filter(special)].flatMap((a) => a.addresses);
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

function chooseRuleset(site: Site, problems: InputProblem[]): Ruleset {
  if (hasModelRuleset(site.model)) return loadModelRuleset(site.model);
  problems.push({ message: `no ruleset for model ${site.model} yet; auditing with the αモデル checks` });
  return loadModelRuleset('alpha');
}

function choosePolicy(id: string | undefined, problems: InputProblem[]): PolicyProfile | undefined {
  const wanted = id ?? DEFAULT_POLICY;
  if (hasPolicyProfile(wanted)) return loadPolicyProfile(wanted);
  problems.push({ message: `unknown policy profile ${wanted}; findings carry no clause citation` });
  return undefined;
}

function summarizeInputs(snapshot: Snapshot): InputSummary[] {
  const inputs: InputSummary[] = snapshot.configs.map((c) => ({
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
    inputs.push({ file: inv.file, format: `inventory-csv (${inv.encoding})`, status: inv.status, lines: inv.lines, unrecognized: countUnrecognized(inv.warnings), devices: [], warnings: inv.warnings });
  }
  if (snapshot.siteFile) {
    const { file, result, lines } = snapshot.siteFile;
    inputs.push({ file, format: 'site-yaml', status: !result.site ? 'FAILED' : result.errors.length > 0 ? 'PARTIALLY_UNRECOGNIZED' : 'PASSED', lines, unrecognized: new Set(result.errors.map((e) => e.line)).size, devices: [], warnings: [] });
  }
  return inputs.sort((a, b) => compareText(a.file, b.file));
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
