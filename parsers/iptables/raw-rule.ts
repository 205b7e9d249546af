import type { Token } from './tokenize.js';

/** An option as written: `--dport 22`, `! --state NEW`, `--tcp-flags SYN,ACK SYN`. */
export interface RawOption {
  readonly name: string;
  readonly values: readonly Token[];
  readonly negated: boolean;
}

export interface RawMatch {
  readonly module: string;
  /** True when added because an option needed it (`-p tcp --dport 22` without `-m tcp`). */
  readonly implicit: boolean;
  readonly options: RawOption[];
}

export interface RawTarget {
  readonly name: string;
  readonly goto: boolean;
  readonly options: RawOption[];
}

/** A rule split into its parts, before any value is interpreted. */
export interface RawRule {
  readonly core: RawOption[];
  readonly matches: RawMatch[];
  target?: RawTarget;
  readonly errors: string[];
}

/** Core options: short and long spellings, canonical name, number of values. */
const CORE: ReadonlyMap<string, { name: string; arity: number }> = new Map([
  ['-s', { name: '-s', arity: 1 }],
  ['--source', { name: '-s', arity: 1 }],
  ['--src', { name: '-s', arity: 1 }],
  ['-d', { name: '-d', arity: 1 }],
  ['--destination', { name: '-d', arity: 1 }],
  ['--dst', { name: '-d', arity: 1 }],
  ['-p', { name: '-p', arity: 1 }],
  ['--protocol', { name: '-p', arity: 1 }],
  ['-i', { name: '-i', arity: 1 }],
  ['--in-interface', { name: '-i', arity: 1 }],
  ['-o', { name: '-o', arity: 1 }],
  ['--out-interface', { name: '-o', arity: 1 }],
  ['-f', { name: '-f', arity: 0 }],
  ['--fragment', { name: '-f', arity: 0 }],
  ['-4', { name: '-4', arity: 0 }],
  ['--ipv4', { name: '-4', arity: 0 }],
  ['-6', { name: '-6', arity: 0 }],
  ['--ipv6', { name: '-6', arity: 0 }],
  ['-c', { name: '-c', arity: 2 }],
  ['--set-counters', { name: '-c', arity: 2 }],
]);

/** Whether a module accepts an option, for placing options that follow another module's. */
export type OptionOwner = (module: string, option: string) => boolean | undefined;

/** Protocol names whose match module loads by itself after `-p` (iptables' implicit match). */
const IMPLICIT_MODULES = new Map([
  ['tcp', 'tcp'],
  ['6', 'tcp'],
  ['udp', 'udp'],
  ['17', 'udp'],
  ['icmp', 'icmp'],
  ['1', 'icmp'],
  ['icmpv6', 'icmp6'],
  ['ipv6-icmp', 'icmp6'],
  ['icmp6', 'icmp6'],
  ['58', 'icmp6'],
  ['sctp', 'sctp'],
  ['132', 'sctp'],
  ['udplite', 'udplite'],
  ['dccp', 'dccp'],
]);

/** A value follows unless the next word is an option or "!"; quoted words are always values. */
function isValue(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.quoted) return true;
  if (t.text === '!') return false;
  return !(t.text.length > 1 && t.text.startsWith('-') && !/^-\d/.test(t.text));
}

/**
 * Splits a rule's words (after `-A CHAIN`) into core options, matches with their options, and
 * the target with its options. Options belong to the module that knows them, looking back from
 * the last `-m`, as iptables does; an option no module knows goes to the last module when that
 * module is unknown to sansou, and is an error otherwise.
 */
export function splitRule(tokens: readonly Token[], knows: OptionOwner): RawRule {
  const rule: RawRule = { core: [], matches: [], errors: [] };
  let negated = false;
  let protocol: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.quoted && t.text === '!') {
      negated = true;
      continue;
    }
    const core = t.quoted ? undefined : CORE.get(t.text);
    if (core) {
      const values: Token[] = [];
      let neg = negated;
      // Old syntax put the negation after the option: `-s ! 10.0.0.0/8`.
      if (core.arity > 0 && tokens[i + 1]?.text === '!' && !tokens[i + 1]!.quoted) {
        neg = true;
        i++;
      }
      for (let k = 0; k < core.arity; k++) {
        const v = tokens[i + 1];
        if (v === undefined || (core.name !== '-c' && !isValue(v))) {
          rule.errors.push(`${t.text} has no value`);
          break;
        }
        values.push(v);
        i++;
      }
      if (core.name === '-p' && values[0]) protocol = values[0].text.toLowerCase();
      rule.core.push({ name: core.name, values, negated: neg });
      negated = false;
      continue;
    }
    if (!t.quoted && (t.text === '-m' || t.text === '--match')) {
      const m = tokens[i + 1];
      if (m === undefined || !isValue(m)) {
        rule.errors.push(`${t.text} has no module name`);
        continue;
      }
      rule.matches.push({ module: m.text.toLowerCase(), implicit: false, options: [] });
      i++;
      negated = false;
      continue;
    }
    if (!t.quoted && (t.text === '-j' || t.text === '--jump' || t.text === '-g' || t.text === '--goto')) {
      const name = tokens[i + 1];
      if (name === undefined || !isValue(name)) {
        rule.errors.push(`${t.text} has no target`);
        continue;
      }
      if (rule.target) rule.errors.push(`a second target (${name.text}) after ${rule.target.name}`);
      rule.target = { name: name.text, goto: t.text === '-g' || t.text === '--goto', options: [] };
      i++;
      negated = false;
      continue;
    }
    if (!t.quoted && t.text.startsWith('-') && t.text.length > 1) {
      const values: Token[] = [];
      let neg = negated;
      if (tokens[i + 1]?.text === '!' && !tokens[i + 1]!.quoted && isValue(tokens[i + 2])) {
        neg = true;
        i++;
      }
      while (isValue(tokens[i + 1])) values.push(tokens[++i]!);
      const option: RawOption = { name: t.text, values, negated: neg };
      negated = false;
      if (rule.target) {
        rule.target.options.push(option);
        continue;
      }
      const owner = ownerOf(rule.matches, t.text, knows);
      if (owner) {
        owner.options.push(option);
        continue;
      }
      const implicit = protocol === undefined ? undefined : IMPLICIT_MODULES.get(protocol);
      if (implicit !== undefined && knows(implicit, t.text) === true) {
        rule.matches.push({ module: implicit, implicit: true, options: [option] });
        continue;
      }
      rule.errors.push(`option ${t.text} belongs to no match module of the rule`);
      continue;
    }
    rule.errors.push(`unexpected word "${t.text}"`);
  }
  if (negated) rule.errors.push('"!" is followed by nothing it could negate');
  return rule;
}

function ownerOf(matches: RawMatch[], option: string, knows: OptionOwner): RawMatch | undefined {
  for (let k = matches.length - 1; k >= 0; k--) if (knows(matches[k]!.module, option) === true) return matches[k];
  const last = matches[matches.length - 1];
  // Unknown modules (knows → undefined) take whatever follows them.
  return last !== undefined && knows(last.module, option) === undefined ? last : undefined;
}
