import { Prng } from '../../helpers/prng.js';

/**
 * Random single-host configurations as text: an iptables-save file and its `ip` companion.
 * Interfaces sit on small, overlapping subnets of 10.0.0.0/24, so that rule addresses, NAT
 * targets, routes and interface subnets collide often; rules use the constructs whose netfilter
 * semantics the parser claims to model (jumps, goto, RETURN, negations, ports, multiport, ICMP,
 * connection state with DNAT status, iprange, addrtype, TCP flags, limit/recent approximations,
 * ipsets, DNAT/REDIRECT/SNAT/MASQUERADE) and the forwarding switch.
 */
export interface GeneratedHost {
  readonly rules: string;
  readonly companion: string;
  /** Interface names, in order. */
  readonly interfaces: readonly string[];
  /** Addresses worth sending packets to or from (integers). */
  readonly addresses: readonly number[];
  /** Ports the rules name, to aim packets at. */
  readonly ports: readonly number[];
}

const BASE = 0x0a000000; // 10.0.0.0
const ROUTED = 0x0a010000; // 10.1.0.0
const OUTSIDE = 0xc6336400; // 198.51.100.0
const NAMES = ['eth0', 'eth1', 'eth2', 'wan0'];
const PORTS = [22, 53, 80, 443, 445, 3128, 8080];

export function ip(v: number): string {
  return [24, 16, 8, 0].map((s) => (v >>> s) & 255).join('.');
}

interface Subnet {
  readonly name: string;
  readonly network: number;
  readonly length: number;
  readonly address: number;
  readonly secondary?: number;
}

function size(length: number): number {
  return 2 ** (32 - length);
}

function subnets(r: Prng): Subnet[] {
  const count = r.int(2, 4);
  const out: Subnet[] = [];
  const used = new Set<number>();
  while (out.length < count) {
    const length = r.pick([25, 26, 27, 28]);
    const network = BASE + size(length) * r.int(0, 256 / size(length) - 1);
    if (out.some((s) => s.network === network && s.length === length)) continue;
    const pickHost = () => network + r.int(1, size(length) - 2);
    let address = pickHost();
    while (used.has(address)) address = pickHost();
    used.add(address);
    let secondary: number | undefined;
    if (r.chance(0.2)) {
      const s = pickHost();
      if (!used.has(s)) {
        used.add(s);
        secondary = s;
      }
    }
    out.push({ name: NAMES[out.length]!, network, length, address, ...(secondary !== undefined && { secondary }) });
  }
  return out;
}

class Writer {
  readonly nat: string[] = [];
  readonly filter: string[] = [];
  readonly ports = new Set<number>();
  readonly addresses = new Set<number>();

  constructor(
    readonly r: Prng,
    readonly nets: readonly Subnet[],
  ) {}

  /** A host address of some subnet that no interface holds: a neighbour, a gateway. */
  neighbour(): number {
    const s = this.r.pick(this.nets);
    for (;;) {
      const a = s.network + this.r.int(1, size(s.length) - 2);
      if (!this.nets.some((n) => n.address === a || n.secondary === a)) return a;
    }
  }

  own(): number {
    const s = this.r.pick(this.nets);
    return s.secondary !== undefined && this.r.chance(0.3) ? s.secondary : s.address;
  }

  addressSpec(): string {
    const r = this.r;
    switch (r.int(0, 6)) {
      case 0: {
        const length = r.pick([24, 25, 26, 27, 28, 30]);
        const net = BASE + size(length) * r.int(0, 256 / size(length) - 1);
        this.addresses.add(net + 1);
        return r.chance(0.2) ? `${ip(net)}/${ip((0xffffffff << (32 - length)) >>> 0)}` : `${ip(net)}/${length}`;
      }
      case 1: {
        const a = this.own();
        return `${ip(a)}/32`;
      }
      case 2: {
        const a = this.neighbour();
        this.addresses.add(a);
        return `${ip(a)}/32`;
      }
      case 3:
        return r.chance(0.5) ? '10.1.0.0/16' : `10.1.${r.int(0, 3)}.0/24`;
      case 4:
        return '198.51.100.0/24';
      default: {
        const s = r.pick(this.nets);
        return `${ip(s.network)}/${s.length}`;
      }
    }
  }

  port(): number {
    const p = this.r.chance(0.8) ? this.r.pick(PORTS) : this.r.int(1, 65535);
    this.ports.add(p);
    return p;
  }

  /** A port or range; `open` allows ":hi" (from 0), which --dport takes and multiport does not. */
  portRange(open = false): string {
    if (this.r.chance(0.7)) return String(this.port());
    const lo = this.port();
    const hi = Math.min(65535, lo + this.r.int(1, 400));
    this.ports.add(hi);
    return open && this.r.chance(0.2) ? `:${hi}` : `${lo}:${hi}`;
  }

  iface(): string {
    const r = this.r;
    if (r.chance(0.15)) return 'eth+';
    if (r.chance(0.05)) return 'eth9';
    return r.pick(this.nets).name;
  }

  neg(p = 0.2): string {
    return this.r.chance(p) ? '! ' : '';
  }

  /**
   * The match part of a rule. `hook` limits what netfilter allows there; `verdict` decides
   * where the history modules may appear (limit on accepting rules, recent on dropping ones).
   */
  matchPart(hook: 'prerouting' | 'input' | 'forward' | 'postrouting', verdict: 'accept' | 'drop' | 'other'): string {
    const r = this.r;
    const parts: string[] = [];
    if (r.chance(0.35)) parts.push(`${this.neg()}-s ${this.addressSpec()}`);
    if (r.chance(hook === 'input' ? 0.15 : 0.35)) parts.push(`${this.neg()}-d ${this.addressSpec()}`);
    if (hook !== 'postrouting' && r.chance(0.3)) parts.push(`${this.neg()}-i ${this.iface()}`);
    if ((hook === 'forward' || hook === 'postrouting') && r.chance(0.3)) parts.push(`${this.neg()}-o ${this.iface()}`);
    const proto = r.pick(['tcp', 'tcp', 'udp', 'icmp', 'all', '47', undefined, undefined]);
    // `! -p all` never matches, and iptables-nft refuses it.
    const negProto = proto !== undefined && proto !== 'all' && r.chance(0.1);
    if (proto !== undefined) parts.push(`${negProto ? '! ' : ''}-p ${proto}`);
    if (!negProto && (proto === 'tcp' || proto === 'udp') && r.chance(0.7)) {
      if (r.chance(0.6)) {
        const opts: string[] = [];
        if (r.chance(0.8)) opts.push(`${this.neg(0.15)}--dport ${this.portRange(true)}`);
        if (r.chance(0.2)) opts.push(`${this.neg(0.15)}--sport ${this.portRange(true)}`);
        if (proto === 'tcp' && r.chance(0.15)) opts.push(r.pick(['--syn', '! --syn', '--tcp-flags SYN,ACK SYN', '--tcp-flags ALL NONE', '--tcp-flags FIN,SYN FIN']));
        parts.push(`-m ${proto} ${opts.join(' ')}`.trim());
      } else {
        const list = Array.from({ length: r.int(1, 4) }, () => this.portRange()).join(',');
        parts.push(`-m multiport ${this.neg(0.15)}${r.pick(['--dports', '--dports', '--sports', '--ports'])} ${list}`);
      }
    }
    if (!negProto && proto === 'icmp' && r.chance(0.6)) {
      parts.push(`-m icmp ${this.neg(0.2)}--icmp-type ${r.pick(['8', '0', '3/1', '3', 'echo-request', 'any', '11/0'])}`);
    }
    if (r.chance(0.25)) {
      const states = hook === 'prerouting' || hook === 'postrouting' ? ['NEW', 'ESTABLISHED,RELATED', 'INVALID', 'NEW,ESTABLISHED'] : ['NEW', 'ESTABLISHED,RELATED', 'INVALID', 'NEW,ESTABLISHED', 'DNAT', 'NEW,DNAT', 'RELATED,DNAT'];
      parts.push(r.chance(0.3) ? `-m state ${this.neg(0.15)}--state ${r.pick(states.filter((s) => !s.includes('DNAT')))}` : `-m conntrack ${this.neg(0.2)}--ctstate ${r.pick(states)}`);
    }
    if (r.chance(0.1)) {
      const lo = this.neighbour();
      const hi = lo + r.int(0, 20);
      this.addresses.add(hi);
      parts.push(`-m iprange ${this.neg(0.2)}${hook === 'input' || r.chance(0.5) ? '--src-range' : '--dst-range'} ${ip(lo)}-${ip(hi)}`);
    }
    if (hook !== 'input' && r.chance(0.1)) parts.push(`-m addrtype ${this.neg(0.3)}--dst-type ${r.pick(['LOCAL', 'LOCAL', 'UNICAST', 'BROADCAST'])}`);
    if (hook === 'input' && r.chance(0.1)) parts.push('-m addrtype --dst-type LOCAL');
    if (verdict === 'accept' && r.chance(0.1)) parts.push('-m limit --limit 5/min --limit-burst 10');
    if (verdict === 'drop' && r.chance(0.1)) parts.push('-m recent --update --seconds 60 --hitcount 4 --name X --mask 255.255.255.255 --rsource');
    if (r.chance(0.05)) parts.push(`-m set --match-set ${r.pick(['admins', 'blocked'])} ${r.pick(['src', 'dst'])}`);
    if (r.chance(0.03)) parts.push(r.chance(0.5) ? '-f' : '! -f');
    if (r.chance(0.1)) parts.push(`-m comment --comment "rule ${r.int(1, 99)}"`);
    return parts.join(' ');
  }
}

function filterTable(w: Writer): void {
  const r = w.r;
  const users = Array.from({ length: r.int(0, 3) }, (_, i) => `U${i}`);
  w.filter.push('*filter', `:INPUT ${r.pick(['ACCEPT', 'DROP'])} [0:0]`, `:FORWARD ${r.pick(['ACCEPT', 'DROP', 'DROP'])} [0:0]`, ':OUTPUT ACCEPT [0:0]');
  for (const u of users) w.filter.push(`:${u} - [0:0]`);
  const target = (chain: string, index: number): { text: string; verdict: 'accept' | 'drop' | 'other'; match?: string } => {
    const later = users.slice(index + 1);
    // User chains return often, and on broad conditions, so that the rules after a
    // conditional RETURN meet packets that did and did not return.
    if (index >= 0 && r.chance(0.3)) {
      const s = r.pick(w.nets);
      const simple = r.pick(['', '-p udp', '-p tcp', `-s ${ip(s.network)}/${s.length}`, `! -i ${s.name}`, `-d ${ip(s.network)}/${s.length}`]);
      return { text: '-j RETURN', verdict: 'other', match: simple };
    }
    const k = r.int(0, 9);
    if (k <= 2) return { text: '-j ACCEPT', verdict: 'accept' };
    if (k <= 4) return { text: '-j DROP', verdict: 'drop' };
    if (k === 5) return { text: `-j REJECT --reject-with ${r.pick(['icmp-port-unreachable', 'icmp-host-prohibited', 'icmp-admin-prohibited'])}`, verdict: 'drop' };
    if (k === 6) return { text: '-j RETURN', verdict: 'other' };
    if (k === 7) return { text: `-j LOG --log-prefix "${chain} "`, verdict: 'other' };
    if (later.length === 0) return { text: '-j ACCEPT', verdict: 'accept' };
    return { text: `${r.chance(0.25) ? '-g' : '-j'} ${r.pick(later)}`, verdict: 'other' };
  };
  const chains: Array<[string, 'input' | 'forward', number, number]> = [
    ['INPUT', 'input', -1, r.int(0, 5)],
    ['FORWARD', 'forward', -1, r.int(0, 8)],
    ...users.map((u, i) => [u, 'forward', i, r.int(0, 4)] as [string, 'forward', number, number]),
  ];
  for (const [chain, hook, index, count] of chains) {
    for (let k = 0; k < count; k++) {
      const t = target(chain, index);
      // User chains may be reached from INPUT and FORWARD alike: their -o means nothing from INPUT.
      w.filter.push(`-A ${chain} ${t.match ?? w.matchPart(hook, t.verdict)} ${t.text}`.replace(/\s+/g, ' '));
    }
  }
  w.filter.push('COMMIT');
}

function natTable(w: Writer): void {
  const r = w.r;
  if (r.chance(0.3)) return;
  w.nat.push('*nat', ':PREROUTING ACCEPT [0:0]', ':INPUT ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ':POSTROUTING ACCEPT [0:0]');
  const hasUser = r.chance(0.3);
  if (hasUser) w.nat.push(':NATU - [0:0]');
  const dnatTarget = (): string => {
    const k = r.int(0, 5);
    if (k === 0) return `-j REDIRECT${r.chance(0.6) ? ` --to-ports ${w.port()}` : ''}`;
    if (k === 1) return '-j ACCEPT';
    if (k === 2) return '-j RETURN';
    const to = r.pick([w.own(), w.neighbour(), ROUTED + r.int(0, 1023), OUTSIDE + r.int(1, 14)]);
    w.addresses.add(to);
    const range = r.chance(0.2) ? `-${ip(to + r.int(1, 3))}` : '';
    return `-j DNAT --to-destination ${ip(to)}${range}${r.chance(0.4) ? `:${w.port()}` : ''}`;
  };
  const pre = r.int(0, 4);
  for (let k = 0; k < pre; k++) {
    const target = hasUser && r.chance(0.3) ? `${r.chance(0.3) ? '-g' : '-j'} NATU` : dnatTarget();
    let match = w.matchPart('prerouting', 'other');
    // DNAT and REDIRECT with a port need a protocol with ports, as iptables insists.
    if (/--to-(destination \S+:\d|ports)/.test(target) && !/(^|[^!] )-p (tcp|udp)\b/.test(match)) match = `${match.replace(/!? ?-p \S+/, '')} -p tcp`;
    w.nat.push(`-A PREROUTING ${match} ${target}`.replace(/\s+/g, ' '));
  }
  if (hasUser) {
    for (let k = 0; k < r.int(0, 3); k++) {
      const target = dnatTarget();
      let match = w.matchPart('prerouting', 'other');
      if (/--to-(destination \S+:\d|ports)/.test(target) && !/(^|[^!] )-p (tcp|udp)\b/.test(match)) match = `${match.replace(/!? ?-p \S+/, '')} -p tcp`;
      w.nat.push(`-A NATU ${match} ${target}`.replace(/\s+/g, ' '));
    }
  }
  const post = r.int(0, 3);
  for (let k = 0; k < post; k++) {
    const kind = r.int(0, 3);
    const target = kind === 0 ? '-j MASQUERADE' : kind === 1 ? '-j ACCEPT' : `-j SNAT --to-source ${ip(OUTSIDE + r.int(1, 10))}${r.chance(0.3) ? `-${ip(OUTSIDE + r.int(11, 14))}` : ''}`;
    w.nat.push(`-A POSTROUTING ${w.matchPart('postrouting', 'other')} ${target}`.replace(/\s+/g, ' '));
  }
  w.nat.push('COMMIT');
}

function companion(w: Writer, seed: number): string {
  const r = w.r;
  const lines = [`# hostname: gen-${seed}`, '# ip -o addr show'];
  w.nets.forEach((s, i) => {
    lines.push(`${i + 2}: ${s.name}    inet ${ip(s.address)}/${s.length} brd ${ip(s.network + size(s.length) - 1)} scope global ${s.name}\\       valid_lft forever preferred_lft forever`);
    if (s.secondary !== undefined) lines.push(`${i + 2}: ${s.name}    inet ${ip(s.secondary)}/${s.length} scope global secondary ${s.name}\\       valid_lft forever preferred_lft forever`);
  });
  lines.push('# ip route show');
  if (r.chance(0.7)) lines.push(`default via ${ip(w.neighbour())} dev ${'?'} metric ${r.int(0, 200)}`);
  for (let k = 0; k < r.int(0, 2); k++) {
    const prefix = `10.1.${k * 2 + r.int(0, 1)}.0/24`;
    const metric = r.int(0, 3);
    if (r.chance(0.25)) {
      // Equal-cost multipath, as `ip route` prints it.
      lines.push(`${prefix} proto static metric ${metric}`, `\tnexthop via ${ip(w.neighbour())} dev ? weight 1`, `\tnexthop via ${ip(w.neighbour())} dev ? weight 1`);
    } else {
      lines.push(`${prefix} via ${ip(w.neighbour())} dev ? metric ${metric}`);
      if (r.chance(0.3)) lines.push(`${prefix} via ${ip(w.neighbour())} dev ? metric ${metric + 1 + r.int(0, 5)}`);
    }
  }
  if (r.chance(0.3)) {
    const prefix = r.chance(0.5) ? { network: ROUTED + 9 * 256, length: 24 } : { network: BASE + 16 * r.int(0, 15), length: 28 };
    if (!w.nets.some((s) => s.network === prefix.network && s.length === prefix.length)) lines.push(`${r.pick(['blackhole', 'unreachable', 'prohibit'])} ${ip(prefix.network)}/${prefix.length}`);
  }
  if (r.chance(0.2)) lines.push(`10.2.0.0/24 dev ${r.pick(w.nets).name} scope link`);
  for (const s of w.nets) lines.push(`${ip(s.network)}/${s.length} dev ${s.name} proto kernel scope link src ${ip(s.address)}`);
  const f = r.int(0, 9);
  if (f < 8) lines.push('net.ipv4.ip_forward = 1');
  else if (f === 8) lines.push('net.ipv4.ip_forward = 0');
  // Routes name the device their gateway is on, as `ip route` prints them.
  return lines
    .map((l) => {
      const via = / via (\S+) dev \?/.exec(l);
      if (!via) return l;
      const g = via[1]!.split('.').reduce((a, b) => a * 256 + Number(b), 0);
      const on = w.nets.filter((s) => g >= s.network && g < s.network + size(s.length)).sort((a, b) => b.length - a.length)[0]!;
      return l.replace('dev ?', `dev ${on.name}`);
    })
    .join('\n');
}

export function generateHost(seed: number): GeneratedHost {
  const r = new Prng(seed);
  const nets = subnets(r);
  const w = new Writer(r, nets);
  natTable(w);
  filterTable(w);
  const rules = ['# Generated by iptables-save v1.8.9 (nf_tables) on Mon Oct 21 10:00:00 2024', ...w.nat, ...w.filter].join('\n');
  const text = companion(w, seed);
  for (const s of nets) {
    w.addresses.add(s.address);
    if (s.secondary !== undefined) w.addresses.add(s.secondary);
  }
  return { rules, companion: text, interfaces: nets.map((s) => s.name), addresses: [...w.addresses], ports: [...w.ports] };
}
