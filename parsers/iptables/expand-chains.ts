import { Occurrences } from '../common/occurrences.js';
import { type Cond, type Universe, intersect, subtract } from './conditions.js';
import type { Chain, Rule, Table } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** What a flattened rule does to the packets it decides. */
export type FlatAction =
  | { readonly kind: 'accept' }
  | { readonly kind: 'drop' }
  /** NFQUEUE/QUEUE: a userspace program decides. */
  | { readonly kind: 'queue' }
  /** RETURN from the built-in chain, or the end of a chain reached by -g from it: the policy decides. */
  | { readonly kind: 'policy' }
  /** A NAT target (only in the nat table). */
  | { readonly kind: 'nat'; readonly rule: Rule };

/** One decision point of a built-in chain, with every condition on the way to it folded in. */
export interface FlatEntry {
  /** "FORWARD:3", or "FORWARD:3>LAN_IN:2" for rule 2 of LAN_IN reached from FORWARD rule 3. */
  readonly id: string;
  /**
   * The same path with each rule named by its content instead of its position
   * ("FORWARD:-s 10.0.0.0/8 -j LAN_IN>LAN_IN:-p tcp --dport 22 -j ACCEPT"), "#2"… telling
   * apart repeats within a chain: unchanged when an unrelated rule is inserted, for fingerprints.
   */
  readonly identity: string;
  /** The rule that decides. */
  readonly rule: Rule;
  /** The jumps that lead to it from the built-in chain, outermost first. */
  readonly path: readonly Rule[];
  readonly cond: Cond;
  readonly action: FlatAction;
}

/** Deepest chain nesting followed; the kernel refuses loops, this guards hand-made files. */
export const MAX_DEPTH = 32;
/** Upper bound on flattened entries per built-in chain (chains called from many places multiply). */
export const MAX_ENTRIES = 200_000;

export interface ExpandContext {
  readonly universe: Universe;
  /** A rule's own condition (cached by the caller). */
  readonly condition: (rule: Rule) => Cond;
  readonly sink: WarningSink;
  readonly where: string;
}

/**
 * Flattens a built-in chain into one ordered list of decisions, following `-j CHAIN` into
 * user chains and back, `-g CHAIN` without coming back, and `-j RETURN`. A rule inside a user
 * chain gets the conjunction of the jumps that lead to it and the negation of every RETURN
 * before it, so that first match over the list is exactly netfilter's traversal. Rules that
 * decide nothing (LOG, MARK …) are not entries.
 */
export function expandBuiltin(table: Table, chain: string, ctx: ExpandContext, start: Cond): FlatEntry[] {
  const out: FlatEntry[] = [];
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const root = byName.get(chain);
  if (root) walk(root, start, { id: '', identity: '' }, [], [chain], true, byName, ctx, out);
  return out;
}

/** Each rule of a chain named by its content, repeats numbered in chain order; computed once per chain. */
const contentNames = new WeakMap<Chain, ReadonlyMap<Rule, string>>();

function contentName(chain: Chain, rule: Rule): string {
  let names = contentNames.get(chain);
  if (!names) {
    const occurrences = new Occurrences();
    names = new Map(chain.rules.map((r) => [r, occurrences.next(r.contentKey)]));
    contentNames.set(chain, names);
  }
  return names.get(rule) ?? rule.contentKey;
}

/** What comes before a rule's own name in its FlatEntry id and identity: the jumps that lead to it. */
interface Prefix {
  readonly id: string;
  readonly identity: string;
}

function walk(chain: Chain, guard: Cond, prefix: Prefix, path: readonly Rule[], stack: readonly string[], builtin: boolean, byName: ReadonlyMap<string, Chain>, ctx: ExpandContext, out: FlatEntry[]): void {
  let local = guard;
  for (const rule of chain.rules) {
    if (local.length === 0) return;
    if (out.length >= MAX_ENTRIES) {
      ctx.sink.once(`entries:${ctx.where}`, 'unsupported', rule.line, ctx.where, `more than ${MAX_ENTRIES} rules after following jumps: the rest of the chain is not modelled`);
      return;
    }
    const target = rule.target;
    if (!target) continue;
    const id = `${prefix.id}${chain.name}:${rule.position}`;
    const identity = `${prefix.identity}${chain.name}:${contentName(chain, rule)}`;
    switch (target.kind) {
      case 'verdict':
      case 'queue':
      case 'dnat':
      case 'snat':
      case 'masquerade':
      case 'redirect':
      case 'netmap': {
        const cond = intersect(local, ctx.condition(rule));
        const action: FlatAction =
          target.kind === 'verdict' ? { kind: target.verdict === 'ACCEPT' ? 'accept' : 'drop' } : target.kind === 'queue' ? { kind: 'queue' } : { kind: 'nat', rule };
        out.push({ id, identity, rule, path, cond, action });
        break;
      }
      case 'return': {
        const own = ctx.condition(rule);
        if (builtin) out.push({ id, identity, rule, path, cond: intersect(local, own), action: { kind: 'policy' } });
        local = subtract(local, own, ctx.universe);
        break;
      }
      case 'chain': {
        const own = ctx.condition(rule);
        const cond = intersect(local, own);
        const next = byName.get(target.chain);
        if (!next || next.builtin) {
          ctx.sink.once(`builtin-jump:${rule.line}`, 'invalid', rule.line, ctx.where, `a jump to built-in chain ${target.chain} is not allowed; the rule is ignored`);
          break;
        }
        if (stack.includes(next.name) || stack.length >= MAX_DEPTH) {
          ctx.sink.once(
            `loop:${rule.line}`,
            'invalid',
            rule.line,
            ctx.where,
            stack.includes(next.name) ? `jump to ${next.name} closes a loop (${[...stack, next.name].join(' → ')}), which the kernel refuses; the jump is ignored` : `chains nest deeper than ${MAX_DEPTH}; the jump is ignored`,
          );
          break;
        }
        if (cond.length > 0) walk(next, cond, { id: `${id}>`, identity: `${identity}>` }, [...path, rule], [...stack, next.name], false, byName, ctx, out);
        if (rule.goto) {
          // After -g, packets that run off the end of the called chain do not come back here.
          if (builtin && cond.length > 0) out.push({ id: `${id}>${next.name}:end`, identity: `${identity}>${next.name}:end`, rule, path, cond, action: { kind: 'policy' } });
          local = subtract(local, own, ctx.universe);
        }
        break;
      }
      default:
      // passive, unknown and undefined-chain targets: the packet goes on.
    }
  }
}
