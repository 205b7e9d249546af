/**
 * Loads the waivers file (waivers.yaml): YAML → plain data (with the position of every node)
 * → schema check (schemas/waivers.schema.json, ajv) → waivers.
 *
 * Errors never stop the load and every one names the file, line and key. YAML syntax errors,
 * a document that is not a map, or no `waivers:` list make the file unusable (no waiver
 * applies); otherwise each invalid entry is rejected on its own and the valid ones load.
 * An unknown key at top level is ignored; inside an entry it rejects the entry, because an
 * exception must apply exactly as written and approved. Never throws.
 */
import { LineCounter } from 'yaml';
import { ErrorSink } from '../yaml/error-sink.js';
import { PositionIndex } from '../yaml/position-index.js';
import { readYaml } from '../yaml/read-yaml.js';
import { isRecord } from '../yaml/yaml-path.js';
import { convertWaivers } from './waiver-convert.js';
import { NOTHING_WAIVED, REJECTED, describeValue } from './waiver-names.js';
import { translateWaiverErrors } from './waiver-schema-errors.js';
import type { WaiversFileResult } from './waiver-types.js';
import { waiversValidator } from './waivers-schema.js';

/**
 * Reads a waivers file. `file` is the name used in errors and in each waiver
 * (snapshot-relative, "waivers.yaml").
 */
export function loadWaivers(text: string, file: string): WaiversFileResult {
  const sink = new ErrorSink();
  try {
    const parsed = readYaml(text, sink, {
      duplicateMessage: (key, path, firstLine) =>
        path.length >= 2 && path[0] === 'waivers' ? `duplicate key '${key}'${firstLine} in one waiver ${REJECTED}` : undefined,
    });
    const unusable = (): WaiversFileResult => ({ waivers: [], usable: false, errors: sink.resolve(file, parsed.index) });
    if (parsed.syntaxErrors) return unusable();
    const root = parsed.value;
    // An empty file waives nothing and is not wrong.
    if (root === null || root === undefined) return { waivers: [], usable: true, errors: sink.resolve(file, parsed.index) };
    if (!isRecord(root)) {
      sink.add([], `the waivers file must be a map with a waivers: list, but it is ${describeValue(root)}${Array.isArray(root) ? ' — put waivers: on the line above the entries and indent them' : ''} ${NOTHING_WAIVED}`);
      return unusable();
    }
    const validator = waiversValidator();
    if ('problem' in validator) {
      // An exception that could not be checked must not hide a finding.
      sink.add([], `the waivers file could not be checked: ${validator.problem} ${NOTHING_WAIVED}`);
      return unusable();
    }
    if (!validator.validate(root)) translateWaiverErrors(validator.validate.errors ?? [], root, sink);
    if (!Array.isArray(root['waivers']) && root['waivers'] !== null) return unusable();
    const waivers = convertWaivers(root, file, sink, parsed.index);
    return { waivers, usable: true, errors: sink.resolve(file, parsed.index) };
  } catch (error) {
    // A bug here must not take the audit down; report it like any other problem.
    const detail = error instanceof Error ? error.message : String(error);
    const errors = sink.resolve(file, new PositionIndex(new LineCounter()));
    errors.push({ file, line: 1, column: 1, key: '', message: `internal error while reading the waivers file: ${detail} ${NOTHING_WAIVED}` });
    return { waivers: [], usable: false, errors };
  }
}
