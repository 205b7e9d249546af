import { expandParts, groupParts } from './list-expansion.js';
import { isSessionNoise } from './noise-lines.js';
import { PrefixTrie } from './prefix-trie.js';
import type { SourceText } from '../common/source-text.js';
import type { Statement } from './statement.js';
import { tokenize } from './tokenize.js';
import type { WarningSink } from './warnings.js';

/** Commands of a `load set` script that an export never contains. */
const EDIT_COMMANDS = new Set(['delete', 'activate', 'insert', 'rename', 'annotate', 'copy', 'replace', 'edit', 'top', 'up', 'exit', 'commit', 'load']);

/**
 * Reads `show configuration | display set` output: one `set` statement per line, then the
 * `deactivate` lines that mark statements (and whole subtrees) inactive. `protect` lines
 * only lock configuration against edits and are recognized without effect.
 */
export function readSetFormat(source: SourceText, sink: WarningSink): Statement[] {
  const statements: Statement[] = [];
  const deactivated = new PrefixTrie();
  for (let n = 1; n <= source.lineCount; n++) {
    const raw = source.lineText(n);
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || isSessionNoise(trimmed)) continue;
    const { tokens, problems } = tokenize(raw, n);
    if (problems.length > 0) {
      sink.unrecognized(n, '', `${problems[0]!.message}; the line is skipped`);
      continue;
    }
    const verb = tokens[0];
    if (!verb || verb.kind !== 'word') {
      sink.unrecognized(n, '', 'not a Junos `set` statement; the line is skipped');
      continue;
    }
    if (verb.text === 'protect' || verb.text === 'unprotect') continue;
    if (verb.text !== 'set' && verb.text !== 'deactivate') {
      const why = EDIT_COMMANDS.has(verb.text) ? `\`${verb.text}\` edits a configuration; an export has only set and deactivate lines` : 'not a Junos `set` statement';
      sink.unrecognized(n, '', `${why}; the line is skipped`);
      continue;
    }
    const parts = groupParts(tokens.slice(1));
    if (typeof parts === 'string') {
      sink.unrecognized(n, '', `${parts}; the line is skipped`);
      continue;
    }
    if (parts.length === 0) {
      sink.unrecognized(n, '', `\`${verb.text}\` with nothing after it; the line is skipped`);
      continue;
    }
    const expanded = expandParts(parts);
    if (typeof expanded === 'string') {
      sink.unrecognized(n, '', `${expanded}; the line is skipped`);
      continue;
    }
    if (verb.text === 'deactivate') {
      for (const words of expanded) deactivated.add(words);
      continue;
    }
    for (const words of expanded) statements.push({ words, line: n, inactive: false });
  }
  if (deactivated.size === 0) return statements;
  return statements.map((s) => (deactivated.hasPrefixOf(s.words) ? { ...s, inactive: true } : s));
}
