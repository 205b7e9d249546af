import type { Packet } from '../../../src/space/packet.js';
import type {
  AddressMatch,
  IosAcl,
  IosAclEntry,
  IosConfig,
  IosInterface,
  IosRoute,
  IosServiceItem,
  PortMatch,
  ProtocolMatch,
} from '../../../parsers/ios/vendor-config.js';

/**
 * IOS forwarding of ONE concrete IPv4 packet, written directly on the typed IOS configuration
 * and independently of the parser's conversion: wildcards by bit arithmetic, ACLs by first
 * match on the packet, the RIB by longest prefix with recursive next-hop resolution, NAT and
 * the zone firewall by their IOS rules.
 *
 * Each outcome is a key: disposition | egress | translated destination | translated port |
 * the decision of each filter met. Drops are attributed in the analysis' order (destination
 * NAT, local delivery, routing, then filters), so a packet with no route is "no-route" even
 * where IOS would have counted its input-ACL hit first: both drop it.
 *
 * A packet addressed to the router meets the input ACL of the interface it entered, as a
 * forwarded one does: IOS checks every packet received on an interface against its input
 * ACL before deciding to forward it or to receive it (infrastructure ACLs protect the control
 * plane this way), while output ACLs never see what the router receives for itself.
 *
 * Where the neutral model knowingly differs from IOS, the packet is not compared ('skip'):
 * a self zone-pair that would decide a packet addressed to the router (zone-pairs with the
 * self zone are not modelled; the parser warns), and an output ACL on an `ip nat outside`
 * interface whose verdict depends on the source NAT rewrites.
 */
export type Verdict = Set<string> | 'skip';

interface Hop {
  readonly iface?: string;
  readonly gateway?: number;
  readonly discard?: true;
}

type Rib = ReadonlyArray<{ readonly base: number; readonly length: number; readonly distance: number; readonly hops: readonly Hop[] }>;

export class IosEvaluator {
  private readonly own: IosInterface[];
  private readonly up: Set<string>;
  private readonly rib: Rib;
  private readonly hasZones: boolean;

  constructor(
    private readonly config: IosConfig,
    private readonly vrf: string | undefined,
  ) {
    this.own = config.interfaces.filter((i) => i.layer === 'routed' && i.vrf?.name === vrf);
    const byName = new Map(config.interfaces.map((i) => [i.name, i]));
    this.up = new Set(
      this.own
        .filter((i) => {
          const dot = i.name.indexOf('.');
          const parent = dot < 0 ? undefined : byName.get(i.name.slice(0, dot));
          return !i.shutdown && !(parent?.shutdown ?? false);
        })
        .map((i) => i.name),
    );
    this.rib = this.buildRib();
    const zones = new Set(config.zbf.zones.map((z) => z.name));
    this.hasZones = this.own.some((i) => i.zone !== undefined && zones.has(i.zone.name));
  }

  evaluate(ingress: string, p: Packet): Verdict {
    const keys = new Set<string>();
    const inIface = this.own.find((i) => i.name === ingress)!;
    const q = this.destinationNat(inIface, p);
    const tail = `${q.dst.value as number}|${q.dstPort}`;
    if (this.ownAddresses().has(q.dst.value as number)) {
      // The input ACL sees the packet as it arrived (before NAT), like a forwarded one.
      const decisions: string[] = [];
      if (inIface.accessGroupIn) {
        const d = this.aclDecision(inIface.accessGroupIn.name, p) ?? { id: 'default-permit', action: 'permit' as const };
        decisions.push(d.id);
        if (d.action === 'deny') {
          keys.add(`denied|-|${tail}|${decisions.join(',')}`);
          return keys;
        }
      }
      if (this.selfZonePairFor(inIface)) return 'skip';
      keys.add(`${this.managementAccepts(q) ? 'accepted' : 'denied'}|-|${tail}|${decisions.join(',')}`);
      return keys;
    }
    const route = this.lookup(q.dst.value as number);
    if (!route) {
      keys.add(`no-route|-|${tail}|`);
      return keys;
    }
    for (const hop of route.hops) {
      if (hop.discard) {
        keys.add(`null-route|-|${tail}|`);
        continue;
      }
      const out = this.own.find((i) => i.name === hop.iface)!;
      const decisions: string[] = [];
      let denied = false;
      const decide = (id: string, action: 'permit' | 'deny') => {
        decisions.push(id);
        if (action === 'deny') denied = true;
      };
      if (this.config.routingDisabled) decide('default-deny', 'deny');
      if (!denied && inIface.accessGroupIn) {
        const d = this.aclDecision(inIface.accessGroupIn.name, p) ?? { id: 'default-permit', action: 'permit' as const };
        decide(d.id, d.action);
      }
      if (!denied && out.accessGroupOut) {
        const d = this.aclDecision(out.accessGroupOut.name, q) ?? { id: 'default-permit', action: 'permit' as const };
        if (this.outAclDependsOnSnat(inIface, out, q, d.action)) return 'skip';
        decide(d.id, d.action);
      }
      if (!denied && this.hasZones) {
        const d = this.zoneDecision(inIface, out, q);
        decide(d.id, d.action);
      }
      keys.add(`${denied ? 'denied' : 'delivered'}|${out.name}|${tail}|${decisions.join(',')}`);
    }
    return keys;
  }

  // ---------- addresses and NAT ----------

  private ownAddresses(): Set<number> {
    const out = new Set<number>();
    for (const i of this.own) {
      if (!this.up.has(i.name)) continue;
      for (const a of i.addresses) out.add(a.address.value as number);
      for (const v of i.virtualAddresses) out.add(v.address.value as number);
    }
    return out;
  }

  private natInterfaces(): { inside: IosInterface[]; outside: IosInterface[] } {
    return { inside: this.own.filter((i) => i.natSide?.side === 'inside'), outside: this.own.filter((i) => i.natSide?.side === 'outside') };
  }

  private natActive(): boolean {
    const { inside, outside } = this.natInterfaces();
    return inside.length > 0 && outside.length > 0;
  }

  private globalOf(s: IosConfig['nat']['statics'][number]): number | undefined {
    if (s.global) return s.global.value as number;
    const iface = this.own.find((i) => i.name === s.globalInterface);
    return iface?.addresses.find((a) => !a.secondary)?.address.value as number | undefined;
  }

  /** Outside → inside static NAT, before routing: the first static whose global side matches. */
  private destinationNat(inIface: IosInterface, p: Packet): Packet {
    if (inIface.natSide?.side !== 'outside' || !this.natActive()) return p;
    for (const s of this.config.nat.statics) {
      if (s.vrf !== this.vrf) continue;
      const g = this.globalOf(s);
      if (g === undefined) continue;
      const size = 2 ** (32 - (s.prefixLength ?? 32));
      const gBase = g - (g % size);
      const lBase = (s.local.value as number) - ((s.local.value as number) % size);
      const dst = p.dst.value as number;
      if (dst < gBase || dst >= gBase + size) continue;
      if (s.protocol) {
        const proto = s.protocol === 'tcp' ? 6 : 17;
        if (p.protocol !== proto || p.dstPort !== s.globalPort) continue;
        return { ...p, dst: { family: 4, value: lBase + (dst - gBase) }, dstPort: s.localPort! };
      }
      return { ...p, dst: { family: 4, value: lBase + (dst - gBase) } };
    }
    return p;
  }

  /** Source addresses an inside → outside packet may leave with, or undefined when none applies. */
  private snatSources(q: Packet): number[] | undefined {
    for (const s of this.config.nat.statics) {
      if (s.vrf !== this.vrf) continue;
      const g = this.globalOf(s);
      if (g === undefined) continue;
      const size = 2 ** (32 - (s.prefixLength ?? 32));
      const lBase = (s.local.value as number) - ((s.local.value as number) % size);
      const src = q.src.value as number;
      if (src < lBase || src >= lBase + size) continue;
      if (s.protocol && (q.protocol !== (s.protocol === 'tcp' ? 6 : 17) || q.srcPort !== s.localPort)) continue;
      const gBase = g - (g % size);
      return [gBase + (src - lBase)];
    }
    for (const d of this.config.nat.dynamics) {
      if (d.vrf !== this.vrf) continue;
      if (!this.aclPermits(d.acl, q)) continue;
      if (d.pool !== undefined) {
        const pool = this.config.nat.pools.find((x) => x.name === d.pool);
        if (!pool) continue;
        const out: number[] = [];
        for (let a = pool.start.value as number; a <= (pool.end.value as number); a++) out.push(a);
        return out;
      }
      const iface = this.own.find((i) => i.name === d.interface);
      if (!iface) continue;
      const a = iface.addresses.find((x) => !x.secondary);
      return a ? [a.address.value as number] : undefined;
    }
    return undefined;
  }

  /** True when IOS's post-NAT output ACL verdict could differ from the pre-NAT one. */
  private outAclDependsOnSnat(inIface: IosInterface, out: IosInterface, q: Packet, preVerdict: 'permit' | 'deny'): boolean {
    if (out.natSide?.side !== 'outside' || inIface.natSide?.side !== 'inside' || !this.natActive()) return false;
    const sources = this.snatSources(q);
    if (!sources) return false;
    return sources.some((src) => {
      const d = this.aclDecision(out.accessGroupOut!.name, { ...q, src: { family: 4, value: src } });
      return (d?.action ?? 'permit') !== preVerdict;
    });
  }

  // ---------- management ----------

  private selfZonePairFor(inIface: IosInterface): boolean {
    const zone = inIface.zone?.name;
    return this.config.zbf.zonePairs.some((zp) => zp.destination === 'self' && zp.source === zone);
  }

  private managementAccepts(q: Packet): boolean {
    const m = this.config.management;
    const tcp = (port: number) => q.protocol === 6 && q.dstPort === port;
    const allows = (acl: string | undefined) => acl === undefined || this.aclDecision(acl, q)?.action !== 'deny';
    for (const vty of m.vtyLines) {
      const ac = vty.accessClassIn;
      if (this.vrf !== undefined && ac && !ac.vrfAlso) continue;
      const written = vty.transportInput?.protocols ?? ['all'];
      const protocols = written.includes('none') ? [] : written.flatMap((x) => (x === 'all' ? ['ssh', 'telnet'] : [x]));
      if (((protocols.includes('ssh') && tcp(22)) || (protocols.includes('telnet') && tcp(23))) && allows(ac?.name)) return true;
    }
    if (this.vrf === undefined) {
      const http = m.httpAccessClass?.name;
      if (m.httpServer && tcp(m.httpPort) && allows(http)) return true;
      if (m.httpSecureServer && tcp(m.httpSecurePort) && allows(http)) return true;
      for (const c of m.snmpCommunities) if (q.protocol === 17 && q.dstPort === 161 && allows(c.acl)) return true;
    }
    return q.protocol === 1 && q.dstPort === 8;
  }

  // ---------- access lists ----------

  /** First matching entry, or the implicit deny; undefined when the ACL is missing or empty. */
  private aclDecision(name: string | undefined, p: Packet): { id: string; action: 'permit' | 'deny' } | undefined {
    if (name === undefined) return undefined;
    const acl = this.config.acls.find((a) => a.name === name);
    if (!acl || acl.entries.length === 0) return undefined;
    for (const e of acl.entries) if (this.entryMatches(acl, e, p)) return { id: `${name}:${e.seq}`, action: e.action };
    return { id: 'default-deny', action: 'deny' };
  }

  /** The ACL as a match criterion (NAT, class-map): permitted by a first-matching permit. */
  private aclPermits(name: string, p: Packet): boolean {
    const acl = this.config.acls.find((a) => a.name === name);
    if (!acl) return false;
    for (const e of acl.entries) if (this.entryMatches(acl, e, p)) return e.action === 'permit';
    return false;
  }

  private entryMatches(acl: IosAcl, e: IosAclEntry, p: Packet): boolean {
    if (e.established || e.fragments) return false;
    if (e.timeRange !== undefined && !this.config.timeRanges.some((t) => t.name === e.timeRange)) return false;
    if (!this.addressMatches(e.source, p.src.value as number)) return false;
    if (acl.type === 'standard') return true;
    if (!this.addressMatches(e.destination, p.dst.value as number)) return false;
    return this.serviceMatches(e.protocol, e.sourcePorts, e.destinationPorts, e.icmp, p);
  }

  private serviceMatches(proto: ProtocolMatch, sp: PortMatch | undefined, dp: PortMatch | undefined, icmp: IosAclEntry['icmp'], p: Packet): boolean {
    if (proto.kind === 'ip') return true;
    if (proto.kind === 'group') return this.serviceGroupMatches(proto.name, p, new Set());
    if (p.protocol !== proto.protocol) return false;
    if (icmp) return p.dstPort === icmp.type && (icmp.code === undefined || p.srcPort === icmp.code);
    return portMatches(sp, p.srcPort) && portMatches(dp, p.dstPort);
  }

  private serviceGroupMatches(name: string, p: Packet, seen: Set<string>): boolean {
    const g = this.config.serviceGroups.find((x) => x.name === name);
    if (!g || seen.has(name)) return false;
    seen.add(name);
    const item = (i: IosServiceItem) =>
      i.tcpUdp ? (p.protocol === 6 || p.protocol === 17) && portMatches(i.sourcePorts, p.srcPort) && portMatches(i.destinationPorts, p.dstPort) : this.serviceMatches(i.protocol, i.sourcePorts, i.destinationPorts, i.icmp, p);
    return g.items.some(item) || g.groups.some((ref) => this.serviceGroupMatches(ref.name, p, seen));
  }

  private addressMatches(a: AddressMatch, v: number, seen = new Set<string>()): boolean {
    switch (a.kind) {
      case 'any':
        return true;
      case 'host':
        return a.address.value === v;
      case 'wildcard':
        return ((v ^ a.base) & ~a.wildcard) >>> 0 === 0;
      case 'prefix': {
        const size = 2 ** (32 - a.cidr.prefixLength);
        return a.cidr.family === 4 && v >= (a.cidr.address as number) && v < (a.cidr.address as number) + size;
      }
      case 'range':
        return v >= (a.first.value as number) && v <= (a.last.value as number);
      case 'group': {
        const g = this.config.networkGroups.find((x) => x.name === a.name);
        if (!g || seen.has(a.name)) return false;
        seen.add(a.name);
        return g.members.some((m) => this.addressMatches(m, v, seen));
      }
    }
  }

  // ---------- routing ----------

  private connected(): Array<{ base: number; length: number; iface: string }> {
    const out: Array<{ base: number; length: number; iface: string }> = [];
    for (const i of this.own) {
      if (!this.up.has(i.name)) continue;
      for (const a of i.addresses) {
        const size = 2 ** (32 - a.prefixLength);
        const v = a.address.value as number;
        out.push({ base: v - (v % size), length: a.prefixLength, iface: i.name });
      }
    }
    return out;
  }

  private staticRoutes(): IosRoute[] {
    return this.config.routes.filter((r) => r.vrf === this.vrf && !r.dhcp && !r.global && r.prefix.family === 4);
  }

  /** Next hops of a static route once resolved as IOS installs it; empty when it is not. */
  private resolveRoute(r: IosRoute, visiting: Set<IosRoute>): Hop[] {
    if (r.distance >= 255) return [];
    if (r.null0) return [{ discard: true }];
    if (r.interface !== undefined) {
      if (!this.up.has(r.interface)) return [];
      return [r.gateway ? { iface: r.interface, gateway: r.gateway.value as number } : { iface: r.interface }];
    }
    if (visiting.has(r) || visiting.size > 8) return [];
    const next = new Set(visiting).add(r);
    return this.resolveAddress(r.gateway!.value as number, r, next);
  }

  /** The RIB's best route towards a next hop: longest prefix, connected first, then distance. */
  private resolveAddress(address: number, self: IosRoute, visiting: Set<IosRoute>): Hop[] {
    const conn = this.connected().filter((c) => inPrefix(address, c.base, c.length));
    const statics = this.staticRoutes().filter((x) => x !== self && !visiting.has(x) && inPrefix(address, x.prefix.address as number, x.prefix.prefixLength));
    for (let len = 32; len >= 0; len--) {
      const c = conn.find((x) => x.length === len);
      if (c) return [{ iface: c.iface, gateway: address }];
      const here = statics
        .filter((x) => x.prefix.prefixLength === len)
        .map((x) => ({ r: x, hops: this.resolveRoute(x, visiting) }))
        .filter((x) => x.hops.length > 0);
      if (here.length === 0) continue;
      const best = Math.min(...here.map((x) => x.r.distance));
      return here.filter((x) => x.r.distance === best).flatMap((x) => x.hops);
    }
    return [];
  }

  private buildRib(): Rib {
    const entries: Array<{ base: number; length: number; distance: number; hops: Hop[] }> = [];
    for (const c of this.connected()) entries.push({ base: c.base, length: c.length, distance: 0, hops: [{ iface: c.iface }] });
    for (const r of this.staticRoutes()) {
      const hops = this.resolveRoute(r, new Set());
      if (hops.length === 0) continue;
      // A gateway hop leaves through the interface whose subnet holds the gateway.
      const placed = hops.map((h) => (h.discard || h.iface !== undefined ? h : { ...h, iface: this.connected().find((c) => inPrefix(h.gateway!, c.base, c.length))!.iface }));
      entries.push({ base: r.prefix.address as number, length: r.prefix.prefixLength, distance: r.distance, hops: placed });
    }
    return entries;
  }

  private lookup(dst: number): { hops: Hop[] } | undefined {
    for (let len = 32; len >= 0; len--) {
      const here = this.rib.filter((e) => e.length === len && inPrefix(dst, e.base, e.length));
      if (here.length === 0) continue;
      const best = Math.min(...here.map((e) => e.distance));
      return { hops: here.filter((e) => e.distance === best).flatMap((e) => e.hops) };
    }
    return undefined;
  }

  // ---------- zone-based firewall ----------

  private zoneOf(i: IosInterface): string | undefined {
    const z = i.zone?.name;
    return z !== undefined && this.config.zbf.zones.some((x) => x.name === z) ? z : undefined;
  }

  private zoneDecision(inIface: IosInterface, out: IosInterface, q: Packet): { id: string; action: 'permit' | 'deny' } {
    const zi = this.zoneOf(inIface);
    const zo = this.zoneOf(out);
    if (zi === undefined && zo === undefined) return { id: 'zbf:non-members', action: 'permit' };
    if (zi === undefined || zo === undefined) return { id: 'default-deny', action: 'deny' };
    const zoneNames = new Set(this.config.zbf.zones.map((z) => z.name));
    const pair = this.config.zbf.zonePairs.find((zp) => zp.source === zi && zp.destination === zo && zoneNames.has(zp.source) && zoneNames.has(zp.destination));
    if (!pair) return zi === zo ? { id: `zbf:intrazone:${zi}`, action: 'permit' } : { id: 'default-deny', action: 'deny' };
    const policy = pair.policy ? this.config.zbf.policyMaps.find((pm) => pm.name === pair.policy!.name) : undefined;
    if (!policy) return { id: `${pair.name}/no-policy`, action: 'deny' };
    for (const c of policy.classes) {
      const verdict = (c.action?.action ?? 'drop') === 'drop' ? ('deny' as const) : ('permit' as const);
      if (c.name === 'class-default') return { id: `${pair.name}/class-default`, action: verdict };
      if (this.classMatches(c.name, q, new Set())) return { id: `${pair.name}/${c.name}`, action: verdict };
    }
    return { id: `${pair.name}/class-default`, action: 'deny' };
  }

  private classMatches(name: string, q: Packet, seen: Set<string>): boolean {
    const cm = this.config.zbf.classMaps.find((c) => c.name === name);
    if (!cm || seen.has(name) || cm.matches.length === 0) return false;
    seen.add(name);
    const one = (m: (typeof cm.matches)[number]) => {
      let hit: boolean;
      if (m.kind === 'access-group') hit = this.aclPermits(m.acl, q);
      else if (m.kind === 'protocol') hit = appMatches(m.protocol, q);
      else hit = this.classMatches(m.name, q, seen);
      return m.negate ? !hit : hit;
    };
    return cm.matchAll ? cm.matches.every(one) : cm.matches.some(one);
  }
}

function inPrefix(v: number, base: number, length: number): boolean {
  return v >= base && v < base + 2 ** (32 - length);
}

function portMatches(m: PortMatch | undefined, port: number): boolean {
  if (!m) return true;
  switch (m.op) {
    case 'eq':
      return m.ports.includes(port);
    case 'neq':
      return !m.ports.includes(port);
    case 'lt':
      return port < m.ports[0]!;
    case 'gt':
      return port > m.ports[0]!;
    case 'range':
      return port >= m.ports[0]! && port <= m.ports[1]!;
  }
}

/** The default port map of the applications the generator names. */
function appMatches(app: string, q: Packet): boolean {
  switch (app) {
    case 'tcp':
      return q.protocol === 6;
    case 'udp':
      return q.protocol === 17;
    case 'icmp':
      return q.protocol === 1;
    case 'http':
      return q.protocol === 6 && q.dstPort === 80;
    case 'https':
      return q.protocol === 6 && q.dstPort === 443;
    case 'ssh':
      return q.protocol === 6 && q.dstPort === 22;
    case 'telnet':
      return q.protocol === 6 && q.dstPort === 23;
    case 'dns':
      return (q.protocol === 6 || q.protocol === 17) && q.dstPort === 53;
    default:
      return false;
  }
}
