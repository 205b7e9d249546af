import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { ErrorSink } from './error-sink.js';
import { PositionIndex } from './position-index.js';
import { type YamlPath, formatKey } from './yaml-path.js';

/** Limits that keep a hostile file (alias bombs, deep nesting) from exhausting memory or stack. */
const MAX_NODES = 200_000;
const MAX_DEPTH = 64;

export interface PositionedYaml {
  /** The document as plain JSON-like data; undefined when the YAML is unusable. */
  readonly value: unknown;
  readonly index: PositionIndex;
  /** True when YAML syntax errors were found (reported in the sink). */
  readonly syntaxErrors: boolean;
}

/**
 * Parses YAML (or JSON, which is YAML) and converts it to plain data, remembering where every
 * key and value came from, so that every later error can name its line. Duplicate keys are reported here (the first occurrence wins), because the
 * plain data can no longer show them.
 */
export interface ReadYamlOptions {
  /** Wording for a duplicate key at `path` (the default says the later one is ignored). */
  readonly duplicateMessage?: (key: string, path: YamlPath, firstLine: string) => string | undefined;
}

export function readYaml(text: string, sink: ErrorSink, options: ReadYamlOptions = {}): PositionedYaml {
  const lineCounter = new LineCounter();
  const index = new PositionIndex(lineCounter);
  // The YAML library recurses once per nesting level: thousands of levels overflow the stack
  // (at a depth that depends on the JIT, so the errors would differ from run to run) or
  // exhaust memory. Such a document is refused before it is parsed, at the line that goes too deep.
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    // The parser would have counted the lines; count them here so the error names its line.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    sink.add([], `the document is nested more than ${MAX_DEPTH} levels deep; not read`, 'value', deep);
    return { value: undefined, index, syntaxErrors: true };
  }
  // uniqueKeys: false — duplicate ids get a clearer message from us than "Map keys must be unique".
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      sink.add([], `YAML syntax error: ${firstLine(error.message)}`, 'value', error.pos[0]);
    }
    return { value: undefined, index, syntaxErrors: true };
  }
  const walker = new Walker(doc, index, sink, options);
  const value = doc.contents === null ? null : walker.walk(doc.contents, [], 0);
  return { value, index, syntaxErrors: false };
}

/**
 * The offset where flow collections (`[`, `{`) or sequence dashes on one line (`- - -`) nest
 * deeper than MAX_DEPTH, or undefined. Brackets inside quotes count too: a document needing
 * 64 unbalanced brackets in a string is not one a person writes.
 */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let lineStart = 0;
  let dashes = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lineStart = i + 1;
      dashes = 0;
      leading = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (leading && c === 0x2d && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
      if (++dashes > MAX_DEPTH) return lineStart;
    } else if (c !== 0x20 && c !== 0x09) {
      leading = false;
    }
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

class Walker {
  private nodes = 0;
  private tooBig = false;
  /** Nodes being converted, to catch an alias that refers to a node containing it. */
  private readonly active = new Set<Node>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly index: PositionIndex,
    private readonly sink: ErrorSink,
    private readonly options: ReadYamlOptions,
  ) {}

  walk(node: unknown, path: YamlPath, depth: number, keyOffset?: number): unknown {
    if (this.tooBig) return null;
    if (++this.nodes > MAX_NODES || depth > MAX_DEPTH) {
      this.tooBig = true;
      this.sink.add(path, `the document is too large or too deeply nested (more than ${MAX_NODES} values or ${MAX_DEPTH} levels, counting aliases)`);
      return null;
    }
    if (isAlias(node)) {
      this.index.set(path, keyOffset, node.range?.[0]);
      const target = node.resolve(this.doc);
      if (target === undefined) return null;
      if (this.active.has(target)) {
        this.sink.add(path, `alias *${node.source} refers to a value that contains it`);
        return null;
      }
      // The target's own nodes keep their positions: errors inside point at the anchor.
      return this.convert(target, path, depth, undefined);
    }
    const start = valueStart(node);
    this.index.set(path, keyOffset, start);
    return this.convert(node, path, depth, keyOffset);
  }

  private convert(node: unknown, path: YamlPath, depth: number, keyOffset: number | undefined): unknown {
    if (isScalar(node)) return plainScalar(node.value);
    if (isSeq(node)) {
      this.active.add(node);
      const out = node.items.map((item, i) => this.walk(item, [...path, i], depth + 1));
      this.active.delete(node);
      return out;
    }
    if (isMap(node)) {
      this.active.add(node);
      const out: Record<string, unknown> = {};
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const keyNode = isAlias(pair.key) ? pair.key.resolve(this.doc) : pair.key;
        const offset = isAlias(pair.key) ? pair.key.range?.[0] : valueStart(pair.key);
        if (!isScalar(keyNode)) {
          this.sink.add(path, 'a key must be plain text, not a list or a map (this entry is ignored)', 'value', offset ?? keyOffset);
          continue;
        }
        const key = keyNode.value === null || keyNode.value === undefined ? '' : String(keyNode.value);
        const childPath = [...path, key];
        if (seen.has(key)) {
          const first = seen.get(key);
          const firstLine = first === undefined ? '' : ` (first at line ${this.index.position(first).line})`;
          const message =
            this.options.duplicateMessage?.(key, path, firstLine) ??
            `duplicate key '${key}' in ${path.length === 0 ? 'the top level' : formatKey(path)}${firstLine}; this one is ignored`;
          this.sink.add(childPath, message, 'key', offset);
          continue;
        }
        seen.set(key, offset);
        const value = pair.value === null ? null : this.walk(pair.value, childPath, depth + 1, offset);
        if (pair.value === null) this.index.set(childPath, offset, undefined);
        // defineProperty: a key named __proto__ must stay an ordinary key.
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      }
      this.active.delete(node);
      return out;
    }
    return null;
  }
}

/** Start offset of a node; undefined for an empty value (`key:` with nothing after it). */
function valueStart(node: unknown): number | undefined {
  if (!node || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as { range?: readonly [number, number, number] | null }).range;
  if (!range) return undefined;
  if (isScalar(node) && node.value === null && range[0] === range[1]) return undefined;
  return range[0];
}

/** Scalars as JSON values; anything exotic (binary, custom tags) as its text. */
function plainScalar(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
