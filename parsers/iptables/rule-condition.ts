import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Cidr } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ALL_PORTS as PORTS, ALL_PROTOCOLS as PROTOCOLS, ServiceSet } from '../../src/space/service-set.js';
import type { AddressTypes } from './address-types.js';
import { type Cond, NOTHING, type Term, type Universe } from './conditions.js';
import type { InterfaceRefs } from './interface-refs.js';
import type { AddrtypeMatch, IcmpMatch, Match, MultiportMatch, Negatable, PortRange, PortsMatch, ProtocolValue, Rule, StateMatch } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

/** Where in netfilter the rule is evaluated: it decides what the DNAT state can be. */
export type HookPoint = 'prerouting' | 'input' | 'forward' | 'postrouting';

export interface RuleContext {
  readonly family: 4 | 6;
  readonly universe: Universe;
  readonly types: AddressTypes;
  readonly interfaces: InterfaceRefs;
  readonly sink: WarningSink;
  readonly hook: HookPoint;
  /** Warning context ("iptables *filter FORWARD"). */
  readonly where: string;
}

const ALL_PORTS: IntervalSet<number> = PORTS;
const ALL_PROTOCOLS: IntervalSet<number> = PROTOCOLS;
const PORT_PROTOCOLS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, sctp: 132, udplite: 136, dccp: 33 };
const WITH_PORTS = IntervalSet.fromRanges<number>([
  [6, 7],
  [17, 18],
  [33, 34],
  [132, 133],
  [136, 137],
]);
const TCP_FLAG_BITS = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG'];

/** What an unevaluable condition does to a rule: vanish (the rule matches more) or void it. */
type Approximation = 'absent' | 'nothing';

/**
 * Every condition of one rule as a Cond, for the first packet of a new flow (the packet whose
 * fate decides who can initiate). Conditions the model cannot evaluate are approximated in the
 * direction that reports more reachability: they vanish from rules that let packets through
 * and void rules that drop, so a drop never hides a path. Each approximation is warned once.
 */
export function ruleCondition(rule: Rule, ctx: RuleContext): Cond {
  if (rule.defect !== undefined) return NOTHING;
  const dropping = rule.target?.kind === 'verdict' && rule.target.verdict !== 'ACCEPT';
  const approximation: Approximation = dropping ? 'nothing' : 'absent';
  const effect = approximation === 'nothing' ? 'so this DROP/REJECT rule is taken to match nothing (the model may allow more than the host)' : 'so the condition is treated as absent and the rule matches more';
  // `-f`: second and later fragments only; the first packet of a flow is never one.
  if (rule.fragment && !rule.fragment.negated) return NOTHING;

  const h = new Header(ctx.family);
  if (rule.source) h.src(negatable(rule.source, cidrSpace));
  if (rule.destination) h.dst(negatable(rule.destination, cidrSpace));
  if (rule.protocol) h.restrict('proto', protocolSet(rule.protocol));

  let dnat: Term['dnat'];
  let voided = false;
  for (const m of rule.matches) {
    const r = applyMatch(m, h, rule, ctx, effect);
    if (r === 'unevaluable') {
      if (approximation === 'nothing') voided = true;
      continue;
    }
    if (r === 'nothing') return NOTHING;
    if (r !== undefined) {
      if (r === 'never') return NOTHING;
      if (dnat !== undefined && dnat !== r) return NOTHING;
      dnat = r;
    }
  }
  if (voided) return NOTHING;
  const packets = h.packets();
  if (packets.isEmpty()) return NOTHING;

  // Where netfilter has no such device (no egress yet in PREROUTING and INPUT, no ingress in
  // POSTROUTING) the name is compared with the empty string: `-o X` fails, `! -o X` holds.
  // Built-in chains refuse such rules; user chains reached from there do not.
  const noIn = ctx.hook === 'postrouting';
  const noOut = ctx.hook === 'prerouting' || ctx.hook === 'input';
  if ((noIn && rule.inInterface && !rule.inInterface.negated) || (noOut && rule.outInterface && !rule.outInterface.negated)) return NOTHING;
  const ins = rule.inInterface && !noIn ? ctx.interfaces.resolve(rule.inInterface, rule, ctx.where, '-i') : undefined;
  const outs = rule.outInterface && !noOut ? ctx.interfaces.resolve(rule.outInterface, rule, ctx.where, '-o') : undefined;
  if ((ins && ins.size === 0) || (outs && outs.size === 0)) return NOTHING;
  return [{ ...(ins && { ins }), ...(outs && { outs }), ...(dnat && { dnat }), packets }];
}

/**
 * The header a rule matches, kept as one box (source, destination, protocol, ports) for as long
 * as every condition restricts one field; the few conditions that are unions or complements
 * of boxes (multiport --ports, a negated ICMP type) are kept aside and intersected at the end.
 */
class Header {
  private srcSpace: AddressSpace;
  private dstSpace: AddressSpace;
  private readonly fields: { proto: IntervalSet<number>; sport: IntervalSet<number>; dport: IntervalSet<number> } = { proto: ALL_PROTOCOLS, sport: ALL_PORTS, dport: ALL_PORTS };
  private readonly extra: PacketSet[] = [];
  readonly familyAll: AddressSpace;

  constructor(family: 4 | 6) {
    this.familyAll = family === 4 ? AddressSpace.ANY_V4 : AddressSpace.ANY_V6;
    this.srcSpace = this.familyAll;
    this.dstSpace = this.familyAll;
  }

  src(n: Negatable<AddressSpace>): void {
    this.srcSpace = this.srcSpace.intersect(n.negated ? this.familyAll.subtract(n.value) : n.value);
  }

  dst(n: Negatable<AddressSpace>): void {
    this.dstSpace = this.dstSpace.intersect(n.negated ? this.familyAll.subtract(n.value) : n.value);
  }

  restrict(field: 'proto' | 'sport' | 'dport', set: IntervalSet<number>): void {
    this.fields[field] = this.fields[field].intersect(set);
  }

  also(p: PacketSet): void {
    this.extra.push(p);
  }

  packets(): PacketSet {
    let p = PacketSet.of(this.srcSpace, this.dstSpace, new ServiceSet([{ ...this.fields }]));
    for (const x of this.extra) {
      if (p.isEmpty()) break;
      p = p.intersect(x);
    }
    return p;
  }
}

type MatchEffect = undefined | 'unevaluable' | 'nothing' | 'translated' | 'untranslated' | 'never';

function applyMatch(m: Match, h: Header, rule: Rule, ctx: RuleContext, effect: string): MatchEffect {
  switch (m.kind) {
    case 'comment':
      return undefined;
    case 'ports':
      return portsMatch(m, h, rule, ctx, effect);
    case 'multiport':
      multiport(m, rule, h);
      return undefined;
    case 'icmp':
      icmp(m, h);
      return undefined;
    case 'state':
      return stateMatch(m, h, rule, ctx, effect);
    case 'iprange':
      if (m.src) h.src(negatable(m.src, (r) => AddressSpace.fromRange(r.first, r.last)));
      if (m.dst) h.dst(negatable(m.dst, (r) => AddressSpace.fromRange(r.first, r.last)));
      return undefined;
    case 'set':
      ctx.sink.once(
        `set:${m.name}`,
        'unsupported',
        rule.line,
        ctx.where,
        `ipset "${m.name}": its members are not in the file (they live in "ipset save"), so every rule that uses it is taken to match nothing`,
      );
      return 'nothing';
    case 'addrtype':
      addrtype(m, h, rule, ctx);
      return undefined;
    case 'pkttype': {
      const t = m.type.value;
      const dst = t === 'broadcast' ? ctx.types.broadcast : t === 'multicast' ? ctx.types.multicast : t === 'unicast' || t === 'host' ? ctx.types.broadcast.union(ctx.types.multicast).complement() : AddressSpace.EMPTY;
      h.dst({ value: dst, negated: m.type.negated });
      return undefined;
    }
    case 'unmodelled':
      ctx.sink.once(
        `module:${m.module}`,
        'unsupported',
        rule.line,
        ctx.where,
        m.history
          ? `-m ${m.module} depends on rates, counts or time, which a reachability model has no notion of: some first packet always gets past it, ${effect} (for every rule using -m ${m.module})`
          : `-m ${m.module} tests something the model has no field for, ${effect} (for every rule using -m ${m.module})`,
      );
      return 'unevaluable';
    case 'unknown':
      return 'unevaluable';
  }
}

function portsMatch(m: PortsMatch, h: Header, rule: Rule, ctx: RuleContext, effect: string): MatchEffect {
  const proto = PORT_PROTOCOLS[m.module]!;
  if (m.tcpFlags) {
    const set = (names: readonly string[]) => new Set(names.flatMap((f) => (f === 'ALL' ? TCP_FLAG_BITS : f === 'NONE' ? [] : [f])));
    const mask = set(m.tcpFlags.value.mask);
    const comp = set(m.tcpFlags.value.comp);
    // The kernel tests (flags & mask) == comp; the first packet's flags are {SYN}.
    const seen = mask.has('SYN') ? new Set(['SYN']) : new Set<string>();
    const equal = seen.size === comp.size && [...comp].every((f) => seen.has(f));
    if (equal === m.tcpFlags.negated) return 'nothing';
  }
  if (m.unmodelled.length > 0) {
    ctx.sink.once(`ports-option:${m.unmodelled.join(',')}`, 'unsupported', rule.line, ctx.where, `${m.unmodelled.join(', ')} of -m ${m.module} is not modelled, ${effect}`);
    return 'unevaluable';
  }
  h.restrict('proto', IntervalSet.range(proto, proto + 1));
  if (m.sport) h.restrict('sport', portSet(m.sport));
  if (m.dport) h.restrict('dport', portSet(m.dport));
  return undefined;
}

function multiport(m: MultiportMatch, rule: Rule, h: Header): void {
  const proto = rule.protocol && !rule.protocol.negated && rule.protocol.value.number !== undefined ? IntervalSet.range(rule.protocol.value.number, rule.protocol.value.number + 1).intersect(WITH_PORTS) : WITH_PORTS;
  const ports = IntervalSet.fromRanges<number>(m.ports.value.map((r) => [r.lo, r.hi + 1]));
  const out = ALL_PORTS.subtract(ports);
  h.restrict('proto', proto);
  if (m.direction === 'either') {
    if (m.ports.negated) {
      h.restrict('sport', out);
      h.restrict('dport', out);
    } else {
      h.also(PacketSet.unionAll([services(proto, ports, ALL_PORTS), services(proto, ALL_PORTS, ports)]));
    }
    return;
  }
  h.restrict(m.direction === 'src' ? 'sport' : 'dport', m.ports.negated ? out : ports);
}

function icmp(m: IcmpMatch, h: Header): void {
  const number = m.version === 4 ? 1 : 58;
  const proto = IntervalSet.range(number, number + 1);
  h.restrict('proto', proto);
  if (!m.type) return;
  if (m.type.value === 'any') {
    if (m.type.negated) h.restrict('proto', IntervalSet.empty());
    return;
  }
  const t = m.type.value;
  // ICMP: the type is in the destination-port field, the code in the source-port field.
  const code = t.code === undefined ? ALL_PORTS : IntervalSet.range(t.code, t.code + 1);
  const type = IntervalSet.range(t.type, t.type + 1);
  if (!m.type.negated) {
    h.restrict('dport', type);
    h.restrict('sport', code);
  } else {
    h.also(services(proto).subtract(services(proto, code, type)));
  }
}

function stateMatch(m: StateMatch, h: Header, rule: Rule, ctx: RuleContext, effect: string): MatchEffect {
  let dnat: MatchEffect;
  if (m.states) {
    const s = new Set(m.states.value);
    // A new flow is NEW; its DNAT status is set once PREROUTING translated it; SNAT comes later.
    const matches = (translated: boolean) => (s.has('NEW') || (translated && s.has('DNAT'))) !== m.states!.negated;
    const canTranslate = ctx.hook !== 'prerouting';
    const untr = matches(false);
    const tr = canTranslate && matches(true);
    if (!untr && !tr) return 'never';
    if (canTranslate && untr !== tr) {
      if (ctx.hook === 'postrouting') {
        ctx.sink.once(`ctstate-dnat:${rule.line}`, 'unsupported', rule.line, ctx.where, 'source NAT cannot depend on whether the flow was destination-translated in the model; the DNAT state condition is treated as absent (SNAT applies more)');
      } else {
        dnat = tr ? 'translated' : 'untranslated';
      }
    }
  }
  if (m.proto) h.restrict('proto', protocolSet(m.proto));
  if (m.origSrc) h.src(negatable(m.origSrc, cidrSpace));
  if (m.origSrcPort) {
    h.restrict('proto', WITH_PORTS);
    h.restrict('sport', portSet(m.origSrcPort));
  }
  if (m.unmodelled.length > 0) {
    ctx.sink.once(`ct-option:${m.unmodelled.join(',')}`, 'unsupported', rule.line, ctx.where, `conntrack ${m.unmodelled.join(', ')} is not modelled, ${effect}`);
    return 'unevaluable';
  }
  return dnat;
}

function addrtype(m: AddrtypeMatch, h: Header, rule: Rule, ctx: RuleContext): void {
  if (m.limitIface) {
    ctx.sink.once(`addrtype-limit:${rule.line}`, 'unsupported', rule.line, ctx.where, `--limit-iface-${m.limitIface} is not modelled: the address type is taken over every interface (the rule matches more)`);
  }
  const side = (n: Negatable<readonly string[]>) => negatable(n, (types: readonly string[]) => AddressSpace.unionAll(types.map((t) => ctx.types.space(t))));
  if (m.src) h.src(side(m.src));
  if (m.dst) h.dst(side(m.dst));
}

function cidrSpace(list: readonly Cidr[]): AddressSpace {
  return AddressSpace.unionAll(list.map((c) => AddressSpace.fromCidr(c)));
}

/** A negatable value's address space, complemented when negated. */
function negatable<T>(n: Negatable<T>, toSpace: (v: T) => AddressSpace): Negatable<AddressSpace> {
  return { value: toSpace(n.value), negated: n.negated };
}

function protocolSet(p: Negatable<ProtocolValue>): IntervalSet<number> {
  const n = p.value.number;
  const set = n === undefined ? ALL_PROTOCOLS : IntervalSet.range(n, n + 1);
  return p.negated ? ALL_PROTOCOLS.subtract(set) : set;
}

function portSet(n: Negatable<PortRange>): IntervalSet<number> {
  const set = IntervalSet.range(n.value.lo, n.value.hi + 1);
  return n.negated ? ALL_PORTS.subtract(set) : set;
}

function services(proto: IntervalSet<number>, sport: IntervalSet<number> = ALL_PORTS, dport: IntervalSet<number> = ALL_PORTS): PacketSet {
  return PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, new ServiceSet([{ proto, sport, dport }]));
}
