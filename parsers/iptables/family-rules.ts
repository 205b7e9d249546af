import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import type { AddressTypes } from './address-types.js';
import { toolName } from './builtin-chains.js';
import { type Cond, type Universe, everything } from './conditions.js';
import { type FlatEntry, expandBuiltin } from './expand-chains.js';
import type { InterfaceRefs } from './interface-refs.js';
import { type HookPoint, ruleCondition } from './rule-condition.js';
import type { IptablesConfig, Rule, Ruleset, Table } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/**
 * The rules of one family as the kernel holds them: for each table the last one the file
 * loads (iptables-restore replaces a table each time it is given), with the means to flatten
 * a built-in chain at a given hook.
 */
export class FamilyRules {
  readonly family: 4 | 6;
  readonly tool: string;
  readonly universe: Universe;
  readonly tables: ReadonlyMap<string, Table>;
  /** The ruleset that holds the filter table, for provenance of implicit rules. */
  readonly line: number;
  private readonly conditions = new Map<HookPoint, WeakMap<Rule, Cond>>();
  private readonly expansions = new Map<string, FlatEntry[]>();

  constructor(
    family: 4 | 6,
    rulesets: readonly Ruleset[],
    interfaces: ReadonlySet<string>,
    private readonly types: AddressTypes,
    private readonly refs: InterfaceRefs,
    private readonly sink: WarningSink,
  ) {
    this.family = family;
    this.tool = toolName(family);
    this.universe = { interfaces, all: PacketSet.of(family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6, family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6) };
    const tables = new Map<string, Table>();
    for (const rs of rulesets) {
      for (const t of rs.tables) {
        if (tables.has(t.name)) sink.add('invalid', t.line, `${this.tool} *${t.name}`, `table ${t.name} is given again; it replaces the earlier one, as iptables-restore would`);
        tables.set(t.name, t);
      }
    }
    this.tables = tables;
    this.line = rulesets[0]?.line ?? 1;
  }

  /** Every ruleset of this family in the file. */
  static of(config: IptablesConfig, family: 4 | 6): Ruleset[] {
    return config.rulesets.filter((r) => r.family === family);
  }

  /** The flattened decisions of a built-in chain, computed once; empty when the table or chain is absent. */
  expand(tableName: string, chain: string, hook: HookPoint): FlatEntry[] {
    const key = `${tableName} ${chain} ${hook}`;
    const done = this.expansions.get(key);
    if (done) return done;
    const table = this.tables.get(tableName);
    const where = `${this.tool} *${tableName} ${chain}`;
    const entries = table ? expandBuiltin(table, chain, { universe: this.universe, condition: (r) => this.condition(r, hook, where), sink: this.sink, where }, everything(this.universe)) : [];
    this.expansions.set(key, entries);
    return entries;
  }

  /** A rule's own condition at a hook, computed once. */
  condition(rule: Rule, hook: HookPoint, where: string): Cond {
    let byRule = this.conditions.get(hook);
    if (!byRule) {
      byRule = new WeakMap();
      this.conditions.set(hook, byRule);
    }
    let c = byRule.get(rule);
    if (!c) {
      c = ruleCondition(rule, { family: this.family, universe: this.universe, types: this.types, interfaces: this.refs, sink: this.sink, hook, where });
      byRule.set(rule, c);
    }
    return c;
  }

  /** The policy of a built-in chain and the line that sets it; ACCEPT (the kernel default) when none. */
  policy(tableName: string, chain: string): { policy: 'ACCEPT' | 'DROP'; line?: number } {
    const c = this.tables.get(tableName)?.chains.find((x) => x.name === chain);
    return { policy: c?.policy ?? 'ACCEPT', ...(c?.policyLine !== undefined && { line: c.policyLine }) };
  }
}
