import { type Mutable, badValue, unknownStatement } from './extract-util.js';
import { logicalName, parsePortWords, parsePrefix, parseProtocolName, parseUint } from './junos-values.js';
import { type Statement, lineOfWord } from './statement.js';
import type { JDestinationRule, JNat, JNatAddress, JNatContext, JNatMatch, JNatPool, JRuleSet, JSourceRule, JStaticRule, NameRef, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { type IpAddress, v4PrefixRange, v6PrefixRange } from '../../src/space/ip.js';

/** `security nat` settings that change no translation. */
const NAT_IGNORED = new Set(['proxy-arp', 'proxy-ndp', 'traceoptions', 'allow-overlapping-pools', 'natv6v4', 'pool-utilization-alarm', 'nat64-prefix', 'persistent-nat']);

/** `security nat source` settings besides pools and rule sets. */
const SOURCE_IGNORED = new Set([
  'address-persistent',
  'pool-utilization-alarm',
  'port-randomization',
  'pool-default-port-range',
  'pool-default-twin-port-range',
  'interface',
  'persistent-nat',
  'session-persistence-scan',
  'session-drop-hold-down',
  'port-overloading-factor',
  'ipv6-mapped-ipv4',
]);

/** Pool settings with no effect on which addresses are used. */
const POOL_IGNORED = new Set(['description', 'port', 'host-address-base', 'overflow-pool', 'address-shared', 'address-pooling', 'address-persistent', 'pool-utilization-alarm', 'port-overloading-factor']);

type Kind = 'static' | 'destination' | 'source';

interface RuleGroup {
  readonly kind: Kind;
  readonly ruleSet: string;
  readonly name: string;
  /** Index of the first word after the rule name. */
  readonly at: number;
  readonly line: number;
  readonly statements: Statement[];
}

interface RuleSetBuilder {
  readonly kind: Kind;
  readonly name: string;
  readonly line: number;
  from?: Mutable<JNatContext> & { names: NameRef[] };
  to?: Mutable<JNatContext> & { names: NameRef[] };
  readonly rules: string[];
}

type PoolBuilder = Mutable<JNatPool> & { ranges: { from: IpAddress; to: IpAddress; line: number }[] };

function emptyMatch(): Mutable<JNatMatch> & { sources: JNatAddress[]; destinations: JNatAddress[]; sourcePorts: PortRange[]; destinationPorts: PortRange[]; protocols: number[]; applications: NameRef[] } {
  return { sources: [], destinations: [], sourcePorts: [], destinationPorts: [], protocols: [], applications: [] };
}

/**
 * Static, destination and source NAT: pools, rule sets with their `from`/`to` context, and
 * rules in file order. Rules are gathered first, like policies: a rule whose statements are
 * all inactive is kept inactive; otherwise inactive statements are left out.
 */
export class NatBuilder {
  private readonly ruleSets = new Map<string, RuleSetBuilder>();
  private readonly rules = new Map<string, RuleGroup>();
  private readonly pools = new Map<string, PoolBuilder & { kind: 'source' | 'destination' }>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const kind = w[2];
    if (kind === 'static' || kind === 'destination' || kind === 'source') {
      const what = w[3];
      if (what === 'rule-set') this.ruleSet(kind, s);
      else if (what === 'pool' && kind !== 'static') this.pool(kind, s);
      else if (kind === 'source' && what !== undefined && SOURCE_IGNORED.has(what)) return;
      else if (what !== undefined || kind === 'static') unknownStatement(this.sink, s, 3, `${kind} NAT setting`);
      return;
    }
    if (kind !== undefined && NAT_IGNORED.has(kind)) return;
    unknownStatement(this.sink, s, 2, 'NAT setting');
  }

  private pool(kind: 'source' | 'destination', s: Statement): void {
    const w = s.words;
    const name = w[4];
    if (name === undefined) {
      unknownStatement(this.sink, s, 4, 'pool');
      return;
    }
    const id = `${kind}\u0000${name}`;
    let p = this.pools.get(id);
    if (!p) this.pools.set(id, (p = { kind, name, line: lineOfWord(s, 4), context: `security nat ${kind} pool ${name}`, ranges: [] }));
    if (s.inactive) return;
    const key = w[5];
    if (key === undefined) return;
    if (key === 'address') {
      this.poolAddress(p, s);
      return;
    }
    if (key === 'routing-instance') {
      if (w[6] !== undefined) p.routingInstance = { name: w[6], line: s.line };
      return;
    }
    if (POOL_IGNORED.has(key)) return;
    unknownStatement(this.sink, s, 5, 'pool setting');
  }

  /** `address A[/L] [to B[/L]] [port N]`, or `address port N` (how display set writes the port). */
  private poolAddress(p: PoolBuilder, s: Statement): void {
    const w = s.words;
    let k = 6;
    if (w[k] === 'port') {
      const port = parseUint(w[k + 1], 65535);
      if (port === undefined) badValue(this.sink, s, k + 1, 'pool port', 'the port is not translated');
      else p.port = port;
      return;
    }
    const first = w[k] === undefined ? undefined : parsePrefix(w[k]!);
    if (!first) {
      badValue(this.sink, s, k, 'pool address', 'it is left out of the pool');
      return;
    }
    let [lo, hi] = cidrBounds(first);
    k++;
    if (w[k] === 'to') {
      const last = w[k + 1] === undefined ? undefined : parsePrefix(w[k + 1]!);
      if (!last || last.family !== first.family) {
        badValue(this.sink, s, k + 1, 'pool range end', 'the range is left out of the pool');
        return;
      }
      hi = cidrBounds(last)[1];
      if (hi.value < lo.value) [lo, hi] = [hi, lo];
      k += 2;
    }
    if (w[k] === 'port') {
      const port = parseUint(w[k + 1], 65535);
      if (port === undefined) badValue(this.sink, s, k + 1, 'pool port', 'the port is not translated');
      else p.port = port;
    } else if (w[k] !== undefined) {
      unknownStatement(this.sink, s, k, 'pool address option');
    }
    p.ranges.push({ from: lo, to: hi, line: s.line });
  }

  private ruleSet(kind: Kind, s: Statement): void {
    const w = s.words;
    const name = w[4];
    if (name === undefined) {
      unknownStatement(this.sink, s, 4, 'rule set');
      return;
    }
    const id = `${kind}\u0000${name}`;
    let rs = this.ruleSets.get(id);
    if (!rs) this.ruleSets.set(id, (rs = { kind, name, line: lineOfWord(s, 4), rules: [] }));
    const key = w[5];
    if (key === undefined || key === 'description') return;
    if (key === 'from' || (key === 'to' && kind === 'source')) {
      if (s.inactive) return;
      const ctxKind = w[6];
      const value = w[7];
      if ((ctxKind !== 'zone' && ctxKind !== 'interface' && ctxKind !== 'routing-instance') || value === undefined) {
        unknownStatement(this.sink, s, 6, `rule-set ${key} context`);
        return;
      }
      const current = rs[key];
      const ref = { name: ctxKind === 'interface' ? logicalName(value) : value, line: s.line };
      if (current && current.kind === ctxKind) current.names.push(ref);
      else rs[key] = { kind: ctxKind, names: [ref], line: s.line };
      return;
    }
    if (key === 'rule' && w[6] !== undefined) {
      const rule = w[6];
      const rid = `${id}\u0000${rule}`;
      let g = this.rules.get(rid);
      if (!g) {
        this.rules.set(rid, (g = { kind, ruleSet: name, name: rule, at: 7, line: lineOfWord(s, 6), statements: [] }));
        rs.rules.push(rule);
      }
      g.statements.push(s);
      return;
    }
    if (key === 'rule-session-count-alarm') return;
    unknownStatement(this.sink, s, 5, 'rule-set setting');
  }

  build(): JNat {
    const staticRuleSets: JRuleSet<JStaticRule>[] = [];
    const destinationRuleSets: JRuleSet<JDestinationRule>[] = [];
    const sourceRuleSets: JRuleSet<JSourceRule>[] = [];
    for (const rs of this.ruleSets.values()) {
      const base = {
        name: rs.name,
        line: rs.line,
        context: `security nat ${rs.kind} rule-set ${rs.name}`,
        ...(rs.from ? { from: rs.from } : {}),
        ...(rs.to ? { to: rs.to } : {}),
      };
      const groups = rs.rules.map((r) => this.rules.get(`${rs.kind}\u0000${rs.name}\u0000${r}`)!);
      if (rs.kind === 'static') staticRuleSets.push({ ...base, rules: groups.map((g) => this.buildRule(g) as JStaticRule) });
      else if (rs.kind === 'destination') destinationRuleSets.push({ ...base, rules: groups.map((g) => this.buildRule(g) as JDestinationRule) });
      else sourceRuleSets.push({ ...base, rules: groups.map((g) => this.buildRule(g) as JSourceRule) });
    }
    const pools = [...this.pools.values()];
    const strip = ({ kind: _k, ...p }: PoolBuilder & { kind: string }): JNatPool => p;
    return {
      staticRuleSets,
      destinationPools: pools.filter((p) => p.kind === 'destination').map(strip),
      destinationRuleSets,
      sourcePools: pools.filter((p) => p.kind === 'source').map(strip),
      sourceRuleSets,
    };
  }

  private buildRule(g: RuleGroup): JStaticRule | JDestinationRule | JSourceRule {
    const allInactive = g.statements.every((s) => s.inactive);
    const match = emptyMatch();
    const rule: { name: string; line: number; context: string; inactive: boolean; match: JNatMatch; then?: unknown } = {
      name: g.name,
      line: g.line,
      context: `security nat ${g.kind} rule-set ${g.ruleSet} rule ${g.name}`,
      inactive: allInactive,
      match,
    };
    for (const s of g.statements) {
      if (s.inactive && !allInactive) continue;
      const key = s.words[g.at];
      if (key === 'match') this.match(match, s, g.at + 1);
      else if (key === 'then') this.then(g.kind, rule, s, g.at + 1);
      else if (key !== undefined && key !== 'description') unknownStatement(this.sink, s, g.at, 'NAT rule section');
    }
    return rule as JStaticRule;
  }

  private match(m: ReturnType<typeof emptyMatch>, s: Statement, k: number): void {
    const w = s.words;
    const key = w[k];
    const value = w[k + 1];
    const address = (list: JNatAddress[], byName: boolean) => {
      if (value === undefined) {
        unknownStatement(this.sink, s, k + 1, `${key} value`);
        return;
      }
      if (byName) {
        list.push({ name: value, line: s.line });
        return;
      }
      const cidr = parsePrefix(value);
      if (!cidr) {
        badValue(this.sink, s, k + 1, key ?? 'address', 'it is left out, so the rule may match less');
        return;
      }
      list.push({ cidr, line: s.line });
    };
    const ports = (list: PortRange[]) => {
      const r = parsePortWords(w.slice(k + 1));
      if (!r) {
        badValue(this.sink, s, k + 1, key ?? 'port', 'the rule matches nothing');
        list.push([1, 0]);
        return;
      }
      list.push(r);
    };
    switch (key) {
      case 'source-address':
        return address(m.sources, false);
      case 'source-address-name':
        return address(m.sources, true);
      case 'destination-address':
        return address(m.destinations, false);
      case 'destination-address-name':
        return address(m.destinations, true);
      case 'source-port':
        return ports(m.sourcePorts);
      case 'destination-port':
        return ports(m.destinationPorts);
      case 'protocol': {
        const p = value === undefined ? undefined : parseProtocolName(value);
        if (p === undefined) {
          badValue(this.sink, s, k + 1, 'protocol', 'the rule matches nothing');
          m.protocols.push(-1);
        } else {
          m.protocols.push(p);
        }
        return;
      }
      case 'application':
        if (value !== undefined) m.applications.push({ name: value, line: s.line });
        return;
      default:
        unknownStatement(this.sink, s, k, 'NAT match condition');
    }
  }

  private then(kind: Kind, rule: { then?: unknown; context: string }, s: Statement, k: number): void {
    const w = s.words;
    const action = w[k];
    if (kind === 'static') {
      if (action !== 'static-nat') {
        unknownStatement(this.sink, s, k, 'static NAT action');
        return;
      }
      const how = w[k + 1];
      if (how === 'inet' || how === 'nptv6-prefix') {
        rule.then = { kind: how, line: s.line };
        return;
      }
      if (how !== 'prefix' && how !== 'prefix-name') {
        unknownStatement(this.sink, s, k + 1, 'static-nat translation');
        return;
      }
      const current = (rule.then as Mutable<Extract<JStaticRule['then'], { kind: 'prefix' }>> | undefined) ?? undefined;
      const t = current && current.kind === 'prefix' ? current : ({ kind: 'prefix', line: s.line } as Mutable<Extract<JStaticRule['then'], { kind: 'prefix' }>>);
      const value = w[k + 2];
      if (value === 'mapped-port') {
        const r = parsePortWords(w.slice(k + 3));
        if (!r) badValue(this.sink, s, k + 3, 'mapped-port', 'the port is not translated');
        else t.mappedPort = r;
      } else if (value === 'routing-instance') {
        if (w[k + 3] !== undefined) t.routingInstance = { name: w[k + 3]!, line: s.line };
      } else if (value !== undefined) {
        if (how === 'prefix-name') {
          t.prefix = { name: value, line: s.line };
        } else {
          const cidr = parsePrefix(value);
          if (!cidr) {
            badValue(this.sink, s, k + 2, 'static-nat prefix', 'the rule translates nothing');
            return;
          }
          t.prefix = { cidr, line: s.line };
        }
        t.line = s.line;
      }
      rule.then = t;
      return;
    }
    const expected = kind === 'destination' ? 'destination-nat' : 'source-nat';
    if (action !== expected) {
      unknownStatement(this.sink, s, k, `${kind} NAT action`);
      return;
    }
    const how = w[k + 1];
    if (how === 'off' || (kind === 'source' && how === 'interface')) {
      rule.then = { kind: how, line: s.line };
      return;
    }
    if (how === 'pool' && w[k + 2] !== undefined) {
      rule.then = { kind: 'pool', pool: { name: w[k + 2]!, line: s.line } };
      return;
    }
    if (how === 'rule-session-count-alarm') return;
    unknownStatement(this.sink, s, k + 1, `${expected} option`);
  }
}

/** First and last address of a prefix. */
function cidrBounds(c: ReturnType<typeof parsePrefix> & object): [IpAddress, IpAddress] {
  if (c.family === 4) {
    const [lo, hi] = v4PrefixRange(c.address, c.prefixLength);
    return [{ family: 4, value: lo }, { family: 4, value: hi - 1 }];
  }
  const [lo, hi] = v6PrefixRange(c.address, c.prefixLength);
  return [{ family: 6, value: lo }, { family: 6, value: hi - 1n }];
}
