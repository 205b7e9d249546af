import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import { buildConfigTree } from './config-tree.js';
import { isMostlyBinary, looksLikeIos } from './detect.js';
import { extractIos } from './extract.js';
import { maskIosSecrets } from './mask-ios-secrets.js';
import { SourceText } from '../common/source-text.js';
import { toNeutral } from './to-neutral.js';
import type { IosConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';

export { looksLikeIos } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one Cisco IOS / IOS-XE running-config (`show running-config`) into neutral devices:
 * the global routing table under the hostname, and each VRF as "hostname/VRF". Never throws:
 * a file that is not an IOS configuration, or an unexpected failure, gives a FAILED result
 * with a warning that says why.
 */
export function parseIos(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    const source = new SourceText(body);
    lines = source.lineCount;
    if (body.includes('\0')) return failed(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not an IOS configuration; nothing was parsed');
    if (isMostlyBinary(body)) return failed(file, 'unknown', lines, 'the file is mostly binary data, not an IOS configuration; nothing was parsed');
    if (!looksLikeIos(body)) {
      return failed(file, 'unknown', lines, 'not a Cisco IOS configuration: no "version NN.N" or "Building configuration" header and no interface / line vty structure (Cisco ASA files are refused); nothing was parsed');
    }
    const { config, sink } = extract(source);
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'ios', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(file, 'ios', lines, `internal error: ${message}; the file could not be parsed`);
  }
}

/**
 * The first step alone: the typed IOS configuration and the warnings met reading it, before
 * any conversion. For tests and for tools that want IOS-level detail.
 */
export function readIosConfig(text: string): { config: IosConfig; warnings: ParseWarning[] } {
  const { config, sink } = extract(new SourceText(stripBom(text)));
  return { config, warnings: inLineOrder(sink.warnings) };
}

function extract(source: SourceText): { config: IosConfig; sink: WarningSink } {
  const sink = new WarningSink(source);
  const tree = buildConfigTree(source, sink);
  return { config: extractIos(tree, sink), sink };
}

/** Warnings come from several passes; in line order (the sort is stable) they read like the file. */
function inLineOrder(warnings: readonly ParseWarning[]): ParseWarning[] {
  return [...warnings].sort((a, b) => a.line - b.line);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function failed(file: string, format: string, lines: number, comment: string): ParsedConfig {
  const warning: ParseWarning = { line: 0, text: '', context: '', comment: maskIosSecrets(comment), kind: 'unrecognized' };
  return { file, format, status: 'FAILED', lines, warnings: [warning], devices: [] };
}

/** "configs/core-sw.cfg" → "core-sw", the hostname when the file names none. */
function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
