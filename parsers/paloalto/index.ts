import { type ParseWarning, type ParsedConfig, statusFromWarnings } from '../../src/model/parse-result.js';
import {detectPanosFormat } from './detect.js';
import { extractPanos } from './extract.js';
import { maskPanosLine } from './mask-panos.js';
import { readSet } from './set-reader.js';
import { SourceText } from '../common/source-text.js';
import { toNeutral } from './to-neutral.js';
import type { PanosConfig } from './vendor-config.js';
import { WarningSink } from './warnings.js';
import { blankOutsideXml, readXml } from './xml-reader.js';
import { baseName, inLineOrder, isMostlyBinary, stripBom } from '../common/parse-helpers.js';

export { detectPanosFormat, looksLikePanos } from './detect.js';
export type * from './vendor-config.js';

/**
 * Parses one PAN-OS configuration, running-config XML or set format (detected by content),
 * into neutral devices, one per vsys. Never throws: a file that is not a PAN-OS configuration,
 * or an unexpected failure, gives a FAILED result with a warning that says why.
 */
export function parsePanos(text: string, file: string): ParsedConfig {
  let lines = 0;
  try {
    const body = stripBom(text);
    lines = new SourceText(body).lineCount;
    if (body.includes('\0')) return failed(file, 'unknown', lines, 'the file contains NUL bytes: it is binary, not a PAN-OS configuration; nothing was parsed');
    if (isMostlyBinary(body)) return failed(file, 'unknown', lines, 'the file is mostly binary data, not a PAN-OS configuration; nothing was parsed');
    const read = readPanos(body);
    if (!read) {
      return failed(file, 'unknown', lines, 'not a PAN-OS configuration: neither a running-config XML (<config> with <devices>/<shared>/<mgt-config>) nor set-format output; nothing was parsed');
    }
    const { config, sink } = read;
    if (!config) {
      const reason = sink.warnings.find((w) => w.kind === 'unrecognized')?.comment ?? 'no <config> element';
      return { file, format: 'paloalto', status: 'FAILED', lines, warnings: inLineOrder([...sink.warnings, fileWarning(`nothing usable was read: ${reason}`)]), devices: [] };
    }
    const devices = toNeutral(config, file, baseName(file), sink);
    const warnings = inLineOrder(sink.warnings);
    return { file, format: 'paloalto', status: statusFromWarnings(warnings), lines, warnings, devices };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(file, 'paloalto', lines, `internal error: ${message}; the file could not be parsed`);
  }
}

/**
 * The first step alone: the typed PAN-OS configuration, the warnings met reading it, and the
 * lines not understood (every line of an unknown element), for tests and coverage.
 */
export function readPanosConfig(text: string): { config?: PanosConfig; warnings: ParseWarning[]; unrecognizedLines: ReadonlySet<number>; lines: number } {
  const body = stripBom(text);
  const lines = new SourceText(body).lineCount;
  const read = readPanos(body);
  if (!read) return { warnings: [], unrecognizedLines: new Set(), lines };
  return { ...(read.config ? { config: read.config } : {}), warnings: inLineOrder(read.sink.warnings), unrecognizedLines: read.sink.unrecognizedLines, lines };
}

function readPanos(body: string): { config?: PanosConfig; sink: WarningSink } | undefined {
  const format = detectPanosFormat(body);
  if (!format) return undefined;
  if (format === 'set') {
    const source = new SourceText(body);
    const sink = new WarningSink(source);
    const root = readSet(body, sink);
    return { config: extractPanos(root, 'set', undefined, sink), sink };
  }
  // Blanking keeps every line where it was, so line numbers still point into the file.
  const source = new SourceText(blankOutsideXml(body));
  const sink = new WarningSink(new SourceText(body));
  const { root, version } = readXml(source, sink);
  if (!root) return { sink };
  return { config: extractPanos(root, 'xml', version, sink), sink };
}

function fileWarning(comment: string): ParseWarning {
  return { line: 0, text: '', context: '', comment: maskPanosLine(comment), kind: 'unrecognized' };
}

function failed(file: string, format: string, lines: number, comment: string): ParsedConfig {
  return { file, format, status: 'FAILED', lines, warnings: [fileWarning(comment)], devices: [] };
}

