import { Prng } from '../../helpers/prng.js';

/**
 * Random single-device ASA configurations, as text. Everything lives in 10.0.0.0/22 so that
 * objects, rules, NAT and routes collide often:
 *
 * - interface k has 10.0.0.(16k+1)/28 (2 to 4 interfaces, levels drawn from 0/50/100 so equal
 *   levels are common, now and then one shut down or management-only);
 * - 10.0.1.0/26 is "far away", reached through static routes;
 * - 10.0.2.0/28 holds NAT mapped addresses and pools.
 */
export interface GeneratedAsa {
  readonly text: string;
  readonly interfaces: ReadonlyArray<{ readonly name: string; readonly base: number; readonly enabled: boolean }>;
  /** Addresses worth sending packets to. */
  readonly targets: readonly number[];
}

export const BASE = 0x0a000000;
const NAMES = ['outside', 'inside', 'dmz', 'lab'];
const PORTS = ['22', '23', '80', '443', '445', '53', '8080', 'www', 'https', 'ssh', 'domain', 'netbios-ssn', 'smtp'];
const ICMP_TYPES = ['echo', 'echo-reply', 'unreachable', '8', '0', 'time-exceeded'];

export function ip(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

function mask(len: number): string {
  return ip(len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);
}

export function generateAsa(seed: number): GeneratedAsa {
  const r = new Prng(seed);
  const lines: string[] = [': Saved', ':', 'ASA Version 9.16(4)57 ', '!', `hostname fw${seed}`];
  const count = r.int(2, 4);
  const ifaces = NAMES.slice(0, count).map((name, k) => ({
    name,
    base: BASE + 16 * k,
    level: r.pick([0, 50, 100]),
    enabled: r.chance(0.92),
    mgmtOnly: r.chance(0.04),
  }));
  ifaces.forEach((f, k) => {
    lines.push('!', `interface GigabitEthernet0/${k}`);
    if (f.mgmtOnly) lines.push(' management-only');
    if (!f.enabled) lines.push(' shutdown');
    lines.push(` nameif ${f.name}`, ` security-level ${f.level}`, ` ip address ${ip(f.base + 1)} ${mask(28)} `);
  });
  lines.push('!');
  if (r.chance(0.4)) lines.push('same-security-traffic permit inter-interface');
  if (r.chance(0.3)) lines.push('same-security-traffic permit intra-interface');

  const pools = [BASE, BASE + 256, BASE + 512];
  const anyAddress = () => r.pick(pools) + r.int(0, 63);
  const hostIn = (k: number) => ifaces[k]!.base + r.int(2, 14);
  const prefixIn = () => {
    const len = r.pick([26, 27, 28, 29, 30]);
    const size = 2 ** (32 - len);
    const pool = r.pick(pools);
    return { base: pool + size * r.int(0, Math.max(0, 64 / size - 1)), len };
  };

  // Network objects and groups.
  const netObjects: string[] = [];
  for (let i = r.int(2, 7); i > 0; i--) {
    const name = `n${netObjects.length}`;
    lines.push(`object network ${name}`);
    const kind = r.int(0, 2);
    if (kind === 0) lines.push(` host ${ip(anyAddress())}`);
    else if (kind === 1) {
      const p = prefixIn();
      lines.push(` subnet ${ip(p.base)} ${mask(p.len)}`);
    } else {
      const lo = anyAddress();
      lines.push(` range ${ip(lo)} ${ip(lo + r.int(0, 9))}`);
    }
    netObjects.push(name);
  }
  const netGroups: string[] = [];
  for (let i = r.int(0, 3); i > 0; i--) {
    const name = `g${netGroups.length}`;
    lines.push(`object-group network ${name}`);
    for (let m = r.int(1, 3); m > 0; m--) {
      const kind = r.int(0, 3);
      if (kind === 0) lines.push(` network-object host ${ip(anyAddress())}`);
      else if (kind === 1) {
        const p = prefixIn();
        lines.push(` network-object ${ip(p.base)} ${mask(p.len)}`);
      } else if (kind === 2) lines.push(` network-object object ${r.pick(netObjects)}`);
      else if (netGroups.length > 0) lines.push(` group-object ${r.pick(netGroups)}`);
      else lines.push(` network-object host ${ip(anyAddress())}`);
    }
    netGroups.push(name);
  }
  // Services.
  const svcObjects: string[] = [];
  for (let i = r.int(0, 3); i > 0; i--) {
    const name = `s${svcObjects.length}`;
    const kind = r.int(0, 3);
    lines.push(`object service ${name}`);
    if (kind === 0) lines.push(` service tcp destination eq ${r.pick(PORTS)}`);
    else if (kind === 1) lines.push(` service udp destination range ${r.int(50, 60)} ${r.int(60, 140)}`);
    else if (kind === 2) lines.push(` service icmp ${r.pick(ICMP_TYPES)}`);
    else lines.push(` service tcp source range 1024 65535 destination ${r.pick(['eq', 'lt', 'gt', 'neq'])} ${r.pick(PORTS)}`);
    svcObjects.push(name);
  }
  const svcGroups: string[] = [];
  for (let i = r.int(0, 2); i > 0; i--) {
    const name = `sg${svcGroups.length}`;
    lines.push(`object-group service ${name}`);
    for (let m = r.int(1, 3); m > 0; m--) {
      const kind = r.int(0, 3);
      if (kind === 0) lines.push(` service-object tcp destination eq ${r.pick(PORTS)}`);
      else if (kind === 1) lines.push(` service-object tcp-udp destination eq ${r.pick(PORTS)}`);
      else if (kind === 2 && svcObjects.length > 0) lines.push(` service-object object ${r.pick(svcObjects)}`);
      else lines.push(` service-object icmp ${r.pick(ICMP_TYPES)}`);
    }
    svcGroups.push(name);
  }
  const portGroups: string[] = [];
  for (let i = r.int(0, 2); i > 0; i--) {
    const name = `pg${portGroups.length}`;
    lines.push(`object-group service ${name} ${r.pick(['tcp', 'udp', 'tcp-udp'])}`);
    for (let m = r.int(1, 3); m > 0; m--) {
      if (r.chance(0.7)) lines.push(` port-object eq ${r.pick(PORTS)}`);
      else lines.push(` port-object range ${r.int(20, 80)} ${r.int(80, 500)}`);
    }
    portGroups.push(name);
  }
  const protoGroups: string[] = [];
  if (r.chance(0.3)) {
    lines.push('object-group protocol pr0', ` protocol-object ${r.pick(['tcp', 'udp', 'icmp'])}`, ` protocol-object ${r.pick(['udp', 'gre', '47'])}`);
    protoGroups.push('pr0');
  }
  const icmpGroups: string[] = [];
  if (r.chance(0.3)) {
    lines.push('object-group icmp-type ic0', ` icmp-object ${r.pick(ICMP_TYPES)}`, ` icmp-object ${r.pick(ICMP_TYPES)}`);
    icmpGroups.push('ic0');
  }

  const operand = (): string => {
    switch (r.int(0, 7)) {
      case 0:
        return 'any';
      case 1:
        return 'any4';
      case 2:
        return `host ${ip(anyAddress())}`;
      case 3: {
        const p = prefixIn();
        return `${ip(p.base)} ${mask(p.len)}`;
      }
      case 4:
        return `object ${r.pick(netObjects)}`;
      case 5:
        return netGroups.length > 0 ? `object-group ${r.pick(netGroups)}` : 'any';
      case 6:
        return `interface ${r.pick(ifaces).name}`;
      default:
        return `${ip(ifaces[r.int(0, count - 1)]!.base)} ${mask(28)}`;
    }
  };
  const portOp = (): string => {
    const k = r.int(0, 6);
    if (k === 0) return ` eq ${r.pick(PORTS)}`;
    if (k === 1) return ` neq ${r.pick(PORTS)}`;
    if (k === 2) return ` lt ${r.int(1, 1024)}`;
    if (k === 3) return ` gt ${r.int(1, 1024)}`;
    if (k === 4) return ` range ${r.int(20, 80)} ${r.int(80, 500)}`;
    if (k === 5 && portGroups.length > 0) return ` object-group ${r.pick(portGroups)}`;
    return '';
  };

  // Access lists and their bindings.
  const acls: string[] = [];
  for (let a = r.int(1, 4); a > 0; a--) {
    const name = `ACL${acls.length}`;
    for (let e = r.int(1, 6); e > 0; e--) {
      if (r.chance(0.15)) lines.push(`access-list ${name} remark entry ${e}`);
      const action = r.chance(0.6) ? 'permit' : 'deny';
      const kind = r.int(0, 7);
      let body: string;
      if (kind <= 1) body = `ip ${operand()} ${operand()}`;
      else if (kind <= 3) {
        const proto = r.pick(['tcp', 'udp']);
        const src = operand();
        const sport = r.chance(0.2) ? portOp() : '';
        body = `${proto} ${src}${sport} ${operand()}${portOp()}`;
      } else if (kind === 4) body = `icmp ${operand()} ${operand()}${r.chance(0.6) ? (icmpGroups.length > 0 && r.chance(0.4) ? ' object-group ic0' : ` ${r.pick(ICMP_TYPES)}`) : ''}`;
      else if (kind === 5 && svcObjects.length > 0) body = `object ${r.pick(svcObjects)} ${operand()} ${operand()}`;
      else if (kind === 6 && svcGroups.length > 0) body = `object-group ${r.pick(svcGroups)} ${operand()} ${operand()}`;
      else if (protoGroups.length > 0) body = `object-group pr0 ${operand()} ${operand()}`;
      else body = `gre ${operand()} ${operand()}`;
      const options = `${r.chance(0.3) ? ' log' : ''}${r.chance(0.08) ? ' inactive' : ''}`;
      lines.push(`access-list ${name} extended ${action} ${body}${options} `);
    }
    acls.push(name);
  }

  // NAT: object NAT in the object blocks, twice NAT at top level.
  const natLines: string[] = [];
  let natObjects = 0;
  const natObject = (body: string) => {
    const name = `nat${natObjects++}`;
    lines.push(`object network ${name}`, body);
    return name;
  };
  const pair = () => {
    const real = r.int(0, count - 1);
    let mapped = r.int(0, count - 1);
    if (mapped === real) mapped = (real + 1) % count;
    return { real, mapped };
  };
  for (let n = r.int(0, 3); n > 0; n--) {
    const { real, mapped } = pair();
    const R = ifaces[real]!.name;
    const M = ifaces[mapped]!.name;
    const realIf = r.chance(0.15) ? 'any' : R;
    switch (r.int(0, 4)) {
      case 0: {
        const name = natObject(` host ${ip(hostIn(real))}`);
        natLines.push(`object network ${name}`, ` nat (${R},${M}) static ${ip(BASE + 512 + r.int(0, 15))}`);
        break;
      }
      case 1: {
        const name = natObject(` host ${ip(hostIn(real))}`);
        const target = r.chance(0.5) ? 'interface' : ip(BASE + 512 + r.int(0, 15));
        natLines.push(`object network ${name}`, ` nat (${R},${M}) static ${target} service tcp ${r.pick(['22', '80', '443'])} ${r.pick(['2222', '8080', '443'])}`);
        break;
      }
      case 2: {
        const base = ifaces[real]!.base + 4 * r.int(0, 3);
        const name = natObject(` subnet ${ip(base)} ${mask(30)}`);
        const mappedName = natObject(` subnet ${ip(BASE + 512 + 4 * r.int(0, 3))} ${mask(30)}`);
        natLines.push(`object network ${name}`, ` nat (${R},${M}) static ${mappedName}`);
        break;
      }
      case 3: {
        const name = natObject(` subnet ${ip(ifaces[real]!.base)} ${mask(28)}`);
        natLines.push(`object network ${name}`, ` nat (${realIf},${M}) dynamic interface`);
        break;
      }
      default: {
        const lo = BASE + 512 + r.int(0, 10);
        const pool = natObject(` range ${ip(lo)} ${ip(lo + r.int(0, 4))}`);
        const name = natObject(` subnet ${ip(ifaces[real]!.base)} ${mask(28)}`);
        natLines.push(`object network ${name}`, ` nat (${realIf},${M}) dynamic ${pool}`);
      }
    }
  }
  const twice: string[] = [];
  for (let n = r.int(0, 2); n > 0; n--) {
    const { real, mapped } = pair();
    const R = ifaces[real]!.name;
    const M = ifaces[mapped]!.name;
    const len = r.pick([28, 29]);
    const realSrc = natObject(` subnet ${ip(ifaces[real]!.base)} ${mask(len)}`);
    if (r.chance(0.5)) {
      const md = natObject(` host ${ip(BASE + 512 + r.int(0, 15))}`);
      const rd = natObject(` host ${ip(r.chance(0.5) ? hostIn(mapped) : BASE + 256 + r.int(0, 63))}`);
      const identity = r.chance(0.5);
      twice.push(`nat (${R},${M})${r.chance(0.2) ? ' after-auto' : ''} source static ${realSrc} ${identity ? realSrc : natObject(` subnet ${ip(BASE + 512 + (len === 29 ? 8 : 0))} ${mask(len)}`)} destination static ${md} ${rd}${r.chance(0.2) ? ' unidirectional' : ''}`);
    } else {
      twice.push(`nat (${r.chance(0.3) ? 'any' : R},${M})${r.chance(0.5) ? ' after-auto' : ''} source dynamic ${r.chance(0.5) ? realSrc : 'any'} interface`);
    }
  }
  lines.push(...twice, '!', ...natLines);

  for (const f of ifaces) {
    if (r.chance(0.5)) lines.push(`access-group ${r.pick(acls)} in interface ${f.name}`);
    if (r.chance(0.2)) lines.push(`access-group ${r.pick(acls)} out interface ${f.name}`);
  }
  if (r.chance(0.25)) lines.push(`access-group ${r.pick(acls)} global`);

  // Routes: gateways on a connected subnet, sometimes competing by distance.
  if (r.chance(0.6)) {
    const k = r.int(0, count - 1);
    lines.push(`route ${ifaces[k]!.name} 0.0.0.0 0.0.0.0 ${ip(ifaces[k]!.base + r.int(2, 14))}`);
  }
  for (let n = r.int(0, 4); n > 0; n--) {
    const k = r.int(0, count - 1);
    const gw = ifaces[k]!.base + r.int(2, 14);
    const dest = r.int(0, 3);
    const prefix = dest === 0 ? '0.0.0.0 0.0.0.0' : dest === 1 ? `${ip(BASE + 256)} ${mask(26)}` : dest === 2 ? `${ip(BASE + 256 + 16 * r.int(0, 3))} ${mask(28)}` : `${ip(BASE + 512)} ${mask(28)}`;
    lines.push(`route ${ifaces[k]!.name} ${prefix} ${ip(gw)}${r.chance(0.4) ? ` ${r.int(1, 3)}` : ''}`);
  }

  // Management.
  if (r.chance(0.6)) lines.push('http server enable' + (r.chance(0.3) ? ' 8443' : ''));
  for (let n = r.int(0, 3); n > 0; n--) {
    const f = r.pick(ifaces);
    const src = r.chance(0.5) ? `${ip(f.base)} ${mask(28)}` : `${ip(BASE)} ${mask(r.pick([24, 26, 29]))}`;
    lines.push(`${r.pick(['ssh', 'telnet', 'http'])} ${src} ${f.name}`);
  }
  for (let n = r.int(0, 2); n > 0; n--) {
    const f = r.pick(ifaces);
    const src = r.chance(0.5) ? 'any' : `${ip(f.base)} ${mask(29)}`;
    lines.push(`icmp ${r.chance(0.6) ? 'permit' : 'deny'} ${src}${r.chance(0.5) ? ` ${r.pick(ICMP_TYPES)}` : ''} ${f.name}`);
  }
  // Management over VPN on one interface's address, from another ingress (modelled from any).
  if (r.chance(0.2)) lines.push(`management-access ${r.pick(ifaces).name}`);
  lines.push('Cryptochecksum:00000000000000000000000000000000', ': end');

  const targets = [
    ...ifaces.flatMap((f) => [f.base + 1, f.base + r.int(2, 14), f.base + 15]),
    BASE + 256 + r.int(0, 63),
    BASE + 256 + r.int(0, 63),
    ...Array.from({ length: 6 }, () => BASE + 512 + r.int(0, 15)),
    BASE + 1024 + r.int(0, 255),
  ];
  return { text: `${lines.join('\n')}\n`, interfaces: ifaces.map((f) => ({ name: f.name, base: f.base, enabled: f.enabled })), targets };
}
