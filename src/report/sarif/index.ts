/** `--format sarif`: the report as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export { SARIF_SCHEMA_URI, type SarifOptions, buildSarif } from './build-sarif.js';
export { renderSarif } from './render-sarif.js';
export { FINGERPRINT_KEY } from './result-of-finding.js';
export { SNAPSHOTROOT, SRCROOT } from './artifact-uri.js';
export type * from './sarif-types.js';
