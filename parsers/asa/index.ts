import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import {looksLikeAsa } from './detect.js';
import { extractAsa } from './extract.js';
import { maskAsaSecrets } from './mask-asa-secrets.js';
import { SourceText } from '../common/source-text.js';
import { readStatements } from './statements.js';
import { toNeutral } from './to-neutral.js';
import type { AsaConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { baseName, failedResult, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

export { looksLikeAsa } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one Cisco ASA configuration (`show running-config`, ASA 8.3 or later) into one
 * neutral device. Never throws: a file that is not an ASA configuration, or an unexpected
 * failure, gives a FAILED result with a warning that says why.
 */
export function parseAsa(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    const source = new SourceText(body);
    lines = source.lineCount;
    if (body.includes('\0')) return failedResult(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not an ASA configuration; nothing was parsed', maskAsaSecrets);
    if (isMostlyBinary(body)) return failedResult(file, 'unknown', lines, 'the file is mostly binary data, not an ASA configuration; nothing was parsed', maskAsaSecrets);
    if (!looksLikeAsa(body)) {
      return failedResult(file, 'unknown', lines, 'not a Cisco ASA configuration: no `ASA Version` header and no `nameif` / `security-level` interface lines; nothing was parsed', maskAsaSecrets);
    }
    const { config, sink } = extract(source);
    const device = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'asa', status: statusFromWarnings(warnings), lines, warnings, devices: [device] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(file, 'asa', lines, `internal error: ${message}; the file could not be parsed`, maskAsaSecrets);
  }
}

/**
 * The first step alone: the typed ASA configuration and the warnings met reading it, before
 * any conversion. For tests and for tools that need ASA-level detail.
 */
export function readAsaConfig(text: string): { config: AsaConfig; warnings: ParseWarning[] } {
  const { config, sink } = extract(new SourceText(stripBom(text)));
  return { config, warnings: inLineOrder(sink.warnings) };
}

function extract(source: SourceText): { config: AsaConfig; sink: WarningSink } {
  const sink = new WarningSink(source);
  return { config: extractAsa(readStatements(source), source, sink), sink };
}

