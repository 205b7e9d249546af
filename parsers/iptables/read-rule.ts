import type { Cidr } from '../../src/space/ip.js';
import { maskIptablesText } from './mask.js';
import { moduleKnowsOption } from './modules.js';
import { parseProtocolValue } from './protocols.js';
import { type RawTarget, splitRule } from './raw-rule.js';
import { readMatch } from './read-matches.js';
import type { Token } from './tokenize.js';
import { parseAddressList } from './values.js';
import type { Match, Negatable, ProtocolValue } from './vendor-config.js';

/** A problem met reading a rule; `defect` problems make the rule unusable. */
export interface RuleProblem {
  readonly kind: 'unrecognized' | 'invalid';
  readonly message: string;
  readonly defect: boolean;
}

/** A rule as read from its line, before its table is complete (targets resolve at COMMIT). */
export interface RuleDraft {
  readonly line: number;
  readonly chain: string;
  readonly onlyFamily?: 4 | 6;
  readonly protocol?: Negatable<ProtocolValue>;
  readonly source?: Negatable<readonly Cidr[]>;
  readonly destination?: Negatable<readonly Cidr[]>;
  readonly inInterface?: Negatable<string>;
  readonly outInterface?: Negatable<string>;
  readonly fragment?: { readonly negated: boolean };
  readonly matches: readonly Match[];
  readonly rawTarget?: RawTarget;
  readonly comment?: string;
  readonly matchKey: string;
  /** The whole rule as written, target included, without counters or comment (Rule.contentKey). */
  readonly contentKey: string;
  readonly problems: readonly RuleProblem[];
}

/** Reads the words of a rule after `-A CHAIN` (or `-I CHAIN [n]`). Never throws. */
export function readRule(chain: string, tokens: readonly Token[], line: number): RuleDraft {
  const raw = splitRule(tokens, moduleKnowsOption);
  const problems: RuleProblem[] = raw.errors.map((message) => ({ kind: 'unrecognized', message, defect: true }));
  const draft: {
    -readonly [K in keyof RuleDraft]?: RuleDraft[K];
  } = {};
  for (const o of raw.core) {
    const text = o.values[0]?.text ?? '';
    switch (o.name) {
      case '-s':
      case '-d': {
        const r = parseAddressList(text, undefined);
        if ('error' in r) problems.push({ kind: 'invalid', message: `${o.name} ${r.error}`, defect: true });
        else if (o.name === '-s') draft.source = { value: r.value, negated: o.negated };
        else draft.destination = { value: r.value, negated: o.negated };
        break;
      }
      case '-p': {
        const p = parseProtocolValue(text);
        if (!p) problems.push({ kind: 'invalid', message: `-p "${text}" is not a protocol`, defect: true });
        else draft.protocol = { value: p, negated: o.negated };
        break;
      }
      case '-i':
      case '-o': {
        if (text === '' || text.length > 15 || /[\s/]/.test(text)) problems.push({ kind: 'invalid', message: `${o.name} "${text}" is not an interface name`, defect: true });
        else if (o.name === '-i') draft.inInterface = { value: text, negated: o.negated };
        else draft.outInterface = { value: text, negated: o.negated };
        break;
      }
      case '-f':
        draft.fragment = { negated: o.negated };
        break;
      case '-4':
        draft.onlyFamily = 4;
        break;
      case '-6':
        draft.onlyFamily = 6;
        break;
      default:
      // -c packets bytes: counters, ignored.
    }
  }
  const matches: Match[] = [];
  for (const m of raw.matches) {
    const r = readMatch(m);
    if ('error' in r) {
      problems.push({ kind: 'invalid', message: r.error, defect: true });
      continue;
    }
    if (r.match.kind === 'unknown') problems.push({ kind: 'unrecognized', message: `unknown match module "${m.module}": its condition cannot be evaluated, so a rule that drops is taken to match nothing and any other rule matches as if the condition were absent`, defect: false });
    if (r.match.kind === 'comment') draft.comment = maskIptablesText(r.match.text);
    matches.push(r.match.kind === 'comment' ? { kind: 'comment', text: maskIptablesText(r.match.text) } : r.match);
  }
  return {
    line,
    chain,
    ...draft,
    matches,
    ...(raw.target && { rawTarget: raw.target }),
    matchKey: ruleWords(tokens, true),
    contentKey: ruleWords(tokens, false),
    problems,
  };
}

/**
 * The rule's words without counters and comments, normalized to single spaces: up to `-j`/`-g`
 * when `matchOnly` (to compare two rules' matches), else the whole rule, target included.
 */
function ruleWords(tokens: readonly Token[], matchOnly: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (matchOnly && !tokens[i]!.quoted && (t === '-j' || t === '-g' || t === '--jump' || t === '--goto')) break;
    if (!tokens[i]!.quoted && (t === '-c' || t === '--set-counters')) {
      i += 2;
      continue;
    }
    if (!tokens[i]!.quoted && t === '-m' && tokens[i + 1]?.text === 'comment') {
      // Skip "-m comment --comment TEXT".
      i += 3;
      continue;
    }
    out.push(t);
  }
  return out.join(' ');
}
