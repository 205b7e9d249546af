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
    if (body.includes('\0')) return failed(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not a Junos configuration; nothing was parsed');
    if (isMostlyBinary(body)) return failed(file, 'unknown', lines, 'the file is mostly binary data, not a Junos configuration; nothing was parsed');
    const format = detectJunosFormat(body);
    if (!format) {
      return failed(file, 'unknown', lines, 'not a Junos configuration: neither `set` statements of Junos hierarchies nor a brace-format export (`system {`, `interfaces {` …); nothing was parsed');
    }
    const { config, sink } = extract(source, format);
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'junos', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(file, 'junos', lines, `internal error: ${message}; the file could not be parsed`);
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

/** Warnings come from several passes; sorted by line (stable) they read like the file. */
function inLineOrder(warnings: readonly ParseWarning[]): ParseWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const BINARY_SAMPLE = 65536;
const BINARY_SHARE = 0.2;

/** True when the text is mostly control characters or undecodable bytes (U+FFFD). */
function isMostlyBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SAMPLE);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
  }
  return odd / n > BINARY_SHARE;
}

function failed(file: string, format: string, lines: number, comment: string): ParsedConfig {
  const warning: ParseWarning = { line: 0, text: '', context: '', comment: maskJunosLine(comment), kind: 'unrecognized' };
  return { file, format, status: 'FAILED', lines, warnings: [warning], devices: [] };
}

/** "configs/srx-fw.conf" → "srx-fw", the hostname when the file names none. */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
