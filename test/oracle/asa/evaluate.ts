import type {
  AddressOperand,
  AsaAce,
  AsaConfig,
  AsaInterface,
  AsaNat,
  AsaObjectNat,
  AsaTwiceNat,
  NatAddress,
  NetworkMember,
  PortMatch,
  PortOperand,
  ServiceSpec,
} from '../../../parsers/asa/vendor-config.js';

/**
 * Cisco ASA (8.3+, routed, single context) packet processing for ONE concrete IPv4 packet,
 * written directly on the typed ASA configuration: no neutral model, no conversion code, no
 * packet sets. It is the reference the parser's neutral model is checked against.
 *
 * For a packet entering interface IN:
 *  1. un-NAT: the first NAT rule (section 1, 2, 3 order) that rewrites the destination;
 *  2. a destination that is the unit's own address is management: ssh / telnet / http lines,
 *     ICMP rules (default: answer every ICMP), answered only on the address of the interface
 *     the packet entered (no far-end interface access), except on the `management-access`
 *     interface (see managementAccepts);
 *  3. route on the real destination: longest prefix, then lowest distance, ties all taken;
 *  4. management-only interfaces pass nothing through;
 *  5. same-security-traffic: equal levels or the same interface need the permit, whatever
 *     the access rules say;
 *  6. inbound access: the interface ACL then the global ACL then implicit deny; without
 *     either, the security-level rule (to a lower or equal level: permit);
 *  7. the egress interface's outbound ACL;
 *  8. source NAT: the first NAT rule that rewrites the source.
 */

export interface Pkt {
  readonly src: number;
  readonly dst: number;
  readonly proto: number;
  readonly sport: number;
  readonly dport: number;
}

interface Named {
  readonly name: string;
  readonly iface: AsaInterface;
  readonly level: number;
  readonly enabled: boolean;
}

export function verdictKey(disposition: string, out: string | undefined, dst: number, dport: number, decisions: readonly string[], snat: string | undefined): string {
  return `${disposition}|${out ?? '-'}|${dst}:${dport}|${decisions.join(',')}|${snat ?? '-'}`;
}

export class AsaEvaluator {
  private readonly named = new Map<string, Named>();
  private readonly order: Array<{ id: string; rule: AsaNat }>;

  constructor(private readonly c: AsaConfig) {
    for (const i of c.interfaces) {
      if (!i.nameif || this.named.has(i.nameif.name)) continue;
      const name = i.nameif.name;
      this.named.set(name, { name, iface: i, level: i.securityLevel?.level ?? (name === 'inside' ? 100 : 0), enabled: i.shutdown === undefined });
    }
    this.order = this.natOrder();
  }

  evaluate(inIface: string, p: Pkt): Set<string> {
    const out = new Set<string>();
    // 1. un-NAT
    let dst = p.dst;
    let dport = p.dport;
    for (const { rule } of this.order) {
      const hit = this.unNat(rule, inIface, p);
      if (hit) {
        dst = hit.dst;
        dport = hit.dport;
        break;
      }
    }
    const cur: Pkt = { ...p, dst, dport };
    // 2. to the box
    if (this.ownAddress(dst)) {
      out.add(verdictKey(this.managementAccepts(inIface, cur) ? 'accepted' : 'denied', undefined, dst, dport, [], undefined));
      return out;
    }
    // 3. route
    const egress = this.route(dst);
    if (egress.length === 0) {
      out.add(verdictKey('no-route', undefined, dst, dport, [], undefined));
      return out;
    }
    for (const o of egress) out.add(this.filter(inIface, o, cur));
    return out;
  }

  private filter(inIface: string, o: string, p: Pkt): string {
    const deny = (ids: string[]) => verdictKey('denied', o, p.dst, p.dport, ids, undefined);
    for (const n of this.named.values()) {
      if (n.iface.managementOnly !== undefined && (n.name === inIface || n.name === o)) return deny([`management-only:${n.name}`]);
    }
    if (inIface === o && this.c.sameSecurity.intra === undefined) return deny([`same-interface:${inIface}`]);
    if (inIface !== o && this.level(inIface) === this.level(o) && this.c.sameSecurity.inter === undefined) return deny([`same-security:${inIface}`]);
    const decisions: string[] = [];
    const inAcl = this.bound('in', inIface);
    const global = this.bound('global', undefined);
    if (inAcl || global) {
      const hit = [...(inAcl ? this.aces(inAcl) : []), ...(global ? this.aces(global) : [])].find((e) => this.aceMatches(e, p));
      if (!hit) return deny(['implicit-deny']);
      if (hit.action === 'deny') return deny([aceId(hit)]);
      decisions.push(aceId(hit));
    } else {
      if (this.level(inIface) < this.level(o)) return deny(['implicit-deny']);
      decisions.push(`security-level:${inIface}`);
    }
    const outAcl = this.bound('out', o);
    if (outAcl) {
      const hit = this.aces(outAcl).find((e) => this.aceMatches(e, p));
      if (!hit) return deny([...decisions, 'implicit-deny']);
      if (hit.action === 'deny') return deny([...decisions, aceId(hit)]);
      decisions.push(aceId(hit));
    }
    let snat: string | undefined;
    for (const { id, rule } of this.order) {
      snat = this.sourceNat(id, rule, inIface, o, p);
      if (snat) break;
    }
    return verdictKey('delivered', o, p.dst, p.dport, decisions, snat);
  }

  // ---- interfaces and routing -------------------------------------------------------------

  private level(name: string): number {
    return this.named.get(name)?.level ?? 0;
  }

  private v4(i: AsaInterface): { address: number; len: number } | undefined {
    const a = i.addresses.find((x) => x.address.family === 4);
    return a && { address: a.address.value as number, len: a.prefixLength };
  }

  private ownAddress(v: number): boolean {
    return [...this.named.values()].some((n) => n.enabled && this.v4(n.iface)?.address === v);
  }

  private route(dst: number): string[] {
    const candidates: Array<{ len: number; distance: number; out: string }> = [];
    for (const n of this.named.values()) {
      const a = this.v4(n.iface);
      if (n.enabled && a && inPrefix(a.address, a.len, dst)) candidates.push({ len: a.len, distance: 0, out: n.name });
    }
    for (const r of this.c.routes) {
      const n = this.named.get(r.interface);
      const a = n && this.v4(n.iface);
      if (!n || !n.enabled || !a || r.prefix.family !== 4 || !r.gateway || r.tunneled) continue;
      if (!inPrefix(a.address, a.len, r.gateway.value as number)) continue;
      if (inPrefix(r.prefix.address, r.prefix.prefixLength, dst)) candidates.push({ len: r.prefix.prefixLength, distance: r.distance, out: n.name });
    }
    if (candidates.length === 0) return [];
    const len = Math.max(...candidates.map((x) => x.len));
    const best = Math.min(...candidates.filter((x) => x.len === len).map((x) => x.distance));
    return [...new Set(candidates.filter((x) => x.len === len && x.distance === best).map((x) => x.out))];
  }

  // ---- management -----------------------------------------------------------------------------

  /**
   * ASA answers management only on the address of the interface the packet entered: "Management
   * access to an interface other than the one from which you entered the ASA is not supported
   * ... The only exception to this rule is through a VPN connection" (Cisco ASA general
   * operations configuration guide, "Configure Management Remote Access",
   * https://www.cisco.com/c/en/us/td/docs/security/asa/asa97/asdm77/general/asdm-77-general-config/admin-management.html).
   * The same holds for ICMP to the unit: the `icmp … IF` rules and the default answer concern
   * packets arriving on IF for IF's own address; pinging a far interface gets no reply.
   * `management-access IF` is that VPN exception; VPN is not modelled, so, as the parser
   * documents, IF's services are answered here from any ingress interface.
   */
  private managementAccepts(inIface: string, p: Pkt): boolean {
    const reachable = (name: string) => name === inIface || name === this.c.managementAccess?.name;
    for (const h of this.c.managementHosts) {
      const n = this.named.get(h.interface);
      if (!n || !n.enabled || !reachable(n.name) || this.v4(n.iface)?.address !== p.dst || h.source.family !== 4) continue;
      if (!inPrefix(h.source.address, h.source.prefixLength, p.src) || p.proto !== 6) continue;
      if (h.service === 'ssh' && p.dport === 22) return true;
      if (h.service === 'telnet' && p.dport === 23) return true;
      if (h.service === 'http' && this.c.httpServer && p.dport === this.c.httpServer.port) return true;
    }
    if (p.proto !== 1) return false;
    for (const n of this.named.values()) {
      if (!n.enabled || !reachable(n.name) || this.v4(n.iface)?.address !== p.dst) continue;
      const rules = this.c.icmpRules.filter((r) => r.interface === n.name && r.family === 4);
      if (rules.length === 0) return true;
      const hit = rules.find((r) => (r.source === undefined || inPrefix(r.source.address as number, r.source.prefixLength, p.src)) && (r.icmpType === undefined || r.icmpType === p.dport));
      if (hit?.action === 'permit') return true;
    }
    return false;
  }

  // ---- access rules ----------------------------------------------------------------------------

  /** The ACL an access-group binds (the last binding wins), if it exists and has extended entries. */
  private bound(direction: 'in' | 'out' | 'global', iface: string | undefined): string | undefined {
    let acl: string | undefined;
    for (const g of this.c.accessGroups) {
      if (g.direction !== direction || g.controlPlane || (iface !== undefined && g.interface !== iface)) continue;
      const list = this.c.accessLists.find((a) => a.name === g.acl);
      if (!list || !list.entries.some((e) => e.kind === 'extended')) continue;
      if (direction !== 'global' && !this.named.has(g.interface!)) continue;
      acl = g.acl;
    }
    return acl;
  }

  private aces(acl: string): AsaAce[] {
    return (this.c.accessLists.find((a) => a.name === acl)?.entries ?? []).filter((e): e is AsaAce => e.kind === 'extended');
  }

  private aceMatches(e: AsaAce, p: Pkt): boolean {
    if (e.inactive) return false;
    if ((e.identity.length > 0 || e.timeRange !== undefined) && e.action === 'deny') return false;
    if (!this.operandHas(e.source, p.src) || !this.operandHas(e.destination, p.dst)) return false;
    const pr = e.protocol;
    if (pr.kind === 'service-object') {
      const s = this.c.serviceObjects.find((o) => o.name === pr.name)?.service;
      return s !== undefined && specMatches(s, p);
    }
    if (pr.kind === 'group') {
      if (this.c.serviceGroups.some((g) => g.name === pr.name && g.portProtocol === undefined)) return this.serviceGroupHas(pr.name, p, new Set());
      const protos = this.protocolGroup(pr.name, new Set());
      if (protos.includes(undefined)) return true;
      if (!protos.includes(p.proto)) return false;
      return !isPorted(p.proto) || (this.portOk(e.sourcePort, p.sport) && this.portOk(e.destinationPort, p.dport));
    }
    if (pr.protocol === undefined) return true;
    if (pr.protocol !== p.proto) return false;
    if (isPorted(p.proto)) return this.portOk(e.sourcePort, p.sport) && this.portOk(e.destinationPort, p.dport);
    if ((p.proto === 1 || p.proto === 58) && e.icmp) {
      if (e.icmp.kind === 'type') return e.icmp.type === p.dport && (e.icmp.code === undefined || e.icmp.code === p.sport);
      return this.icmpGroup(e.icmp.name, new Set()).includes(p.dport);
    }
    return true;
  }

  private portOk(op: PortOperand | undefined, port: number): boolean {
    if (op === undefined) return true;
    if (op.kind === 'ports') return portMatches(op.match, port);
    return this.portGroupHas(op.name, port, new Set());
  }

  private portGroupHas(name: string, port: number, seen: Set<string>): boolean {
    if (seen.has(name)) return false;
    seen.add(name);
    const g = this.c.serviceGroups.find((x) => x.name === name);
    return (g?.members ?? []).some((m) => (m.kind === 'port' ? portMatches(m.match, port) : m.kind === 'group' ? this.portGroupHas(m.name, port, seen) : false));
  }

  private serviceGroupHas(name: string, p: Pkt, seen: Set<string>): boolean {
    if (seen.has(name)) return false;
    seen.add(name);
    const g = this.c.serviceGroups.find((x) => x.name === name);
    return (g?.members ?? []).some((m) => {
      if (m.kind === 'service') return specMatches(m.service, p);
      if (m.kind === 'object') {
        const s = this.c.serviceObjects.find((o) => o.name === m.name)?.service;
        return s !== undefined && specMatches(s, p);
      }
      if (m.kind === 'group') return this.serviceGroupHas(m.name, p, seen);
      return false;
    });
  }

  private protocolGroup(name: string, seen: Set<string>): Array<number | undefined> {
    if (seen.has(name)) return [];
    seen.add(name);
    const g = this.c.protocolGroups.find((x) => x.name === name);
    return (g?.members ?? []).flatMap((m) => (m.group !== undefined ? this.protocolGroup(m.group, seen) : [m.protocol]));
  }

  private icmpGroup(name: string, seen: Set<string>): number[] {
    if (seen.has(name)) return [];
    seen.add(name);
    const g = this.c.icmpGroups.find((x) => x.name === name);
    return (g?.members ?? []).flatMap((m) => (m.group !== undefined ? this.icmpGroup(m.group, seen) : m.type === undefined ? [] : [m.type]));
  }

  private operandHas(op: AddressOperand, v: number): boolean {
    switch (op.kind) {
      case 'any':
        return op.family !== 6;
      case 'host':
        return op.address.family === 4 && op.address.value === v;
      case 'prefix':
        return op.cidr.family === 4 && inPrefix(op.cidr.address, op.cidr.prefixLength, v);
      case 'object':
        return this.objectHas(op.name, v);
      case 'group':
        return this.groupHas(op.name, v, new Set());
      case 'interface': {
        const n = this.named.get(op.name);
        return n !== undefined && n.iface.addresses.some((a) => a.address.family === 4 && a.address.value === v);
      }
    }
  }

  private objectHas(name: string, v: number): boolean {
    const o = this.c.networkObjects.find((x) => x.name === name);
    if (!o) return false;
    const val = o.value;
    if (val.kind === 'host') return val.address.family === 4 && val.address.value === v;
    if (val.kind === 'subnet') return val.cidr.family === 4 && inPrefix(val.cidr.address, val.cidr.prefixLength, v);
    if (val.kind === 'range') return val.first.family === 4 && (val.first.value as number) <= v && v <= (val.last.value as number);
    return false;
  }

  private groupHas(name: string, v: number, seen: Set<string>): boolean {
    if (seen.has(name)) return false;
    seen.add(name);
    const g = this.c.networkGroups.find((x) => x.name === name);
    return (g?.members ?? []).some((m: NetworkMember) => {
      if (m.kind === 'host') return m.address.family === 4 && m.address.value === v;
      if (m.kind === 'prefix') return m.cidr.family === 4 && inPrefix(m.cidr.address as number, m.cidr.prefixLength, v);
      if (m.kind === 'object') return this.objectHas(m.name, v);
      return this.groupHas(m.name, v, seen);
    });
  }

  // ---- NAT ------------------------------------------------------------------------------------

  /** ASA's NAT table: twice NAT, then object NAT (static first, fewest addresses, lowest address, name), then after-auto. */
  private natOrder(): Array<{ id: string; rule: AsaNat }> {
    const twice = (section: 1 | 3) =>
      this.c.nats.filter((n): n is AsaTwiceNat => n.kind === 'twice' && n.section === section && !n.inactive).map((rule, i) => ({ id: `section${section}/${i + 1}`, rule }));
    const objects = this.c.nats
      .filter((n): n is AsaObjectNat => n.kind === 'object')
      .map((rule) => ({ rule, range: this.objectRange(rule.object) }))
      .sort((a, b) => {
        if (a.rule.type !== b.rule.type) return a.rule.type === 'static' ? -1 : 1;
        const sa = a.range ? a.range[1] - a.range[0] : 0;
        const sb = b.range ? b.range[1] - b.range[0] : 0;
        if (sa !== sb) return sa - sb;
        const la = a.range?.[0] ?? Infinity;
        const lb = b.range?.[0] ?? Infinity;
        if (la !== lb) return la - lb;
        return a.rule.object < b.rule.object ? -1 : a.rule.object > b.rule.object ? 1 : 0;
      })
      .map(({ rule }) => ({ id: `section2/${rule.object}`, rule: rule as AsaNat }));
    return [...twice(1), ...objects, ...twice(3)];
  }

  /** [lo, hiExclusive) of a host, subnet or range object. */
  private objectRange(name: string): [number, number] | undefined {
    const o = this.c.networkObjects.find((x) => x.name === name);
    const v = o?.value;
    if (!v) return undefined;
    if (v.kind === 'host' && v.address.family === 4) return [v.address.value, v.address.value + 1];
    if (v.kind === 'subnet' && v.cidr.family === 4) return [v.cidr.address, v.cidr.address + 2 ** (32 - v.cidr.prefixLength)];
    if (v.kind === 'range' && v.first.family === 4 && v.last.family === 4) return [v.first.value, v.last.value + 1];
    return undefined;
  }

  /** A NAT address as one contiguous range ("any" is everything). */
  private natRange(a: NatAddress | undefined, mappedIf: string): [number, number] | undefined {
    if (!a) return undefined;
    if (a.kind === 'any') return [0, 2 ** 32];
    if (a.kind === 'literal') return a.address.family === 4 ? [a.address.value, a.address.value + 1] : undefined;
    if (a.kind === 'interface') {
      const n = this.named.get(mappedIf);
      const v = n && this.v4(n.iface);
      return v && [v.address, v.address + 1];
    }
    return this.objectRange(a.name);
  }

  private ranges(r: AsaNat): { real?: [number, number]; mapped?: [number, number]; dMapped?: [number, number]; dReal?: [number, number] } {
    if (r.kind === 'object') {
      return { ...opt('real', this.objectRange(r.object)), ...opt('mapped', this.natRange(r.patPool !== undefined ? { kind: 'object', name: r.patPool } : r.mapped, r.mappedInterface)) };
    }
    return {
      ...opt('real', this.natRange(r.realSource, r.mappedInterface)),
      ...opt('mapped', this.natRange(r.patPool !== undefined ? { kind: 'object', name: r.patPool } : r.mappedSource, r.mappedInterface)),
      ...opt('dMapped', r.destination && this.natRange(r.destination.mapped, r.mappedInterface)),
      ...opt('dReal', r.destination && this.natRange(r.destination.real, r.mappedInterface)),
    };
  }

  private unNat(rule: AsaNat, inIface: string, p: Pkt): { dst: number; dport: number } | undefined {
    const x = this.ranges(rule);
    if (!x.real) return undefined;
    const onIf = (i: string) => i === 'any' || i === inIface;
    // Twice NAT: the forward traffic's destination MAPPED → REAL.
    if (rule.kind === 'twice' && rule.destination && x.dMapped && x.dReal) {
      if (onIf(rule.realInterface) && has(x.real, p.src) && has(x.dMapped, p.dst)) return { dst: mapAddress(x.dMapped, x.dReal, p.dst), dport: p.dport };
    }
    // Static NAT backwards: towards the mapped address on the mapped interface.
    if (rule.type === 'static' && !rule.unidirectional && x.mapped && onIf(rule.mappedInterface) && has(x.mapped, p.dst)) {
      if (rule.kind === 'twice' && rule.destination && !(x.dReal && has(x.dReal, p.src))) return undefined;
      if (rule.kind === 'object' && rule.service) {
        if (p.proto !== protoNumber(rule.service.protocol) || p.dport !== rule.service.mappedPort) return undefined;
        return { dst: mapAddress(x.mapped, x.real, p.dst), dport: rule.service.realPort };
      }
      return { dst: mapAddress(x.mapped, x.real, p.dst), dport: p.dport };
    }
    return undefined;
  }

  private sourceNat(id: string, rule: AsaNat, inIface: string, out: string, p: Pkt): string | undefined {
    const x = this.ranges(rule);
    if (!x.real) return undefined;
    const is = (i: string, actual: string) => i === 'any' || i === actual;
    if (is(rule.realInterface, inIface) && is(rule.mappedInterface, out) && has(x.real, p.src)) {
      const dstOk = rule.kind === 'twice' && rule.destination ? x.dReal !== undefined && has(x.dReal, p.dst) : true;
      const portOk = rule.kind === 'object' && rule.service && rule.type === 'static' ? p.proto === protoNumber(rule.service.protocol) && p.sport === rule.service.realPort : true;
      if (dstOk && portOk) return id;
    }
    if (rule.kind === 'twice' && rule.type === 'static' && rule.destination && !rule.unidirectional && x.dReal) {
      if (is(rule.mappedInterface, inIface) && is(rule.realInterface, out) && has(x.dReal, p.src) && has(x.real, p.dst)) return `${id}/reverse`;
    }
    return undefined;
  }
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function has(r: [number, number], v: number): boolean {
  return v >= r[0] && v < r[1];
}

/** One to one between ranges of one size, else everything onto the target's first address. */
function mapAddress(from: [number, number], to: [number, number], v: number): number {
  if (from[0] === to[0] && from[1] === to[1]) return v;
  if (to[1] - to[0] === 1) return to[0];
  if (from[1] - from[0] === to[1] - to[0]) return v - from[0] + to[0];
  return to[0];
}

function protoNumber(p: 'tcp' | 'udp' | 'sctp'): number {
  return p === 'tcp' ? 6 : p === 'udp' ? 17 : 132;
}

function aceId(e: AsaAce): string {
  return `${e.acl}:${e.position}`;
}

function isPorted(proto: number): boolean {
  return proto === 6 || proto === 17 || proto === 132;
}

/** Whether v is in the prefix of `address`/len (host bits of `address` ignored). */
function inPrefix(address: number | bigint, len: number, v: number): boolean {
  const size = 2 ** (32 - len);
  const b = Number(address) - (Number(address) % size);
  return v >= b && v < b + size;
}

function portMatches(m: PortMatch, port: number): boolean {
  const p = m.ports[0]!;
  switch (m.op) {
    case 'eq':
      return port === p;
    case 'neq':
      return port !== p;
    case 'lt':
      return port < p;
    case 'gt':
      return port > p;
    case 'range':
      return port >= p && port <= m.ports[1]!;
  }
}

function specMatches(s: ServiceSpec, p: Pkt): boolean {
  if (s.protocol === undefined) return true;
  if (s.protocol === 1 || s.protocol === 58) {
    return p.proto === s.protocol && (s.icmpType === undefined || s.icmpType === p.dport) && (s.icmpCode === undefined || s.icmpCode === p.sport);
  }
  const protocolOk = s.protocol === 'tcp-udp' ? p.proto === 6 || p.proto === 17 : p.proto === s.protocol;
  if (!protocolOk) return false;
  if (!isPorted(p.proto)) return true;
  return (s.source === undefined || portMatches(s.source, p.sport)) && (s.destination === undefined || portMatches(s.destination, p.dport));
}
