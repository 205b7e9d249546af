import { inLanguage } from '../rulesets/words.js';
import { parseArgs } from 'node:util';
import type { CheckConfig } from '../checks/types.js';
import { type Language, LANGUAGES, checkText, languageFromEnv } from '../report/messages/index.js';
import { describeScope } from '../rulesets/describe-check.js';
import { loadShippedModel, loadShippedPolicy, shippedModelIds, shippedPolicyIds } from '../rulesets/shipped.js';
import { type CliIo, EXIT_OK, UsageError } from './io.js';

export const RULESETS_USAGE = `Usage: sansou rulesets [ID] [--lang ja|en] [--format text|json]

Lists the shipped network models (rulesets/models/), the policy profiles
(rulesets/policies/) and every check, with its scope and the clauses that cite it.
With a model or policy ID, shows that one in full.`;

/** `sansou rulesets`: what sansou can enforce, from the shipped data itself. */
export function runRulesets(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { lang: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${RULESETS_USAGE}\n`);
    return EXIT_OK;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json (got ${values.format})`);
  if (values.lang !== undefined && !(LANGUAGES as readonly string[]).includes(values.lang)) throw new UsageError(`--lang must be ja or en (got ${values.lang})`);
  const lang = (values.lang as Language | undefined) ?? languageFromEnv(io.env);
  const wanted = positionals[0];
  const models = shippedModelIds();
  const policies = shippedPolicyIds();
  if (wanted !== undefined && !models.includes(wanted) && !policies.includes(wanted)) {
    throw new UsageError(`no model or policy ${wanted}; models: ${models.join(', ')}; policies: ${policies.join(', ')}`);
  }
  const listing = {
    models: models.filter((m) => wanted === undefined || m === wanted).map((id) => describeModel(id, lang)),
    policies: policies.filter((p) => wanted === undefined || p === wanted).map((id) => describePolicy(id, lang)),
    ...(wanted === undefined ? { checks: describeChecks(models, policies, lang) } : {}),
  };
  io.stdout.write(values.format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : renderListing(listing, wanted !== undefined, WORDS[lang]));
  return EXIT_OK;
}

function describeModel(id: string, lang: Language) {
  const r = loadShippedModel(id);
  return {
    id,
    name: r.name[lang] ?? r.name.en ?? id,
    description: inLanguage(r.description, lang),
    checks: r.checks.map((c: CheckConfig) => ({ id: c.id, severity: c.severity, primitive: c.primitive, scope: describeScope(c) })),
  };
}

function describePolicy(id: string, lang: Language) {
  const p = loadShippedPolicy(id);
  return {
    id,
    organization: p.organization,
    title: p.title,
    models: p.models,
    clauses: [...p.clauses].map(([check, c]) => ({ check, ref: c.ref, text: c.text })),
    notCovered: [...p.notCovered].map(([check, reason]) => ({ check, reason: inLanguage(reason, lang) })),
  };
}

function describeChecks(models: readonly string[], policies: readonly string[], lang: Language) {
  const ids = [...new Set(models.flatMap((m) => loadShippedModel(m).checks.map((c) => c.id)))];
  return ids.map((id) => ({
    id,
    title: checkText(lang, id).title,
    models: models.filter((m) => loadShippedModel(m).checks.some((c) => c.id === id)),
    policies: policies.filter((p) => loadShippedPolicy(p).clauses.has(id)).map((p) => `${p} ${loadShippedPolicy(p).clauses.get(id)!.ref}`),
  }));
}

type Listing = {
  models: ReturnType<typeof describeModel>[];
  policies: ReturnType<typeof describePolicy>[];
  checks?: ReturnType<typeof describeChecks>;
};

/** The listing's own words; check titles come from the message catalogue. */
const WORDS = {
  en: {
    models: 'Models (site file `model:`)',
    policies: 'Policies (site file `policy:` or --policy)',
    checks: 'Checks',
    checkCount: (n: number) => `${n} checks`,
    usesModels: 'models',
    siteDecides: '— (the site file decides)',
    cites: (n: number, m: number) => `cites ${n} checks; ${m} not covered`,
    notRun: 'not run',
    citedBy: 'cited by',
  },
  ja: {
    models: 'モデル（サイトファイルの `model:`）',
    policies: 'ポリシー（サイトファイルの `policy:` または --policy）',
    checks: 'チェック',
    checkCount: (n: number) => `チェック ${n} 件`,
    usesModels: 'モデル',
    siteDecides: '—（サイトファイルのモデル）',
    cites: (n: number, m: number) => `条項のあるチェック ${n} 件、対象外 ${m} 件`,
    notRun: '実行しない',
    citedBy: '引用するポリシー',
  },
} as const;

function renderListing(l: Listing, detailed: boolean, w: (typeof WORDS)[Language]): string {
  const out: string[] = [];
  if (l.models.length > 0) out.push(w.models, '');
  for (const m of l.models) {
    out.push(`  ${m.id}  ${m.name}`, `    ${m.description}`);
    if (detailed) for (const c of m.checks) out.push(`    ${c.id.padEnd(28)} ${c.severity.padEnd(8)} ${c.scope}`);
    else out.push(`    ${w.checkCount(m.checks.length)}: ${m.checks.map((c) => c.id).join(', ')}`);
    out.push('');
  }
  if (l.policies.length > 0) out.push(w.policies, '');
  for (const p of l.policies) {
    out.push(`  ${p.id}  ${p.organization}  ${p.title}`, `    ${w.usesModels}: ${p.models.join(', ') || w.siteDecides}`);
    if (detailed) {
      for (const c of p.clauses) out.push(`    ${c.check.padEnd(28)} ${c.ref}  「${c.text}」`);
      for (const c of p.notCovered) out.push(`    ${c.check.padEnd(28)} ${w.notRun}: ${c.reason}`);
    } else {
      out.push(`    ${w.cites(p.clauses.length, p.notCovered.length)}`);
    }
    out.push('');
  }
  if (l.checks) {
    out.push(w.checks, '');
    for (const c of l.checks) {
      out.push(`  ${c.id.padEnd(28)} ${c.title}`, `    ${w.usesModels}: ${c.models.join(', ')}`, `    ${w.citedBy}: ${c.policies.join(', ') || '—'}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
