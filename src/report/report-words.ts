import type { PathStep } from '../checks/finding.js';
import { type Language, catalogue } from './messages/index.js';
import { stepRule } from './path-words.js';
import type { ReportFinding, ReportUnusedWaiver } from './report-document.js';

/**
 * Pieces of a finding in words, shared by the Markdown and HTML reports so they say exactly
 * what the text report says. They return plain text: each renderer escapes it for its format.
 */

/** "internet → lgwan", or '' for a finding about no pair of segments. */
export function directionWords(f: ReportFinding): string {
  return f.from !== undefined && f.to !== undefined ? `${f.from} → ${f.to}` : '';
}

/** "mutsu 第2章 3 (2) ① 「…」": the clause broken, quoted. */
export function clauseWords(clause: NonNullable<ReportFinding['clause']>): string {
  return `${clause.policy} ${clause.ref} 「${clause.text}」`;
}

/** `rule 7 "FILESRV-TEMP" permit`: what decided at a hop, and how. */
export function stepDecision(step: PathStep, lang: Language): string {
  const action = step.action === 'none' ? '' : ` ${catalogue(lang).labels.actions[step.action]}`;
  return `${stepRule(step, lang)}${action}`;
}

/** "configs/fw-edge.conf:230", or '' when the hop cites no line. */
export function stepPlace(step: PathStep): string {
  return step.file === undefined ? '' : `${step.file}${step.line === undefined ? '' : `:${step.line}`}`;
}

/**
 * What an unused waiver selects, under its waivers.yaml keys (which read the same in every
 * language): `fingerprint …`, or `check …  match key=value, …`.
 */
export function waiverSelector(w: ReportUnusedWaiver): string {
  if (w.fingerprint !== undefined) return `fingerprint ${w.fingerprint}`;
  const match = w.match && Object.keys(w.match).length > 0 ? `  match ${Object.entries(w.match).map(([k, v]) => `${k}=${v}`).join(', ')}` : '';
  return `check ${w.check ?? ''}${match}`;
}
