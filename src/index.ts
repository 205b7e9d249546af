/**
 * sansou as a library: load a snapshot, audit it, render the report. The CLI is a thin
 * front end over exactly these calls; other front ends (the TUI, scripts) use them too.
 */
export { loadSnapshot, readConfig, type Snapshot, SnapshotError, isSnapshotError } from './snapshot/load-snapshot.js';
export { audit, type AuditOptions, type AuditResult, type InputSummary, type InputProblem } from './audit/audit.js';
export type { MatrixCell } from './audit/matrix.js';
export { buildReport, type ReportDocument, type ReportFinding } from './report/report-document.js';
export { renderText } from './report/text-report.js';
export { maskSecrets, maskSecretsInLine } from './report/mask-secrets.js';
export { type Language, languageFromEnv } from './report/messages/index.js';
export type { Finding, PathStep, WitnessPacket } from './checks/finding.js';
export type { Severity, Ruleset, PolicyProfile, Clause } from './checks/types.js';
export { analyzeReachability, type Reachability } from './analysis/reachability.js';
export { propagate, type Start } from './analysis/propagate.js';
export type { Outcome, Hop, Decision, Disposition } from './analysis/flow.js';
export { Topology } from './network/topology.js';
export { resolveSite } from './site/resolve-site.js';
export { loadSiteFile } from './site/load-site-file.js';
export type * from './site/types.js';
export type * from './model/index.js';
export * from './space/index.js';
export { parseFortigate, looksLikeFortigate } from '../parsers/fortigate/index.js';
export { parseInventory } from '../parsers/inventory-csv/index.js';
