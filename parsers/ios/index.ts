import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import { buildConfigTree } from './config-tree.js';
import {looksLikeIos } from './detect.js';
import { extractIos } from './extract.js';
import { maskIosSecrets } from './mask-ios-secrets.js';
import { SourceText } from '../common/source-text.js';
import { toNeutral } from './to-neutral.js';
import type { IosConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { baseName, failedResult, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

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
    if (body.includes('\0')) return failedResult(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not an IOS configuration; nothing was parsed', maskIosSecrets);
    if (isMostlyBinary(body)) return failedResult(file, 'unknown', lines, 'the file is mostly binary data, not an IOS configuration; nothing was parsed', maskIosSecrets);
    if (!looksLikeIos(body)) {
      return failedResult(file, 'unknown', lines, 'not a Cisco IOS configuration: no "version NN.N" or "Building configuration" header and no interface / line vty structure (Cisco ASA files are refused, maskIosSecrets); nothing was parsed');
    }
    const { config, sink } = extract(source);
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'ios', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(file, 'ios', lines, `internal error: ${message}; the file could not be parsed`, maskIosSecrets);
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

