import type { Packet } from '../../../src/space/packet.js';
import type {
  AddressSpec,
  HostItem,
  PortSpec,
  ProtocolItem,
  RtxConfig,
  RtxDynamicFilter,
  RtxFilterBinding,
  RtxInterface,
  RtxNatDescriptor,
  RtxStaticFilter,
} from '../../../parsers/rtx/vendor-config.js';

/**
 * RTX semantics on ONE concrete packet, written directly on the typed RTX configuration,
 * without the neutral model and without the parser's conversion code. It follows the command
 * reference: NAT of the ingress interface, IN secure filter (static filters in list order,
 * first match; then dynamic filters as permits for new flows; nothing matched: discard),
 * routing (longest prefix; connected before static; equal gateways all usable), rebound,
 * OUT secure filter of the egress interface.
 *
 * The router drops at NAT and at the IN filter before it routes; the analysis routes first and
 * filters after. Both drop the same packets, only the reported reason differs, so results are
 * expressed the way the analysis reports them: a packet with no route is 'no-route' whatever
 * the IN filter says, and a dropped packet lists the decisions of every stage it met.
 *
 * A packet addressed to the router meets the IN secure filter of the interface it arrived on
 * like any other: the command reference says the list restricts the packets the interface
 * sends and receives and discards what no filter matches, without an exception for the
 * router's own addresses (https://www.rtpro.yamaha.co.jp/RT/manual/vrx/ip/ip_interface_secure_filter.html;
 * YAMAHA's VPN examples pass IKE and ESP to the router's own WAN address in the IN list for
 * this reason). Only what that list passes reaches the router's services.
 */
export interface VendorOutcome {
  readonly disposition: 'delivered' | 'accepted' | 'denied' | 'no-route' | 'null-route';
  readonly out?: string;
  readonly dst: number;
  readonly dport: number;
  /** `stage:rule` for every stage met, `stage:default-deny|default-permit` when no rule decided. */
  readonly decisions: readonly string[];
  /**
   * True for a packet addressed to the router's masquerade address that masquerade refuses
   * (no mapping) although the IN filter passes it and a management service would answer it:
   * the model's refusal stage applies to forwarded packets only, so it answers (the parser
   * warns that the model permits more there).
   */
  readonly localGap?: boolean;
}

const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMP_ERROR = [[3, 5], [11, 12], [31, 32]] as const;
const ICMP_INFO = [[0, 0], [8, 10], [13, 18], [30, 30], [33, 36]] as const;
const LAN_SIDE = new Set(['lan', 'tagged-vlan', 'lan-division', 'vlan', 'bridge']);

export function evaluate(config: RtxConfig, ingress: string, packet: Packet): VendorOutcome[] {
  const byName = new Map(config.interfaces.map((i) => [i.name, i]));
  const inIface = byName.get(ingress)!;
  const nat = natIn(inIface, config, packet);
  const p = nat.packet;
  const dst = p.dst.value as number;
  const base = { dst, dport: p.dstPort };

  if (ownAddresses(config).has(dst)) {
    const inVerdict = listPermits(config, inIface.secureFilterIn, 'in', p);
    const decisions = inVerdict.stage ? [`${ingress} secure filter in:${inVerdict.rule}`] : [];
    if (!inVerdict.permit) return [{ ...base, disposition: 'denied', decisions }];
    const answered = managementAccepts(config, p);
    const refused = nat.refusals.some((r) => r.deny);
    return [{ ...base, disposition: answered ? 'accepted' : 'denied', decisions, ...(refused && answered ? { localGap: true } : {}) }];
  }
  const hops = route(config, dst);
  if (hops.length === 0) return [{ ...base, disposition: 'no-route', decisions: [] }];
  return hops.map((hop) => {
    if (hop === 'discard') return { ...base, disposition: 'null-route', decisions: [] };
    const decisions: string[] = [];
    const denied = (): VendorOutcome => ({ ...base, disposition: 'denied', out: hop, decisions });
    if (!config.routing.on && config.routing.line !== undefined) {
      decisions.push('ip routing off:default-deny');
      return denied();
    }
    for (const r of nat.refusals) {
      decisions.push(`${r.stage}:${r.deny ? r.rule : 'default-permit'}`);
      if (r.deny) return denied();
    }
    const inVerdict = listPermits(config, inIface.secureFilterIn, 'in', p);
    if (inVerdict.stage) {
      decisions.push(`${ingress} secure filter in:${inVerdict.rule}`);
      if (!inVerdict.permit) return denied();
    }
    if (hop === ingress && !(inIface.rebound?.on ?? inIface.kind !== 'pp')) {
      decisions.push(`${ingress} rebound off:default-deny`);
      return denied();
    }
    const outVerdict = listPermits(config, byName.get(hop)!.secureFilterOut, 'out', p);
    if (outVerdict.stage) {
      decisions.push(`${hop} secure filter out:${outVerdict.rule}`);
      if (!outVerdict.permit) return denied();
    }
    return { ...base, disposition: 'delivered', out: hop, decisions };
  });
}

// ---------- NAT on the ingress interface ----------

interface Refusal {
  readonly stage: string;
  readonly rule: string;
  readonly deny: boolean;
}

function natIn(iface: RtxInterface, config: RtxConfig, p: Packet): { packet: Packet; refusals: Refusal[] } {
  let packet = p;
  let translated = false;
  const refusals: Refusal[] = [];
  for (const id of iface.nat?.descriptors ?? []) {
    const d = config.natDescriptors.get(id);
    const type = d?.type?.value ?? 'none';
    if (!d || type === 'none') continue;
    const masquerade = type === 'masquerade' || type === 'nat-masquerade';
    const address = masquerade ? masqueradeAddress(iface, d) : undefined;
    const dst = p.dst.value as number;
    if (!translated) {
      const s = d.statics.find((x) => dst >= x.outer && dst < x.outer + x.count);
      const m = address === dst ? d.masqueradeStatics.find((x) => x.protocol === p.protocol && (x.innerPort === undefined || p.dstPort === (x.outerPort ?? x.innerPort))) : undefined;
      if (s) packet = { ...p, dst: { family: 4, value: s.inner + (dst - s.outer) } };
      else if (m) packet = { ...p, dst: { family: 4, value: m.inner }, dstPort: m.outerPort !== undefined ? m.innerPort! : p.dstPort };
      else if (address === dst && d.incoming?.action === 'forward') packet = { ...p, dst: { family: 4, value: d.incoming.forwardTo! } };
      translated = s !== undefined || m !== undefined || (address === dst && d.incoming?.action === 'forward');
    }
    const action = d.incoming?.action ?? 'reject';
    if (address === undefined || action === 'forward') continue;
    const refused = !translated && dst === address && (action !== 'through' || (p.protocol === TCP && p.dstPort <= 1023));
    refusals.push({ stage: `nat descriptor ${id} incoming ${action} on ${iface.name}`, rule: `nat ${id} incoming ${action}`, deny: refused });
  }
  return { packet, refusals };
}

function masqueradeAddress(iface: RtxInterface, d: RtxNatDescriptor): number | undefined {
  const outer = d.outer ?? { kind: 'ipcp' as const };
  if (outer.kind === 'ranges') return outer.ranges[0]?.[0];
  const tunnelOrPp = iface.kind === 'pp' || iface.kind === 'tunnel';
  if (outer.kind === 'primary' && !tunnelOrPp) return iface.addresses.find((a) => !a.secondary)?.address;
  if (outer.kind === 'secondary' && !tunnelOrPp) return iface.addresses.find((a) => a.secondary)?.address;
  if (outer.kind === 'ipcp' && iface.kind === 'pp') return iface.addresses.find((a) => !a.secondary)?.address;
  return undefined;
}

// ---------- secure filter lists ----------

function listPermits(config: RtxConfig, binding: RtxFilterBinding | undefined, direction: 'in' | 'out', p: Packet): { stage: boolean; permit: boolean; rule?: string } {
  if (!binding) return { stage: false, permit: true };
  let statics: readonly number[];
  let dynamics: readonly number[] = [];
  if (binding.kind === 'list') {
    statics = binding.staticFilters;
    dynamics = binding.dynamicFilters;
  } else {
    const side = config.filterSets.get(binding.name)?.[direction];
    // An undefined set, or a set without this direction, filters nothing.
    if (!side) return { stage: false, permit: true };
    statics = side.filters;
  }
  for (const n of statics) {
    const f = config.staticFilters.get(n);
    if (f && !f.broken && staticMatches(f, p)) return { stage: true, permit: f.action !== 'reject', rule: String(n) };
  }
  for (const n of dynamics) {
    const f = config.dynamicFilters.get(n);
    if (f && !f.broken && dynamicMatches(config, f, p)) return { stage: true, permit: true, rule: `dynamic ${n}` };
  }
  return { stage: true, permit: false, rule: 'default-deny' };
}

function staticMatches(f: RtxStaticFilter, p: Packet): boolean {
  return addressMatches(f.source, p.src.value as number) && addressMatches(f.destination, p.dst.value as number) && serviceMatches(f, p);
}

function addressMatches(spec: AddressSpec, a: number): boolean {
  if (spec.any) return true;
  if (spec.ranges.some(([lo, hi]) => a >= lo && a <= hi)) return true;
  const octets = [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255];
  return spec.patterns.some((pattern) => pattern.every((o, i) => o === null || o === octets[i]));
}

function inPorts(spec: PortSpec, v: number): boolean {
  return spec.any || spec.ranges.some(([lo, hi]) => v >= lo && v <= hi);
}

/** The protocol column against the opening packet of a flow. */
function serviceMatches(f: Pick<RtxStaticFilter, 'protocol' | 'sourcePorts' | 'destinationPorts'>, p: Packet): boolean {
  const ports = () => inPorts(f.sourcePorts, p.srcPort) && inPorts(f.destinationPorts, p.dstPort);
  return f.protocol.items.some((item: ProtocolItem) => {
    switch (item.kind) {
      case 'any':
        return p.protocol === TCP || p.protocol === UDP ? ports() : true;
      case 'number':
        if (p.protocol !== item.value) return false;
        if (item.value === TCP || item.value === UDP) return ports();
        // icmp alone: source column = type, destination column = code (packet: dstPort = type, srcPort = code).
        if (item.value === ICMP && f.protocol.icmpAlone) return inPorts(f.sourcePorts, p.dstPort) && inPorts(f.destinationPorts, p.srcPort);
        return true;
      case 'icmp-error':
        return p.protocol === ICMP && ICMP_ERROR.some(([lo, hi]) => p.dstPort >= lo && p.dstPort <= hi);
      case 'icmp-info':
        return p.protocol === ICMP && ICMP_INFO.some(([lo, hi]) => p.dstPort >= lo && p.dstPort <= hi);
      case 'tcpsyn':
        return p.protocol === TCP && ports();
      case 'tcpflag':
        // The opening segment carries SYN alone (0x0002).
        return p.protocol === TCP && ((0x0002 & item.mask) === item.value) !== item.negate && ports();
      default:
        // established, tcpfin, tcprst: never the packet that opens a flow.
        return false;
    }
  });
}

function dynamicMatches(config: RtxConfig, f: RtxDynamicFilter, p: Packet): boolean {
  if (!addressMatches(f.source, p.src.value as number) || !addressMatches(f.destination, p.dst.value as number)) return false;
  if (f.trigger.kind === 'application') {
    return f.trigger.services.some((s) => s.protocol === p.protocol && (s.ranges === undefined || s.ranges.some(([lo, hi]) => p.dstPort >= lo && p.dstPort <= hi)));
  }
  // `filter N`: the protocol and ports of filter N; its addresses and action do not count.
  return f.trigger.filters.some((n) => {
    const s = config.staticFilters.get(n);
    return s !== undefined && !s.broken && serviceMatches(s, p);
  });
}

// ---------- routing ----------

function enabled(i: RtxInterface): boolean {
  return i.kind === 'pp' || i.kind === 'tunnel' ? i.enable?.on === true : i.shutdown === undefined;
}

function ownAddresses(config: RtxConfig): Set<number> {
  return new Set(config.interfaces.filter(enabled).flatMap((i) => i.addresses.map((a) => a.address)));
}

function subnet(address: number, length: number): [number, number] {
  const size = 2 ** (32 - length);
  const base = address - (address % size);
  return [base, base + size - 1];
}

/** Egress interfaces (or 'discard') of the best routes to `dst`; several for equal-cost gateways. */
function route(config: RtxConfig, dst: number): Array<string | 'discard'> {
  const candidates: Array<{ lo: number; hi: number; length: number; distance: number; hop: string | 'discard' }> = [];
  const up = config.interfaces.filter(enabled);
  for (const i of up) {
    for (const a of i.addresses) {
      const [lo, hi] = subnet(a.address, a.prefixLength);
      candidates.push({ lo, hi, length: a.prefixLength, distance: 0, hop: i.name });
    }
  }
  for (const r of config.routes) {
    if (r.replacedBy !== undefined) continue;
    const [lo, hi] = subnet(r.prefix.address as number, r.prefix.prefixLength);
    for (const g of r.gateways) {
      let hop: string | 'discard' | undefined;
      const t = g.target;
      if (t.kind === 'null') hop = 'discard';
      else if (t.kind === 'address') {
        hop = up.find((i) => i.addresses.some((a) => {
          const [l, h] = subnet(a.address, a.prefixLength);
          return t.address >= l && t.address <= h;
        }))?.name;
      } else if (t.kind === 'interface') hop = up.find((i) => i.name === t.name)?.name;
      if (hop !== undefined) candidates.push({ lo, hi, length: r.prefix.prefixLength, distance: 1, hop });
    }
  }
  const matching = candidates.filter((c) => dst >= c.lo && dst <= c.hi);
  if (matching.length === 0) return [];
  const length = Math.max(...matching.map((c) => c.length));
  const longest = matching.filter((c) => c.length === length);
  const distance = Math.min(...longest.map((c) => c.distance));
  return longest.filter((c) => c.distance === distance).map((c) => c.hop);
}

// ---------- the router's own services ----------

function managementAccepts(config: RtxConfig, p: Packet): boolean {
  const m = config.management;
  const src = p.src.value as number;
  const from = (items: readonly HostItem[]) => items.some((item) => hostAllows(config, item, src));
  if (p.protocol === ICMP && p.dstPort === 8) return m.echoReply?.on ?? true;
  if (p.protocol !== TCP) return false;
  const servers = [
    { s: m.telnetd, on: true, port: 23, hosts: [{ kind: 'any' }] as HostItem[] },
    { s: m.httpd, on: true, port: 80, hosts: [{ kind: 'lan' }] as HostItem[] },
    { s: m.sshd, on: false, port: 22, hosts: [{ kind: 'any' }] as HostItem[] },
  ];
  return servers.some(({ s, on, port, hosts }) => (s.service?.on ?? on) && p.dstPort === (s.port?.value ?? port) && from(s.hosts?.items ?? hosts));
}

function hostAllows(config: RtxConfig, item: HostItem, src: number): boolean {
  switch (item.kind) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'range':
      return src >= item.first && src <= item.last;
    case 'interface':
      return isHostOf(config.interfaces.find((i) => i.name === item.name), src);
    case 'lan':
      return config.interfaces.some((i) => LAN_SIDE.has(i.kind) && isHostOf(i, src));
  }
}

/** A host of the interface's networks: inside a subnet, not its network or broadcast address. */
function isHostOf(iface: RtxInterface | undefined, src: number): boolean {
  return (iface?.addresses ?? []).some((a) => {
    const [lo, hi] = subnet(a.address, a.prefixLength);
    if (src < lo || src > hi) return false;
    return hi - lo < 2 || (src !== lo && src !== hi);
  });
}
