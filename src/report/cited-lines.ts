import { type Language, catalogue } from './messages/index.js';
import type { ReportFinding } from './report-document.js';

/** A config line a finding cites, and what cites it. */
export interface CitedLine {
  /** Snapshot path of the file (configs/fw-edge.conf). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** What is there, in words: `fw-edge rule 7 "FILESRV-TEMP"`, or the location label. */
  readonly what: string;
}

/**
 * The lines a finding cites, in the order a reader follows them: the rule line of each hop of
 * the path, then the finding's location when no hop cited it already; each file:line once.
 * This is the rule the TUI's finding detail follows, so every front end shows the same lines.
 */
export function citedLines(finding: ReportFinding, lang: Language): CitedLine[] {
  const l = catalogue(lang).labels;
  const out: CitedLine[] = [];
  const seen = new Set<string>();
  const add = (file: string, line: number, what: string): void => {
    const key = citeKey(file, line);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ file, line, what });
  };
  for (const step of finding.path ?? []) {
    if (step.file === undefined || step.line === undefined) continue;
    const rule = step.rule === undefined ? '' : ` ${l.rule} ${step.rule}${step.ruleName ? ` "${step.ruleName}"` : ''}`;
    add(step.file, step.line, `${step.device}${rule}`);
  }
  if (finding.location) add(finding.location.file, finding.location.line, l.location);
  return out;
}

/** The files the findings cite, each once, in the order first cited: what excerpts must read. */
export function citedFiles(findings: readonly ReportFinding[]): string[] {
  // The language only names the places; the files are the same in any.
  return [...new Set(findings.flatMap((f) => citedLines(f, 'en').map((c) => c.file)))];
}

/** "configs/fw-edge.conf:230": how a cited line is named, and the key excerpts are kept under. */
export function citeKey(file: string, line: number): string {
  return `${file}:${line}`;
}
