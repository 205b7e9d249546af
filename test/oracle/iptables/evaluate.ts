import type { Chain, IptablesConfig, Match, Rule, Table } from '../../../parsers/iptables/vendor-config.js';
import type { LinuxIpConfig } from '../../../parsers/linux-ip/vendor-config.js';
import type { Packet } from '../../../src/space/packet.js';

/**
 * netfilter, one packet at a time, written on the typed configurations alone (not on the
 * neutral model, and sharing no code with the conversion). It follows the first packet of a
 * new IPv4 flow: nat PREROUTING, then local delivery through filter INPUT or a route and
 * filter FORWARD, then nat POSTROUTING. Where the outcome depends on history (limit, recent)
 * it takes the history that lets the packet through, which is what "can initiate" asks; an
 * ipset's members are unknown and taken as empty.
 */

export interface Fate {
  readonly disposition: 'delivered' | 'accepted' | 'denied' | 'no-route' | 'null-route';
  readonly out?: string;
  /** Destination and port after DNAT. */
  readonly dst: number;
  readonly dport: number;
  /** Source after SNAT, for delivered packets. */
  readonly src?: number;
  /** Deciding rule id in the converter's naming ("FORWARD:3>LAN:2"), or default-permit/deny. */
  readonly rule?: string;
  /** "pool(lo-hi)" when DNAT chose from an address range: one fate per choice. */
  readonly pool?: string;
}

interface Iface {
  readonly name: string;
  /** Addresses with prefix lengths, primary first. */
  readonly addresses: ReadonlyArray<{ readonly value: number; readonly length: number }>;
}

interface NextHop {
  readonly discard: boolean;
  readonly dev?: string;
}

interface Route {
  readonly network: number;
  readonly length: number;
  readonly metric: number;
  readonly hops: readonly NextHop[];
}

/** The host as the kernel sees it: interfaces, local addresses, main routing table, forwarding. */
export class Host {
  readonly ifaces: readonly Iface[];
  readonly routes: readonly Route[];
  readonly forwarding: boolean;
  private readonly local: Set<number>;

  constructor(ip: LinuxIpConfig) {
    const names: string[] = [];
    for (const a of ip.addresses) if (!names.includes(a.iface)) names.push(a.iface);
    this.ifaces = names.map((name) => {
      const own = ip.addresses.filter((a) => a.iface === name && a.family === 4);
      const sorted = [...own.filter((a) => !a.flags.includes('secondary')), ...own.filter((a) => a.flags.includes('secondary'))];
      return { name, addresses: sorted.map((a) => ({ value: a.address.value as number, length: a.prefixLength })) };
    });
    this.local = new Set(this.ifaces.flatMap((i) => i.addresses.map((a) => a.value)));
    const routes: Route[] = [];
    for (const i of this.ifaces) for (const a of i.addresses) routes.push({ network: net(a.value, a.length), length: a.length, metric: 0, hops: [{ discard: false, dev: i.name }] });
    for (const r of ip.routes) {
      if (r.family !== 4 || r.proto === 'kernel') continue;
      const discard = r.type !== 'unicast';
      routes.push({
        network: r.prefix.address as number,
        length: r.prefix.prefixLength,
        metric: r.metric ?? 0,
        hops: discard ? [{ discard: true }] : r.nextHops.map((h) => ({ discard: false, ...(h.dev !== undefined && { dev: h.dev }) })),
      });
    }
    this.routes = routes;
    const fwd = ip.sysctls.filter((s) => s.key === 'net.ipv4.ip_forward').pop();
    this.forwarding = fwd?.value !== '0';
  }

  isLocal(a: number): boolean {
    return this.local.has(a) || a >>> 24 === 127;
  }

  ifaceOf(a: number): Iface | undefined {
    return this.ifaces.find((i) => i.addresses.some((x) => x.value === a));
  }

  /** Longest prefix, then lowest metric; all next hops of the winners (multipath). */
  lookup(dst: number): NextHop[] {
    const matching = this.routes.filter((r) => dst >= r.network && dst < r.network + 2 ** (32 - r.length));
    if (matching.length === 0) return [];
    const longest = Math.max(...matching.map((r) => r.length));
    const best = matching.filter((r) => r.length === longest);
    const metric = Math.min(...best.map((r) => r.metric));
    return best.filter((r) => r.metric === metric).flatMap((r) => r.hops);
  }

  /** -m addrtype class of an address, as the kernel's local-table lookup gives it. */
  addressType(a: number): string {
    if (a >>> 24 === 0 || a === 0xffffffff) return 'BROADCAST';
    if (a >>> 28 === 0xe) return 'MULTICAST';
    if (this.isLocal(a)) return 'LOCAL';
    for (const i of this.ifaces) {
      for (const x of i.addresses) {
        if (x.length >= 31) continue;
        const n = net(x.value, x.length);
        if (a === n || a === n + 2 ** (32 - x.length) - 1) return 'BROADCAST';
      }
    }
    return 'UNICAST';
  }
}

function net(a: number, length: number): number {
  const size = 2 ** (32 - length);
  return a - (a % size);
}

interface Ctx {
  readonly p: Packet;
  readonly in?: string;
  readonly out?: string;
  readonly dnat: boolean;
  readonly hook: 'prerouting' | 'input' | 'forward' | 'postrouting';
  readonly host: Host;
}

type Result = { kind: 'verdict'; accept: boolean; id: string } | { kind: 'nat'; rule: Rule; id: string } | { kind: 'policy'; id?: string } | { kind: 'return' };

const WITH_PORTS = [6, 17, 33, 132, 136];

function ifaceMatches(pattern: string, name: string | undefined): boolean {
  const n = name ?? '';
  return pattern.endsWith('+') ? n !== '' && n.startsWith(pattern.slice(0, -1)) : n === pattern;
}

function inCidrs(a: number, list: ReadonlyArray<{ address: number | bigint; prefixLength: number; family: 4 | 6 }>): boolean {
  return list.some((c) => c.family === 4 && a >= (c.address as number) && a < (c.address as number) + 2 ** (32 - c.prefixLength));
}

/** Whether one match holds; 'history' when it depends on earlier traffic. */
function matchHolds(m: Match, c: Ctx): boolean | 'history' {
  const p = c.p;
  const src = p.src.value as number;
  const dst = p.dst.value as number;
  switch (m.kind) {
    case 'comment':
      return true;
    case 'ports': {
      const proto = { tcp: 6, udp: 17, sctp: 132, udplite: 136, dccp: 33 }[m.module];
      if (p.protocol !== proto) return false;
      if (m.dport && (p.dstPort >= m.dport.value.lo && p.dstPort <= m.dport.value.hi) === m.dport.negated) return false;
      if (m.sport && (p.srcPort >= m.sport.value.lo && p.srcPort <= m.sport.value.hi) === m.sport.negated) return false;
      if (m.tcpFlags) {
        // The opening packet has SYN set and nothing else.
        const all = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG'];
        const expand = (l: readonly string[]) => l.flatMap((f) => (f === 'ALL' ? all : f === 'NONE' ? [] : [f]));
        const mask = expand(m.tcpFlags.value.mask);
        const comp = expand(m.tcpFlags.value.comp);
        const masked: string[] = mask.filter((f) => f === 'SYN');
        const equal = all.every((f) => masked.includes(f) === comp.includes(f));
        if (equal === m.tcpFlags.negated) return false;
      }
      return true;
    }
    case 'multiport': {
      if (!WITH_PORTS.includes(p.protocol)) return false;
      const hit = (port: number) => m.ports.value.some((r) => port >= r.lo && port <= r.hi);
      const yes = m.direction === 'dst' ? hit(p.dstPort) : m.direction === 'src' ? hit(p.srcPort) : hit(p.srcPort) || hit(p.dstPort);
      return yes !== m.ports.negated;
    }
    case 'icmp': {
      if (p.protocol !== (m.version === 4 ? 1 : 58)) return false;
      if (!m.type || m.type.value === 'any') return !m.type?.negated;
      const t = m.type.value;
      return (p.dstPort === t.type && (t.code === undefined || p.srcPort === t.code)) !== m.type.negated;
    }
    case 'state': {
      if (m.states) {
        const s = m.states.value;
        const yes = s.includes('NEW') || (c.dnat && s.includes('DNAT'));
        if (yes === m.states.negated) return false;
      }
      return true;
    }
    case 'iprange': {
      const inRange = (a: number, r: { first: { value: number | bigint }; last: { value: number | bigint } }) => a >= (r.first.value as number) && a <= (r.last.value as number);
      if (m.src && inRange(src, m.src.value) === m.src.negated) return false;
      if (m.dst && inRange(dst, m.dst.value) === m.dst.negated) return false;
      return true;
    }
    case 'set':
      return m.negated;
    case 'addrtype': {
      if (m.src && m.src.value.includes(c.host.addressType(src)) === m.src.negated) return false;
      if (m.dst && m.dst.value.includes(c.host.addressType(dst)) === m.dst.negated) return false;
      return true;
    }
    case 'pkttype': {
      const t = c.host.addressType(dst);
      const kind = t === 'BROADCAST' ? 'broadcast' : t === 'MULTICAST' ? 'multicast' : 'unicast';
      return (kind === m.type.value) !== m.type.negated;
    }
    case 'unmodelled':
      return m.history ? 'history' : true;
    default:
      throw new Error(`the oracle does not generate -m ${m.module}`);
  }
}

function ruleHolds(rule: Rule, c: Ctx): boolean {
  if (rule.defect !== undefined) return false;
  if (rule.fragment && !rule.fragment.negated) return false;
  const p = c.p;
  if (rule.source && inCidrs(p.src.value as number, rule.source.value) === rule.source.negated) return false;
  if (rule.destination && inCidrs(p.dst.value as number, rule.destination.value) === rule.destination.negated) return false;
  if (rule.protocol) {
    const n = rule.protocol.value.number;
    if ((n === undefined || n === p.protocol) === rule.protocol.negated) return false;
  }
  if (rule.inInterface && ifaceMatches(rule.inInterface.value, c.in) === rule.inInterface.negated) return false;
  if (rule.outInterface && ifaceMatches(rule.outInterface.value, c.out) === rule.outInterface.negated) return false;
  let history = false;
  for (const m of rule.matches) {
    const h = matchHolds(m, c);
    if (h === false) return false;
    if (h === 'history') history = true;
  }
  // Some history lets the packet through: an accepting rule matches, a dropping one does not.
  if (history) return !(rule.target?.kind === 'verdict' && rule.target.verdict !== 'ACCEPT');
  return true;
}

function walk(table: Table, chain: Chain, c: Ctx, prefix: string, builtin: boolean): Result {
  for (const rule of chain.rules) {
    const t = rule.target;
    if (!t || !ruleHolds(rule, c)) continue;
    const id = `${prefix}${chain.name}:${rule.position}`;
    switch (t.kind) {
      case 'verdict':
        return { kind: 'verdict', accept: t.verdict === 'ACCEPT', id };
      case 'queue':
        return { kind: 'verdict', accept: true, id };
      case 'dnat':
      case 'snat':
      case 'masquerade':
      case 'redirect':
      case 'netmap':
        return { kind: 'nat', rule, id };
      case 'return':
        return builtin ? { kind: 'policy', id } : { kind: 'return' };
      case 'chain': {
        const next = table.chains.find((x) => x.name === t.chain)!;
        const r = walk(table, next, c, `${id}>`, false);
        if (r.kind !== 'return') return r;
        if (rule.goto) return builtin ? { kind: 'policy', id: `${id}>${t.chain}:end` } : { kind: 'return' };
        break;
      }
      default:
    }
  }
  return builtin ? { kind: 'policy' } : { kind: 'return' };
}

function run(config: IptablesConfig, tableName: string, chainName: string, c: Ctx): Result {
  const tables = config.rulesets.filter((r) => r.family === 4).flatMap((r) => r.tables.filter((t) => t.name === tableName));
  const table = tables[tables.length - 1];
  const chain = table?.chains.find((x) => x.name === chainName);
  if (!table || !chain) return { kind: 'policy' };
  return walk(table, chain, c, '', true);
}

function policyOf(config: IptablesConfig, tableName: string, chainName: string): boolean {
  const tables = config.rulesets.filter((r) => r.family === 4).flatMap((r) => r.tables.filter((t) => t.name === tableName));
  return (tables[tables.length - 1]?.chains.find((x) => x.name === chainName)?.policy ?? 'ACCEPT') === 'ACCEPT';
}

/** filter INPUT for a packet arriving on `ingress`: accepted or not. */
export function inputAccepts(config: IptablesConfig, host: Host, p: Packet, ingress: string, dnat: boolean): boolean {
  const r = run(config, 'filter', 'INPUT', { p, in: ingress, dnat, hook: 'input', host });
  if (r.kind === 'verdict') return r.accept;
  return policyOf(config, 'filter', 'INPUT');
}

/**
 * The fates of one packet entering `ingress` (several with multipath routes). `accepts` decides
 * local delivery; the caller passes the exact INPUT verdict or the model's declared
 * over-approximation of it.
 */
export function fates(config: IptablesConfig, host: Host, p: Packet, ingress: string, accepts: (q: Packet, dnat: boolean) => boolean): Fate[] {
  const pre = run(config, 'nat', 'PREROUTING', { p, in: ingress, dnat: false, hook: 'prerouting', host });
  if (pre.kind === 'nat') {
    const t = pre.rule.target!;
    if (t.kind === 'dnat') {
      const first = t.to.first ? (t.to.first.value as number) : (p.dst.value as number);
      const last = t.to.last ? (t.to.last.value as number) : first;
      const dport = t.to.ports ? t.to.ports.lo : p.dstPort;
      // The kernel picks one address of the range; every choice is a possible fate.
      const out: Fate[] = [];
      for (let a = first; a <= last; a++) {
        for (const f of afterPrerouting(config, host, p, { ...p, dst: { family: 4, value: a }, dstPort: dport }, true, ingress, accepts)) {
          out.push(last > first ? { ...f, pool: `pool(${first}-${last})` } : f);
        }
      }
      return out;
    }
    if (t.kind === 'redirect') {
      const primary = host.ifaces.find((i) => i.name === ingress)?.addresses[0];
      if (primary) return afterPrerouting(config, host, p, { ...p, dst: { family: 4, value: primary.value }, dstPort: t.ports ? t.ports.lo : p.dstPort }, true, ingress, accepts);
    }
  }
  return afterPrerouting(config, host, p, p, false, ingress, accepts);
}

function afterPrerouting(config: IptablesConfig, host: Host, p: Packet, q: Packet, dnat: boolean, ingress: string, accepts: (q: Packet, dnat: boolean) => boolean): Fate[] {
  const dst = q.dst.value as number;
  const base = { dst, dport: q.dstPort };
  if (host.isLocal(dst)) return [{ ...base, disposition: accepts(q, dnat) ? 'accepted' : 'denied' }];
  const hops = host.lookup(dst);
  if (hops.length === 0) return [{ ...base, disposition: 'no-route' }];
  return hops.map((h): Fate => {
    if (h.discard) return { ...base, disposition: 'null-route' };
    const out = h.dev!;
    if (!host.forwarding) return { ...base, disposition: 'denied', out, rule: 'default-deny' };
    const f = run(config, 'filter', 'FORWARD', { p: q, in: ingress, out, dnat, hook: 'forward', host });
    const accept = f.kind === 'verdict' ? f.accept : policyOf(config, 'filter', 'FORWARD');
    const rule = f.kind === 'verdict' || f.kind === 'policy' ? (f.id ?? `default-${accept ? 'permit' : 'deny'}`) : `default-${accept ? 'permit' : 'deny'}`;
    if (!accept) return { ...base, disposition: 'denied', out, rule };
    let src = p.src.value as number;
    const post = run(config, 'nat', 'POSTROUTING', { p: q, out, dnat, hook: 'postrouting', host });
    if (post.kind === 'nat') {
      const t = post.rule.target!;
      if (t.kind === 'snat' && t.to.first) src = t.to.first.value as number;
      else if (t.kind === 'masquerade') src = host.ifaces.find((i) => i.name === out)?.addresses[0]?.value ?? src;
    }
    return { ...base, disposition: 'delivered', out, rule, src };
  });
}
