import type { Prng } from '../../helpers/prng.js';
import { type GenStatement, renderBrace, renderSet } from './render.js';

/**
 * Random single-device SRX configurations, as text. Interfaces sit on /29s of 10.0.0.0/26;
 * addresses, NAT and routes are drawn from the same small pool (plus a few outside it), so
 * objects, zones, filters, NAT and routes overlap often — where semantics bugs hide.
 */
export interface GeneratedInterface {
  readonly name: string;
  /** Host address and /29 network, as integers. */
  readonly address: number;
  readonly network: number;
  readonly prefixLength: number;
}

export interface GeneratedConfig {
  readonly text: string;
  readonly format: 'set' | 'brace';
  readonly interfaces: readonly GeneratedInterface[];
  /** Addresses worth sending packets to. */
  readonly targets: readonly number[];
}

const BASE = 0x0a000000; // 10.0.0.0
const OUTSIDE = [0xc0000200, 0xc6336400]; // 192.0.2.0, 198.51.100.0

export function ip(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

const PREDEFINED = ['junos-http', 'junos-https', 'junos-ssh', 'junos-smb', 'junos-dns-udp', 'junos-ping', 'junos-icmp-all', 'any'];

export function generateConfig(r: Prng): GeneratedConfig {
  const st: GenStatement[] = [];
  const set = (...words: Array<string | number>) => st.push({ words: words.map(String) });
  const targets: number[] = [];
  set('system', 'host-name', 'oracle-srx');

  // Interfaces: 2–4 units on distinct /29 blocks.
  const blocks = r.subset([0, 1, 2, 3, 4, 5, 6, 7], 0.6);
  while (blocks.length < 2) blocks.push([0, 1, 2, 3, 4, 5, 6, 7].find((b) => !blocks.includes(b))!);
  const interfaces: GeneratedInterface[] = blocks.slice(0, r.int(2, 4)).map((b, k) => {
    const network = BASE + 8 * b;
    return { name: `ge-0/0/${k}.0`, address: network + r.int(1, 6), network, prefixLength: 29 };
  });
  for (const i of interfaces) {
    const phys = i.name.slice(0, -2);
    set('interfaces', phys, 'unit', 0, 'family', 'inet', 'address', `${ip(i.address)}/29`);
    if (r.chance(0.2)) set('interfaces', phys, 'description', `link ${phys}`);
    targets.push(i.address, i.network + r.int(1, 6));
  }
  const names = interfaces.map((i) => i.name);

  // Zones: 1–3, an interface now and then in none (the null zone).
  const zones = ['trust', 'untrust', 'dmz'].slice(0, r.int(1, 3));
  const zoneOf = new Map<string, string>();
  for (const n of names) {
    if (r.chance(0.1)) continue;
    const z = r.pick(zones);
    zoneOf.set(n, z);
    set('security', 'zones', 'security-zone', z, 'interfaces', n);
  }
  const services = ['ping', 'ssh', 'telnet', 'http', 'https', 'netconf'];
  for (const z of zones) {
    if (r.chance(0.3)) {
      set('security', 'zones', 'security-zone', z, 'host-inbound-traffic', 'system-services', 'all');
      if (r.chance(0.5)) set('security', 'zones', 'security-zone', z, 'host-inbound-traffic', 'system-services', r.pick(services), 'except');
    } else {
      for (const s of r.subset(services, 0.3)) set('security', 'zones', 'security-zone', z, 'host-inbound-traffic', 'system-services', s);
    }
  }
  for (const [n, z] of zoneOf) {
    if (r.chance(0.15)) set('security', 'zones', 'security-zone', z, 'interfaces', n, 'host-inbound-traffic', 'system-services', r.pick(services));
  }
  if (r.chance(0.7)) set('system', 'services', 'ssh');
  if (r.chance(0.3)) set('system', 'services', 'telnet');
  if (r.chance(0.3)) set('system', 'services', 'netconf', 'ssh');
  if (r.chance(0.3)) set('system', 'services', 'web-management', 'http', 'interface', r.pick(names));
  if (r.chance(0.3)) set('system', 'services', 'web-management', 'https', 'system-generated-certificate');

  // Address books: global, sometimes a zone's own.
  const addressNames: string[] = [];
  const randomPrefix = () => {
    if (r.chance(0.3)) return `${ip(r.pick(interfaces).network)}/29`;
    if (r.chance(0.1)) return `${ip(BASE)}/26`;
    if (r.chance(0.15)) return `${ip(r.pick(OUTSIDE) + 8 * r.int(0, 3))}/${r.pick([29, 32])}`;
    const len = r.pick([26, 27, 28, 29, 30, 32]);
    const size = 2 ** (32 - len);
    return `${ip(BASE + size * r.int(0, 64 / size - 1))}/${len}`;
  };
  for (let k = r.int(2, 5); k > 0; k--) {
    const name = `a${k}`;
    addressNames.push(name);
    if (r.chance(0.2)) {
      const lo = BASE + r.int(0, 60);
      set('security', 'address-book', 'global', 'address', name, 'range-address', ip(lo), 'to', ip(lo + r.int(0, 6)));
    } else {
      set('security', 'address-book', 'global', 'address', name, randomPrefix());
    }
  }
  set('security', 'address-book', 'global', 'address-set', 'g1', 'address', r.pick(addressNames));
  set('security', 'address-book', 'global', 'address-set', 'g1', 'address', r.pick(addressNames));
  addressNames.push('g1');
  if (r.chance(0.5)) {
    set('security', 'address-book', 'global', 'address-set', 'g2', 'address-set', 'g1');
    set('security', 'address-book', 'global', 'address-set', 'g2', 'address', r.pick(addressNames.filter((a) => a !== 'g1')));
    addressNames.push('g2');
  }
  const zoneAddress = new Map<string, string>();
  if (r.chance(0.4)) {
    const z = r.pick(zones);
    // Same name as a global entry: the zone's own book wins for policies of that zone.
    const name = r.chance(0.5) ? 'a1' : 'zl';
    set('security', 'zones', 'security-zone', z, 'address-book', 'address', name, randomPrefix());
    zoneAddress.set(z, name);
  }

  // Applications.
  const apps = [...PREDEFINED];
  set('applications', 'application', 'web8080', 'protocol', 'tcp');
  set('applications', 'application', 'web8080', 'destination-port', r.pick(['8080', '80-81', '443']));
  if (r.chance(0.4)) set('applications', 'application', 'web8080', 'source-port', '1024-65535');
  apps.push('web8080');
  if (r.chance(0.5)) {
    set('applications', 'application', 'multi', 'term', 't1', 'protocol', 'udp');
    set('applications', 'application', 'multi', 'term', 't1', 'destination-port', '53');
    set('applications', 'application', 'multi', 'term', 't2', 'protocol', 'icmp');
    set('applications', 'application', 'multi', 'term', 't2', 'icmp-type', r.pick(['echo-request', '0', '3']));
    apps.push('multi');
  }
  set('applications', 'application-set', 'as1', 'application', r.pick(apps));
  set('applications', 'application-set', 'as1', 'application', r.pick(apps.filter((a) => a !== 'any')));
  apps.push('as1');

  // Zone-pair policies, then global ones; some inactive.
  const policyCount = r.int(1, 8);
  for (let k = 0; k < policyCount; k++) {
    const from = r.pick(zones);
    const to = r.pick(zones);
    const name = `p${k}`;
    const prefix = ['security', 'policies', 'from-zone', from, 'to-zone', to, 'policy', name];
    const deactivateAt = r.chance(0.1) ? prefix.length : undefined;
    const add = (...words: string[]) => st.push({ words: [...prefix, ...words], ...(deactivateAt ? { deactivateAt } : {}) });
    const pickAddress = (zone: string) => (r.chance(0.4) ? 'any' : zoneAddress.has(zone) && r.chance(0.4) ? zoneAddress.get(zone)! : r.pick(addressNames));
    for (let n = r.int(1, 2); n > 0; n--) add('match', 'source-address', pickAddress(from));
    for (let n = r.int(1, 2); n > 0; n--) add('match', 'destination-address', pickAddress(to));
    if (r.chance(0.08)) add('match', 'source-address-excluded');
    for (let n = r.int(1, 2); n > 0; n--) add('match', 'application', r.pick(apps));
    add('then', r.pick(['permit', 'permit', 'deny', 'reject']));
    if (r.chance(0.3)) add('then', 'log', 'session-init');
  }
  for (let k = r.int(0, 2); k > 0; k--) {
    const prefix = ['security', 'policies', 'global', 'policy', `g${k}`];
    const add = (...words: string[]) => st.push({ words: [...prefix, ...words] });
    add('match', 'source-address', r.chance(0.5) ? 'any' : r.pick(addressNames));
    add('match', 'destination-address', r.chance(0.5) ? 'any' : r.pick(addressNames));
    add('match', 'application', r.pick(apps));
    if (r.chance(0.5)) add('match', 'from-zone', r.pick(zones));
    if (r.chance(0.5)) add('match', 'to-zone', r.pick(zones));
    add('then', r.pick(['permit', 'deny']));
  }
  if (r.chance(0.3)) set('security', 'policies', 'default-policy', 'permit-all');
  else if (r.chance(0.3)) set('security', 'policies', 'default-policy', 'deny-all');

  // Static NAT (one-to-one, with ports sometimes); mapped hosts often sit behind an interface.
  const context = () => (r.chance(0.6) ? ['zone', r.pick(zones)] : ['interface', r.pick(names)]);
  const natPrefix = (len: number) => {
    const size = 2 ** (32 - len);
    if (r.chance(0.6)) return r.pick(interfaces).network + size * r.int(0, 8 / size - 1);
    return BASE + size * r.int(0, 64 / size - 1);
  };
  if (r.chance(0.45)) {
    for (let rs = r.int(1, 2); rs > 0; rs--) {
      set('security', 'nat', 'static', 'rule-set', `st${rs}`, 'from', ...context());
      for (let k = r.int(1, 2); k > 0; k--) {
        const len = r.pick([32, 32, 30]);
        const ext = natPrefix(len);
        const mapped = natPrefix(len);
        const rule = ['security', 'nat', 'static', 'rule-set', `st${rs}`, 'rule', `s${k}`];
        set(...rule, 'match', 'destination-address', `${ip(ext)}/${len}`);
        set(...rule, 'then', 'static-nat', 'prefix', `${ip(mapped)}/${len}`);
        if (r.chance(0.3)) {
          set(...rule, 'match', 'destination-port', r.pick([80, 8080]));
          set(...rule, 'then', 'static-nat', 'prefix', 'mapped-port', r.pick([22, 8080]));
        }
        targets.push(ext, mapped);
      }
    }
  }
  // Destination NAT with pools (one address, or a prefix as large as the match) and `off`.
  if (r.chance(0.45)) {
    for (let rs = r.int(1, 2); rs > 0; rs--) {
      set('security', 'nat', 'destination', 'rule-set', `dn${rs}`, 'from', ...context());
      for (let k = r.int(1, 3); k > 0; k--) {
        const rule = ['security', 'nat', 'destination', 'rule-set', `dn${rs}`, 'rule', `d${k}`];
        const len = r.chance(0.3) ? 30 : 32;
        const ext = natPrefix(len);
        set(...rule, 'match', 'destination-address', `${ip(ext)}/${len}`);
        if (r.chance(0.3)) set(...rule, 'match', 'destination-port', r.pick([80, 443]));
        targets.push(ext);
        if (r.chance(0.2)) {
          set(...rule, 'then', 'destination-nat', 'off');
          continue;
        }
        const pool = `pool${rs}${k}`;
        const mapped = natPrefix(len);
        set('security', 'nat', 'destination', 'pool', pool, 'address', `${ip(mapped)}/${len}`);
        if (r.chance(0.3)) set('security', 'nat', 'destination', 'pool', pool, 'address', 'port', r.pick([22, 8080]));
        set(...rule, 'then', 'destination-nat', 'pool', pool);
        targets.push(mapped);
      }
    }
  }
  // Source NAT: interface, pool or off, between zones or interfaces.
  if (r.chance(0.6)) {
    set('security', 'nat', 'source', 'pool', 'sp', 'address', `${ip(BASE + 60)}/32`, 'to', `${ip(BASE + 62)}/32`);
    const pair = [r.pick(names), r.pick(names)] as const;
    const sides = (rs: number): [string[], string[]] => {
      // The first rule set names the zones of two interfaces, the second often the
      // interfaces themselves: the more specific one must win whatever the file order.
      if (rs === 1 && zoneOf.has(pair[0]) && zoneOf.has(pair[1])) return [['zone', zoneOf.get(pair[0])!], ['zone', zoneOf.get(pair[1])!]];
      if (rs === 2 && r.chance(0.7)) return [r.chance(0.5) ? ['interface', pair[0]] : ['zone', zoneOf.get(pair[0]) ?? r.pick(zones)], ['interface', pair[1]]];
      return [context(), context()];
    };
    const ruleSets = r.int(1, 3);
    for (let rs = 1; rs <= ruleSets; rs++) {
      const base = ['security', 'nat', 'source', 'rule-set', `sn${rs}`];
      const [from, to] = sides(rs);
      set(...base, 'from', ...from);
      set(...base, 'to', ...to);
      for (let k = r.int(1, 3); k > 0; k--) {
        const rule = [...base, 'rule', `n${k}`];
        set(...rule, 'match', 'source-address', r.chance(0.4) ? '0.0.0.0/0' : randomPrefix());
        if (r.chance(0.4)) set(...rule, 'match', 'destination-address', randomPrefix());
        set(...rule, 'then', 'source-nat', ...r.pick([['interface'], ['pool', 'sp'], ['off']]));
      }
    }
  }

  // Stateless filters bound to interfaces.
  for (let f = r.int(0, 3); f > 0; f--) {
    const filter = `f${f}`;
    for (let t = r.int(1, 4); t > 0; t--) {
      const prefix = ['firewall', 'family', 'inet', 'filter', filter, 'term', `t${t}`];
      const deactivateAt = r.chance(0.08) ? prefix.length : undefined;
      const add = (...words: string[]) => st.push({ words: [...prefix, ...words], ...(deactivateAt ? { deactivateAt } : {}) });
      if (r.chance(0.5)) {
        add('from', 'source-address', randomPrefix());
        if (r.chance(0.3)) add('from', 'source-address', `${ip(BASE + 8 * r.int(0, 7))}/29`, 'except');
      }
      if (r.chance(0.5)) add('from', 'destination-address', r.chance(0.4) && targets.length > 0 ? `${ip(r.pick(targets))}/32` : randomPrefix());
      if (r.chance(0.15)) add('from', 'address', randomPrefix());
      const proto = r.pick(['', 'tcp', 'udp', 'icmp']);
      if (proto !== '') add('from', 'protocol', proto);
      if ((proto === 'tcp' || proto === 'udp') && r.chance(0.6)) add('from', 'destination-port', r.pick(['22', '80', 'http', '53', '1024-65535', '445']));
      if (proto === 'icmp' && r.chance(0.5)) add('from', 'icmp-type', r.pick(['echo-request', 'echo-reply']));
      if (proto === 'tcp' && r.chance(0.1)) add('from', 'tcp-established');
      const action = r.pick(['accept', 'discard', 'reject', 'next', 'count', 'accept']);
      if (action === 'next') add('then', 'next', 'term');
      else if (action === 'count') add('then', 'count', `c${t}`);
      else add('then', action);
    }
    const iface = r.pick(names).slice(0, -2);
    set('interfaces', iface, 'unit', 0, 'family', 'inet', 'filter', r.chance(0.6) ? 'input' : 'output', filter);
  }

  // Routes: connected /29s plus a few statics, some floating, some discarding.
  const gateway = () => {
    const i = r.pick(interfaces);
    let h = i.network + r.int(1, 6);
    if (h === i.address) h = i.network + ((h - i.network) % 6) + 1;
    return ip(h);
  };
  for (let k = r.int(0, 4); k > 0; k--) {
    const prefix = r.chance(0.3) ? '0.0.0.0/0' : r.chance(0.3) ? `${ip(r.pick(OUTSIDE))}/24` : randomPrefix();
    const route = ['routing-options', 'static', 'route', prefix];
    const deactivateAt = r.chance(0.1) ? route.length : undefined;
    const add = (...words: Array<string | number>) => st.push({ words: [...route, ...words.map(String)], ...(deactivateAt ? { deactivateAt } : {}) });
    const kind = r.int(0, 9);
    if (kind === 0) add('discard');
    else if (kind === 1) add('reject');
    else if (kind === 2) {
      add('qualified-next-hop', gateway(), 'preference', r.int(1, 9));
      add('next-hop', gateway());
    } else {
      add('next-hop', gateway());
      if (r.chance(0.2)) add('next-hop', gateway());
    }
    if (r.chance(0.2)) add('preference', r.int(1, 9));
  }
  targets.push(BASE + r.int(0, 63), BASE + r.int(0, 63), r.pick(OUTSIDE) + r.int(1, 30), 0x08080808);

  const format = r.chance(0.5) ? 'set' : 'brace';
  const shuffled = format === 'set' ? shuffleWithin(r, st) : st;
  const comments = new Map<number, string>(r.chance(0.5) ? [[r.int(0, 20), 'generated block']] : []);
  return { text: format === 'set' ? renderSet(shuffled) : renderBrace(shuffled, comments), format, interfaces, targets };
}

/** Moves a few statements of unrelated hierarchies around: the parser must not rely on order between them. */
function shuffleWithin(r: Prng, st: GenStatement[]): GenStatement[] {
  const out = [...st];
  const movable = (s: GenStatement) => s.words[0] === 'interfaces' || s.words[0] === 'system' || s.words[1] === 'zones' || s.words[0] === 'applications';
  for (let n = 0; n < 4; n++) {
    const i = r.int(0, out.length - 1);
    const j = r.int(0, out.length - 1);
    if (movable(out[i]!) && movable(out[j]!)) [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
