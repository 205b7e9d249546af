import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import { buildConfigTree } from './config-tree.js';
import {looksLikeFortigate } from './detect.js';
import { extractFortigate } from './extract.js';
import { SourceText } from '../common/source-text.js';
import { toNeutral } from './to-neutral.js';
import type { FortigateConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { baseName, failedResult, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

export { looksLikeFortigate } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one FortiGate configuration (backup or `show full-configuration`) into neutral
 * devices, one per VDOM. Never throws: a file that is not a FortiGate configuration, or an
 * unexpected failure, gives a FAILED result with a warning that says why.
 */
export function parseFortigate(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    const source = new SourceText(body);
    lines = source.lineCount;
    if (body.includes('\0')) return failedResult(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not a FortiGate configuration; nothing was parsed');
    if (isMostlyBinary(body)) return failedResult(file, 'unknown', lines, 'the file is mostly binary data, not a FortiGate configuration; nothing was parsed');
    if (!looksLikeFortigate(body)) {
      return failedResult(
        file,
        'unknown',
        lines,
        'not a FortiGate configuration: no #config-version=FG… header and no `config system global` / `config firewall policy` block; nothing was parsed',
      );
    }
    const { config, sink } = extract(source);
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'fortigate', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(file, 'fortigate', lines, `internal error: ${message}; the file could not be parsed`);
  }
}

/**
 * The first step alone: the typed FortiGate configuration and the warnings met reading it,
 * before any conversion. For tests and for tools that need FortiOS-level detail.
 */
export function readFortigateConfig(text: string): { config: FortigateConfig; warnings: ParseWarning[] } {
  const { config, sink } = extract(new SourceText(stripBom(text)));
  return { config, warnings: inLineOrder(sink.warnings) };
}

function extract(source: SourceText): { config: FortigateConfig; sink: WarningSink } {
  const sink = new WarningSink(source);
  const tree = buildConfigTree(source, sink);
  return { config: extractFortigate(tree, sink), sink };
}

