import type { Device } from '../../src/model/device.js';
import type { FilterStage, Rule } from '../../src/model/filter.js';
import type { Interface } from '../../src/model/interface.js';
import type { StaticRoute } from '../../src/model/route.js';
import type { External, Sanitizer, Segment, Site } from '../../src/site/types.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { parseAddressWithPrefix, parseCidr, parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet, parseServiceSpec } from '../../src/space/service-set.js';

/** Terse builders for hand-written networks in tests. */
const at = (line: number) => ({ file: 'test.conf', line });

export function space(...cidrs: string[]): AddressSpace {
  return AddressSpace.unionAll(cidrs.map((c) => AddressSpace.fromCidr(parseCidr(c)!)));
}

export function services(...specs: string[]): ServiceSet {
  return specs.length === 0 ? ServiceSet.ANY : ServiceSet.unionAll(specs.map((s) => parseServiceSpec(s)!));
}

export function iface(name: string, address: string, extra: Partial<Interface> = {}): Interface {
  const a = parseAddressWithPrefix(address)!;
  return { name, addresses: [{ address: a.address, prefixLength: a.prefixLength }], enabled: true, provenance: at(1), ...extra };
}

export function route(id: string, prefix: string, gateway: string, extra: Partial<StaticRoute> = {}): StaticRoute {
  return { id, prefix: parseCidr(prefix)!, gateway: parseIp(gateway)!, discard: false, distance: 10, priority: 0, enabled: true, provenance: at(2), ...extra };
}

export function permit(id: string, line: number, src: string[], dst: string[], svc: string[] = [], extra: Partial<Rule> = {}): Rule {
  return {
    id,
    action: 'permit',
    enabled: true,
    log: true,
    terms: [{ packets: PacketSet.of(space(...src), space(...dst), services(...svc)) }],
    implicit: false,
    display: { inInterfaces: [], outInterfaces: [], sources: src, destinations: dst, services: svc },
    provenance: at(line),
    ...extra,
  };
}

export function stage(rules: Rule[], defaultAction: 'permit' | 'deny' = 'deny'): FilterStage {
  return { name: 'policy', header: 'translated', rules, defaultAction, defaultReason: 'implicit deny' };
}

export function device(id: string, parts: Partial<Device>): Device {
  return {
    id,
    hostname: id,
    vendor: 'neutral',
    interfaces: [],
    zones: [],
    routes: [],
    filters: [],
    destinationNat: [],
    sourceNat: [],
    management: [],
    admins: [],
    objects: [],
    references: [],
    provenance: at(1),
    ...parts,
  };
}

export function segment(id: string, kind: Segment['kind'], ...networks: string[]): Segment {
  return { id, kind, networks: space(...networks), attach: [] };
}

export function site(parts: { segments: Segment[]; externals?: External[]; sanitizers?: Sanitizer[] } & Partial<Site>): Site {
  return { model: 'alpha', externals: [], sanitizers: [], approved: [], breakout: [], published: [], modelDeclared: true, transit: AddressSpace.EMPTY, origin: 'file', inferences: [], ...parts };
}
