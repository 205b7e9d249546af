import { MASKED_VALUE, isSecretSetting } from './secret-keys.js';
import type { SourceText } from '../common/source-text.js';
import { type Quote, quoteStateAfter, tokenize } from './tokenize.js';
import type { WarningSink } from './warnings.js';

/**
 * The nesting of a FortiOS configuration: `config <path>` blocks holding `set` statements,
 * nested `config` blocks and `edit <name>` entries, each entry holding statements and nested
 * blocks in turn. This is the first, vendor-syntax-only step: it knows nothing of what the
 * blocks mean, only how they nest and on which line each starts.
 */

/** The effective value of one setting after every set/append/unset on it. */
export interface Setting {
  readonly values: readonly string[];
  /** Line of the last statement that changed it. */
  readonly line: number;
}

interface BlockBase {
  readonly name: string;
  /** 1-based line of the `config` or `edit` statement (0 for the root). */
  readonly line: number;
  readonly settings: Map<string, Setting>;
  /** Nested `config` blocks, in file order. */
  readonly configs: ConfigBlock[];
  /** False when the file ended before the block's `next`/`end`. */
  closed: boolean;
}

export interface ConfigBlock extends BlockBase {
  readonly kind: 'config';
  /** Undefined only for the root, which stands for the file itself. */
  readonly parent: Block | undefined;
  /** Entries in file order; an entry edited twice stays at its first position. */
  readonly edits: EditBlock[];
}

export interface EditBlock extends BlockBase {
  readonly kind: 'edit';
  readonly parent: ConfigBlock;
}

export type Block = ConfigBlock | EditBlock;

/** A `#` line before the first statement, such as `#config-version=FGT60F-7.2.8-...`. */
export interface HeaderLine {
  readonly line: number;
  readonly text: string;
}

export interface ConfigTree {
  readonly root: ConfigBlock;
  readonly header: readonly HeaderLine[];
}

const STATEMENT_WORDS = new Set(['config', 'edit', 'next', 'end', 'set', 'append', 'unset', 'select', 'unselect', 'clear']);

export function buildConfigTree(source: SourceText, sink: WarningSink): ConfigTree {
  const builder = new TreeBuilder(source, sink);
  return builder.build();
}

/** "config firewall policy > edit 12", the path of a block for warnings; '' for the root. */
export function contextOf(block: Block): string {
  if (block.kind === 'config') {
    if (block.parent === undefined) return '';
    const cached = configContexts.get(block);
    if (cached !== undefined) return cached;
    const outer = contextOf(block.parent);
    const own = outer === '' ? `config ${block.name}` : `${outer} > config ${block.name}`;
    configContexts.set(block, own);
    return own;
  }
  const outer = contextOf(block.parent);
  return outer === '' ? `edit ${block.name}` : `${outer} > edit ${block.name}`;
}

// Every entry of a block shares its block's path, so the path is built once per block.
const configContexts = new WeakMap<ConfigBlock, string>();

function newConfig(name: string, line: number, parent: Block | undefined): ConfigBlock {
  return { kind: 'config', name, line, parent, settings: new Map(), configs: [], edits: [], closed: false };
}

class TreeBuilder {
  private readonly source: SourceText;
  private readonly sink: WarningSink;
  private readonly root = newConfig('', 0, undefined);
  private readonly stack: Block[] = [this.root];
  private readonly editIndexes = new Map<ConfigBlock, Map<string, EditBlock>>();
  private readonly header: HeaderLine[] = [];

  constructor(source: SourceText, sink: WarningSink) {
    this.source = source;
    this.sink = sink;
  }

  private get top(): Block {
    return this.stack[this.stack.length - 1]!;
  }

  build(): ConfigTree {
    const { source } = this;
    const text = source.text;
    const count = source.lineCount;
    let seenStatement = false;
    for (let line = 1; line <= count; line++) {
      const end = source.lineEnd(line);
      const first = skipBlanks(text, source.lineStart(line), end);
      if (first === end) continue;
      if (text.charCodeAt(first) === 0x23 /* # */) {
        if (!seenStatement) this.header.push({ line, text: text.slice(first, end) });
        continue;
      }
      seenStatement = true;
      if (hasBinary(text, first, end)) {
        this.sink.unrecognized(line, contextOf(this.top), 'binary or garbage bytes: not a FortiOS statement; the line is ignored');
        continue;
      }
      let tokens = tokenize(text, first, end);
      let last = line;
      if (tokens.openQuote !== undefined) {
        const verb = tokens.words[0];
        const closedAt = verb === 'set' || verb === 'append' ? this.findClosingLine(line, tokens.openQuote) : undefined;
        if (closedAt === undefined || closedAt.line === undefined) {
          const resumeAt = closedAt?.resumeAt ?? line + 1;
          const skipped = resumeAt - line - 1;
          this.sink.unrecognized(
            line,
            contextOf(this.top),
            `unbalanced quote: the value opened here is never closed${skipped > 0 ? ` (${skipped} following line(s) skipped with it)` : ''}; the statement is ignored`,
          );
          line = resumeAt - 1;
          continue;
        }
        last = closedAt.line;
        tokens = tokenize(text, first, source.lineEnd(last));
      }
      this.statement(tokens.words, line);
      line = last;
    }
    this.reportTruncation(count);
    return { root: this.root, header: this.header };
  }

  /**
   * Follows a value that spans lines to the line where its quote closes. A line that reads
   * like a statement of its own ends the search: a missing quote must not swallow the rest
   * of the file, and no certificate or message body starts a line with `set ` or `next`.
   */
  private findClosingLine(from: number, quote: Quote): { line: number | undefined; resumeAt: number } {
    const { source } = this;
    let open: Quote | undefined = quote;
    let line = from + 1;
    for (; line <= source.lineCount; line++) {
      const start = source.lineStart(line);
      const end = source.lineEnd(line);
      if (looksLikeStatement(source.text, start, end)) return { line: undefined, resumeAt: line };
      open = quoteStateAfter(source.text, start, end, open);
      if (open === undefined) return { line, resumeAt: line + 1 };
    }
    return { line: undefined, resumeAt: line };
  }

  private statement(words: string[], line: number): void {
    const verb = words[0]!;
    switch (verb) {
      case 'config':
        return this.openConfig(words, line);
      case 'edit':
        return this.openEdit(words, line);
      case 'next':
        return this.next(line);
      case 'end':
        return this.end(line);
      case 'set':
      case 'append':
      case 'unset':
      case 'select':
      case 'unselect':
      case 'clear':
        return this.setting(verb, words, line);
      default:
        this.sink.unrecognized(
          line,
          contextOf(this.top),
          'not a FortiOS statement (expected config, edit, next, end, set, append, unset, select, unselect or clear); the line is ignored',
        );
    }
  }

  private openConfig(words: string[], line: number): void {
    if (words.length < 2) {
      this.sink.unrecognized(line, contextOf(this.top), '`config` without a block name; the line is ignored');
      return;
    }
    const parent = this.top;
    const block = newConfig(words.slice(1).join(' '), line, parent);
    parent.configs.push(block);
    this.stack.push(block);
  }

  private openEdit(words: string[], line: number): void {
    let top = this.top;
    if (top.kind === 'edit') {
      // An entry cannot hold entries directly: the `next` of the previous one is missing.
      this.sink.invalid(line, contextOf(top), `\`edit\` while entry "${top.name}" (line ${top.line}) is still open: a \`next\` is missing; that entry is closed here`);
      top.closed = true;
      this.stack.pop();
      top = this.top;
    }
    if (top === this.root || top.kind !== 'config') {
      this.sink.unrecognized(line, contextOf(top), '`edit` outside any config block; the line is ignored');
      return;
    }
    if (words.length < 2) {
      this.sink.unrecognized(line, contextOf(top), '`edit` without an entry name; the line is ignored');
      return;
    }
    const name = words.slice(1).join(' ');
    let index = this.editIndexes.get(top);
    if (index === undefined) {
      index = new Map();
      this.editIndexes.set(top, index);
    }
    let entry = index.get(name);
    if (entry === undefined) {
      entry = { kind: 'edit', name, line, parent: top, settings: new Map(), configs: [], closed: false };
      index.set(name, entry);
      top.edits.push(entry);
    } else {
      // FortiOS edits the existing entry in place: settings accumulate, the position stays.
      entry.closed = false;
    }
    this.stack.push(entry);
  }

  private next(line: number): void {
    const top = this.top;
    if (top.kind !== 'edit') {
      this.sink.unrecognized(line, contextOf(top), '`next` outside an `edit` entry; the line is ignored');
      return;
    }
    top.closed = true;
    this.stack.pop();
  }

  private end(line: number): void {
    let top = this.top;
    if (top.kind === 'edit') {
      // As on the CLI, `end` inside an entry saves the entry and leaves its block.
      top.closed = true;
      this.stack.pop();
      top = this.top;
    }
    if (top === this.root) {
      this.sink.unrecognized(line, '', '`end` with no open config block; the line is ignored');
      return;
    }
    top.closed = true;
    this.stack.pop();
  }

  private setting(verb: string, words: string[], line: number): void {
    const block = this.top;
    if (block === this.root) {
      this.sink.unrecognized(line, '', `\`${verb}\` outside any config block; the line is ignored`);
      return;
    }
    const key = words[1];
    if (key === undefined) {
      this.sink.unrecognized(line, contextOf(block), `\`${verb}\` without a setting name; the line is ignored`);
      return;
    }
    let values: readonly string[] = words.length > 2 ? words.slice(2) : [];
    const blockName = block.kind === 'edit' ? block.parent.name : block.name;
    if (values.length > 0 && isSecretSetting(key, values, blockName)) values = [MASKED_VALUE];
    const { settings } = block;
    switch (verb) {
      case 'set':
      case 'select':
        settings.set(key, { values, line });
        break;
      case 'append': {
        const previous = settings.get(key);
        settings.set(key, { values: previous ? [...previous.values, ...values] : values, line });
        break;
      }
      case 'unselect': {
        const previous = settings.get(key);
        if (previous) settings.set(key, { values: previous.values.filter((v) => !values.includes(v)), line });
        break;
      }
      default:
        // unset and clear return the setting to its default, which is its absence here.
        settings.delete(key);
    }
  }

  private reportTruncation(lastLine: number): void {
    if (this.stack.length <= 1) return;
    const innermost = this.top;
    const opened = innermost.kind === 'config' ? `config ${innermost.name}` : `edit ${innermost.name}`;
    const depth = this.stack.length - 1;
    this.sink.unrecognized(
      innermost.line,
      contextOf(innermost),
      `the file ends (line ${lastLine}) inside "${opened}" opened at line ${innermost.line}` +
        `${depth > 1 ? ` and ${depth - 1} enclosing block(s)` : ''}: the configuration is truncated; entries left open are ignored`,
    );
  }
}

function skipBlanks(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

/**
 * Control characters (other than tab) and DEL never occur in a FortiOS statement. U+FFFD
 * (what a UTF-8 decoder makes of invalid bytes) is not checked here: inside a quoted comment
 * it only means a mis-encoded value, and elsewhere the line fails as a statement anyway.
 */
export function hasBinary(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

function looksLikeStatement(text: string, start: number, end: number): boolean {
  const first = skipBlanks(text, start, end);
  let wordEnd = first;
  while (wordEnd < end && text.charCodeAt(wordEnd) !== 0x20 && text.charCodeAt(wordEnd) !== 0x09) wordEnd++;
  if (wordEnd === first) return false;
  const word = text.slice(first, wordEnd);
  if (!STATEMENT_WORDS.has(word)) return false;
  // `next` and `end` stand alone; the other words take an argument.
  return word === 'next' || word === 'end' ? wordEnd === end : wordEnd < end;
}
