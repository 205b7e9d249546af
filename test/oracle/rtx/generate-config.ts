import type { Prng } from '../../helpers/prng.js';

/**
 * Random single-router RTX configurations, as text, for the vendor oracle. Interfaces get
 * distinct /28 subnets of 10.0.0.0/26 (each becomes its own segment), while filters, NAT and
 * routes draw their addresses from the same small pool and a few outside ones, so matches,
 * overlaps and translations collide often. Every construct whose semantics the parser claims
 * appears: all address and port forms, protocol keywords, TCP flag forms, pass/reject/restrict
 * and their -log/-nolog forms, static then dynamic lists, filter sets, undefined numbers,
 * pp and tunnel interfaces (enabled or not), masquerade with static entries and incoming
 * actions, static NAT, ECMP and null routes, rebound, management host lists.
 */
export const BASE = 0x0a000000;

export interface GeneratedInterface {
  readonly name: string;
  readonly kind: 'lan' | 'tagged' | 'pp' | 'tunnel';
  readonly address: number;
  /** Inclusive first and last address of its /28. */
  readonly subnet: readonly [number, number];
}

export interface GeneratedConfig {
  readonly text: string;
  readonly interfaces: readonly GeneratedInterface[];
  /** Interesting addresses to draw packets from. */
  readonly addresses: readonly number[];
  /** Interface where an external network with every other address attaches, if any. */
  readonly externalAt?: string;
}

export const ip = (v: number) => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
const OUTER = 0xc0a80900; // 192.168.9.0

export function generateConfig(r: Prng): GeneratedConfig {
  const lines: string[] = ['# RTX1220 Rev.15.04.04 (Mon Jan 15 11:29:42 2024)', '# Reporting Date: Jan 15 11:30:00 2024'];
  const interfaces: GeneratedInterface[] = [];
  const count = r.int(2, 4);
  let ppCount = 0;
  let tunnelCount = 0;
  for (let i = 0; i < count; i++) {
    const kind = i === 0 ? 'lan' : r.pick(['lan', 'lan', 'tagged', 'pp', 'tunnel'] as const);
    const base = BASE + 16 * i;
    const address = base + r.int(1, 6);
    const name = kind === 'lan' ? `lan${i + 1}` : kind === 'tagged' ? `lan1/${i + 1}` : kind === 'pp' ? `pp${++ppCount}` : `tunnel${++tunnelCount}`;
    interfaces.push({ name, kind, address, subnet: [base, base + 15] });
  }
  const pool = [...interfaces.map((i) => i.address), ...Array.from({ length: 10 }, () => BASE + r.int(0, 70)), OUTER + 1, OUTER + 2, OUTER + 17, 0xac100505, 0x08080808];

  // Static filters, dynamic filters, filter sets.
  const staticNumbers = r.subset(Array.from({ length: 30 }, (_, k) => k + 1), 0.3);
  for (const n of staticNumbers) lines.push(`ip filter ${n} ${staticBody(r, pool)}`);
  // Real lists often end with a catch-all pass (or reject) after the specific filters.
  lines.push(`ip filter 40 ${r.pick(['pass', 'pass-log', 'reject'])} * * * * *`);
  const dynamicNumbers = r.subset([100, 101, 102, 103], 0.5);
  for (const n of dynamicNumbers) lines.push(`ip filter dynamic ${n} ${addressText(r, pool, false)} ${addressText(r, pool, false)} ${dynamicTrigger(r, staticNumbers)}`);
  const listOf = (from: readonly number[], extra: number) => {
    const picked = shuffle(r, r.subset(from, 0.5));
    if (r.chance(0.1)) picked.push(extra);
    return picked;
  };
  const setDefined = r.chance(0.2);
  if (setDefined) {
    lines.push(`ip filter set guard in ${listOf(staticNumbers, 97).join(' ') || '1'}`);
    if (r.chance(0.6)) lines.push(`ip filter set guard out ${listOf(staticNumbers, 96).join(' ') || '2'}`);
  }
  const binding = (): string | undefined => {
    if (!r.chance(0.55)) return undefined;
    const s = listOf(staticNumbers, 99);
    if (r.chance(0.25)) s.push(40);
    const d = r.chance(0.5) ? listOf(dynamicNumbers, 109) : [];
    return [...s, ...(d.length > 0 ? ['dynamic', ...d] : [])].join(' ');
  };

  // NAT: at most one descriptor, on one interface.
  const natOn = r.chance(0.55) ? r.pick(interfaces) : undefined;
  const natLines: string[] = [];
  if (natOn) natLines.push(...natDescriptor(r, natOn, pool));

  for (const iface of interfaces) {
    const inside = iface.kind === 'pp' || iface.kind === 'tunnel';
    const target = iface.kind === 'pp' ? 'pp' : iface.kind === 'tunnel' ? 'tunnel' : iface.name;
    const body: string[] = [];
    if (iface.kind === 'tagged') body.push(`vlan ${iface.name} 802.1q vid ${100 + interfaces.indexOf(iface)}`);
    body.push(`ip ${target} address ${ip(iface.address)}/${r.pick(['28', '28', '255.255.255.240', '0xfffffff0'])}`);
    if (setDefined && r.chance(0.3)) body.push(`ip ${target} secure filter name ${r.chance(0.8) ? 'guard' : 'missing'}`);
    else {
      const inList = binding();
      if (inList !== undefined) body.push(`ip ${target} secure filter in ${inList}`.trimEnd());
      const outList = binding();
      if (outList !== undefined) body.push(`ip ${target} secure filter out ${outList}`.trimEnd());
    }
    if (natOn === iface) body.push(`ip ${target} nat descriptor 1`);
    if (r.chance(0.15)) body.push(`ip ${target} rebound ${r.pick(['on', 'off'])}`);
    if (iface.kind === 'lan' && iface.name !== 'lan1' && r.chance(0.08)) body.push(`lan shutdown ${iface.name}`);
    if (!inside) {
      lines.push(...body);
      continue;
    }
    const n = iface.name.replace(/\D+/, '');
    lines.push(`${iface.kind} select ${n}`, ...body.map((b) => ` ${b}`));
    if (r.chance(0.85)) lines.push(` ${iface.kind} enable ${n}`);
    lines.push(`${iface.kind} select none`);
  }
  lines.push(...natLines);

  // Routes: often a default route, so fewer packets end without one.
  if (r.chance(0.5)) lines.push(`ip route default gateway ${gatewayText(r, interfaces)}`);
  for (let k = r.int(0, 3); k > 0; k--) {
    const prefix = r.pick(['default', '10.0.0.64/26', '192.168.9.0/24', '172.16.0.0/12', '8.8.8.0/24', `${ip(BASE + r.int(0, 63))}/32`, '10.0.0.0/27']);
    const gateways = Array.from({ length: r.chance(0.2) ? 2 : 1 }, () => gatewayText(r, interfaces));
    lines.push(`ip route ${prefix} ${gateways.map((g) => `gateway ${g}`).join(' ')}`);
  }

  // Management.
  const hostList = () => r.pick(['any', 'none', 'lan', interfaces[0]!.name, `${ip(BASE + r.int(0, 20))}-${ip(BASE + r.int(20, 40))}`, `${ip(BASE + r.int(0, 63))}`]);
  if (r.chance(0.5)) lines.push(`telnetd service ${r.pick(['on', 'off'])}`);
  if (r.chance(0.5)) lines.push(`telnetd host ${hostList()}`);
  if (r.chance(0.4)) lines.push('sshd service on');
  if (r.chance(0.4)) lines.push(`sshd host ${hostList()}`);
  if (r.chance(0.4)) lines.push(`httpd host ${hostList()}`);
  if (r.chance(0.15)) lines.push('ip icmp echo-reply send off');
  if (r.chance(0.05)) lines.push('ip routing off');

  const addresses = [...pool, ...interfaces.flatMap((i) => [i.subnet[0], i.subnet[0] + 7, i.subnet[1]]), BASE + 64, BASE + 70, OUTER + 3, OUTER + 18, 0x0a0000ff];
  const externalAt = r.chance(0.6) ? r.pick(interfaces).name : undefined;
  return { text: `${lines.join('\n')}\n`, interfaces, addresses, ...(externalAt ? { externalAt } : {}) };
}

function addressText(r: Prng, pool: readonly number[], allowList = true): string {
  const one = (): string => {
    const a = r.pick(pool);
    switch (r.int(0, 9)) {
      case 0:
        return ip(a);
      case 1:
        return `${ip(BASE + 16 * r.int(0, 3))}/${r.pick(['28', '27', '26', '30', '255.255.255.240', '0xffffffe0'])}`;
      case 2: {
        const lo = BASE + r.int(0, 50);
        return `${ip(lo)}-${ip(lo + r.int(0, 20))}`;
      }
      case 3:
        return `-${ip(BASE + r.int(0, 40))}`;
      case 4:
        return `${ip(BASE + r.int(20, 63))}-`;
      case 5:
        // Trailing `*` octets are a prefix; a `*` before a fixed octet is a scattered pattern.
        return r.chance(0.85) ? r.pick(['10.0.0.*', '192.168.9.*', '10.0.*.*']) : r.pick(['10.0.*.5', '10.*.0.*', '*.0.0.5']);
      case 6:
        return `${ip(a)}/32`;
      default:
        return ip(BASE + r.int(0, 63));
    }
  };
  if (r.chance(0.3)) return '*';
  if (allowList && r.chance(0.2)) return `${one()},${one()}`;
  return one();
}

const PROTOCOLS = ['*', 'tcp', 'tcp', 'udp', 'icmp', 'icmp', 'tcp,udp', 'udp,tcp', 'icmp-error', 'icmp-info', 'tcpsyn', 'tcpfin', 'established', 'tcpflag=0x0002/0x0002', 'tcpflag!=0x0010/0x0010', 'tcpflag=0x0010/0x0012', 'gre', '47', 'esp', 'icmp,tcp', '6'];
const PORTS = ['*', '*', '22', '80', 'www', 'smtp', 'domain', '20-23', '-1023', '1024-', '80,443', 'ftp', 'telnet', '25,53,161', 'https'];
const ICMP_VALUES = ['*', '*', '8', '0', '3', '5', '0-8', '1'];

function staticBody(r: Prng, pool: readonly number[]): string {
  const action = r.pick(['pass', 'pass', 'reject', 'reject', 'restrict', 'pass-log', 'reject-nolog', 'pass-nolog', 'reject-log', 'restrict-nolog']);
  const proto = r.pick(PROTOCOLS);
  const values = proto === 'icmp' ? ICMP_VALUES : PORTS;
  const columns = [addressText(r, pool), addressText(r, pool), proto, r.pick(values), r.pick(values)];
  // Trailing `*` columns may be left out, as people write them.
  while (columns.length > 1 && columns[columns.length - 1] === '*' && r.chance(0.5)) columns.pop();
  return `${action} ${columns.join(' ')}`;
}

function dynamicTrigger(r: Prng, statics: readonly number[]): string {
  if (r.chance(0.25)) {
    const f = statics.length > 0 && r.chance(0.85) ? r.pick(statics) : 98;
    return `filter ${f}${r.chance(0.3) && statics.length > 0 ? ` in ${r.pick(statics)} out ${r.pick(statics)}` : ''}`;
  }
  return `${r.pick(['tcp', 'udp', 'www', 'ftp', 'domain', 'smtp', 'ping', 'https', 'telnet', 'ntp', 'submission', 'ssh'])}${r.chance(0.2) ? ' syslog=off' : ''}`;
}

function natDescriptor(r: Prng, iface: GeneratedInterface, pool: readonly number[]): string[] {
  const out: string[] = [];
  const type = r.pick(['masquerade', 'masquerade', 'masquerade', 'nat', 'nat-masquerade', 'none']);
  if (type !== 'none') out.push(`nat descriptor type 1 ${type}`);
  if (iface.kind === 'pp' && r.chance(0.5)) {
    // Outer address left to its default, ipcp: the pp interface's own address here.
  } else if (iface.kind !== 'pp' && iface.kind !== 'tunnel' && r.chance(0.4)) out.push('nat descriptor address outer 1 primary');
  else out.push(`nat descriptor address outer 1 ${r.pick([ip(OUTER + 1), `${ip(OUTER + 1)}-${ip(OUTER + 3)}`, ip(iface.address)])}`);
  if (r.chance(0.5)) out.push(`nat descriptor address inner 1 ${r.pick(['auto', `${ip(BASE)}-${ip(BASE + 31)}`, `${ip(BASE + 32)}-${ip(BASE + 63)}`])}`);
  for (let k = r.int(0, 2); k > 0; k--) {
    const inner = ip(r.pick(pool.filter((a) => a >>> 8 === BASE >>> 8)));
    const proto = r.pick(['tcp', 'tcp', 'udp', 'esp']);
    const port = proto === 'esp' ? '' : ` ${r.pick(['80', '25', 'www', '8080=80', '2222=22', '53'])}`;
    out.push(`nat descriptor masquerade static 1 ${k} ${inner} ${proto}${port}`);
  }
  if (r.chance(0.4)) out.push(`nat descriptor static 1 ${10 + r.int(0, 5)} ${ip(OUTER + 16 + r.int(0, 2))}=${ip(BASE + r.int(0, 60))}${r.chance(0.5) ? ` ${r.int(1, 3)}` : ''}`);
  if (r.chance(0.6)) {
    const action = r.pick(['reject', 'discard', 'through', 'forward']);
    out.push(`nat descriptor masquerade incoming 1 ${action}${action === 'forward' ? ` ${ip(BASE + r.int(0, 63))}` : ''}`);
  }
  return out;
}

function gatewayText(r: Prng, interfaces: readonly GeneratedInterface[]): string {
  const pp = interfaces.find((i) => i.kind === 'pp');
  const tunnel = interfaces.find((i) => i.kind === 'tunnel');
  const choice = r.int(0, 9);
  if (choice === 0) return 'null';
  if (choice === 1 && pp) return `pp ${pp.name.slice(2)}`;
  if (choice === 2 && tunnel) return `tunnel ${tunnel.name.slice(6)}`;
  if (choice === 3) return ip(BASE + 64 + r.int(1, 5));
  const iface = r.pick(interfaces);
  return ip(iface.subnet[0] + r.int(1, 14));
}

/** Fisher-Yates with the seeded generator: list order matters to first-match filters. */
function shuffle<T>(r: Prng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
