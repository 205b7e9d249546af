import type { Prng } from '../../helpers/prng.js';

/**
 * Random single-vsys PAN-OS configurations, as an abstract description that render.ts writes
 * as running-config XML or as set commands. Everything is drawn from small pools inside
 * 10.0.0.0/26 (eight /29 links) plus a few outside addresses, so zones, objects, rules, NAT
 * and routes overlap often, which is where mistakes hide. Choices avoid only what the model
 * cannot answer with one outcome per packet: equal-cost routes and NAT pools (translations are
 * onto one address, or one-to-one between ranges of equal size).
 */
export interface GenInterface {
  readonly name: string;
  readonly cidr: string;
  readonly zone?: string;
  readonly linkDown: boolean;
  readonly inRouter: boolean;
  readonly profile?: string;
}

export interface GenAddress {
  readonly name: string;
  readonly kind: 'ip-netmask' | 'ip-range';
  readonly value: string;
}

export interface GenService {
  readonly name: string;
  readonly protocol: 'tcp' | 'udp';
  readonly ports: string;
  readonly sourcePorts?: string;
}

export interface GenRule {
  readonly name: string;
  readonly from: string[];
  readonly to: string[];
  readonly source: string[];
  readonly destination: string[];
  readonly negateSource: boolean;
  readonly negateDestination: boolean;
  readonly sourceUser: string[];
  readonly application: string[];
  readonly service: string[];
  readonly action: string;
  readonly disabled: boolean;
  readonly ruleType?: 'universal' | 'intrazone' | 'interzone';
}

export type GenSourceTranslation =
  | { readonly type: 'interface'; readonly iface: string }
  | { readonly type: 'dipp'; readonly addresses: string[] }
  | { readonly type: 'dynamic-ip'; readonly addresses: string[] }
  | { readonly type: 'static'; readonly address: string; readonly bidirectional: boolean };

export interface GenNat {
  readonly name: string;
  readonly from: string[];
  readonly to: string[];
  readonly toInterface?: string;
  readonly source: string[];
  readonly destination: string[];
  readonly service: string;
  readonly disabled: boolean;
  readonly dnat?: { readonly address: string; readonly port?: number };
  readonly snat?: GenSourceTranslation;
}

export interface GenRoute {
  readonly name: string;
  readonly destination: string;
  readonly nexthop: { readonly type: 'ip'; readonly address: string } | { readonly type: 'discard' } | { readonly type: 'none' };
  readonly iface?: string;
  readonly metric?: number;
  readonly adminDist?: number;
}

export interface GenProfile {
  readonly name: string;
  readonly services: string[];
  readonly permitted: string[];
}

export interface GenConfig {
  readonly hostname: string;
  readonly interfaces: GenInterface[];
  readonly zones: string[];
  readonly addresses: GenAddress[];
  readonly groups: Array<{ readonly name: string; readonly members: string[] }>;
  readonly services: GenService[];
  readonly serviceGroups: Array<{ readonly name: string; readonly members: string[] }>;
  readonly rules: GenRule[];
  readonly nat: GenNat[];
  readonly routes: GenRoute[];
  readonly profiles: GenProfile[];
  readonly defaults: { readonly intrazone?: string; readonly interzone?: string };
  /** Write an explicit `import network interface` list for vsys1. */
  readonly importList: boolean;
}

export const BASE = '10.0.0.';
const ZONES = ['trust', 'untrust', 'dmz'];
const INTERFACE_NAMES = ['ethernet1/1', 'ethernet1/2', 'ethernet1/3.10', 'ethernet1/3.20', 'ae1', 'ethernet1/4'];
const APPS = ['ssl', 'web-browsing', 'dns', 'ping', 'ssh', 'mystery-app'];
const PORT_LISTS = ['22', '80', '443', '53', '8080', '80,8080', '1000-2000', '25'];
const ROUTE_PREFIXES = ['0.0.0.0/0', '10.0.0.0/26', '10.0.0.32/27', '10.0.0.48/29', '192.168.0.0/16', '10.0.1.0/24', '8.8.8.0/24'];
const OUTSIDE = ['192.168.1.10', '8.8.8.8', '10.0.1.5'];

const host = (block: number, h: number) => `${BASE}${8 * block + h}`;

export function generateConfig(r: Prng, seed: number): GenConfig {
  const interfaces: GenInterface[] = [];
  const count = r.int(2, 4);
  const names = r.subset(INTERFACE_NAMES, 0.7);
  while (names.length < count) {
    const extra = INTERFACE_NAMES.find((n) => !names.includes(n))!;
    names.push(extra);
  }
  const blocks = [0, 1, 2, 3, 4, 5, 6, 7].sort(() => r.next() - 0.5);
  const zoneCount = r.int(1, 3);
  const zones = ZONES.slice(0, zoneCount);
  for (let i = 0; i < count; i++) {
    const zone = r.chance(0.1) ? undefined : r.pick(zones);
    interfaces.push({
      name: names[i]!,
      cidr: `${host(blocks[i]!, r.int(1, 6))}/29`,
      ...(zone === undefined ? {} : { zone }),
      linkDown: !names[i]!.startsWith('ae') && r.chance(0.08),
      inRouter: !r.chance(0.05),
    });
  }
  const ifaceHosts = interfaces.map((i) => i.cidr.split('/')[0]!);
  const anyHost = () => (r.chance(0.8) ? host(r.int(0, 7), r.int(1, 6)) : r.pick(OUTSIDE));

  const addresses: GenAddress[] = [];
  for (let k = 0; k < r.int(0, 4); k++) {
    const kind = r.chance(0.7) ? 'ip-netmask' : 'ip-range';
    let value: string;
    if (kind === 'ip-netmask') {
      const len = r.pick([32, 29, 28, 27]);
      const size = 2 ** (32 - len);
      value = len === 32 ? `${anyHost()}/32` : `${BASE}${size * r.int(0, 64 / size - 1)}/${len}`;
    } else {
      const lo = r.int(0, 60);
      value = `${BASE}${lo}-${BASE}${lo + r.int(1, 6)}`;
    }
    addresses.push({ name: `a${k}`, kind, value });
  }
  const groups = addresses.length > 1 && r.chance(0.4) ? [{ name: 'g0', members: r.subset(addresses.map((a) => a.name), 0.6).concat(r.chance(0.3) ? [anyHost()] : []) }] : [];
  const groupsNonEmpty = groups.filter((g) => g.members.length > 0);

  const services: GenService[] = [];
  for (let k = 0; k < r.int(0, 3); k++) {
    services.push({ name: `s${k}`, protocol: r.chance(0.7) ? 'tcp' : 'udp', ports: r.pick(PORT_LISTS), ...(r.chance(0.15) ? { sourcePorts: '40000-50000' } : {}) });
  }
  const serviceGroups = services.length > 0 && r.chance(0.3) ? [{ name: 'sg0', members: [r.pick(services).name, r.pick(['service-https', 'service-http'])] }] : [];

  const addressTerm = (): string[] => {
    if (r.chance(0.4)) return ['any'];
    const pool = [...addresses.map((a) => a.name), ...groupsNonEmpty.map((g) => g.name), anyHost(), `${BASE}${8 * r.int(0, 7)}/29`, r.pick(ifaceHosts)];
    return [...new Set([r.pick(pool), ...(r.chance(0.3) ? [r.pick(pool)] : [])])];
  };
  const zoneTerm = (): string[] => (r.chance(0.35) ? ['any'] : [...new Set([r.pick(zones), ...(r.chance(0.3) ? [r.pick(zones)] : []), ...(r.chance(0.04) ? ['ghost'] : [])])]);
  const serviceTerm = (): string[] => {
    const roll = r.next();
    if (roll < 0.3) return ['application-default'];
    if (roll < 0.5) return ['any'];
    const pool = [...services.map((s) => s.name), ...serviceGroups.map((g) => g.name), 'service-http', 'service-https'];
    return [...new Set([r.pick(pool), ...(r.chance(0.3) ? [r.pick(pool)] : [])])];
  };

  const rules: GenRule[] = [];
  for (let k = 0; k < r.int(1, 6); k++) {
    const roll = r.next();
    rules.push({
      name: `rule-${k}`,
      from: zoneTerm(),
      to: zoneTerm(),
      source: addressTerm(),
      destination: addressTerm(),
      negateSource: r.chance(0.12),
      negateDestination: r.chance(0.12),
      sourceUser: r.chance(0.06) ? ['example\\staff'] : ['any'],
      application: r.chance(0.5) ? ['any'] : [...new Set([r.pick(APPS), ...(r.chance(0.4) ? [r.pick(APPS)] : [])])],
      service: serviceTerm(),
      action: roll < 0.6 ? 'allow' : r.pick(['deny', 'drop', 'reset-client', 'reset-both']),
      disabled: r.chance(0.1),
      ...(r.chance(0.3) ? { ruleType: r.pick(['universal', 'intrazone', 'interzone'] as const) } : {}),
    });
  }

  const nat: GenNat[] = [];
  for (let k = 0; k < r.int(0, 4); k++) {
    const roll = r.next();
    const to = r.chance(0.3) ? ['any'] : [r.pick(zones)];
    const from = r.chance(0.3) ? ['any'] : [r.pick(zones)];
    const dstChoice = r.next();
    let destination: string[];
    let dnat: GenNat['dnat'];
    const rangeObject = addresses.find((a) => a.kind === 'ip-range');
    if (dstChoice < 0.15 && rangeObject) {
      destination = [rangeObject.name];
      const [lo, hi] = rangeObject.value.split('-').map((v) => Number(v.split('.')[3]));
      const start = r.int(0, 63 - (hi! - lo!));
      dnat = { address: `${BASE}${start}-${BASE}${start + (hi! - lo!)}` };
    } else {
      destination = dstChoice < 0.35 ? ['any'] : [r.chance(0.5) ? r.pick(ifaceHosts) : anyHost()];
      dnat = { address: r.chance(0.8) ? anyHost() : r.pick(ifaceHosts) };
    }
    if (r.chance(0.3)) dnat = { ...dnat, port: r.pick([22, 80, 8080]) };
    const snatChoice = (): GenSourceTranslation => {
      const s = r.next();
      if (s < 0.4) return { type: 'interface', iface: r.pick(interfaces).name };
      if (s < 0.7) return { type: 'dipp', addresses: [anyHost()] };
      return { type: 'dynamic-ip', addresses: [anyHost()] };
    };
    const source = r.chance(0.5) ? ['any'] : [r.chance(0.5) ? `${BASE}${8 * r.int(0, 7)}/29` : anyHost()];
    const base = {
      name: `nat-${k}`,
      from,
      to,
      ...(r.chance(0.15) ? { toInterface: r.pick(interfaces).name } : {}),
      source,
      destination,
      service: r.chance(0.6) ? 'any' : services.length > 0 && r.chance(0.5) ? r.pick(services).name : 'service-http',
      disabled: r.chance(0.08),
    };
    if (roll < 0.2) nat.push(base);
    else if (roll < 0.55) nat.push({ ...base, dnat });
    else if (roll < 0.8) nat.push({ ...base, snat: snatChoice() });
    else if (roll < 0.9) nat.push({ ...base, dnat, snat: snatChoice() });
    else nat.push({ ...base, source: [anyHost()], snat: { type: 'static', address: anyHost(), bidirectional: r.chance(0.7) } });
  }

  const routes: GenRoute[] = [];
  const prefixes = r.subset(ROUTE_PREFIXES, 0.35);
  prefixes.forEach((destination, k) => {
    const via = r.pick(interfaces);
    const [a, , , d] = via.cidr.split('/')[0]!.split('.');
    void a;
    const last = Number(d);
    const block = Math.floor(last / 8);
    let gw = 8 * block + r.int(1, 6);
    if (gw === last) gw = 8 * block + 7;
    const kind = r.next();
    const nexthop: GenRoute['nexthop'] = kind < 0.7 ? { type: 'ip', address: `${BASE}${gw}` } : kind < 0.85 ? { type: 'discard' } : { type: 'none' };
    routes.push({
      name: `r${k}`,
      destination,
      nexthop,
      ...(nexthop.type === 'none' || r.chance(0.3) ? { iface: via.name } : {}),
      ...(r.chance(0.5) ? { metric: r.int(1, 30) } : {}),
      ...(r.chance(0.3) ? { adminDist: r.pick([10, 20, 200]) } : {}),
    });
  });

  const profiles: GenProfile[] = [];
  if (r.chance(0.6)) {
    profiles.push({
      name: 'mp',
      services: r.subset(['ping', 'ssh', 'https', 'http', 'telnet'], 0.5),
      permitted: r.chance(0.4) ? [`${BASE}${8 * r.int(0, 7)}/29`] : [],
    });
  }
  const withProfiles = interfaces.map((i) => (profiles.length > 0 && r.chance(0.5) ? { ...i, profile: 'mp' } : i));

  const defaults = {
    ...(r.chance(0.25) ? { intrazone: r.pick(['deny', 'drop']) } : {}),
    ...(r.chance(0.2) ? { interzone: 'allow' } : {}),
  };
  return {
    hostname: `pa-oracle-${seed}`,
    interfaces: withProfiles,
    zones,
    addresses,
    groups: groupsNonEmpty,
    services,
    serviceGroups,
    rules,
    nat,
    routes,
    profiles,
    defaults,
    importList: r.chance(0.5),
  };
}
