import type { RuleDisplay } from '../../src/model/filter.js';
import { type Cidr, formatCidr, formatIp } from '../../src/space/ip.js';
import type { Chain, Negatable, PortRange, Rule } from './vendor-config.js';

function neg(n: { negated: boolean }, text: string): string {
  return n.negated ? `!${text}` : text;
}

function cidr(c: Cidr): string {
  const full = c.family === 4 ? 32 : 128;
  return c.prefixLength === full ? formatCidr(c).slice(0, -`/${full}`.length) : formatCidr(c);
}

function ports(r: PortRange): string {
  return r.lo === r.hi ? `${r.lo}` : `${r.lo}-${r.hi}`;
}

function addressColumn(rule: Rule, side: 'src' | 'dst'): string[] {
  const out: string[] = [];
  const core = side === 'src' ? rule.source : rule.destination;
  if (core) out.push(...core.value.map((c) => neg(core, cidr(c))));
  for (const m of rule.matches) {
    if (m.kind === 'iprange') {
      const r = side === 'src' ? m.src : m.dst;
      if (r) out.push(neg(r, `${formatIp(r.value.first)}-${formatIp(r.value.last)}`));
    } else if (m.kind === 'set' && m.directions[0] === side) {
      out.push(`${m.negated ? '!' : ''}ipset:${m.name}`);
    } else if (m.kind === 'addrtype') {
      const t = side === 'src' ? m.src : m.dst;
      if (t) out.push(neg(t, `addrtype:${t.value.join(',')}`));
    } else if (m.kind === 'state' && side === 'src' && m.origSrc) {
      out.push(...m.origSrc.value.map((c) => neg(m.origSrc!, `ctorigsrc:${cidr(c)}`)));
    }
  }
  return out;
}

function serviceColumn(rule: Rule): string[] {
  const proto = rule.protocol ? neg(rule.protocol, rule.protocol.value.name) : undefined;
  const out: string[] = [];
  for (const m of rule.matches) {
    if (m.kind === 'ports') {
      const parts: string[] = [];
      if (m.dport) parts.push(neg(m.dport, ports(m.dport.value)));
      if (m.sport) parts.push(`from ${neg(m.sport, ports(m.sport.value))}`);
      out.push(parts.length > 0 ? `${m.module}/${parts.join(' ')}` : m.module);
    } else if (m.kind === 'multiport') {
      const list = m.ports.value.map(ports).join(',');
      const p = rule.protocol?.value.name ?? 'tcp';
      out.push(m.direction === 'dst' ? `${p}/${neg(m.ports, list)}` : m.direction === 'src' ? `${p} from ${neg(m.ports, list)}` : `${p} either ${neg(m.ports, list)}`);
    } else if (m.kind === 'icmp' && m.type) {
      const t = m.type.value === 'any' ? 'any' : m.type.value.code === undefined ? `${m.type.value.type}` : `${m.type.value.type}/${m.type.value.code}`;
      out.push(`${m.version === 4 ? 'icmp' : 'icmpv6'}/${neg(m.type, t)}`);
    }
  }
  if (out.length === 0 && proto !== undefined && proto !== 'all') out.push(proto);
  return out;
}

function interfaceColumn(n: Negatable<string> | undefined): string[] {
  return n ? [neg(n, n.value)] : [];
}

/** The rule's columns as iptables -L would read them. */
export function ruleDisplay(rule: Rule): RuleDisplay {
  return {
    inInterfaces: interfaceColumn(rule.inInterface),
    outInterfaces: interfaceColumn(rule.outInterface),
    sources: addressColumn(rule, 'src'),
    destinations: addressColumn(rule, 'dst'),
    services: serviceColumn(rule),
  };
}

/** The columns of a rule reached through jumps: each column lists the conditions along the way. */
export function pathDisplay(rules: readonly Rule[]): RuleDisplay {
  const parts = rules.map(ruleDisplay);
  const column = (key: keyof RuleDisplay) => parts.flatMap((p) => p[key]);
  return { inInterfaces: column('inInterfaces'), outInterfaces: column('outInterfaces'), sources: column('sources'), destinations: column('destinations'), services: column('services') };
}

const LOGGING = new Set(['LOG', 'NFLOG', 'ULOG']);

/**
 * Rules whose traffic is logged: the idiom is a LOG rule immediately followed by the verdict
 * rule with the same matches (`-A X -s … -j LOG --log-prefix …` then `-A X -s … -j DROP`).
 */
export function loggedRules(chains: readonly Chain[]): Set<Rule> {
  const out = new Set<Rule>();
  for (const c of chains) {
    for (let i = 1; i < c.rules.length; i++) {
      const prev = c.rules[i - 1]!;
      const rule = c.rules[i]!;
      if (prev.target?.kind === 'passive' && LOGGING.has(prev.target.name) && prev.matchKey === rule.matchKey) out.add(rule);
    }
  }
  return out;
}
