import type {
  PanInterface,
  PanNatRule,
  PanObjects,
  PanSecurityRule,
  PanosConfig,
  PanVsys,
} from '../../../parsers/paloalto/vendor-config.js';
import type { Packet } from '../../../src/space/packet.js';

/**
 * PAN-OS packet handling for one packet, written directly on the typed PAN-OS configuration
 * (not on the neutral model, and sharing no code with the converter), as the oracle's
 * reference. It follows the order PAN-OS processes a new session:
 *   1. route lookup of the original destination: its egress zone is the NAT rule's to-zone;
 *   2. NAT policy, first match (from-zone, to-zone, to-interface, source, destination,
 *      service), a bi-directional static rule's reverse right after it;
 *   3. packets now addressed to the firewall: answered when the owning interface's management
 *      profile allows the service from that source;
 *   4. route lookup of the translated destination;
 *   5. security policy, first match, on the ORIGINAL addresses and ports but the zone of the
 *      post-NAT egress interface; intrazone-default and interzone-default last;
 *   6. source NAT of the rule that won step 2.
 * IPv4 only, as the generator.
 */
export interface Fate {
  readonly disposition: 'delivered' | 'accepted' | 'denied' | 'no-route' | 'null-route';
  readonly out?: string;
  readonly dst: number;
  readonly dport: number;
  readonly ruleId?: string;
  readonly dnat?: string;
  readonly snat?: string;
}

export function fateKey(f: Fate): string {
  return [f.disposition, f.out ?? '', f.dst, f.dport, f.ruleId ?? '', f.dnat ?? '', f.snat ?? ''].join('|');
}

const TCP = 6;
const UDP = 17;
const ICMP = 1;

function ip(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = v * 256 + Number(p);
  }
  return v;
}

/** [lo, hi] of a literal host, prefix or range; undefined if not a literal. */
function literalRange(text: string): [number, number] | undefined {
  const dash = text.indexOf('-');
  if (dash > 0) {
    const lo = ip(text.slice(0, dash));
    const hi = ip(text.slice(dash + 1));
    return lo !== undefined && hi !== undefined && lo <= hi ? [lo, hi] : undefined;
  }
  const slash = text.indexOf('/');
  const addr = ip(slash < 0 ? text : text.slice(0, slash));
  if (addr === undefined) return undefined;
  const len = slash < 0 ? 32 : Number(text.slice(slash + 1));
  const size = 2 ** (32 - len);
  const lo = addr - (addr % size);
  return [lo, lo + size - 1];
}

class Vsys {
  readonly interfaces: PanInterface[];
  readonly zoneOf = new Map<string, string>();
  readonly zoneNames = new Set<string>();

  constructor(
    readonly config: PanosConfig,
    readonly vsys: PanVsys,
  ) {
    const owned = vsys.importedInterfaces ? new Set(vsys.importedInterfaces.names) : undefined;
    this.interfaces = config.interfaces.filter((i) => i.mode === 'layer3' && (owned === undefined || owned.has(i.name)));
    const l3 = new Set(this.interfaces.map((i) => i.name));
    for (const z of vsys.zones) {
      if (z.mode !== 'layer3') continue;
      this.zoneNames.add(z.name);
      for (const m of z.members.names) if (l3.has(m) && !this.zoneOf.has(m)) this.zoneOf.set(m, z.name);
    }
  }

  get objects(): PanObjects[] {
    return [this.vsys.objects, this.config.shared];
  }

  enabled(i: PanInterface): boolean {
    return !i.linkDown && this.config.routers.some((r) => r.interfaces.names.includes(i.name));
  }

  /** The interface's IPv4 address and prefix length. */
  addressOf(i: PanInterface): { address: number; len: number } | undefined {
    const a = i.addresses.find((x) => x.parsed?.address.family === 4)?.parsed;
    return a && a.address.family === 4 ? { address: a.address.value, len: a.prefixLength } : undefined;
  }

  onSubnet(i: PanInterface, addr: number): boolean {
    const a = this.addressOf(i);
    if (!a) return false;
    const size = 2 ** (32 - a.len);
    return Math.floor(a.address / size) === Math.floor(addr / size);
  }

  /** Longest-prefix route: connected subnets (distance 0), then static routes by distance and metric. */
  route(dst: number): { kind: 'iface'; iface: string } | { kind: 'discard' } | { kind: 'none' } {
    type Cand = { len: number; dist: number; metric: number; hop: { kind: 'iface'; iface: string } | { kind: 'discard' } };
    const cands: Cand[] = [];
    for (const i of this.interfaces) {
      if (!this.enabled(i)) continue;
      const a = this.addressOf(i);
      if (a && this.onSubnet(i, dst)) cands.push({ len: a.len, dist: 0, metric: 0, hop: { kind: 'iface', iface: i.name } });
    }
    for (const router of this.config.routers) {
      if (!router.interfaces.names.some((n) => this.interfaces.some((i) => i.name === n))) continue;
      for (const r of router.routes) {
        const d = r.destination;
        if (!d || d.family !== 4) continue;
        const size = 2 ** (32 - d.prefixLength);
        if (Math.floor(d.address / size) !== Math.floor(dst / size)) continue;
        let hop: Cand['hop'] | undefined;
        const named = r.interface === undefined ? undefined : this.interfaces.find((i) => i.name === r.interface);
        if (r.interface !== undefined && (!named || !this.enabled(named))) continue;
        if (r.nexthop.type === 'discard') hop = { kind: 'discard' };
        else if (r.nexthop.type === 'ip-address' && r.nexthop.address.family === 4) {
          const gw = r.nexthop.address.value;
          const egress = named ? (this.onSubnet(named, gw) ? named : undefined) : this.interfaces.find((i) => this.enabled(i) && this.onSubnet(i, gw));
          if (egress) hop = { kind: 'iface', iface: egress.name };
        } else if (r.nexthop.type === 'none' && named) hop = { kind: 'iface', iface: named.name };
        if (hop) cands.push({ len: d.prefixLength, dist: r.adminDist, metric: r.metric, hop });
      }
    }
    if (cands.length === 0) return { kind: 'none' };
    cands.sort((a, b) => b.len - a.len || a.dist - b.dist || a.metric - b.metric);
    return cands[0]!.hop;
  }

  addressIn(name: string, addr: number, seen = new Set<string>()): boolean {
    if (name === 'any') return true;
    for (const scope of this.objects) {
      const a = scope.addresses.find((x) => x.name === name);
      if (a) {
        const v = a.value;
        if (v.type === 'ip-netmask' && v.cidr.family === 4) {
          const size = 2 ** (32 - v.cidr.prefixLength);
          return Math.floor(v.cidr.address / size) === Math.floor(addr / size);
        }
        if (v.type === 'ip-range' && v.first.family === 4 && v.last.family === 4) return v.first.value <= addr && addr <= v.last.value;
        return false;
      }
      const g = scope.addressGroups.find((x) => x.name === name);
      if (g) {
        if (seen.has(name) || !g.static) return false;
        seen.add(name);
        return g.static.names.some((m) => this.addressIn(m, addr, seen));
      }
    }
    const lit = literalRange(name);
    return lit !== undefined && lit[0] <= addr && addr <= lit[1];
  }

  anyAddress(names: readonly string[], addr: number): boolean {
    return names.some((n) => this.addressIn(n, addr));
  }

  /** The one address (or range) a translated-address names. */
  rangeOf(name: string): [number, number] | undefined {
    for (const scope of this.objects) {
      const a = scope.addresses.find((x) => x.name === name);
      if (a?.value.type === 'ip-netmask' && a.value.cidr.family === 4) {
        const size = 2 ** (32 - a.value.cidr.prefixLength);
        return [a.value.cidr.address, a.value.cidr.address + size - 1];
      }
      if (a?.value.type === 'ip-range' && a.value.first.family === 4 && a.value.last.family === 4) return [a.value.first.value, a.value.last.value];
    }
    return literalRange(name);
  }

  serviceMatches(name: string, p: Packet, seen = new Set<string>()): boolean {
    if (name === 'any') return true;
    if (name === 'service-http') return p.protocol === TCP && (p.dstPort === 80 || p.dstPort === 8080);
    if (name === 'service-https') return p.protocol === TCP && p.dstPort === 443;
    for (const scope of this.objects) {
      const s = scope.services.find((x) => x.name === name);
      if (s) {
        const proto = s.protocol === 'tcp' ? TCP : s.protocol === 'udp' ? UDP : -1;
        if (p.protocol !== proto) return false;
        if (!s.ports.some((r) => r.lo <= p.dstPort && p.dstPort <= r.hi)) return false;
        return s.sourcePorts === undefined || s.sourcePorts.some((r) => r.lo <= p.srcPort && p.srcPort <= r.hi);
      }
      const g = scope.serviceGroups.find((x) => x.name === name);
      if (g) {
        if (seen.has(name)) return false;
        seen.add(name);
        return g.members.names.some((m) => this.serviceMatches(m, p, seen));
      }
    }
    return false;
  }
}

/** Default ports of the applications the generator uses (Applipedia's standard ports). */
function appDefault(app: string, p: Packet): boolean {
  switch (app) {
    case 'ssl':
      return p.protocol === TCP && p.dstPort === 443;
    case 'web-browsing':
      return p.protocol === TCP && p.dstPort === 80;
    case 'dns':
      return (p.protocol === TCP || p.protocol === UDP) && p.dstPort === 53;
    case 'ssh':
      return p.protocol === TCP && p.dstPort === 22;
    case 'ping':
      return p.protocol === ICMP && p.dstPort === 8;
    default:
      return false;
  }
}

interface NatDecision {
  readonly id: string;
  readonly dst: number;
  readonly dport: number;
  /** Whether the rule translates the destination (and so is recorded as DNAT). */
  readonly dnat: boolean;
  readonly snat: boolean;
}

function natLookup(v: Vsys, inIface: string, p: Packet): NatDecision | undefined {
  const pre = v.route(p.dst.value as number);
  if (pre.kind !== 'iface') return undefined;
  const inZone = v.zoneOf.get(inIface);
  const outZone = v.zoneOf.get(pre.iface);
  const zoneIn = (names: readonly string[], zone: string | undefined) => names.includes('any') || (zone !== undefined && names.includes(zone));
  const dst = p.dst.value as number;
  const src = p.src.value as number;
  for (const r of v.vsys.nat) {
    if (r.disabled || !r.complete || r.natType !== 'ipv4') continue;
    const toOk = zoneIn(r.to.names, outZone) && (r.toInterface === undefined || r.toInterface.value === pre.iface);
    if (zoneIn(r.from.names, inZone) && toOk && v.anyAddress(r.source.names, src) && v.anyAddress(r.destination.names, dst) && v.serviceMatches(r.service.value, p)) {
      return applyNat(v, r, p);
    }
    const st = r.sourceTranslation;
    if (st?.type === 'static-ip' && st.biDirectional && st.translated && toOk) {
      const translated = v.rangeOf(st.translated.value);
      const original = r.source.names.length === 1 ? v.rangeOf(r.source.names[0]!) : undefined;
      if (translated && original && translated[0] <= dst && dst <= translated[1] && v.anyAddress(r.destination.names, src) && original[0] === original[1]) {
        return { id: `${r.name} (reverse)`, dst: original[0], dport: p.dstPort, dnat: true, snat: false };
      }
    }
  }
  return undefined;
}

function applyNat(v: Vsys, r: PanNatRule, p: Packet): NatDecision {
  let dst = p.dst.value as number;
  let dport = p.dstPort;
  const dt = r.destinationTranslation;
  let dnat = false;
  if (dt?.translatedAddress) {
    const target = v.rangeOf(dt.translatedAddress.value);
    if (target) {
      dnat = true;
      if (target[0] === target[1]) dst = target[0];
      else {
        const orig = r.destination.names.length === 1 ? v.rangeOf(r.destination.names[0]!) : undefined;
        dst = orig && orig[1] - orig[0] === target[1] - target[0] ? target[0] + (dst - orig[0]) : target[0];
      }
      if (dt.translatedPort && (p.protocol === TCP || p.protocol === UDP)) dport = dt.translatedPort.value;
    }
  }
  return { id: r.name, dst, dport, dnat, snat: r.sourceTranslation !== undefined };
}

function securityDecision(v: Vsys, inIface: string, outIface: string, p: Packet): { action: 'allow' | 'deny'; id?: string } {
  const zi = v.zoneOf.get(inIface);
  const zo = v.zoneOf.get(outIface);
  if (zi === undefined || zo === undefined) return { action: 'deny' };
  for (const r of v.vsys.security) {
    if (r.disabled || !r.complete || !r.action) continue;
    const action = r.action.value === 'allow' ? 'allow' : 'deny';
    if (matches(v, r, action, zi, zo, p)) return { action, id: r.name };
  }
  const override = (name: string) => [...v.vsys.defaults].reverse().find((d) => d.name === name)?.action?.value;
  if (zi === zo) {
    const a = override('intrazone-default');
    return { action: a === undefined || a === 'allow' ? 'allow' : 'deny', id: 'intrazone-default' };
  }
  const a = override('interzone-default');
  return { action: a === 'allow' ? 'allow' : 'deny', id: 'interzone-default' };
}

function matches(v: Vsys, r: PanSecurityRule, action: 'allow' | 'deny', zi: string, zo: string, p: Packet): boolean {
  const fromAny = r.from.names.includes('any');
  const toAny = r.to.names.includes('any');
  const fromOk = fromAny || r.from.names.includes(zi);
  const toOk = toAny || r.to.names.includes(zo);
  if (!fromOk || !toOk) return false;
  if (r.ruleType === 'intrazone' && zi !== zo) return false;
  if (r.ruleType === 'interzone' && zi === zo) return false;
  // Deny rules that depend on who the user is, or on the application (named, or held to its
  // default ports), never match: other users and other applications on the same ports go on
  // to later rules.
  if (action === 'deny' && (!r.sourceUser.names.includes('any') || !r.application.names.includes('any') || r.service.names.includes('application-default'))) return false;
  const src = p.src.value as number;
  const dst = p.dst.value as number;
  if (v.anyAddress(r.source.names, src) === r.negateSource) return false;
  if (v.anyAddress(r.destination.names, dst) === r.negateDestination) return false;
  const appAny = r.application.names.includes('any');
  return r.service.names.some((s) => {
    if (s === 'application-default') return appAny || r.application.names.some((a) => appDefault(a, p));
    return v.serviceMatches(s, p);
  });
}

export function evaluate(config: PanosConfig, inIface: string, p: Packet): Fate {
  const v = new Vsys(config, config.vsys[0]!);
  const nat = natLookup(v, inIface, p);
  const dst = nat?.dst ?? (p.dst.value as number);
  const dport = nat?.dport ?? p.dstPort;
  const dnat = nat?.dnat ? nat.id : undefined;
  const base = { dst, dport, ...(dnat === undefined ? {} : { dnat }) };

  // Addressed to the firewall itself.
  const owner = v.interfaces.find((i) => v.enabled(i) && v.addressOf(i)?.address === dst);
  if (owner) {
    const zoned = v.zoneOf.has(owner.name);
    const profile = owner.managementProfile && config.managementProfiles.find((m) => m.name === owner.managementProfile!.value);
    const translated: Packet = { ...p, dstPort: dport };
    const permitted = profile && (profile.permittedIps.length === 0 || profile.permittedIps.some((x) => x.cidr && x.cidr.family === 4 && Math.floor(x.cidr.address / 2 ** (32 - x.cidr.prefixLength)) === Math.floor((p.src.value as number) / 2 ** (32 - x.cidr.prefixLength))));
    const service = profile?.services.some((s) => managementService(s.value, translated));
    if (!(zoned && permitted && service)) return { disposition: 'denied', ...base };
    if (owner.name === inIface) return { disposition: 'accepted', ...base };
    // Another interface's profile: a security rule must allow the ingress zone to its zone.
    const decision = securityDecision(v, inIface, owner.name, p);
    return { disposition: decision.action === 'allow' ? 'accepted' : 'denied', ...base, ...(decision.id ? { ruleId: decision.id } : {}) };
  }
  const route = v.route(dst);
  if (route.kind === 'none') return { disposition: 'no-route', ...base };
  if (route.kind === 'discard') return { disposition: 'null-route', ...base };
  const decision = securityDecision(v, inIface, route.iface, p);
  if (decision.action === 'deny') return { disposition: 'denied', out: route.iface, ...base, ...(decision.id ? { ruleId: decision.id } : {}) };
  return { disposition: 'delivered', out: route.iface, ...base, ...(decision.id ? { ruleId: decision.id } : {}), ...(nat?.snat ? { snat: nat.id } : {}) };
}

function managementService(name: string, p: Packet): boolean {
  switch (name) {
    case 'ping':
      return p.protocol === ICMP && p.dstPort === 8;
    case 'ssh':
      return p.protocol === TCP && p.dstPort === 22;
    case 'https':
      return p.protocol === TCP && p.dstPort === 443;
    case 'http':
      return p.protocol === TCP && p.dstPort === 80;
    case 'telnet':
      return p.protocol === TCP && p.dstPort === 23;
    default:
      return false;
  }
}
