import type { LinuxIpConfig } from '../../parsers/linux-ip/vendor-config.js';
import { formatCidr, formatIPv4 } from '../../src/space/ip.js';
import { LabError, inNs, must, mustInNs, run } from './netns.js';

/** A host interface as the lab builds it: its name in the config and its IPv4 addresses. */
export interface LabInterface {
  readonly name: string;
  readonly addresses: ReadonlyArray<{ readonly value: number; readonly length: number }>;
}

/** One conntrack entry: the original direction and the reply direction. */
export interface Conn {
  readonly proto: string;
  readonly orig: Record<string, string>;
  readonly reply: Record<string, string>;
}

/**
 * The host under test in its own network namespace, with one client namespace per interface,
 * joined by veth pairs. The host side of each pair carries the interface's name and addresses
 * from the companion; its routes, forwarding switch and ruleset come from the config. Clients
 * play every address the probes need: the sender takes the probe's source, the others answer
 * for destinations, DNAT targets and gateways (as /32 addresses, so ARP finds them).
 */
export class Lab {
  readonly host: string;
  readonly clients: ReadonlyMap<string, string>;
  private readonly extra = new Map<string, Set<string>>();

  constructor(
    readonly prefix: string,
    readonly ifaces: readonly LabInterface[],
  ) {
    this.host = `${prefix}h`;
    this.clients = new Map(ifaces.map((i, k) => [i.name, `${prefix}c${k}`]));
  }

  build(ip: LinuxIpConfig, rules: string, forwarding: boolean, answer: readonly number[], sets: readonly string[] = []): void {
    must('ip', ['netns', 'add', this.host]);
    mustInNs(this.host, 'ip', ['link', 'set', 'lo', 'up']);
    this.ifaces.forEach((iface, k) => {
      const client = this.clients.get(iface.name)!;
      const h = `${this.prefix}v${k}`;
      const c = `${this.prefix}w${k}`;
      must('ip', ['netns', 'add', client]);
      must('ip', ['link', 'add', h, 'type', 'veth', 'peer', 'name', c]);
      must('ip', ['link', 'set', h, 'netns', this.host]);
      must('ip', ['link', 'set', c, 'netns', client]);
      mustInNs(this.host, 'ip', ['link', 'set', h, 'name', iface.name]);
      for (const a of iface.addresses) mustInNs(this.host, 'ip', ['addr', 'add', `${formatIPv4(a.value)}/${a.length}`, 'dev', iface.name]);
      mustInNs(this.host, 'ip', ['link', 'set', iface.name, 'up']);
      mustInNs(client, 'ip', ['link', 'set', c, 'name', 'c0']);
      mustInNs(client, 'ip', ['link', 'set', 'lo', 'up']);
      mustInNs(client, 'ip', ['link', 'set', 'c0', 'up']);
      // Everything a client sends goes to the host, even towards addresses of its own subnet:
      // sansou injects a segment's packets at the interface, whatever their destination.
      const primary = formatIPv4(iface.addresses[0]!.value);
      mustInNs(client, 'ip', ['route', 'add', `${primary}/32`, 'dev', 'c0']);
      mustInNs(client, 'ip', ['route', 'add', 'default', 'via', primary, 'dev', 'c0']);
      for (const key of ['all', 'default', 'c0']) run('ip', ['netns', 'exec', client, 'sysctl', '-qw', `net.ipv4.conf.${key}.rp_filter=0`]);
      // Any rule using conntrack makes the namespace track flows, which is how arrivals are seen;
      // a client that answered with a reset or an ICMP error would end the flow it is to show.
      mustInNs(client, 'iptables', ['-A', 'INPUT', '-m', 'conntrack', '--ctstate', 'NEW']);
      silence(client);
      const hostOwned = new Set(this.ifaces.flatMap((i) => i.addresses.map((a) => a.value)));
      const mine = new Set<string>();
      for (const a of answer) {
        if (hostOwned.has(a)) continue;
        const text = formatIPv4(a);
        if (inNs(client, 'ip', ['addr', 'add', `${text}/32`, 'dev', 'c0']).status === 0) mine.add(text);
      }
      this.extra.set(client, mine);
    });
    for (const r of ip.routes) this.route(r);
    mustInNs(this.host, 'sysctl', ['-qw', `net.ipv4.ip_forward=${forwarding ? 1 : 0}`]);
    for (const key of ['all', 'default', ...this.ifaces.map((i) => i.name)]) inNs(this.host, 'sysctl', ['-qw', `net.ipv4.conf.${key}.rp_filter=0`]);
    for (const set of sets) mustInNs(this.host, 'ipset', ['create', set, 'hash:net']);
    const restore = inNs(this.host, 'iptables-restore', [], rules);
    if (restore.status !== 0) throw new LabError(`iptables-restore refused the rules: ${restore.stderr.trim()}`);
    // Track flows in the host too, without deciding anything: a rule with no target only counts.
    // The host's own resets and ICMP errors (OUTPUT, which sansou does not model) are dropped,
    // so that a probe refused by a closed port still shows as accepted by INPUT.
    mustInNs(this.host, 'iptables', ['-t', 'mangle', '-A', 'PREROUTING', '-m', 'conntrack', '--ctstate', 'NEW']);
    silence(this.host);
  }

  private route(r: LinuxIpConfig['routes'][number]): void {
    if (r.family !== 4 || r.proto === 'kernel' || (r.table !== undefined && r.table !== 'main')) return;
    const prefix = formatCidr(r.prefix);
    const metric = ['metric', String(r.metric ?? 0)];
    let args: string[];
    if (r.type !== 'unicast') args = ['route', 'add', r.type, prefix, ...metric];
    else if (r.nextHops.length > 1) {
      args = ['route', 'add', prefix, ...metric, ...r.nextHops.flatMap((h) => ['nexthop', ...(h.gateway ? ['via', formatIPv4(h.gateway.value as number)] : []), ...(h.dev ? ['dev', h.dev] : []), 'weight', String(h.weight ?? 1)])];
    } else {
      const h = r.nextHops[0]!;
      args = ['route', 'add', prefix, ...(h.gateway ? ['via', formatIPv4(h.gateway.value as number)] : []), ...(h.dev ? ['dev', h.dev] : []), ...metric];
    }
    mustInNs(this.host, 'ip', args);
  }

  /** Forgets every tracked flow, in the host and in the clients. */
  flush(): void {
    for (const ns of [this.host, ...this.clients.values()]) inNs(ns, 'conntrack', ['-F']);
  }

  /**
   * The sender takes the probe's source address and gives up the destination for the probe;
   * the other clients give up the source, so that answers to it would head back to the host.
   * Returns the undo.
   */
  prepareSender(client: string, src: number, dst: number): () => void {
    const srcText = formatIPv4(src);
    const dstText = formatIPv4(dst);
    const undo: Array<() => void> = [];
    const drop = (ns: string, a: string) => {
      if (this.extra.get(ns)?.has(a) !== true) return;
      inNs(ns, 'ip', ['addr', 'del', `${a}/32`, 'dev', 'c0']);
      undo.push(() => inNs(ns, 'ip', ['addr', 'add', `${a}/32`, 'dev', 'c0']));
    };
    for (const ns of this.clients.values()) if (ns !== client) drop(ns, srcText);
    drop(client, dstText);
    if (this.extra.get(client)?.has(srcText) !== true) {
      inNs(client, 'ip', ['addr', 'add', `${srcText}/32`, 'dev', 'c0']);
      undo.push(() => inNs(client, 'ip', ['addr', 'del', `${srcText}/32`, 'dev', 'c0']));
    }
    return () => {
      for (const u of undo.reverse()) u();
    };
  }

  connections(ns: string): Conn[] {
    return parseConntrack(inNs(ns, 'conntrack', ['-L']).stdout);
  }

  destroy(): void {
    for (const ns of [this.host, ...this.clients.values()]) run('ip', ['netns', 'del', ns]);
  }
}

/**
 * Drops a namespace's own TCP resets and ICMP errors in raw OUTPUT, before connection tracking
 * sees them: conntrack forgets a flow as soon as a reset for it passes.
 */
function silence(ns: string): void {
  mustInNs(ns, 'iptables', ['-t', 'raw', '-I', 'OUTPUT', '-p', 'tcp', '--tcp-flags', 'RST', 'RST', '-j', 'DROP']);
  mustInNs(ns, 'iptables', ['-t', 'raw', '-I', 'OUTPUT', '-p', 'icmp', '--icmp-type', 'destination-unreachable', '-j', 'DROP']);
}

/** `tcp 6 119 SYN_SENT src=10.0.0.5 dst=10.1.0.7 sport=40001 dport=80 [UNREPLIED] src=… mark=0 use=1`. */
export function parseConntrack(text: string): Conn[] {
  const out: Conn[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    const proto = words[0];
    if (proto === undefined || proto === '' || proto.startsWith('conntrack')) continue;
    const orig: Record<string, string> = {};
    const reply: Record<string, string> = {};
    let side = orig;
    for (const w of words) {
      const eq = w.indexOf('=');
      if (eq < 0) continue;
      const key = w.slice(0, eq);
      if (key === 'src' && 'src' in orig) side = reply;
      if (!(key in side)) side[key] = w.slice(eq + 1);
    }
    out.push({ proto, orig, reply });
  }
  return out;
}
