import { fill } from '../messages/index.js';
import type { ReportFinding, ReportInput } from '../report-document.js';
import { escapeMessageText } from './message-escape.js';
import type { SarifArtifactLocation, SarifLocation, SarifResultProperties } from './sarif-types.js';
import type { SarifWords } from './sarif-words.js';

/** Finds the artifact location of a file the report names; undefined when it cannot be written. */
export type LocateFile = (file: string) => SarifArtifactLocation | undefined;

/** A result's primary location and where it came from. */
export interface PrimaryLocation {
  /** The SARIF location: a file and line, with a note when no config line is responsible. */
  readonly location: SarifLocation;
  /** Which rung of the fallback ladder gave it. */
  readonly source: Exclude<SarifResultProperties['locationSource'], 'none'>;
}

/** A region needs a 1-based line; anything else is left out rather than made up. */
export function lineRegion(line: number | undefined): { readonly region?: { readonly startLine: number } } {
  return line !== undefined && Number.isInteger(line) && line >= 1 ? { region: { startLine: line } } : {};
}

/**
 * Where a result is shown. SARIF allows a result without a location, but GitHub code scanning
 * drops or rejects one, so sansou always points somewhere true, most specific first: the
 * finding's own location (the rule most responsible); the first hop of its path that has a
 * file; the configuration file of a device on its path (line 1: the device as a whole); and
 * last the snapshot's site file or first input (line 1), for findings about the snapshot
 * itself. Only a snapshot with no file to name gives none.
 */
export function primaryLocation(f: ReportFinding, inputs: readonly ReportInput[], locate: LocateFile, words: SarifWords): PrimaryLocation | undefined {
  const at = (file: string, line: number | undefined): SarifLocation | undefined => {
    const artifactLocation = locate(file);
    return artifactLocation ? { physicalLocation: { artifactLocation, ...lineRegion(line) } } : undefined;
  };
  const own = f.location ? at(f.location.file, f.location.line) : undefined;
  if (own) return { location: own, source: 'finding' };

  for (const step of f.path ?? []) {
    const hop = step.file === undefined ? undefined : at(step.file, step.line);
    if (hop) return { location: hop, source: 'path' };
  }

  for (const step of f.path ?? []) {
    const input = inputs.find((i) => i.devices.includes(step.device));
    const device = input ? at(input.file, 1) : undefined;
    if (device) return { location: { ...device, message: { text: escapeMessageText(fill(words.deviceConfig, { device: step.device })) } }, source: 'device' };
  }

  const candidates = [...inputs.filter((i) => i.format === 'site-yaml'), ...inputs.filter((i) => i.format !== 'site-yaml')];
  for (const input of candidates) {
    const file = at(input.file, 1);
    if (file) return { location: { ...file, message: { text: escapeMessageText(fill(words.snapshotFile, { file: input.file })) } }, source: 'snapshot' };
  }
  return undefined;
}
