import { type Mutable, badValue, unknownStatement } from './extract-util.js';
import { parseIcmpCode, parseIcmpType, parsePortRange, parsePrefix, parseProtocolRange } from './junos-values.js';
import { type Statement, lineOfWord, pathOf } from './statement.js';
import type { JFilter, JListMatch, JPrefixList, JPrefixMatch, JTerm, JTermFrom, NameRef, PortRange } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** `firewall` blocks that do not filter IP packets by header: policers and the like. */
const FIREWALL_IGNORED = new Set(['policer', 'three-color-policer', 'hierarchical-policer', 'interface-set', 'load-balance-group', 'atm-policer', 'flexible-match']);

/** Filter-level flags with no effect on matching. */
const FILTER_IGNORED = new Set(['interface-specific', 'physical-interface-filter', 'enhanced-mode', 'accounting-profile', 'instance-shared', 'fast-lookup-filter', 'filter-specific', 'enhanced-mode-override']);

/** Family-level blocks besides filters. */
const FAMILY_IGNORED = new Set(['prefix-action', 'service-filter', 'simple-filter']);

/** Match conditions the model has no dimension for: read, then treated as absent. */
const FROM_UNMODELLED = new Set([
  'is-fragment',
  'first-fragment',
  'fragment-flags',
  'fragment-offset',
  'fragment-offset-except',
  'dscp',
  'dscp-except',
  'precedence',
  'precedence-except',
  'packet-length',
  'packet-length-except',
  'ttl',
  'ttl-except',
  'hop-limit',
  'hop-limit-except',
  'interface',
  'interface-group',
  'interface-group-except',
  'interface-set',
  'forwarding-class',
  'forwarding-class-except',
  'loss-priority',
  'loss-priority-except',
  'traffic-type',
  'source-class',
  'destination-class',
  'ip-options',
  'ip-options-except',
  'traffic-class',
  'traffic-class-except',
  'extension-header',
  'tcp-flags',
  'icmp-type-except',
  'icmp-code-except',
  'source-mac-address',
  'destination-mac-address',
  'learn-vlan-id',
  'user-vlan-id',
  'vlan-ether-type',
  'gre-key',
  'esp-spi',
  'ah-spi',
  'flexible-match-mask',
  'flexible-match-range',
  'address-except',
  'source-address-except',
  'destination-address-except',
]);

/** Actions that do not end the evaluation of the filter. */
const THEN_NONTERMINATING = new Set(['count', 'policer', 'sample', 'port-mirror', 'forwarding-class', 'loss-priority', 'dscp', 'three-color-policer', 'service-accounting', 'traffic-class', 'hierarchical-policer', 'syslog', 'log', 'next-hop-group', 'decapsulate', 'encapsulate', 'service-filter-hit', 'policy-map']);

type FromBuilder = Mutable<JTermFrom>;

interface TermGroup {
  readonly family: 'inet' | 'inet6';
  readonly filter: string;
  readonly term: string;
  readonly at: number;
  readonly line: number;
  readonly statements: Statement[];
}

interface FilterGroup {
  readonly family: 'inet' | 'inet6';
  readonly name: string;
  readonly line: number;
  readonly terms: string[];
}

/**
 * Stateless firewall filters of families inet and inet6 (`firewall filter F` is the old way
 * to write an inet filter). Terms keep file order; a term none of whose statements is
 * active is kept inactive, otherwise inactive statements are left out.
 */
export class FirewallBuilder {
  private readonly filters = new Map<string, FilterGroup>();
  private readonly terms = new Map<string, TermGroup>();
  private readonly otherFamilies = new Set<string>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const key = w[1];
    if (key === 'filter') {
      this.filterStatement(s, 'inet', 2);
      return;
    }
    if (key === 'family') {
      const fam = w[2];
      if (fam === 'inet' || fam === 'inet6') {
        if (w[3] === 'filter') this.filterStatement(s, fam, 4);
        else if (w[3] !== undefined && FAMILY_IGNORED.has(w[3])) return;
        else unknownStatement(this.sink, s, 3, `family ${fam} setting`);
        return;
      }
      if (fam !== undefined) {
        const id = `${fam} ${w[4] ?? ''}`;
        if (!this.otherFamilies.has(id)) {
          this.otherFamilies.add(id);
          this.sink.unsupported(s.line, pathOf(s, 5), `firewall family ${fam} filters act on layer-2 or non-IP traffic and are not modelled: they are treated as absent, so the model may let more through`);
        }
        return;
      }
      unknownStatement(this.sink, s, 2, 'firewall family');
      return;
    }
    if (key !== undefined && FIREWALL_IGNORED.has(key)) return;
    unknownStatement(this.sink, s, 1, 'firewall setting');
  }

  /** Word `k` is the filter name. */
  private filterStatement(s: Statement, family: 'inet' | 'inet6', k: number): void {
    const w = s.words;
    const name = w[k];
    if (name === undefined) {
      unknownStatement(this.sink, s, k, 'filter');
      return;
    }
    const fid = `${family}\u0000${name}`;
    let f = this.filters.get(fid);
    if (!f) this.filters.set(fid, (f = { family, name, line: lineOfWord(s, k), terms: [] }));
    const key = w[k + 1];
    if (key === undefined || FILTER_IGNORED.has(key)) return;
    if (key !== 'term' || w[k + 2] === undefined) {
      unknownStatement(this.sink, s, k + 1, 'filter setting');
      return;
    }
    const term = w[k + 2]!;
    const tid = `${fid}\u0000${term}`;
    let t = this.terms.get(tid);
    if (!t) {
      this.terms.set(tid, (t = { family, filter: name, term, at: k + 3, line: lineOfWord(s, k + 2), statements: [] }));
      f.terms.push(term);
    }
    t.statements.push(s);
  }

  build(): JFilter[] {
    return [...this.filters.values()].map((f) => ({
      family: f.family,
      name: f.name,
      line: f.line,
      context: `firewall family ${f.family} filter ${f.name}`,
      terms: f.terms.map((t) => this.buildTerm(this.terms.get(`${f.family}\u0000${f.name}\u0000${t}`)!)),
    }));
  }

  private buildTerm(g: TermGroup): JTerm {
    const allInactive = g.statements.every((s) => s.inactive);
    const from: FromBuilder = {
      sourceAddresses: [],
      destinationAddresses: [],
      addresses: [],
      sourcePrefixLists: [],
      destinationPrefixLists: [],
      prefixLists: [],
      protocols: [],
      protocolExcept: [],
      sourcePorts: [],
      destinationPorts: [],
      ports: [],
      sourcePortExcept: [],
      destinationPortExcept: [],
      icmpTypes: [],
      icmpCodes: [],
      tcpEstablished: false,
      tcpInitial: false,
      unmodelled: [],
    };
    const term: Mutable<JTerm> = { name: g.term, line: g.line, inactive: allInactive, from, count: false, log: false };
    for (const s of g.statements) {
      if (s.inactive && !allInactive) continue;
      const key = s.words[g.at];
      if (key === 'from') this.from(from, s, g.at + 1, g.family);
      else if (key === 'then') this.then(term, s, g.at + 1);
      else if (key !== undefined) unknownStatement(this.sink, s, g.at, 'term section');
    }
    return term as JTerm;
  }

  private from(f: FromBuilder, s: Statement, k: number, family: 'inet' | 'inet6'): void {
    const w = s.words;
    const key = w[k];
    const value = w[k + 1];
    const except = w[k + 2] === 'except';
    const prefix = (list: JPrefixMatch[]) => {
      const cidr = value === undefined ? undefined : parsePrefix(value);
      if (!cidr || (cidr.family === 4) !== (family === 'inet')) {
        badValue(this.sink, s, k + 1, `${key} for family ${family}`, 'this prefix is ignored, so the term may match less');
        return;
      }
      // One entry per prefix: `except` is a flag of the entry, set by any statement naming it.
      const same = list.findIndex((e) => e.cidr.family === cidr.family && e.cidr.address === cidr.address && e.cidr.prefixLength === cidr.prefixLength);
      if (same >= 0) list[same] = { ...list[same]!, except: list[same]!.except || except };
      else list.push({ cidr, except, line: s.line });
    };
    const named = (list: JListMatch[]) => {
      if (value === undefined) unknownStatement(this.sink, s, k + 1, `${key} value`);
      else {
        const same = list.findIndex((e) => e.name === value);
        if (same >= 0) list[same] = { ...list[same]!, except: list[same]!.except || except };
        else list.push({ name: value, except, line: s.line });
      }
    };
    const ports = (list: PortRange[]) => {
      const r = value === undefined ? undefined : parsePortRange(value);
      if (!r) {
        badValue(this.sink, s, k + 1, key ?? 'port', 'the term matches nothing');
        list.push([1, 0]);
        return;
      }
      list.push(r);
    };
    switch (key) {
      case 'source-address':
        return prefix(f.sourceAddresses);
      case 'destination-address':
        return prefix(f.destinationAddresses);
      case 'address':
        return prefix(f.addresses);
      case 'source-prefix-list':
        return named(f.sourcePrefixLists);
      case 'destination-prefix-list':
        return named(f.destinationPrefixLists);
      case 'prefix-list':
        return named(f.prefixLists);
      case 'protocol':
      case 'next-header':
      case 'payload-protocol':
      case 'protocol-except':
      case 'next-header-except':
      case 'payload-protocol-except': {
        const r = value === undefined ? undefined : parseProtocolRange(value === 'icmp' && family === 'inet6' ? 'icmp6' : value);
        const list = key.endsWith('-except') ? f.protocolExcept : f.protocols;
        if (!r) {
          badValue(this.sink, s, k + 1, key, key.endsWith('-except') ? 'it is ignored' : 'the term matches nothing');
          if (!key.endsWith('-except')) list.push(-1);
          return;
        }
        for (let p = r[0]; p <= r[1]; p++) list.push(p);
        return;
      }
      case 'source-port':
        return ports(f.sourcePorts);
      case 'destination-port':
        return ports(f.destinationPorts);
      case 'port':
        return ports(f.ports);
      case 'source-port-except':
        return ports(f.sourcePortExcept);
      case 'destination-port-except':
        return ports(f.destinationPortExcept);
      case 'icmp-type':
      case 'icmp-code': {
        const r = value === undefined ? undefined : key === 'icmp-type' ? parseIcmpType(value, family === 'inet6') : parseIcmpCode(value);
        const list = key === 'icmp-type' ? f.icmpTypes : f.icmpCodes;
        if (!r) {
          badValue(this.sink, s, k + 1, key, 'the term matches nothing');
          list.push([1, 0]);
          return;
        }
        list.push(r);
        return;
      }
      case 'tcp-established':
        f.tcpEstablished = true;
        return;
      case 'tcp-initial':
        f.tcpInitial = true;
        return;
      default:
        if (key !== undefined && FROM_UNMODELLED.has(key)) {
          f.unmodelled.push({ name: key, line: s.line } satisfies NameRef);
          return;
        }
        unknownStatement(this.sink, s, k, 'match condition');
    }
  }

  private then(t: Mutable<JTerm>, s: Statement, k: number): void {
    const w = s.words;
    const key = w[k];
    switch (key) {
      case 'accept':
      case 'discard':
      case 'reject':
        t.action = { type: key, line: s.line };
        return;
      case 'next':
        if (w[k + 1] === 'term') t.action = { type: 'next-term', line: s.line };
        else unknownStatement(this.sink, s, k + 1, 'next action');
        return;
      case 'routing-instance':
        t.action = { type: 'routing-instance', line: s.line, ...(w[k + 1] === undefined ? {} : { instance: w[k + 1] }) };
        return;
      case 'packet-mode':
        this.sink.unsupported(s.line, pathOf(s, k), 'packet-mode makes matching traffic bypass flow processing (no security policy, no NAT); not modelled: the traffic is treated as if it went through flow');
        return;
      case 'next-interface':
      case 'next-ip':
      case 'next-ip6':
        this.sink.unsupported(s.line, pathOf(s, k), `${key} (filter-based forwarding) is not modelled: matching packets are routed normally`);
        return;
      default:
        if (key !== undefined && THEN_NONTERMINATING.has(key)) {
          if (key === 'count') t.count = true;
          if (key === 'log' || key === 'syslog') t.log = true;
          return;
        }
        unknownStatement(this.sink, s, k, 'filter action');
    }
  }
}

/** `policy-options prefix-list N …`; the rest of policy-options (routing policy) is ignored. */
export class PrefixListBuilder {
  private readonly lists = new Map<string, Mutable<JPrefixList> & { prefixes: { cidr: JPrefixMatch['cidr']; line: number }[] }>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    if (w[1] !== 'prefix-list') return;
    const name = w[2];
    if (name === undefined) {
      unknownStatement(this.sink, s, 2, 'prefix list');
      return;
    }
    let list = this.lists.get(name);
    if (!list) this.lists.set(name, (list = { name, line: lineOfWord(s, 2), context: `policy-options prefix-list ${name}`, prefixes: [] }));
    if (s.inactive) return;
    const value = w[3];
    if (value === undefined || value === 'description') return;
    if (value === 'apply-path') {
      list.applyPath = { name: w[4] ?? '', line: s.line };
      return;
    }
    const cidr = parsePrefix(value);
    if (!cidr) {
      badValue(this.sink, s, 3, 'prefix', 'it is left out of the list');
      return;
    }
    list.prefixes.push({ cidr, line: s.line });
  }

  build(): JPrefixList[] {
    return [...this.lists.values()];
  }
}
