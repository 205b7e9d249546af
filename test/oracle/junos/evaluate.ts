import type { Cidr } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import type {
  JAddressBook,
  JFilter,
  JNatContext,
  JPolicy,
  JPrefixMatch,
  JRuleSet,
  JTerm,
  JUnit,
  JZone,
  JunosConfig,
  PortRange,
} from '../../../parsers/junos/vendor-config.js';

/**
 * The SRX's own semantics for ONE concrete IPv4 packet, written directly on the typed Junos
 * configuration — no packet sets, no neutral model, no code of the converter. It follows the
 * flow-mode first-packet path: static NAT, else destination NAT (most specific rule-set
 * context first, first matching rule) → traffic for the device itself (host-inbound-traffic
 * of the owning interface's zone × running services) → route lookup on the translated
 * destination (longest prefix, then preference, then metric) → input filter (original
 * header) → zone pair → policies (zone pair, then global, then default policy) → output
 * filter (translated header) → reverse static NAT, else source NAT.
 *
 * Two places follow sansou's documented model rather than the box, because the neutral model
 * cannot say more: an input filter is not applied to traffic addressed to the device (the
 * SRX applies it), and reverse static NAT of a prefix is a pool whose lowest address stands
 * for the one-to-one address.
 *
 * Each fate is a key: disposition | egress | translated destination:port | translated
 * source | decision of each stage met.
 */
export function evaluate(config: JunosConfig, ingress: string, p: Packet): Set<string> {
  return new Evaluator(config).run(ingress, p);
}

const TCP = 6;
const UDP = 17;
const ICMP = 1;

function ip(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

function inCidr(c: Cidr, v: number): boolean {
  if (c.family !== 4) return false;
  const size = 2 ** (32 - c.prefixLength);
  return v >= c.address && v < c.address + size;
}

function inRange(r: PortRange, v: number): boolean {
  return v >= r[0] && v <= r[1];
}

interface Unit {
  readonly unit: JUnit;
  readonly address?: number;
  readonly network?: Cidr;
}

interface Candidate {
  readonly kind: 'connected' | 'gateway' | 'discard';
  readonly out?: string;
  readonly distance: number;
  readonly priority: number;
}

/** Predefined applications the generator uses, as (protocol, destination ports or ICMP type). */
const PREDEFINED: Readonly<Record<string, ReadonlyArray<{ proto: number; ports?: PortRange }>>> = {
  'junos-http': [{ proto: TCP, ports: [80, 80] }],
  'junos-https': [{ proto: TCP, ports: [443, 443] }],
  'junos-ssh': [{ proto: TCP, ports: [22, 22] }],
  'junos-smb': [
    { proto: TCP, ports: [139, 139] },
    { proto: TCP, ports: [445, 445] },
  ],
  'junos-dns-udp': [{ proto: UDP, ports: [53, 53] }],
  'junos-ping': [{ proto: ICMP, ports: [8, 8] }],
  'junos-icmp-all': [{ proto: ICMP }],
};

class Evaluator {
  private readonly units: Unit[];
  private readonly flowMode: boolean;

  constructor(private readonly c: JunosConfig) {
    this.units = c.interfaces.flatMap((ph) =>
      ph.units.map((u) => {
        const a = u.inet.addresses[0];
        if (!a || a.address.family !== 4) return { unit: u };
        const size = 2 ** (32 - a.prefixLength);
        const network: Cidr = { family: 4, address: a.address.value - (a.address.value % size), prefixLength: a.prefixLength };
        return { unit: u, address: a.address.value, network };
      }),
    );
    this.flowMode = c.zones.length > 0 || c.policies.length > 0 || c.defaultPolicy !== undefined;
  }

  private enabled(u: Unit): boolean {
    const phys = this.c.interfaces.find((ph) => ph.units.includes(u.unit))!;
    return !u.unit.disabled && !u.unit.inactive && !phys.disabled && !phys.inactive;
  }

  private zoneOf(iface: string): JZone | undefined {
    return this.c.zones.find((z) => !z.functional && z.interfaces.some((i) => i.name === iface));
  }

  run(ingress: string, p: Packet): Set<string> {
    const fates = new Set<string>();
    const src = p.src.value as number;
    const { dst, dport } = this.destinationNat(ingress, p);
    const key = (disposition: string, out: string | undefined, s: number, decisions: string[]) => `${disposition}|${out ?? '-'}|${ip(dst)}:${dport}|${ip(s)}|${decisions.join(',')}`;

    const owner = this.units.find((u) => this.enabled(u) && u.address === dst);
    if (owner) {
      if (!this.management(owner.unit.name, p.protocol, dport)) fates.add(key('denied', undefined, src, []));
      else if (owner.unit.name === ingress || !this.flowMode) fates.add(key('accepted', undefined, src, []));
      else fates.add(this.toOtherInterface(ingress, owner.unit.name, { src, dst, proto: p.protocol, sport: p.srcPort, dport }, p, key));
      return fates;
    }
    const candidates = this.route(dst);
    if (candidates.length === 0) {
      fates.add(key('no-route', undefined, src, []));
      return fates;
    }
    for (const c of candidates) {
      if (c.kind === 'discard') {
        fates.add(key('null-route', undefined, src, []));
        continue;
      }
      const out = c.out!;
      const decisions: string[] = [];
      const original = { src, dst: p.dst.value as number, proto: p.protocol, sport: p.srcPort, dport: p.dstPort };
      const translated = { ...original, dst, dport };
      const input = this.binding(ingress, 'input');
      if (input) {
        const d = this.filter(input, original);
        decisions.push(d.id);
        if (!d.permit) {
          fates.add(key('denied', out, src, decisions));
          continue;
        }
      }
      if (this.flowMode) {
        const d = this.policy(ingress, out, translated);
        decisions.push(d.id);
        if (!d.permit) {
          fates.add(key('denied', out, src, decisions));
          continue;
        }
      }
      const output = this.binding(out, 'output');
      if (output) {
        const d = this.filter(output, translated);
        decisions.push(d.id);
        if (!d.permit) {
          fates.add(key('denied', out, src, decisions));
          continue;
        }
      }
      fates.add(key('delivered', out, this.sourceNat(ingress, out, translated), decisions));
    }
    return fates;
  }

  // ------------------------------------------------------------------ NAT

  private contextCovers(ctx: JNatContext | undefined, iface: string): boolean {
    if (!ctx) return true;
    if (ctx.kind === 'interface') return ctx.names.some((n) => n.name === iface);
    if (ctx.kind === 'zone') return ctx.names.some((n) => n.name === this.zoneOf(iface)?.name);
    return ctx.names.some((n) => n.name === 'default');
  }

  private rank(ctx: JNatContext | undefined): number {
    return ctx === undefined ? 3 : ctx.kind === 'interface' ? 0 : ctx.kind === 'zone' ? 1 : 2;
  }

  private ordered<R>(sets: readonly JRuleSet<R>[]): JRuleSet<R>[] {
    return [...sets].sort((a, b) => this.rank(a.from) - this.rank(b.from));
  }

  private destinationNat(ingress: string, p: Packet): { dst: number; dport: number } {
    const dst = p.dst.value as number;
    const ported = p.protocol === TCP || p.protocol === UDP;
    for (const rs of this.ordered(this.c.nat.staticRuleSets)) {
      if (!this.contextCovers(rs.from, ingress)) continue;
      for (const rule of rs.rules) {
        const match = rule.match.destinations[0];
        const then = rule.then;
        if (rule.inactive || !match || !('cidr' in match) || !then || then.kind !== 'prefix' || !then.prefix || !('cidr' in then.prefix)) continue;
        if (!inCidr(match.cidr, dst)) continue;
        const port = rule.match.destinationPorts[0];
        if (port && !(ported && inRange(port, p.dstPort))) continue;
        const mapped = then.prefix.cidr;
        return {
          dst: (mapped.address as number) + (dst - (match.cidr.address as number)),
          dport: then.mappedPort && port ? then.mappedPort[0] + (p.dstPort - port[0]) : p.dstPort,
        };
      }
    }
    for (const rs of this.ordered(this.c.nat.destinationRuleSets)) {
      if (!this.contextCovers(rs.from, ingress)) continue;
      for (const rule of rs.rules) {
        if (rule.inactive || !rule.then) continue;
        const dsts = rule.match.destinations.filter((d): d is { cidr: Cidr; line: number } => 'cidr' in d);
        if (!dsts.some((d) => inCidr(d.cidr, dst))) continue;
        if (rule.match.destinationPorts.length > 0 && !(ported && rule.match.destinationPorts.some((r) => inRange(r, p.dstPort)))) continue;
        if (rule.then.kind === 'off') return { dst, dport: p.dstPort };
        const name = rule.then.pool.name;
        const pool = this.c.nat.destinationPools.find((x) => x.name === name)!;
        const range = pool.ranges[0]!;
        const lo = range.from.value as number;
        const hi = range.to.value as number;
        const size = hi - lo + 1;
        const only = dsts.length === 1 ? dsts[0]!.cidr : undefined;
        let to = lo;
        if (only && size > 1 && size === 2 ** (32 - only.prefixLength)) to = lo + (dst - (only.address as number));
        return { dst: to, dport: pool.port ?? p.dstPort };
      }
    }
    return { dst, dport: p.dstPort };
  }

  private sourceNat(ingress: string, out: string, h: Header): number {
    for (const rs of this.ordered(this.c.nat.staticRuleSets)) {
      if (!this.contextCovers(rs.from, out)) continue;
      for (const rule of rs.rules) {
        const match = rule.match.destinations[0];
        const then = rule.then;
        if (rule.inactive || !match || !('cidr' in match) || !then || then.kind !== 'prefix' || !then.prefix || !('cidr' in then.prefix)) continue;
        if (!inCidr(then.prefix.cidr, h.src)) continue;
        if (then.mappedPort && !((h.proto === TCP || h.proto === UDP) && inRange(then.mappedPort, h.sport))) continue;
        // The model's pool: the static prefix, represented by its lowest address.
        return match.cidr.address as number;
      }
    }
    const sets = [...this.c.nat.sourceRuleSets].sort((a, b) => this.rank(a.from) - this.rank(b.from) || this.rank(a.to) - this.rank(b.to));
    for (const rs of sets) {
      if (!this.contextCovers(rs.from, ingress) || !this.contextCovers(rs.to, out)) continue;
      for (const rule of rs.rules) {
        if (rule.inactive || !rule.then) continue;
        const cidrs = (l: typeof rule.match.sources) => l.filter((a): a is { cidr: Cidr; line: number } => 'cidr' in a);
        if (rule.match.sources.length > 0 && !cidrs(rule.match.sources).some((a) => inCidr(a.cidr, h.src))) continue;
        if (rule.match.destinations.length > 0 && !cidrs(rule.match.destinations).some((a) => inCidr(a.cidr, h.dst))) continue;
        const then = rule.then;
        if (then.kind !== 'pool') return then.kind === 'off' ? h.src : this.units.find((u) => u.unit.name === out)!.address!;
        const name = then.pool.name;
        return this.c.nat.sourcePools.find((x) => x.name === name)!.ranges[0]!.from.value as number;
      }
    }
    return h.src;
  }

  // ------------------------------------------------------------------ the device itself

  /**
   * Host-inbound traffic for another interface's address (KB30997): the ingress input filter
   * and a security policy from the ingress zone to that interface's zone must permit it.
   */
  private toOtherInterface(ingress: string, target: string, translated: { src: number; dst: number; proto: number; sport: number; dport: number }, p: Packet, key: (d: string, out: string | undefined, s: number, decisions: string[]) => string): string {
    const decisions: string[] = [];
    const input = this.binding(ingress, 'input');
    if (input) {
      const d = this.filter(input, { ...translated, dst: p.dst.value as number, dport: p.dstPort });
      decisions.push(d.id);
      if (!d.permit) return key('denied', undefined, translated.src, decisions);
    }
    const d = this.policy(ingress, target, translated);
    decisions.push(d.id);
    return key(d.permit ? 'accepted' : 'denied', undefined, translated.src, decisions);
  }

  private management(iface: string, proto: number, dport: number): boolean {
    const zone = this.zoneOf(iface);
    if (!zone) return false;
    const own = zone.interfaces.find((i) => i.name === iface)!.hostInbound.systemServices;
    const list = own.length > 0 ? own : zone.hostInbound.systemServices;
    const all = list.some((i) => i.name === 'all' && !i.except);
    const allowed = (k: string) => (all ? !list.some((i) => i.name === k && i.except) : list.some((i) => i.name === k && !i.except));
    const service = (n: string) => this.c.system.services.find((s) => s.name === n);
    const web = (n: string) => {
      const s = service(n);
      return s !== undefined && (s.interfaces.length === 0 || s.interfaces.some((i) => i.name === iface));
    };
    if (proto === ICMP && dport === 8 && allowed('ping')) return true;
    if (proto === UDP && dport >= 33434 && dport <= 33523 && allowed('traceroute')) return true;
    if (proto !== TCP) return false;
    if (dport === 22 && allowed('ssh') && service('ssh')) return true;
    if (dport === 23 && allowed('telnet') && service('telnet')) return true;
    if (dport === 830 && allowed('netconf') && service('netconf')) return true;
    if (dport === 80 && allowed('http') && web('http')) return true;
    if (dport === 443 && allowed('https') && web('https')) return true;
    return false;
  }

  // ------------------------------------------------------------------ routing

  private route(dst: number): Candidate[] {
    const byPrefix = new Map<string, { len: number; cands: Candidate[] }>();
    const add = (prefix: Cidr, c: Candidate) => {
      if (!inCidr(prefix, dst)) return;
      const k = `${prefix.address}/${prefix.prefixLength}`;
      const e = byPrefix.get(k) ?? { len: prefix.prefixLength, cands: [] };
      e.cands.push(c);
      byPrefix.set(k, e);
    };
    for (const u of this.units) if (this.enabled(u) && u.network) add(u.network, { kind: 'connected', out: u.unit.name, distance: 0, priority: 0 });
    for (const r of this.c.routes) {
      if (r.inactive) continue;
      const pref = r.preference ?? 5;
      const metric = r.metric ?? 0;
      if (r.drop) {
        add(r.prefix, { kind: 'discard', distance: pref, priority: metric });
        continue;
      }
      const hop = (address: number | undefined, distance: number, priority: number) => {
        if (address === undefined) return;
        const on = this.units.find((u) => this.enabled(u) && u.network && inCidr(u.network, address));
        if (on) add(r.prefix, { kind: 'gateway', out: on.unit.name, distance, priority });
      };
      for (const h of r.nextHops) hop(h.address?.value as number | undefined, pref, metric);
      for (const q of r.qualified) hop(q.address?.value as number | undefined, q.preference ?? pref, q.metric ?? metric);
    }
    let best: { len: number; cands: Candidate[] } | undefined;
    for (const e of byPrefix.values()) if (!best || e.len > best.len) best = e;
    if (!best) return [];
    const min = Math.min(...best.cands.map((c) => c.distance));
    const atMin = best.cands.filter((c) => c.distance === min);
    const minP = Math.min(...atMin.map((c) => c.priority));
    return atMin.filter((c) => c.priority === minP);
  }

  // ------------------------------------------------------------------ filters

  private binding(iface: string, dir: 'input' | 'output'): JFilter[] | undefined {
    const u = this.units.find((x) => x.unit.name === iface);
    const b = u?.unit.inet[dir];
    if (!b) return undefined;
    const filters = b.filters.map((f) => this.c.filters.find((x) => x.family === 'inet' && x.name === f.name)).filter((f): f is JFilter => f !== undefined);
    return filters.length > 0 ? filters : undefined;
  }

  private filter(filters: readonly JFilter[], h: Header): { id: string; permit: boolean } {
    for (const f of filters) {
      for (const t of f.terms) {
        if (t.inactive || t.action?.type === 'next-term') continue;
        if (!this.termMatches(t, h)) continue;
        const a = t.action?.type ?? 'accept';
        return { id: `${f.name}/${t.name}`, permit: a === 'accept' || a === 'routing-instance' };
      }
    }
    return { id: 'default-deny', permit: false };
  }

  /** Junos address lists: the longest matching entry decides; an `except` one refuses. */
  private longestMatch(list: readonly JPrefixMatch[], v: number): boolean {
    let best: JPrefixMatch | undefined;
    for (const e of list) if (inCidr(e.cidr, v) && (!best || e.cidr.prefixLength > best.cidr.prefixLength)) best = e;
    return best !== undefined && !best.except;
  }

  private termMatches(t: JTerm, h: Header): boolean {
    const f = t.from;
    if (f.tcpEstablished) return false;
    if (f.sourceAddresses.length > 0 && !this.longestMatch(f.sourceAddresses, h.src)) return false;
    if (f.destinationAddresses.length > 0 && !this.longestMatch(f.destinationAddresses, h.dst)) return false;
    if (f.addresses.length > 0 && !this.longestMatch(f.addresses, h.src) && !this.longestMatch(f.addresses, h.dst)) return false;
    if (f.protocols.length > 0 && !f.protocols.includes(h.proto)) return false;
    if (f.destinationPorts.length > 0 && !((h.proto === TCP || h.proto === UDP || h.proto === 132) && f.destinationPorts.some((r) => inRange(r, h.dport)))) return false;
    if (f.icmpTypes.length > 0 && !(h.proto === ICMP && f.icmpTypes.some((r) => inRange(r, h.dport)))) return false;
    return true;
  }

  // ------------------------------------------------------------------ policies

  private policy(ingress: string, out: string, h: Header): { id: string; permit: boolean } {
    const from = this.zoneOf(ingress);
    const to = this.zoneOf(out);
    if (!from || !to) return { id: 'null-zone', permit: false };
    const active = (p: JPolicy) => !p.inactive && p.action !== undefined;
    for (const p of this.c.policies) {
      if (p.scope.kind !== 'zone-pair' || p.scope.from !== from.name || p.scope.to !== to.name || !active(p)) continue;
      if (this.policyMatches(p, from.name, to.name, h)) return { id: `${from.name}>${to.name}/${p.name}`, permit: p.action!.type === 'permit' };
    }
    for (const p of this.c.policies) {
      if (p.scope.kind !== 'global' || !active(p)) continue;
      const zoneOk = (list: readonly { name: string }[] | undefined, z: string) => list === undefined || list.some((x) => x.name === z || x.name === 'any');
      if (!zoneOk(p.scope.fromZones, from.name) || !zoneOk(p.scope.toZones, to.name)) continue;
      if (this.policyMatches(p, undefined, undefined, h)) return { id: `global/${p.name}`, permit: p.action!.type === 'permit' };
    }
    const permit = this.c.defaultPolicy?.action === 'permit-all';
    return { id: permit ? 'default-permit' : 'default-deny', permit };
  }

  private policyMatches(p: JPolicy, from: string | undefined, to: string | undefined, h: Header): boolean {
    const inList = (names: readonly { name: string }[], zone: string | undefined, v: number) => names.some((n) => this.address(n.name, zone, v));
    const srcOk = inList(p.sources, from, h.src) !== (p.sourceExcluded !== undefined);
    const dstOk = inList(p.destinations, to, h.dst) !== (p.destinationExcluded !== undefined);
    return srcOk && dstOk && p.applications.some((a) => this.application(a.name, h, 0));
  }

  private books(zone: string | undefined): JAddressBook[] {
    const out: JAddressBook[] = [];
    const z = zone === undefined ? undefined : this.c.zones.find((x) => x.name === zone && !x.functional);
    if (z) out.push(z.addressBook);
    const global = this.c.addressBooks.find((b) => b.name === 'global');
    if (global) out.push(global);
    return out;
  }

  private address(name: string, zone: string | undefined, v: number): boolean {
    if (name === 'any' || name === 'any-ipv4') return true;
    for (const b of this.books(zone)) {
      if (b.addresses.some((a) => a.name === name) || b.sets.some((s) => s.name === name)) return this.inBook(b, name, v, 0);
    }
    return false;
  }

  private inBook(b: JAddressBook, name: string, v: number, depth: number): boolean {
    if (depth > 8) return false;
    const a = b.addresses.find((x) => x.name === name);
    if (a) {
      const val = a.value;
      if (val.type === 'prefix') return inCidr(val.cidr, v);
      if (val.type === 'range') return v >= (val.from.value as number) && v <= (val.to.value as number);
      return false;
    }
    const s = b.sets.find((x) => x.name === name);
    if (!s) return false;
    return [...s.addresses, ...s.sets].some((m) => this.inBook(b, m.name, v, depth + 1));
  }

  private application(name: string, h: Header, depth: number): boolean {
    if (name === 'any') return true;
    if (depth > 8) return false;
    const app = this.c.applications.find((a) => a.name === name);
    if (app) {
      return app.terms.some((t) => {
        if (t.protocol !== h.proto) return false;
        if (t.protocol === ICMP) return t.icmpType === undefined || t.icmpType === h.dport;
        if (t.destinationPorts && !inRange(t.destinationPorts, h.dport)) return false;
        if (t.sourcePorts && !inRange(t.sourcePorts, h.sport)) return false;
        return true;
      });
    }
    const set = this.c.applicationSets.find((s) => s.name === name);
    if (set) return set.members.some((m) => this.application(m.name, h, depth + 1));
    const pre = PREDEFINED[name];
    return pre !== undefined && pre.some((t) => t.proto === h.proto && (t.ports === undefined || inRange(t.ports, h.dport)));
  }
}

interface Header {
  readonly src: number;
  readonly dst: number;
  readonly proto: number;
  readonly sport: number;
  readonly dport: number;
}

