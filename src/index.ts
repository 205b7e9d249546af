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
export type { Severity, Ruleset, PolicyProfile, Clause, CheckConfig, Selector, Carrier } from './checks/types.js';
export type { RulesetSource } from './audit/choose-checks.js';
export { readRuleset, type RulesetReadResult } from './rulesets/read-ruleset.js';
export { readPolicy, type PolicyReadResult } from './rulesets/read-policy.js';
export { planChecks, type CheckPlan, type PlannedCheck } from './rulesets/plan-checks.js';
export { loadShippedModel, loadShippedPolicy, shippedModelIds, shippedPolicyIds, RulesetError, isRulesetError } from './rulesets/shipped.js';
export { loadWaivers, applyWaivers } from './waivers/index.js';
export type { Waiver, WaiverOutcome } from './waivers/index.js';
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
