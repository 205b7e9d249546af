import type { ReportDocument, ReportFinding } from '../report-document.js';
import { SRCROOT, artifactResolver } from './artifact-uri.js';
import { resultOfFinding } from './result-of-finding.js';
import { ruleDescriptors } from './rule-descriptors.js';
import type { SarifLog } from './sarif-types.js';
import { sarifWords } from './sarif-words.js';

/** The official schema of the log written: the OASIS SARIF 2.1.0 errata 01 schema's id. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** How to write a report as SARIF. */
export interface SarifOptions {
  /**
   * The snapshot directory as the user typed it ("samples/sample-town", "./site-a/"). Artifact
   * URIs are this joined with each file the report names, relative to the working directory
   * (`%SRCROOT%`), so GitHub code scanning places them when sansou runs from the repository root.
   */
  readonly snapshotDir: string;
  /**
   * The absolute working directory. Only used to make an absolute snapshotDir (or --ruleset
   * file) relative; it is never written. Without it an absolute snapshotDir gives URIs relative
   * to the snapshot itself (`SNAPSHOTROOT`).
   */
  readonly cwd?: string;
  /**
   * The findings to report, instead of the document's findings followed by its waived ones:
   * `sansou diff` passes only the findings its change adds. A finding carrying a waiver in
   * force becomes a suppressed result; one whose waiver expired is an ordinary result.
   */
  readonly findings?: readonly ReportFinding[];
  /**
   * What to do with a finding a waiver in force covers (例外措置): "suppress" (the default)
   * writes it as a result with an external, accepted suppression, so nothing is lost; "omit"
   * leaves it out. GitHub code scanning is reported to ingest suppressed results as open
   * alerts unless the repository treats suppressions as dismissals, so a workflow that wants
   * waived findings off the Security tab may prefer "omit".
   */
  readonly waived?: 'suppress' | 'omit';
  /**
   * GitHub code scanning's analysis category (written as runAutomationDetails.id, ending in
   * "/"). Leave it out to let upload-sarif's own `category` input apply: the action does not
   * override an id already in the log.
   */
  readonly category?: string;
}

/** A finding a waiver in force covers (an expired waiver leaves the finding active). */
function isWaived(f: ReportFinding): boolean {
  return f.waiver !== undefined && f.waiver.expired !== true;
}

/**
 * The report as a SARIF 2.1.0 log with one run: one rule per check with results, one result
 * per finding (waived findings included, with a suppression), in the report's language. Pure:
 * the same document and options give the same log, with no timestamp and no absolute path.
 */
export function buildSarif(doc: ReportDocument, options: SarifOptions): SarifLog {
  const all = options.findings ?? [...doc.findings, ...doc.waived];
  const findings = options.waived === 'omit' ? all.filter((f) => !isWaived(f)) : all;
  const words = sarifWords(doc.language);
  const resolver = artifactResolver(options.snapshotDir, options.cwd);
  // --ruleset files are named as the user gave them, relative to the working directory;
  // every other file a report names is relative to the snapshot.
  const rulesetFiles = new Set(doc.inputs.filter((i) => i.format === 'ruleset-yaml').map((i) => i.file));
  const locate = (file: string) => resolver.locate(file, rulesetFiles.has(file) ? 'cwd' : 'snapshot');
  const rules = ruleDescriptors(findings, doc.language);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const context = { lang: doc.language, words, inputs: doc.inputs, locate, ruleIndex };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: doc.tool.name, version: doc.tool.version, semanticVersion: doc.tool.version, rules } },
        language: doc.language,
        originalUriBaseIds: {
          [resolver.uriBaseId]: { description: { text: resolver.uriBaseId === SRCROOT ? words.srcRoot : words.snapshotRoot } },
        },
        ...(options.category === undefined ? {} : { automationDetails: { id: options.category.endsWith('/') ? options.category : `${options.category}/` } }),
        results: findings.map((f) => resultOfFinding(f, context)),
        properties: {
          ...(doc.organization === undefined ? {} : { organization: doc.organization }),
          model: doc.model,
          ...(doc.policy === undefined ? {} : { policy: doc.policy }),
        },
      },
    ],
  };
}
