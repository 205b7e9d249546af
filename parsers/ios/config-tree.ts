import type { SourceText } from '../common/source-text.js';
import type { WarningSink } from './warnings.js';

/**
 * One command of the running-config and the commands indented under it. IOS writes a
 * sub-mode's commands one space deeper than the command that entered it, so indentation alone
 * gives the structure; `!` separators carry none and are dropped.
 */
export interface ConfigNode {
  readonly line: number;
  readonly indent: number;
  /** The command, trimmed. */
  readonly text: string;
  readonly words: readonly string[];
  readonly children: ConfigNode[];
}

export interface ConfigTree {
  readonly nodes: readonly ConfigNode[];
  /** Line of the final `end`, when the file has one. */
  readonly endLine?: number;
  /** Header lines before the config proper (`Building configuration...`, `Current configuration : N bytes`). */
  readonly headerLines: readonly number[];
}

const BANNER_TYPES = new Set(['motd', 'login', 'exec', 'incoming', 'slip-ppp', 'prompt-timeout', 'config-save']);
const CERTIFICATE_CHAIN = /^(crypto\s+(pki|ca)\s+certificate\s+chain)\s/;
const HEX_LINE = /^[0-9A-Fa-f]+(\s+[0-9A-Fa-f]+)*$/;

/**
 * Splits the text into commands in one pass. Three constructs are not line-per-command and are
 * consumed here so that no later step ever sees their bodies: banners (free text up to a
 * delimiter), Catalyst macros (up to a line `@`) and certificate hex dumps (up to `quit`).
 */
export function buildConfigTree(source: SourceText, sink: WarningSink): ConfigTree {
  const nodes: ConfigNode[] = [];
  const stack: ConfigNode[] = [];
  const headerLines: number[] = [];
  let endLine: number | undefined;
  let inChain = false;
  const count = source.lineCount;
  for (let n = 1; n <= count; n++) {
    const raw = source.lineText(n);
    const text = raw.trim();
    if (text === '' || text.startsWith('!')) continue;
    const indent = indentOf(raw);
    if (indent === 0 && endLine === undefined && nodes.length === 0 && isHeader(text)) {
      headerLines.push(n);
      continue;
    }
    if (indent === 0 && text === 'end') {
      endLine = n;
      stack.length = 0;
      continue;
    }
    const words = text.split(/\s+/);
    if (indent === 0) inChain = CERTIFICATE_CHAIN.test(text);
    // The node keeps the line where it starts, even when its body spans several lines.
    const node: ConfigNode = { line: n, indent, text, words, children: [] };
    if (words[0] === 'banner') {
      n = skipBanner(source, n, text, sink);
    } else if (words[0] === 'macro' && words[1] === 'name') {
      n = skipUntil(source, n, (t) => t === '@', sink, 'macro body never ends with a line "@"');
    } else if (inChain && indent > 0 && words[0] === 'certificate') {
      n = skipCertificate(source, n, sink);
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else nodes.push(node);
    stack.push(node);
  }
  return { nodes, headerLines, ...(endLine === undefined ? {} : { endLine }) };
}

function isHeader(text: string): boolean {
  return text.startsWith('Building configuration') || text.startsWith('Current configuration') || text.startsWith('Last configuration change');
}

function indentOf(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t')) i++;
  return i;
}

/**
 * `banner motd ^C … ^C`: the delimiter is the first character after the banner type (`^C`,
 * as a running-config shows Ctrl-C, counts as one). The body ends at the next occurrence of
 * the delimiter, on the same line or a later one. A banner that never ends would swallow the
 * rest of the file; it is reported and only its own line is consumed, so the commands after
 * it are still read (and its text lines reported as unrecognized).
 */
function skipBanner(source: SourceText, start: number, text: string, sink: WarningSink): number {
  let rest = text.slice('banner'.length).trimStart();
  const type = rest.split(/\s/, 1)[0] ?? '';
  if (BANNER_TYPES.has(type)) rest = rest.slice(type.length).trimStart();
  if (rest === '') {
    sink.unrecognized(start, 'banner', 'banner without a delimiter or text');
    return start;
  }
  const delimiter = rest.startsWith('^C') ? '^C' : rest[0]!;
  const body = rest.slice(delimiter.length);
  if (body.includes(delimiter)) return start;
  const count = source.lineCount;
  for (let n = start + 1; n <= count; n++) {
    if (source.lineText(n).includes(delimiter)) return n;
  }
  sink.unrecognized(start, 'banner', `banner text never ends with its delimiter "${delimiter}": the file is truncated or the delimiter is missing; the lines after it are read as commands`);
  return start;
}

function skipUntil(source: SourceText, start: number, isEnd: (trimmed: string) => boolean, sink: WarningSink, comment: string): number {
  const count = source.lineCount;
  for (let n = start + 1; n <= count; n++) if (isEnd(source.lineText(n).trim())) return n;
  sink.unrecognized(start, source.lineText(start).trim(), comment);
  return start;
}

/**
 * `certificate self-signed 01` is followed by hex lines and a `quit` line. The hex is never
 * read into anything. Without `quit` (a truncated file), the hex-looking lines are still
 * consumed so that none of them reaches a warning.
 */
function skipCertificate(source: SourceText, start: number, sink: WarningSink): number {
  const count = source.lineCount;
  let n = start + 1;
  for (; n <= count; n++) {
    const t = source.lineText(n).trim();
    if (t === 'quit') return n;
    if (t !== '' && !HEX_LINE.test(t)) break;
  }
  sink.unrecognized(start, 'crypto pki certificate chain', 'certificate without its closing "quit": the file is probably truncated');
  return n - 1;
}
