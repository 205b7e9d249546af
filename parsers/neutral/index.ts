import type { ErrorObject, ValidateFunction } from 'ajv';
import { shippedSchema } from '../../src/yaml/shipped-schema.js';
import type { ParseWarning, ParsedConfig } from '../../src/model/parse-result.js';
import { statusFromWarnings } from '../../src/model/parse-result.js';
import { maskSecretsInLine } from '../../src/report/mask-secrets.js';
import { suggest } from '../../src/util/suggest.js';
import { ErrorSink } from '../../src/yaml/error-sink.js';
import { readYaml } from '../../src/yaml/read-yaml.js';
import { type YamlPath, formatKey, isRecord, pointerToPath } from '../../src/yaml/yaml-path.js';
import type { DeviceDocument } from './document.js';
import { DocumentConverter } from './to-neutral.js';
import { quotedLine } from '../common/warning-sink.js';

export { looksLikeNeutralDevice } from './detect.js';

/** The device schema; a missing one is an installation defect, which the parser's catch reports. */
function validate(): ValidateFunction {
  const schema = shippedSchema('device.schema.json');
  if ('problem' in schema) throw new Error(schema.problem);
  return schema.validate;
}

/**
 * Reads a neutral device file (schemas/device.schema.json). An invalid entry is reported on
 * its line and left out; an unknown key is reported and ignored; the rest is used. Never throws.
 */
export function parseNeutralDevice(text: string, file: string): ParsedConfig {
  const lines = text.split('\n');
  // Cut like every parser's quote, so one enormous line cannot fill every warning on it.
  const lineText = (line: number) => quotedLine(maskSecretsInLine(lines[line - 1] ?? ''));
  const count = text.endsWith('\n') ? lines.length - 1 : lines.length;
  try {
    const sink = new ErrorSink();
    const { value, index, syntaxErrors } = readYaml(text, sink);
    const warnings: ParseWarning[] = sink.resolve(file, index).map((e) => ({ line: e.line, text: lineText(e.line).trim(), context: e.key, comment: e.message, kind: 'unrecognized' }));
    if (syntaxErrors || !isRecord(value)) {
      return { file, format: 'neutral', status: 'FAILED', lines: count, devices: [], warnings: warnings.length > 0 ? warnings : [failure('the document is not a map of keys')] };
    }
    const pending = (path: YamlPath, comment: string, kind: ParseWarning['kind']) => {
      const line = index.line(path);
      warnings.push({ line, text: lineText(line).trim(), context: formatKey(path), comment, kind });
    };
    const survivors = new Survivors();
    const doc = pruneInvalid(value, pending, survivors);
    if (!doc) return { file, format: 'neutral', status: 'FAILED', lines: count, devices: [], warnings };
    const converter = new DocumentConverter(doc, file, (path) => index.line(survivors.original(path)), lineText);
    const device = converter.convert();
    const all = [...warnings, ...converter.warnings].sort((a, b) => a.line - b.line);
    return { file, format: 'neutral', status: statusFromWarnings(all), lines: count, devices: [device], warnings: all };
  } catch (error) {
    return { file, format: 'neutral', status: 'FAILED', lines: count, devices: [], warnings: [failure(`internal error: ${error instanceof Error ? error.message : String(error)}`)] };
  }
}

function failure(comment: string): ParseWarning {
  return { line: 0, text: '', context: '', comment, kind: 'unrecognized' };
}

/**
 * Validates against the schema and removes what fails: an unknown key is dropped, an invalid
 * list entry (interface, route, rule …) is dropped whole, then validation runs again. Returns
 * undefined when the document itself is unusable (no hostname, wrong marker).
 */
function pruneInvalid(
  root: Record<string, unknown>,
  report: (path: YamlPath, comment: string, kind: ParseWarning['kind']) => void,
  survivors: Survivors,
): DeviceDocument | undefined {
  const check = validate();
  for (let round = 0; round < 20; round++) {
    if (check(root)) return root as unknown as DeviceDocument;
    const removals: YamlPath[] = [];
    for (const e of check.errors ?? []) {
      const path = survivors.original(pointerToPath(e.instancePath, root));
      if (e.keyword === 'additionalProperties') {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const hint = suggest(key, known);
        report([...path, key], `unknown key '${key}'${hint ? ` — did you mean '${hint}'?` : ''}; ignored`, 'unrecognized');
        removals.push([...path, key]);
        continue;
      }
      const entry = enclosingEntry(path);
      if (!entry) {
        report(path, `${describe(e)}; the device cannot be read`, 'invalid');
        return undefined;
      }
      // The entry is not taken at all, so the file was not fully understood: a rule dropped here
      // must show in the file's status and in PARSE-UNRECOGNIZED, not only as a warning.
      report(path, `${describe(e)}; this ${String(entry[entry.length - 2] ?? 'entry').replace(/s$/, '')} is left out`, 'unrecognized');
      removals.push(entry);
    }
    removeAll(root, removals, survivors);
  }
  return undefined;
}

function describe(e: ErrorObject): string {
  return `${formatKey(pointerToPath(e.instancePath, {})) || 'the document'} ${e.message ?? 'is invalid'}`;
}

/** The innermost list item containing `path` (a rule, a route, an interface …). */
function enclosingEntry(path: YamlPath): YamlPath | undefined {
  for (let n = path.length; n > 0; n--) if (typeof path[n - 1] === 'number') return path.slice(0, n);
  return undefined;
}

/**
 * Which original list positions are still there after removals, so that positions reported
 * after pruning (current indices) can be turned back into lines of the file.
 */
class Survivors {
  private readonly lists = new Map<string, number[]>();

  /** The path in the document as written, from a path in the pruned document. */
  original(path: YamlPath): YamlPath {
    const out: Array<string | number> = [];
    for (const p of path) {
      const kept = typeof p === 'number' ? this.lists.get(JSON.stringify(out)) : undefined;
      out.push(typeof p === 'number' && kept ? (kept[p] ?? p) : p);
    }
    return out;
  }

  /** Records that the item at original `path` was removed. */
  remove(path: YamlPath, length: number): void {
    const list = JSON.stringify(path.slice(0, -1));
    const kept = this.lists.get(list) ?? Array.from({ length }, (_, i) => i);
    this.lists.set(list, kept.filter((i) => i !== path[path.length - 1]));
  }
}

/** Removes the paths (original positions), deepest and last first, so other positions stay valid. */
function removeAll(root: Record<string, unknown>, paths: YamlPath[], survivors: Survivors): void {
  const unique = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()];
  unique.sort((a, b) => b.length - a.length || compareIndex(b, a));
  for (const path of unique) {
    const current = currentPath(path, survivors);
    if (!current) continue;
    let node: unknown = root;
    for (const p of current.slice(0, -1)) node = Array.isArray(node) ? node[p as number] : isRecord(node) ? node[p as string] : undefined;
    const last = current[current.length - 1]!;
    if (Array.isArray(node) && typeof last === 'number') {
      survivors.remove(path, node.length);
      node.splice(last, 1);
    } else if (isRecord(node)) delete node[last as string];
  }
}

/** The current position of an original path; undefined when an enclosing item is gone. */
function currentPath(path: YamlPath, survivors: Survivors): YamlPath | undefined {
  const out: Array<string | number> = [];
  for (let n = 0; n < path.length; n++) {
    const p = path[n]!;
    if (typeof p !== 'number') {
      out.push(p);
      continue;
    }
    let found = -1;
    for (let i = 0; i <= p; i++) {
      const original = survivors.original([...out, i]);
      if (original[original.length - 1] === p) {
        found = i;
        break;
      }
    }
    if (found < 0) return undefined;
    out.push(found);
  }
  return out;
}

function compareIndex(a: YamlPath, b: YamlPath): number {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return typeof x === 'number' && typeof y === 'number' ? x - y : 0;
}
