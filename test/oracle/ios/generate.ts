import { formatIPv4 } from '../../../src/space/ip.js';
import type { Prng } from '../../helpers/prng.js';

/**
 * Random single-device IOS running-configs, as text. Interfaces sit on small disjoint
 * subnets of 10.0.0.0/24 (secondaries in 10.0.1.0/24); ACLs, object-groups, routes and NAT
 * draw their addresses from the same few blocks and from 10.0.2.0/24 (NAT globals) and
 * 10.1.0.0/16 (remote prefixes), so that matches, overlaps and longest-prefix ties are common.
 */
export interface GenSubnet {
  readonly base: number;
  readonly length: number;
  readonly address: number;
}

export interface GenInterface {
  readonly name: string;
  readonly vrf?: string;
  readonly subnets: readonly GenSubnet[];
  readonly natOutside: boolean;
}

export interface GeneratedConfig {
  readonly text: string;
  readonly hostname: string;
  readonly interfaces: readonly GenInterface[];
  /** Addresses worth sending packets to. */
  readonly targets: readonly number[];
  /** Inside global addresses of static NAT, for packets from outside interfaces. */
  readonly globals: readonly number[];
}

const BASE = 0x0a000000; // 10.0.0.0
const SECONDARY = 0x0a000100; // 10.0.1.0
const GLOBALS = 0x0a000200; // 10.0.2.0
const POOL = 0x0a000300; // 10.0.3.0
const REMOTE = 0x0a010000; // 10.1.0.0

const ip = (v: number) => formatIPv4(v >>> 0);
const mask = (len: number) => ip(len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);
const wildcardOf = (len: number) => ip(len === 32 ? 0 : (0xffffffff >>> len) >>> 0);

const TCP_NAMES = ['www', 'telnet', 'smtp', 'domain', 'ftp', 'bgp', 'pop3'];
const UDP_NAMES = ['domain', 'snmp', 'ntp', 'tftp', 'syslog', 'bootps'];
const ICMP_NAMES = ['echo', 'echo-reply', 'unreachable', 'port-unreachable', 'time-exceeded', 'packet-too-big'];
const PORTS = [22, 23, 25, 53, 80, 123, 161, 443, 445, 1024, 3389, 8080];
const APPS = ['tcp', 'udp', 'icmp', 'http', 'https', 'ssh', 'dns', 'telnet'];

interface Iface {
  name: string;
  parent?: string;
  vrf?: string;
  subnets: GenSubnet[];
  shutdown: boolean;
  nat?: 'inside' | 'outside';
  zone?: string;
  aclIn?: string;
  aclOut?: string;
  standby?: number;
}

export function generateConfig(r: Prng, seed: number): GeneratedConfig {
  const out: string[] = [];
  const hostname = `r${seed}`;
  const v17 = r.chance(0.6);
  out.push('Building configuration...', '', 'Current configuration : 4242 bytes', '!', `version ${v17 ? '17.6' : '15.4'}`, 'service timestamps log datetime msec', '!', `hostname ${hostname}`, '!');

  const vrf = r.chance(0.25) ? 'BLUE' : undefined;
  if (vrf) {
    if (r.chance(0.5)) out.push(`vrf definition ${vrf}`, ' rd 65000:1', ' !', ' address-family ipv4', ' exit-address-family', '!');
    else out.push(`ip vrf ${vrf}`, ' rd 65000:1', '!');
  }

  // Interfaces on distinct /26–/28 blocks of 10.0.0.0/24.
  const count = r.int(2, 4);
  const blocks = new Set<number>();
  const takeBlock = (base: number, len: number): number | undefined => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const size = 2 ** (32 - len);
      const start = base + size * r.int(0, 256 / size - 1);
      const sixteenths = [];
      for (let s = start; s < start + size; s += 16) sixteenths.push(s);
      if (sixteenths.some((s) => blocks.has(s))) continue;
      for (const s of sixteenths) blocks.add(s);
      return start;
    }
    return undefined;
  };
  const usedHosts = new Set<number>();
  const host = (base: number, len: number) => {
    const size = 2 ** (32 - len);
    for (let attempt = 0; attempt < 20; attempt++) {
      const h = base + r.int(1, size - 2);
      if (!usedHosts.has(h)) {
        usedHosts.add(h);
        return h;
      }
    }
    return base + 1;
  };
  const ifaces: Iface[] = [];
  const subParent = 'GigabitEthernet0/1/0';
  let parentShutdown = false;
  for (let i = 0; i < count; i++) {
    const len = r.pick([26, 27, 28]);
    const base = takeBlock(BASE, len);
    if (base === undefined) continue;
    const subnets: GenSubnet[] = [{ base, length: len, address: host(base, len) }];
    if (r.chance(0.15)) {
      const sBase = takeBlock(SECONDARY, 28);
      if (sBase !== undefined) subnets.push({ base: sBase, length: 28, address: host(sBase, 28) });
    }
    const kind = r.int(0, 5);
    const name = kind <= 2 ? `GigabitEthernet0/0/${i}` : kind <= 4 ? `Vlan${10 + i}` : `${subParent}.${100 + i}`;
    const iface: Iface = { name, subnets, shutdown: r.chance(0.08) };
    if (kind === 5) iface.parent = subParent;
    if (vrf && i > 0 && r.chance(0.4)) iface.vrf = vrf;
    if (r.chance(0.08)) iface.standby = host(base, len);
    ifaces.push(iface);
  }
  if (ifaces.some((i) => i.parent)) parentShutdown = r.chance(0.2);

  const allAddresses = ifaces.flatMap((i) => i.subnets.map((s) => s.address));
  const allSubnets = ifaces.flatMap((i) => i.subnets);
  // Hosts in interface subnets that are not interface addresses: for ACLs, routes, NAT.
  const someHost = () => {
    const s = r.pick(allSubnets);
    for (let attempt = 0; attempt < 10; attempt++) {
      const h = s.base + r.int(1, 2 ** (32 - s.length) - 2);
      if (!allAddresses.includes(h) && !ifaces.some((i) => i.standby === h)) return h;
    }
    return s.base + 2 ** (32 - s.length) - 2;
  };

  // NAT sides and static translations first: ACLs and object-groups name their addresses too.
  const natOn = r.chance(0.45);
  for (const i of ifaces) {
    if (!natOn || i.vrf) continue;
    const side = r.int(0, 2);
    if (side === 0) i.nat = 'inside';
    else if (side === 1) i.nat = 'outside';
  }
  const statics: Array<{ local: number; global: number; port?: { proto: string; local: number; global: number } }> = [];
  const insideIfaces = ifaces.filter((i) => i.nat === 'inside');
  const outsideIfaces = ifaces.filter((i) => i.nat === 'outside');
  for (let n = natOn ? r.int(0, 2) : 0; n > 0 && insideIfaces.length > 0; n--) {
    const local = r.pick(insideIfaces).subnets[0]!;
    const l = local.base + r.int(1, 2 ** (32 - local.length) - 2);
    const g =
      r.chance(0.7) || outsideIfaces.length === 0
        ? GLOBALS + r.int(1, 30)
        : (() => {
            const o = r.pick(outsideIfaces).subnets[0]!;
            return o.base + 2 ** (32 - o.length) - 2;
          })();
    if (statics.some((x) => x.global === g) || allAddresses.includes(g) || ifaces.some((i) => i.standby === g)) continue;
    statics.push(r.chance(0.5) ? { local: l, global: g } : { local: l, global: g, port: { proto: r.pick(['tcp', 'udp']), local: r.pick([80, 22, 53, 443]), global: r.pick([80, 8080, 2222, 53]) } });
  }
  const natHosts = statics.flatMap((x) => [x.local, x.global]);

  // Object-groups.
  const networkGroups: string[] = [];
  const serviceGroups: string[] = [];
  if (r.chance(0.4)) {
    const n = r.int(1, 2);
    for (let g = 0; g < n; g++) {
      const name = `NG-${g}`;
      out.push(`object-group network ${name}`, ' description generated');
      for (let m = r.int(1, 3); m > 0; m--) {
        const pick = r.int(0, 3);
        if (pick === 0) out.push(` host ${ip(someHost())}`);
        else if (pick === 1) {
          const s = r.pick(allSubnets);
          out.push(` ${ip(s.base)} ${mask(s.length)}`);
        } else if (pick === 2) {
          const a = someHost();
          out.push(` range ${ip(a)} ${ip(a + r.int(0, 5))}`);
        } else if (g > 0) out.push(` group-object NG-${g - 1}`);
        else out.push(` host ${ip(REMOTE + r.int(0, 255))}`);
      }
      networkGroups.push(name);
    }
    const sname = 'SG-0';
    out.push(`object-group service ${sname}`);
    for (let m = r.int(1, 3); m > 0; m--) {
      out.push(
        r.pick([
          ` tcp eq ${r.pick(PORTS)}`,
          ` udp eq ${r.pick(UDP_NAMES)}`,
          ` tcp-udp eq ${r.pick([53, 123, 161])}`,
          ` tcp range ${portRange(r)}`,
          ' icmp echo',
          ` icmp ${r.int(0, 11)}`,
          ' gre',
          ` tcp source eq ${r.pick([80, 1024])}`,
        ]),
      );
    }
    serviceGroups.push(sname);
  }

  // Access lists.
  const aclNames: string[] = [];
  const standardNames: string[] = [];
  const aclCount = r.int(1, 4);
  for (let a = 0; a < aclCount; a++) {
    const kind = r.int(0, 3);
    const numbered = kind >= 2;
    const standard = kind === 0 || kind === 2;
    const name = numbered ? String(standard ? r.int(1, 99) : r.int(100, 199)) : standard ? `STD-${a}` : `EXT-${a}`;
    if (aclNames.includes(name)) continue;
    aclNames.push(name);
    if (standard) standardNames.push(name);
    const entries = r.int(1, 6);
    const body: string[] = [];
    const withSeq = !numbered && r.chance(0.5);
    for (let e = 0; e < entries; e++) {
      if (r.chance(0.15)) body.push(numbered ? `access-list ${name} remark generated remark ${e}` : ` remark generated remark ${e}`);
      const action = r.chance(0.6) ? 'permit' : 'deny';
      const text = standard ? standardEntry(r, someHost) : extendedEntry(r, someHost, allSubnets, networkGroups, serviceGroups, natHosts);
      const log = r.chance(0.15) ? ' log' : '';
      if (numbered) body.push(`access-list ${name} ${action} ${text}${log}`);
      else body.push(` ${withSeq ? `${(e + 1) * 10} ` : ''}${action} ${text}${log}`);
    }
    if (!numbered) out.push(`ip access-list ${standard ? 'standard' : 'extended'} ${name}`);
    out.push(...body, '!');
  }

  // Interface ACLs and zones.
  const zbfOn = r.chance(0.35);
  const zones = ['IN', 'OUT', 'DMZ'];
  for (const i of ifaces) {
    if (r.chance(i.nat === 'outside' ? 0.6 : 0.35)) i.aclIn = r.chance(0.08) ? 'NO-SUCH-ACL' : r.pick(aclNames);
    if (r.chance(0.25)) i.aclOut = r.chance(0.08) ? 'NO-SUCH-ACL' : r.pick(aclNames);
    if (zbfOn && r.chance(0.75)) i.zone = r.chance(0.05) ? 'GHOST' : r.pick(zones);
  }

  // ZBF: zones, class-maps, policy-maps, zone-pairs.
  if (zbfOn) {
    for (const z of zones) out.push(`zone security ${z}`);
    const classes: string[] = [];
    for (let c = r.int(1, 3); c > 0; c--) {
      const name = `CM-${c}`;
      const mode = r.pick(['match-any ', 'match-all ', '']);
      out.push(`class-map type inspect ${mode}${name}`);
      for (let m = r.int(1, 2); m > 0; m--) {
        const not = r.chance(0.1) ? 'not ' : '';
        if (r.chance(0.5) && aclNames.length > 0) {
          const acl = r.pick(aclNames);
          out.push(/^\d+$/.test(acl) && r.chance(0.5) ? ` match ${not}access-group ${acl}` : ` match ${not}access-group name ${acl}`);
        } else out.push(` match ${not}protocol ${r.pick(APPS)}`);
      }
      classes.push(name);
    }
    const policies: string[] = [];
    for (let p = r.int(1, 2); p > 0; p--) {
      const name = `PM-${p}`;
      out.push(`policy-map type inspect ${name}`);
      for (const c of r.subset(classes, 0.7)) {
        out.push(` class type inspect ${c}`);
        const act = r.int(0, 3);
        if (act < 3) out.push(`  ${['inspect', 'pass', 'drop'][act]}${act === 2 && r.chance(0.3) ? ' log' : ''}`);
      }
      if (r.chance(0.7)) {
        out.push(' class class-default');
        if (r.chance(0.8)) out.push(`  ${r.pick(['drop', 'drop log', 'pass'])}`);
      }
      policies.push(name);
    }
    for (const src of zones) {
      for (const dst of zones) {
        if (!r.chance(src === dst ? 0.15 : 0.5)) continue;
        out.push(`zone-pair security ZP-${src}-${dst} source ${src} destination ${dst}`);
        if (r.chance(0.85)) out.push(` service-policy type inspect ${r.chance(0.05) ? 'NO-SUCH-PM' : r.pick(policies)}`);
      }
    }
    if (r.chance(0.2)) out.push('zone-pair security ZP-SELF source IN destination self', ` service-policy type inspect ${r.pick(policies)}`);
    out.push('!');
  }

  // Interfaces.
  if (ifaces.some((i) => i.parent)) {
    out.push(`interface ${subParent}`, ' no ip address', ...(parentShutdown ? [' shutdown'] : []), ' negotiation auto', '!');
  }
  for (const i of ifaces) {
    out.push(`interface ${i.name}`, ` description generated ${i.name}`);
    if (i.parent) out.push(` encapsulation dot1Q ${i.name.split('.')[1]}`);
    if (i.vrf) out.push(r.chance(0.5) ? ` vrf forwarding ${i.vrf}` : ` ip vrf forwarding ${i.vrf}`);
    i.subnets.forEach((s, n) => out.push(` ip address ${ip(s.address)} ${mask(s.length)}${n > 0 ? ' secondary' : ''}`));
    if (i.standby !== undefined) out.push(` standby 1 ip ${ip(i.standby)}`, ' standby 1 priority 110');
    if (i.aclIn) out.push(` ip access-group ${i.aclIn} in`);
    if (i.aclOut) out.push(` ip access-group ${i.aclOut} out`);
    if (i.nat) out.push(` ip nat ${i.nat}`);
    if (i.zone) out.push(` zone-member security ${i.zone}`);
    if (i.name.startsWith('GigabitEthernet') && !i.parent) out.push(' negotiation auto');
    out.push(i.shutdown ? ' shutdown' : ' no shutdown', '!');
  }

  // Routes, some recursive, some to prefixes inside connected subnets.
  const routePrefixes: number[] = [];
  const routeLines: string[] = [];
  for (let n = r.int(0, 5); n > 0; n--) {
    const owner = r.pick(ifaces);
    const vrfPart = owner.vrf ? `vrf ${owner.vrf} ` : '';
    const shape = r.int(0, 3);
    const [prefix, len] =
      shape === 0 ? [0, 0] : shape === 1 ? [REMOTE + 256 * r.int(0, 3), 24] : shape === 2 ? [REMOTE, 16] : (() => {
        const s = r.pick(allSubnets);
        return [s.base + 16 * r.int(0, 2 ** (28 - s.length) - 1), 28] as const;
      })();
    const sameVrf = ifaces.filter((i) => i.vrf === owner.vrf);
    const hop = r.int(0, 5);
    let nextHop: string;
    if (hop <= 1) {
      const s = r.pick(sameVrf.flatMap((i) => i.subnets));
      let g = s.base + r.int(1, 2 ** (32 - s.length) - 2);
      if (allAddresses.includes(g) || ifaces.some((i) => i.standby === g)) g = s.base + 2 ** (32 - s.length) - 2;
      if (allAddresses.includes(g) || ifaces.some((i) => i.standby === g)) continue;
      nextHop = ip(g);
    } else if (hop === 2) nextHop = ip(REMOTE + 256 * r.int(0, 3) + r.int(1, 9)); // recursive
    else if (hop === 3) nextHop = r.pick(sameVrf).name;
    else if (hop === 4) nextHop = 'Null0';
    else {
      const via = r.pick(sameVrf);
      const s = via.subnets[0]!;
      const g = s.base + 2 ** (32 - s.length) - 2;
      if (allAddresses.includes(g) || ifaces.some((i) => i.standby === g)) continue;
      nextHop = `${via.name} ${ip(g)}`;
    }
    const distance = r.pick(['', '', ' 5', ' 200', ' 255']);
    routeLines.push(`ip route ${vrfPart}${ip(prefix)} ${mask(len)} ${nextHop}${distance}${r.chance(0.2) ? ' name generated' : ''}`);
    routePrefixes.push(prefix);
  }
  out.push(...routeLines, '!');

  // NAT.
  const targets: number[] = [];
  if (natOn) {
    for (const x of statics) {
      // Weighted: the translated packets are the ones worth comparing most.
      targets.push(x.global, x.global, x.global, x.global);
      if (!x.port) out.push(`ip nat inside source static ${ip(x.local)} ${ip(x.global)}${r.chance(0.3) ? ' extendable' : ''}`);
      else out.push(`ip nat inside source static ${x.port.proto} ${ip(x.local)} ${x.port.local} ${ip(x.global)} ${x.port.global}${r.chance(0.5) ? ' extendable' : ''}`);
    }
    if (r.chance(0.6) && aclNames.length > 0) {
      const acl = r.chance(0.5) && standardNames.length > 0 ? r.pick(standardNames) : r.pick(aclNames);
      if (r.chance(0.5) && outsideIfaces.length > 0) out.push(`ip nat inside source list ${acl} interface ${r.pick(outsideIfaces).name} overload`);
      else {
        out.push(`ip nat pool PUB ${ip(POOL + 1)} ${ip(POOL + 6)} netmask 255.255.255.248`);
        out.push(`ip nat inside source list ${acl} pool PUB${r.chance(0.5) ? ' overload' : ''}`);
      }
    }
    out.push('!');
  }

  // Management.
  if (r.chance(0.3)) out.push('ip http server');
  if (r.chance(0.3)) out.push('ip http secure-server');
  if (r.chance(0.2) && standardNames.length > 0) out.push(`ip http access-class ${r.pick(standardNames)}`);
  if (r.chance(0.3)) out.push(`snmp-server community c0mm${seed % 997} ${r.pick(['RO', 'RW'])}${standardNames.length > 0 && r.chance(0.6) ? ` ${r.pick(standardNames)}` : ''}`);
  if (r.chance(0.03)) out.push('no ip routing');
  out.push('!', 'line con 0', ' exec-timeout 5 0');
  for (const [first, last] of [
    [0, 4],
    [5, 15],
  ] as const) {
    if (first === 5 && r.chance(0.4)) continue;
    out.push(`line vty ${first} ${last}`);
    if (r.chance(0.6) && standardNames.length > 0) out.push(` access-class ${r.chance(0.1) ? '98' : r.pick(standardNames)} in${r.chance(0.3) ? ' vrf-also' : ''}`);
    out.push(' login local');
    if (r.chance(0.8)) out.push(` transport input ${r.pick(['ssh', 'telnet', 'all', 'none', 'ssh telnet'])}`);
  }
  out.push('!', 'end', '');

  for (const s of allSubnets) targets.push(s.address, s.base + 1, s.base + 2 ** (32 - s.length) - 2, s.base + r.int(1, 2 ** (32 - s.length) - 2));
  for (const i of ifaces) if (i.standby !== undefined) targets.push(i.standby);
  for (const p of routePrefixes) targets.push(p + r.int(1, 200));
  targets.push(REMOTE + r.int(0, 1023), POOL + 3, GLOBALS + r.int(1, 30), 0x08080808, 0xc0a80001);
  const interfaces: GenInterface[] = ifaces.map((i) => ({ name: i.name, ...(i.vrf ? { vrf: i.vrf } : {}), subnets: i.subnets, natOutside: i.nat === 'outside' }));
  return { text: out.join('\n'), hostname, interfaces, targets, globals: statics.map((x) => x.global) };
}

function address(r: Prng, someHost: () => number, subnets: readonly GenSubnet[], groups: readonly string[], natHosts: readonly number[]): string {
  if (natHosts.length > 0 && r.chance(0.25)) return r.chance(0.7) ? `host ${ip(r.pick(natHosts))}` : `${ip(GLOBALS)} 0.0.0.31`;
  const pick = r.int(0, 5);
  if (pick === 0) return 'any';
  if (pick === 1) return `host ${ip(someHost())}`;
  if (pick === 2) {
    const s = r.pick(subnets);
    const len = Math.min(32, s.length + r.int(0, 3));
    return `${ip(s.base)} ${wildcardOf(len)}`;
  }
  if (pick === 3) {
    // Non-contiguous: every 4th address, or one octet free.
    const s = r.pick(subnets);
    return r.chance(0.5) ? `${ip(s.base)} 0.0.0.${r.pick([60, 12, 51])}` : `${ip(s.base & 0xffff00ff)} 0.0.255.${r.pick([0, 15])}`;
  }
  if (pick === 4 && groups.length > 0) return `object-group ${r.pick(groups)}`;
  return `${ip(REMOTE)} 0.0.255.255`;
}

function standardEntry(r: Prng, someHost: () => number): string {
  const pick = r.int(0, 3);
  if (pick === 0) return 'any';
  if (pick === 1) return `host ${ip(someHost())}`;
  if (pick === 2) return ip(someHost());
  const h = someHost();
  const len = r.pick([24, 26, 28, 30]);
  return `${ip(h - (h % 2 ** (32 - len)))} ${wildcardOf(len)}`;
}

function ports(r: Prng, proto: 'tcp' | 'udp'): string {
  const names = proto === 'tcp' ? TCP_NAMES : UDP_NAMES;
  const one = () => (r.chance(0.3) ? r.pick(names) : String(r.pick(PORTS)));
  switch (r.int(0, 5)) {
    case 0:
      return ` eq ${one()}`;
    case 1:
      return ` eq ${one()} ${one()}`;
    case 2:
      return ` neq ${one()}`;
    case 3:
      return ` lt ${r.pick([80, 1024])}`;
    case 4:
      return ` gt ${r.pick([1023, 79])}`;
    default:
      return ` range ${portRange(r)}`;
  }
}

function extendedEntry(r: Prng, someHost: () => number, subnets: readonly GenSubnet[], networkGroups: readonly string[], serviceGroups: readonly string[], natHosts: readonly number[]): string {
  const proto = r.pick(['ip', 'tcp', 'tcp', 'udp', 'icmp', 'gre', 'svc']);
  const src = address(r, someHost, subnets, networkGroups, natHosts);
  const dst = address(r, someHost, subnets, networkGroups, natHosts);
  if (proto === 'svc') return serviceGroups.length > 0 ? `object-group ${serviceGroups[0]} ${src} ${dst}` : `ip ${src} ${dst}`;
  if (proto === 'tcp' || proto === 'udp') {
    const sp = r.chance(0.15) ? ports(r, proto) : '';
    const dp = r.chance(0.7) ? ports(r, proto) : '';
    const est = proto === 'tcp' && r.chance(0.1) ? ' established' : '';
    return `${proto} ${src}${sp} ${dst}${dp}${est}`;
  }
  if (proto === 'icmp') {
    const t = r.int(0, 3);
    const tail = t === 0 ? '' : t === 1 ? ` ${r.pick(ICMP_NAMES)}` : t === 2 ? ` ${r.pick([0, 3, 8, 11])}` : ` 3 ${r.int(0, 4)}`;
    return `icmp ${src} ${dst}${tail}`;
  }
  return `${proto} ${src} ${dst}`;
}

function portRange(r: Prng): string {
  const [a, b] = [r.pick([20, 80, 1000]), r.pick([90, 1100, 8080])];
  return a <= b ? `${a} ${b}` : `${b} ${a}`;
}
