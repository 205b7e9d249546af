import type { PositionIndex } from './position-index.js';
import { type YamlPath, formatKey, toPointer } from './yaml-path.js';

/** One problem in a YAML document, located on the node it is about. */
export interface YamlError {
  /** The file name the document was read from. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Path of the offending value, like "segments.lgwan.networks[1]"; "" for the document itself. */
  readonly key: string;
  /** What is wrong and what was expected, without the location. */
  readonly message: string;
}

/** "sansou.yaml:12:5: segments.dmz.netwoks: unknown key 'netwoks' …", as every YAML reader reports. */
export function formatYamlError(error: YamlError): string {
  return `${error.file}:${error.line}:${error.column}: ${yamlErrorMessage(error)}`;
}

/** The error without its location, as an audit problem carries it next to file and line. */
export function yamlErrorMessage(error: YamlError): string {
  return `${error.key === '' ? '' : `${error.key}: `}${error.message}`;
}

/** The error as an audit input problem. */
export function yamlErrorProblem(error: YamlError): { file: string; line: number; message: string } {
  return { file: error.file, line: error.line, message: yamlErrorMessage(error) };
}

interface PendingError {
  readonly path: YamlPath;
  readonly pointer: string;
  readonly at: 'key' | 'value';
  readonly offset: number | undefined;
  readonly message: string;
}

/** Collects errors by path; locations are resolved once the position index is complete. */
export class ErrorSink {
  private readonly pending: PendingError[] = [];

  /** Reports a problem with the node at `path`, pointing at its key or its value. */
  add(path: YamlPath, message: string, at: 'key' | 'value' = 'value', offset?: number): void {
    this.pending.push({ path: [...path], pointer: toPointer(path), at, offset, message });
  }

  /** True when an error was reported for `path` itself. */
  hasAt(path: YamlPath): boolean {
    const pointer = toPointer(path);
    return this.pending.some((e) => e.pointer === pointer);
  }

  /** True when an error was reported for `path` or anything inside it. */
  hasAtOrUnder(path: YamlPath): boolean {
    const pointer = toPointer(path);
    return this.pending.some((e) => e.pointer === pointer || e.pointer.startsWith(pointer + '/'));
  }

  /** True when an error on a direct child of `path` mentions 'key' (a folded misspelling). */
  hasChildMentioning(path: YamlPath, key: string): boolean {
    const pointer = toPointer(path);
    return this.pending.some(
      (e) => e.path.length === path.length + 1 && e.pointer.startsWith(pointer + '/') && e.message.includes(`'${key}'`),
    );
  }

  /**
   * Safety net for a converter: when it drops something, some error must explain why.
   * The schema normally has; if not (or the schema could not be loaded), say it here.
   */
  ensure(path: YamlPath, message: string, at: 'key' | 'value' = 'value'): void {
    if (!this.hasAtOrUnder(path)) this.add(path, message, at);
  }

  /** Like ensure, but only an error reported for `path` itself counts. */
  ensureAt(path: YamlPath, message: string, at: 'key' | 'value' = 'value'): void {
    if (!this.hasAt(path)) this.add(path, message, at);
  }

  get size(): number {
    return this.pending.length;
  }

  resolve(file: string, index: PositionIndex): YamlError[] {
    const errors = this.pending.map((e) => {
      const { line, column } = index.position(e.offset ?? index.offset(e.path, e.at));
      return { file, line, column, key: formatKey(e.path), message: e.message };
    });
    // Stable sort: errors on one node keep the order they were found in.
    return errors.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}
