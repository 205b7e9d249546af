import { indentOf } from './unrelated-space.js';

/** What a format takes as a whole-line comment, and where a line may safely be inserted. */
interface CommentSyntax {
  readonly comment: string;
  /** Whether a comment may go before `line` (not inside a quoted value, an XML text or a wrapped line). */
  readonly safeBefore: (line: string, previous: string) => boolean;
}

const ANY_LINE = () => true;

const SYNTAX: Readonly<Record<string, CommentSyntax>> = {
  fortigate: { comment: '# sansou test: this comment only moves the lines below', safeBefore: (l) => /^\s*(config|edit|next|end)\b/.test(l) },
  paloalto: { comment: '<!-- sansou test: this comment only moves the lines below -->', safeBefore: (l) => /^\s*<entry\b/.test(l) },
  asa: { comment: '! sansou test: this comment only moves the lines below', safeBefore: ANY_LINE },
  ios: { comment: '! sansou test: this comment only moves the lines below', safeBefore: ANY_LINE },
  junos: { comment: '# sansou test: this comment only moves the lines below', safeBefore: (l) => l.startsWith('set ') },
  // `show config` wraps long lines at 80 columns: never split a wrapped line from its rest.
  rtx: { comment: '# sansou test: this comment only moves the lines below', safeBefore: (_l, previous) => previous.length < 70 },
  iptables: { comment: '# sansou test: this comment only moves the lines below', safeBefore: (l) => l.startsWith('-A ') || l.startsWith(':') },
  'linux-ip': { comment: '# sansou test: this comment only moves the lines below', safeBefore: ANY_LINE },
  neutral: { comment: '# sansou test: this comment only moves the lines below', safeBefore: (l) => /^\S/.test(l) },
};

/**
 * Renumbers a config's lines without changing its meaning: a blank line and two comments at
 * the top (after the XML declaration, which must stay first) and three more lines in the
 * middle, before the first line there where a comment is safe.
 */
export function insertCommentLines(text: string, format: string): string {
  const syntax = SYNTAX[format];
  if (!syntax) throw new Error(`no comment syntax for format ${format}`);
  const lines = text.split('\n');
  const top = lines[0]?.startsWith('<?xml') ? 1 : 0;
  const middle = lines.findIndex((l, i) => i >= Math.floor(lines.length / 2) && syntax.safeBefore(l, lines[i - 1] ?? ''));
  if (middle < 0) throw new Error(`no place for a comment in the middle of a ${format} config`);
  const at = (i: number) => indentOf(lines[i] ?? '');
  const block = (indent: string) => ['', `${indent}${syntax.comment}`, `${indent}${syntax.comment}`];
  return [...lines.slice(0, top), ...block(''), ...lines.slice(top, middle), ...block(at(middle)), ...lines.slice(middle)].join('\n');
}
