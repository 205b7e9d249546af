import { compareText } from '../../util/compare-text.js';
import { type Language, catalogue } from '../messages/index.js';
import type { ReportFinding } from '../report-document.js';
import { escapeMarkdown } from './message-escape.js';
import type { SarifRule } from './sarif-types.js';
import { mostSevere, sarifLevel, securitySeverity } from './severity-level.js';

type Clause = NonNullable<ReportFinding['clause']>;

/**
 * One descriptor per check that has a result, sorted by check id so the log is the same
 * whatever order the findings come in. The words come from the findings themselves (title,
 * remediation and clause are already in the report's language), so a user's own check reads
 * exactly as it does in the text report. Checks without results are left out: GitHub needs
 * only the rules its results name, and the JSON report lists what ran.
 */
export function ruleDescriptors(findings: readonly ReportFinding[], lang: Language): SarifRule[] {
  const byCheck = new Map<string, ReportFinding[]>();
  for (const f of findings) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  return [...byCheck.keys()].sort(compareText).map((check) => descriptor(check, byCheck.get(check) ?? [], lang));
}

function descriptor(check: string, findings: readonly ReportFinding[], lang: Language): SarifRule {
  const first = findings[0];
  const title = first?.title ?? check;
  const remediation = first?.remediation ?? '';
  const clauses = distinctClauses(findings);
  const severity = mostSevere(findings.map((f) => f.severity));
  // A check whose findings name segments is about traffic between them; the others read
  // the devices' own configuration.
  const flow = findings.some((f) => f.from !== undefined || f.to !== undefined);
  return {
    id: check,
    name: pascalCase(check),
    shortDescription: { text: title },
    fullDescription: {
      text: [title, ...clauses.map((c) => clauseText(c, lang))].join('\n'),
      markdown: [`**${escapeMarkdown(title)}**`, ...clauses.map((c) => clauseMarkdown(c, lang))].join('\n\n'),
    },
    help: {
      text: [title, ...clauses.map((c) => clauseText(c, lang)), ...(remediation ? [remediationText(remediation, lang)] : [])].join('\n'),
      markdown: [
        `**${escapeMarkdown(title)}**`,
        ...clauses.map((c) => clauseMarkdown(c, lang)),
        ...(remediation ? [remediationMarkdown(remediation, lang)] : []),
      ].join('\n\n'),
    },
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: { tags: ['security', 'sansou', flow ? 'flow' : 'configuration'], 'security-severity': securitySeverity(severity), severity },
  };
}

/** The clauses a check's findings cite, each once, in the order they first appear. */
function distinctClauses(findings: readonly ReportFinding[]): Clause[] {
  const seen = new Map<string, Clause>();
  for (const f of findings) if (f.clause) seen.set(JSON.stringify([f.clause.policy, f.clause.ref, f.clause.text]), f.clause);
  return [...seen.values()];
}

function heading(label: string): string {
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

/** `clause: mutsu 第2章 3 (2) ① 「…」`, as the text report quotes it. */
function clauseText(c: Clause, lang: Language): string {
  return `${heading(catalogue(lang).labels.clause)}: ${c.policy} ${c.ref} 「${c.text}」`;
}

/** The clause reference in bold, then its text as a block quote (every line of it quoted). */
function clauseMarkdown(c: Clause, lang: Language): string {
  const quote = `> 「${c.text.split('\n').map(escapeMarkdown).join('\n> ')}」`;
  return `**${escapeMarkdown(heading(catalogue(lang).labels.clause))}**: ${escapeMarkdown(`${c.policy} ${c.ref}`)}\n\n${quote}`;
}

function remediationText(remediation: string, lang: Language): string {
  return `${heading(catalogue(lang).labels.remediation)}: ${remediation}`;
}

/** The remediation as written: the catalogue already marks names as `code`. */
function remediationMarkdown(remediation: string, lang: Language): string {
  return `**${escapeMarkdown(heading(catalogue(lang).labels.remediation))}**: ${escapeMarkdown(remediation)}`;
}

/** "INTERNET-LGWAN-UNSANITIZED" → "InternetLgwanUnsanitized": SARIF's readable rule name. */
function pascalCase(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  return words.length === 0 ? id : words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`).join('');
}
