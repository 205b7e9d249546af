import type { ParseWarning, ParsedConfig } from '../../src/model/parse-result.js';
import { statusFromWarnings } from '../../src/model/parse-result.js';
import { detectJunosFormat } from './detect.js';
import { expandGroups } from './groups.js';
import { extractJunos } from './extract.js';
import { maskJunosLine } from './mask.js';
import { readBraceFormat } from './read-brace.js';
import { readSetFormat } from './read-set.js';
import { SourceText } from '../common/source-text.js';
import { toNeutral } from './to-neutral.js';
import type { JunosConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { baseName, failedResult, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

export { looksLikeJunos, detectJunosFormat } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one Junos configuration, `show configuration | display set` or the hierarchical
 * brace format (detected), into neutral devices: the default routing instance under the
 * hostname, and each virtual-router/VRF instance as `hostname/instance`. Never throws: a
 * text that is not Junos, or an unexpected failure, gives a FAILED result saying why.
 */
export function parseJunos(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    const source = new SourceText(body);
    lines = source.lineCount;
    if (body.includes('\0')) return failedResult(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not a Junos configuration; nothing was parsed', maskJunosLine);
    if (isMostlyBinary(body)) return failedResult(file, 'unknown', lines, 'the file is mostly binary data, not a Junos configuration; nothing was parsed', maskJunosLine);
    const format = detectJunosFormat(body);
    if (!format) {
      return failedResult(file, 'unknown', lines, 'not a Junos configuration: neither `set` statements of Junos hierarchies nor a brace-format export (`system {`, `interfaces {` …, maskJunosLine); nothing was parsed');
    }
    const { config, sink } = extract(source, format);
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'junos', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(file, 'junos', lines, `internal error: ${message}; the file could not be parsed`, maskJunosLine);
  }
}

/**
 * The first step alone: the typed Junos configuration and the warnings met reading it,
 * before any conversion. Undefined when the text is not a Junos configuration.
 */
export function readJunosConfig(text: string): { config: JunosConfig; warnings: ParseWarning[] } | undefined {
  const body = stripBom(text);
  const format = detectJunosFormat(body);
  if (!format) return undefined;
  const { config, sink } = extract(new SourceText(body), format);
  return { config, warnings: inLineOrder(sink.warnings) };
}

function extract(source: SourceText, format: 'set' | 'brace'): { config: JunosConfig; sink: WarningSink } {
  const sink = new WarningSink(source);
  const statements = format === 'set' ? readSetFormat(source, sink) : readBraceFormat(source, sink);
  const expanded = expandGroups(statements, sink);
  return { config: extractJunos(expanded, format, sink), sink };
}


