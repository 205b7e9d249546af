import { type Part, expandParts, groupParts } from './list-expansion.js';
import { isSessionNoise } from './noise-lines.js';
import type { SourceText } from '../common/source-text.js';
import type { Statement } from './statement.js';
import { type Token, tokenize } from './tokenize.js';
import type { WarningSink } from './warnings.js';

/** Tags Junos writes before a statement: `inactive:` disables it, the others only guard edits. */
const TAGS = new Set(['inactive:', 'replace:', 'protect:', 'active:', 'unprotect:']);

interface Frame {
  readonly words: readonly string[];
  readonly openers: readonly number[];
  readonly inactive: boolean;
  readonly line: number;
  hasChild: boolean;
}

/**
 * Deepest block nesting read. Real exports nest about a dozen levels (logical system, routing
 * instance, protocol, area, interface…). Each open block holds its full path, so a hostile file
 * of 100,000 nested blocks would need memory quadratic in its depth; blocks past this depth are
 * reported once each and skipped whole instead.
 */
export const MAX_BRACE_DEPTH = 64;

/**
 * Reads the hierarchical (brace) format into the same statements the set format gives:
 * each leaf ends in `;` and keeps its own line; a block with nothing inside (`ssh { }`) is a
 * statement too. An unbalanced `}` or a file that ends inside a block is reported with the
 * line of the block, and everything read so far is kept.
 */
export function readBraceFormat(source: SourceText, sink: WarningSink): Statement[] {
  const { tokens, problems } = tokenize(withoutSessionNoise(source));
  for (const p of problems) sink.unrecognized(p.line, '', `${p.message}; the rest of the file may be misread`);

  const statements: Statement[] = [];
  const stack: Frame[] = [];
  let pending: Token[] = [];
  let inactiveTag = false;
  // Open blocks being skipped because they nest deeper than MAX_BRACE_DEPTH.
  let skipping = 0;
  const top = (): Frame | undefined => stack[stack.length - 1];
  const context = () => top()?.words.join(' ') ?? '';

  const emit = (parts: readonly Part[], line: number, inactive: boolean) => {
    const parent = top();
    const expanded = expandParts(parts);
    if (typeof expanded === 'string') {
      sink.unrecognized(line, context(), `${expanded}; the statement is skipped`);
      return;
    }
    for (const leaf of expanded) {
      statements.push({
        words: parent ? [...parent.words, ...leaf] : leaf,
        line,
        inactive: inactive || (parent?.inactive ?? false),
        ...(parent ? { openers: parent.openers } : {}),
      });
    }
    if (parent) parent.hasChild = true;
  };

  for (const t of tokens) {
    if (skipping > 0) {
      if (t.kind === '{') skipping++;
      else if (t.kind === '}') skipping--;
      continue;
    }
    if (t.kind === '{' && stack.length >= MAX_BRACE_DEPTH) {
      const line = pending[0]?.line ?? t.line;
      sink.unrecognized(line, context(), `blocks nest deeper than ${MAX_BRACE_DEPTH} levels; this block and everything inside it are skipped`);
      skipping = 1;
      pending = [];
      inactiveTag = false;
      continue;
    }
    if (t.kind === 'word' && pending.length === 0 && TAGS.has(t.text)) {
      if (t.text === 'inactive:') inactiveTag = true;
      continue;
    }
    if (t.kind === 'word' || t.kind === 'string' || t.kind === '[' || t.kind === ']') {
      pending.push(t);
      continue;
    }
    const line = pending[0]?.line ?? t.line;
    if (t.kind === ';') {
      if (pending.length > 0) {
        const parts = groupParts(pending);
        if (typeof parts === 'string') sink.unrecognized(line, context(), `${parts}; the statement is skipped`);
        else emit(parts, line, inactiveTag);
      }
    } else if (t.kind === '{') {
      const parts = groupParts(pending);
      const parent = top();
      if (typeof parts === 'string' || parts.length === 0 || parts.some((p) => 'list' in p)) {
        const why = typeof parts === 'string' ? parts : parts.length === 0 ? 'a block opens without a name' : 'a block name cannot be a [ list ]';
        sink.unrecognized(line, context(), `${why}; its contents are read without it`);
        // Keep the nesting balanced so the closing brace matches this block.
        stack.push({ words: parent?.words ?? [], openers: parent?.openers ?? [], inactive: (parent?.inactive ?? false) || inactiveTag, line, hasChild: true });
      } else {
        const words = parts.map((p) => (p as { word: string }).word);
        const lines = pending.map((p) => p.line);
        stack.push({
          words: [...(parent?.words ?? []), ...words],
          openers: [...(parent?.openers ?? []), ...lines],
          inactive: (parent?.inactive ?? false) || inactiveTag,
          line,
          hasChild: false,
        });
        if (parent) parent.hasChild = true;
      }
    } else {
      if (pending.length > 0) sink.unrecognized(line, context(), 'a statement is not ended by ";" before "}"; it is skipped');
      const frame = stack.pop();
      if (!frame) {
        sink.unrecognized(t.line, '', 'unbalanced "}": it closes no block; it is ignored');
      } else if (!frame.hasChild) {
        // An empty block is a statement by itself (`web-management { http; }` has a child,
        // `ssh { }` does not and still turns SSH on).
        statements.push({ words: frame.words, line: frame.line, inactive: frame.inactive, openers: frame.openers.slice(0, -1) });
      }
    }
    pending = [];
    inactiveTag = false;
  }
  if (pending.length > 0) sink.unrecognized(pending[0]!.line, context(), 'the file ends inside a statement (no ";"): truncated; the statement is skipped');
  if (stack.length > 0) {
    const innermost = stack[stack.length - 1]!;
    const outermost = stack[0]!;
    sink.unrecognized(
      innermost.line,
      innermost.words.join(' '),
      `unbalanced braces: the file ends inside ${stack.length} open block(s), the innermost "${innermost.words.join(' ')}" opened at line ${innermost.line} and the outermost at line ${outermost.line} (truncated file?); the statements read so far are kept`,
    );
  }
  return statements;
}

/** The text with session lines (prompts, `{master:0}`) blanked, keeping every line number. */
function withoutSessionNoise(source: SourceText): string {
  let noisy = false;
  for (let n = 1; n <= source.lineCount && !noisy; n++) noisy = isSessionNoise(source.lineText(n).trim());
  if (!noisy) return source.text;
  const lines: string[] = [];
  for (let n = 1; n <= source.lineCount; n++) {
    const raw = source.lineText(n);
    lines.push(isSessionNoise(raw.trim()) ? '' : raw);
  }
  return lines.join('\n');
}
