import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/audit/audit.js';
import { type ReportExcerpts, readExcerpts } from '../../src/report/excerpts.js';
import { maskConfigLines } from '../../src/report/masked-config.js';
import type { Language } from '../../src/report/messages/index.js';
import { type ReportDocument, type ReportFinding, buildReport } from '../../src/report/report-document.js';
import { decodeConfig } from '../../src/snapshot/decode-config.js';
import { type Snapshot, loadSnapshot } from '../../src/snapshot/load-snapshot.js';

// Shared by the Markdown, HTML and excerpt tests: the audited samples, and small readers of
// the two formats that know nothing of the renderers (a fence scanner, a table splitter, a
// tag balancer), so the tests check the output against what a renderer of the format sees.

/** Every bundled sample snapshot. */
export const SAMPLES = readdirSync('samples')
  .map((name) => join('samples', name))
  .filter((dir) => statSync(dir).isDirectory())
  .sort();

/** The day waivers are judged on, so reports are reproducible. */
export const TODAY = '2026-06-01';

/** A snapshot audited and reported, with the excerpts its findings cite. */
export interface Audited {
  /** The snapshot as loaded (configs, checksums). */
  readonly snapshot: Snapshot;
  /** Its report. */
  readonly doc: ReportDocument;
  /** The masked excerpts the report's findings cite. */
  readonly excerpts: ReportExcerpts;
}

export function auditDir(dir: string, lang: Language): Audited {
  const snapshot = loadSnapshot(dir);
  const doc = buildReport(audit(snapshot, { today: TODAY }), lang);
  return { snapshot, doc, excerpts: readExcerpts(snapshot, doc.findings) };
}

/** SHA-256 of a file's bytes, computed here, independently of sansou. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Every secret value written in a snapshot's configs, found by patterns of each vendor's
 * syntax (not by the masker): FortiGate ENC values, IOS type 9 secrets, ASA pbkdf2 hashes,
 * Junos encrypted passwords.
 */
export function secretsIn(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(join(dir, 'configs'))) {
    const text = readFileSync(join(dir, 'configs', f), 'latin1');
    for (const pattern of [/\bENC (\S+)/g, /\bsecret \d+ (\S+)/g, /\bpassword (\$sha512\$\S+)/g, /encrypted-password "([^"]+)"/g]) {
      for (const m of text.matchAll(pattern)) out.push(m[1]!);
    }
  }
  return out;
}

/** A cited place, as the finding's path and location name it: each hop's rule line, then the location, each once. */
export function expectedCitations(f: ReportFinding): Array<{ file: string; line: number }> {
  const out: Array<{ file: string; line: number }> = [];
  const push = (file: string, line: number) => {
    if (!out.some((c) => c.file === file && c.line === line)) out.push({ file, line });
  };
  for (const step of f.path ?? []) if (step.file !== undefined && step.line !== undefined) push(step.file, step.line);
  if (f.location) push(f.location.file, f.location.line);
  return out;
}

/**
 * The rows an excerpt of `file` around `line` must show, as the reports number them
 * (`▶ 230  text` for the cited line, `  227  text` around it), from the file read here and
 * masked; undefined when the file is not a config of the snapshot or has no such line.
 */
export function expectedExcerptRows(a: Audited, dir: string, file: string, line: number): string[] | undefined {
  if (!a.snapshot.configs.some((c) => c.file === file)) return undefined;
  const decoded = decodeConfig(readFileSync(join(dir, file)));
  if ('binary' in decoded) return undefined;
  const lines = maskConfigLines(decoded.text);
  if (line < 1 || line > lines.length) return undefined;
  const first = Math.max(1, line - 3);
  const last = Math.min(lines.length, line + 3);
  const width = String(last).length;
  const rows: string[] = [];
  for (let n = first; n <= last; n++) rows.push(`${n === line ? '▶' : ' '} ${String(n).padStart(width)}  ${lines[n - 1]}`);
  return rows;
}

/** The symbol a matrix cell must show, from the document's cell. */
export function expectedSymbol(cell: ReportDocument['matrix'][number]): string {
  return cell.status === 'violation' ? `✗${cell.findings}` : cell.status === 'compliant' ? '✓' : '·';
}

// ---- Markdown, as a CommonMark renderer reads it ----

/** The lines outside fenced code blocks, and the content of each block (CommonMark fences: up to 3 spaces, 3+ backticks). */
export function splitFences(md: string): { outside: string[]; blocks: string[][] } {
  const outside: string[] = [];
  const blocks: string[][] = [];
  let open: { length: number; lines: string[] } | undefined;
  for (const line of md.split('\n')) {
    if (open === undefined) {
      const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
      if (start) open = { length: start[1]!.length, lines: [] };
      else outside.push(line);
      continue;
    }
    const close = /^ {0,3}(`{3,})\s*$/.exec(line);
    if (close && close[1]!.length >= open.length) {
      blocks.push(open.lines);
      open = undefined;
    } else {
      open.lines.push(line);
    }
  }
  if (open) blocks.push(open.lines);
  return { outside, blocks };
}

/** A table row's cells, split on the pipes that are not backslash-escaped (GFM). */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && i + 1 < row.length) {
      cell += ch + row[i + 1]!;
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  // A row starts and ends with a pipe: drop the empty edges.
  return cells.slice(1, -1).map((c) => c.trim());
}

/** Every table outside code blocks: runs of lines that start with a pipe. */
export function markdownTables(lines: readonly string[]): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of lines) {
    if (line.startsWith('|')) (current ??= []).push(tableCells(line));
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** Markdown text as a reader sees it: backslash escapes and the entities the renderers write undone. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

// ---- HTML ----

/** Text as HTML must carry it: the five characters that matter, as entities. */
export function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text content with the tags taken out and the entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const VOID = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);

/**
 * Problems with the page's structure: a tag closed that is not open, a tag left open, text
 * with a raw `<`, `>` or `"` (every value must be escaped), an attribute not written
 * name="value". An empty list means well-formed for every element sansou writes.
 */
export function structureProblems(html: string): string[] {
  const problems: string[] = [];
  const body = html.replace(/^<!DOCTYPE html>\n/, '').replace(/(<style>)[\s\S]*?(<\/style>)/g, '$1$2');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    if (/[<>"]/.test(text)) problems.push(`raw markup character in text: ${JSON.stringify(text.slice(0, 80))}`);
    last = m.index + m[0].length;
    const [, closing, name] = m;
    const element = name!.toLowerCase();
    if (VOID.has(element)) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== element) problems.push(`</${element}> closes <${open ?? 'nothing'}>`);
    } else {
      stack.push(element);
    }
  }
  const rest = body.slice(last);
  if (/[<>"]/.test(rest)) problems.push(`raw markup character in text: ${JSON.stringify(rest.slice(0, 80))}`);
  if (stack.length > 0) problems.push(`left open: ${stack.join(', ')}`);
  return problems;
}
