import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import {looksLikeRtx } from './detect.js';
import { extractRtx } from './extract.js';
import { SourceText } from '../common/source-text.js';
import { type Statement, splitStatements } from './statements.js';
import { toNeutral } from './to-neutral.js';
import type { RtxConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { baseName, failedResult, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

export { looksLikeRtx } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one YAMAHA RTX configuration (`show config`, a TFTP `config` dump, or a capture of
 * either, 80-column wrapping included) into one neutral device named after the file. Never
 * throws: text that is not an RTX configuration, or an unexpected failure, gives a FAILED
 * result with a warning that says why.
 */
export function parseRtx(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    const source = new SourceText(body);
    lines = source.lineCount;
    if (body.includes('\0')) return failedResult(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not an RTX configuration; nothing was parsed');
    if (isMostlyBinary(body)) return failedResult(file, 'unknown', lines, 'the file is mostly binary data, not an RTX configuration; nothing was parsed');
    if (!looksLikeRtx(body)) {
      return failedResult(file, 'unknown', lines, 'not a YAMAHA RTX configuration: no `# RTX… Rev.…` header and too few RTX commands (`ip lan1 address`, `ip filter N pass`, `pp select`, `nat descriptor`); nothing was parsed');
    }
    const { config, sink } = extract(source);
    const device = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'rtx', status: statusFromWarnings(warnings), lines, warnings, devices: [device] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failedResult(file, 'rtx', lines, `internal error: ${message}; the file could not be parsed`);
  }
}

/**
 * The first step alone: the typed RTX configuration and the warnings met reading it, before
 * any conversion. For tests, the vendor oracle, and tools that need RTX-level detail.
 */
export function readRtxConfig(text: string): { config: RtxConfig; warnings: ParseWarning[] } {
  const { config, sink } = extract(new SourceText(stripBom(text)));
  return { config, warnings: inLineOrder(sink.warnings) };
}

function extract(source: SourceText): { config: RtxConfig; sink: WarningSink } {
  const sink = new WarningSink(source);
  const statements = splitStatements(source);
  const config = extractRtx(statements, sink);
  flagTruncation(source, statements, sink);
  return { config, sink };
}

/**
 * `show config` ends every line with a line break. A file whose last line has none, and that
 * line could not be read, was cut off mid-line: say so, so the file is not taken as complete.
 */
function flagTruncation(source: SourceText, statements: readonly Statement[], sink: WarningSink): void {
  const last = statements[statements.length - 1];
  if (!last || source.text.endsWith('\n')) return;
  if (!sink.warnings.some((w) => w.line === last.line && w.kind !== 'unsupported')) return;
  sink.unrecognized(last.line, '', 'the file ends in the middle of this line (no final line break): the export looks truncated, and what followed is missing');
}

