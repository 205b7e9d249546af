import type { Device } from '../../src/model/device.js';
import type { FilterStage, MatchTerm, Rule } from '../../src/model/filter.js';
import type { Interface } from '../../src/model/interface.js';
import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import type { StaticRoute } from '../../src/model/route.js';
import type { Site } from '../../src/site/types.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Cidr, IpAddress } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import { Prng } from './prng.js';

/**
 * Small random networks for the analysis oracle. Addresses come from 10.0.0.0/26 (eight /29
 * links) plus a few outside it, so links, overlaps, routes and NAT collide often, which is
 * where bugs hide. Everything is in the neutral model: the oracle tests the analysis, not a
 * parser.
 */
export const BASE = 0x0a000000;
const here = { file: 'random.conf', line: 1 };

export interface RandomNetwork {
  readonly devices: Device[];
  readonly site: Site;
  /** Interesting addresses to draw packets from. */
  readonly addresses: number[];
}

const v4 = (value: number): IpAddress => ({ family: 4, value });
const cidr = (address: number, prefixLength: number): Cidr => ({ family: 4, address, prefixLength });
const space = (lo: number, hiExclusive: number) => new AddressSpace(IntervalSet.range(lo, hiExclusive), IntervalSet.empty());

const SERVICES = [ServiceSet.ports(6, 22, 22), ServiceSet.ports(6, 80, 81), ServiceSet.ports(17, 53, 53), ServiceSet.protocol(1), ServiceSet.ANY];

function randomSpace(r: Prng): AddressSpace {
  switch (r.int(0, 4)) {
    case 0:
      return AddressSpace.ANY;
    case 1: {
      const len = r.pick([26, 27, 28, 29, 32]);
      const size = 2 ** (32 - len);
      return AddressSpace.fromCidr(cidr(BASE + size * r.int(0, 64 / size - 1), len));
    }
    case 2: {
      const lo = BASE + r.int(0, 63);
      return space(lo, lo + r.int(1, 12));
    }
    case 3:
      return AddressSpace.fromAddress(v4(BASE + r.int(0, 70)));
    default:
      return AddressSpace.fromCidr(cidr(BASE, 24)).subtract(AddressSpace.fromCidr(cidr(BASE + 8 * r.int(0, 7), 29)));
  }
}

function randomServices(r: Prng): ServiceSet {
  return ServiceSet.unionAll(r.subset(SERVICES, 0.3).concat(r.chance(0.5) ? [r.pick(SERVICES)] : []));
}

export function randomNetwork(seed: number): RandomNetwork {
  const r = new Prng(seed);
  const used = new Set<number>();
  const devices: Device[] = [];
  const deviceCount = r.int(1, 4);
  // Interfaces of every device first, so that routes can point at neighbours' addresses.
  const allInterfaces: Interface[][] = [];
  for (let d = 0; d < deviceCount; d++) {
    const interfaces: Interface[] = [];
    const ifaceCount = r.int(1, 3);
    for (let i = 0; i < ifaceCount; i++) {
      // Few links, so devices often share one and paths get long.
      const block = r.int(0, 3);
      let host = BASE + 8 * block + r.int(1, 6);
      if (used.has(host)) host = BASE + 8 * block + 7;
      if (used.has(host)) continue;
      used.add(host);
      interfaces.push({ name: `i${i}`, addresses: [{ address: v4(host), prefixLength: 29 }], enabled: r.chance(0.9), provenance: here });
    }
    allInterfaces.push(interfaces);
  }
  const deviceAddresses = (d: number) => allInterfaces.flatMap((list, k) => (k === d ? [] : list.map((i) => i.addresses[0]!.address.value as number)));
  for (let d = 0; d < deviceCount; d++) {
    const interfaces = allInterfaces[d]!;
    const neighbours = deviceAddresses(d);
    const names = interfaces.map((i) => i.name);
    const routes: StaticRoute[] = [];
    for (let k = r.int(0, 4); k > 0; k--) {
      const len = r.pick([0, 26, 27, 29, 32]);
      const size = 2 ** (32 - len);
      const prefix = len === 0 ? cidr(0, 0) : cidr(BASE + size * r.int(0, Math.max(0, 64 / size - 1)), len);
      const discard = r.chance(0.15);
      const route: StaticRoute = {
        id: `${k}`,
        prefix,
        discard,
        distance: r.int(1, 2),
        priority: 0,
        enabled: r.chance(0.9),
        provenance: here,
        ...(discard ? {} : { gateway: v4(neighbours.length > 0 && r.chance(0.7) ? r.pick(neighbours) : BASE + r.int(0, 63)) }),
        ...(r.chance(0.3) && names.length > 0 ? { interface: r.pick(names) } : {}),
      };
      routes.push(route);
    }
    const dnats: DestinationNat[] = [];
    for (let k = r.int(0, 2); k > 0; k--) {
      const ext = BASE + r.int(0, 70);
      const width = r.int(1, 3);
      const mapped = BASE + r.int(0, 60);
      const dstMap: FieldMap<number> = r.chance(0.6) ? { shift: mapped - ext } : { set: IntervalSet.range(mapped, mapped + r.int(1, 2)) };
      const portMap = r.chance(0.3) ? { dport: { set: IntervalSet.range(22, 23) } as FieldMap<number> } : {};
      const translate: Transform = { dst: dstMap, ...portMap };
      dnats.push({
        id: `vip${k}`,
        ...(r.chance(0.5) && names.length > 0 ? { inInterfaces: r.subset(names) } : {}),
        ...(r.chance(0.3) && names.length > 0 ? { outInterfaces: r.subset(names) } : {}),
        match: PacketSet.of(AddressSpace.ANY_V4, space(ext, ext + width), r.chance(0.5) ? ServiceSet.ANY : ServiceSet.ports(6, 80, 81)),
        translate,
        mapped: space(mapped, mapped + width),
        provenance: here,
      });
    }
    const dnatIds = dnats.map((n) => n.id);
    const filters: FilterStage[] = [];
    for (let s = r.int(0, 2); s > 0; s--) {
      const rules: Rule[] = [];
      for (let k = r.int(0, 5); k > 0; k--) {
        const terms: MatchTerm[] = [];
        for (let t = r.int(1, 2); t > 0; t--) {
          const dnat = r.int(0, 3);
          terms.push({
            ...(r.chance(0.4) ? { inInterfaces: r.subset(names) } : {}),
            ...(r.chance(0.4) ? { outInterfaces: r.subset(names) } : {}),
            packets: PacketSet.of(randomSpace(r), randomSpace(r), randomServices(r)),
            ...(dnat === 1 ? { dnat: 'untranslated' as const } : dnat === 2 && dnatIds.length > 0 ? { dnat: r.subset(dnatIds) } : {}),
          });
        }
        const action = r.chance(0.6) ? 'permit' : 'deny';
        const snat = action === 'permit' && r.chance(0.35);
        rules.push({
          id: `r${s}.${k}`,
          action,
          enabled: r.chance(0.9),
          log: true,
          terms,
          implicit: false,
          display: { inInterfaces: [], outInterfaces: [], sources: [], destinations: [], services: [] },
          provenance: { file: 'random.conf', line: 100 * s + k },
          ...(snat ? { sourceNat: r.chance(0.5) ? {} : { pool: space(BASE + 60, BASE + 60 + r.int(1, 2)) } } : {}),
        });
      }
      filters.push({
        name: `stage${s}`,
        ...(r.chance(0.3) ? { inInterfaces: r.subset(names) } : {}),
        ...(r.chance(0.3) ? { outInterfaces: r.subset(names) } : {}),
        header: r.chance(0.5) ? 'original' : 'translated',
        ...(r.chance(0.3) ? { local: true } : {}),
        rules,
        defaultAction: r.chance(0.5) ? 'deny' : 'permit',
        defaultReason: 'default',
      });
    }
    const sourceNat: SourceNat[] = r.chance(0.3)
      ? [
          {
            id: 'snat1',
            ...(names.length > 0 ? { outInterfaces: r.subset(names) } : {}),
            ...(r.chance(0.5) ? { header: 'original' as const } : {}),
            ...(r.chance(0.3) ? { dnat: r.chance(0.5) ? ('untranslated' as const) : r.subset(dnatIds) } : {}),
            // A pool, "translate nothing" (which still ends the lookup), or a one-to-one shift;
            // a shift maps a bounded range, as static NAT of a network does, so it stays in IPv4.
            ...(() => {
              const kind = r.int(0, 2);
              if (kind === 0) return { match: PacketSet.of(randomSpace(r), randomSpace(r)), pool: space(BASE + 62, BASE + 63) };
              if (kind === 1) return { match: PacketSet.of(randomSpace(r), randomSpace(r)), translate: {} };
              const lo = BASE + r.int(8, 40);
              return { match: PacketSet.of(space(lo, lo + r.int(1, 8)), randomSpace(r)), translate: { src: { shift: r.int(-8, 8) } } };
            })(),
            provenance: here,
          },
        ]
      : [];
    devices.push({
      id: `d${d}`,
      hostname: `d${d}`,
      vendor: 'neutral',
      interfaces,
      zones: [],
      routes,
      filters,
      destinationNat: dnats,
      sourceNat,
      management: [
        ...r.subset(names, 0.4).map((name) => ({
          interface: name,
          service: 'ssh',
          packets: ServiceSet.ports(6, 22, 22),
          secure: true,
          ...(r.chance(0.4) ? { ingressInterfaces: r.subset(names) } : {}),
          // PAN-OS / SRX style: from another interface only through the policy.
          ...(r.chance(0.4) ? { throughPolicy: true } : {}),
          provenance: here,
        })),
        // IOS style: every interface answers, from some sources only.
        ...(r.chance(0.3) ? [{ service: 'https', packets: ServiceSet.ports(6, 80, 81), sources: randomSpace(r), secure: true, provenance: here }] : []),
      ],
      admins: [],
      objects: [],
      references: [],
      provenance: here,
    });
  }

  const kinds = ['mynumber', 'lgwan', 'internet', 'dmz'] as const;
  const segments = Array.from({ length: r.int(1, 3) }, (_, i) => {
    const len = r.pick([27, 28, 29]);
    const size = 2 ** (32 - len);
    return { id: `s${i}`, kind: kinds[i]!, networks: AddressSpace.fromCidr(cidr(BASE + size * r.int(0, 64 / size - 1), len)), attach: [] };
  });
  const attachable = devices.flatMap((d) => d.interfaces.map((i) => ({ device: d.id, interface: i.name, securityCloud: false })));
  const externals =
    r.chance(0.8) && attachable.length > 0
      ? [{ id: 'ext', kind: 'internet' as const, networks: 'default' as const, attach: [r.pick(attachable)] }]
      : [];
  const site: Site = {
    model: 'alpha',
    segments,
    externals,
    sanitizers: [],
    approved: [],
    breakout: [],
    published: [],
    modelDeclared: true,
    transit: r.chance(0.3) ? AddressSpace.fromCidr(cidr(BASE + 8 * r.int(0, 7), 29)) : AddressSpace.EMPTY,
    origin: 'file',
    inferences: [],
  };
  const addresses = [...used, BASE + 60, BASE + 61, BASE + 64, BASE + 70, BASE + 0x100, 0x08080808];
  for (let k = 0; k < 8; k++) addresses.push(BASE + r.int(0, 63));
  return { devices, site, addresses };
}

/** Random packets whose source lies in `sources`, over the network's interesting values. */
export function randomPackets(r: Prng, net: RandomNetwork, sources: AddressSpace, count: number): Packet[] {
  const srcs = net.addresses.filter((a) => sources.contains(v4(a)));
  for (const [lo, hi] of sources.v4.ranges()) srcs.push(lo, hi - 1);
  const out: Packet[] = [];
  for (let i = 0; i < count && srcs.length > 0; i++) {
    const protocol = r.pick([6, 6, 17, 1, 47]);
    out.push({
      src: v4(r.pick(srcs)),
      dst: v4(r.pick(net.addresses)),
      protocol,
      srcPort: r.pick([1000, 53]),
      dstPort: r.pick([22, 53, 80, 81, 443, 8]),
    });
  }
  return out;
}
