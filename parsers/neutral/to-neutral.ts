import type { Device } from '../../src/model/device.js';
import type { FilterStage, MatchTerm, Rule } from '../../src/model/filter.js';
import type { Interface, InterfaceAddress, Zone } from '../../src/model/interface.js';
import type { AdminAccount, ManagementAccess } from '../../src/model/management.js';
import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import type { ParseWarning } from '../../src/model/parse-result.js';
import type { Provenance } from '../../src/model/provenance.js';
import type { StaticRoute } from '../../src/model/route.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { parseAddressSpec } from '../../src/space/address-spec.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseAddressWithPrefix, parseCidr, parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet, parseServiceSpec } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import type { YamlPath } from '../../src/yaml/yaml-path.js';
import { Occurrences } from '../common/occurrences.js';
import type { DeviceDocument, DocumentMatch, DocumentRule } from './document.js';

/**
 * Converts a validated neutral document to the model. The document already speaks the
 * model's terms, so this is mostly parsing addresses and services; a bad item becomes an
 * 'invalid' warning on its own line and is left out, the rest of the entry is kept.
 */
export class DocumentConverter {
  readonly warnings: ParseWarning[] = [];

  constructor(
    private readonly doc: DeviceDocument,
    private readonly file: string,
    private readonly lineOf: (path: YamlPath) => number,
    private readonly lineText: (line: number) => string,
  ) {}

  convert(): Device {
    const d = this.doc;
    const interfaces = (d.interfaces ?? []).map((i, n) => this.iface(i, ['interfaces', n]));
    const zones = zonesOf(interfaces);
    return {
      id: d.context === undefined ? d.hostname : `${d.hostname}/${d.context}`,
      hostname: d.hostname,
      ...(d.context === undefined ? {} : { context: d.context }),
      vendor: 'neutral',
      interfaces,
      zones,
      routes: (d.routes ?? []).flatMap((r, n) => this.route(r, n)),
      filters: (d.filters ?? []).map((f, n) => this.stage(f, n)),
      destinationNat: (d.nat?.destination ?? []).flatMap((e, n) => this.dnat(e, n)),
      sourceNat: (d.nat?.source ?? []).map((e, n) => this.snat(e, n)),
      management: (d.management ?? []).map((m, n) => this.management(m, n)),
      admins: (d.admins ?? []).map((a, n): AdminAccount => ({ name: a.name, ...(a.profile === undefined ? {} : { profile: a.profile }), provenance: this.at(['admins', n]) })),
      objects: [],
      references: [],
      provenance: this.at(['hostname']),
    };
  }

  private at(path: YamlPath): Provenance {
    return { file: this.file, line: this.lineOf(path) };
  }

  private invalid(path: YamlPath, comment: string): void {
    const line = this.lineOf(path);
    this.warnings.push({ line, text: this.lineText(line).trim(), context: path.join('.'), comment, kind: 'invalid' });
  }

  private iface(i: NonNullable<DeviceDocument['interfaces']>[number], path: YamlPath): Interface {
    const addresses: InterfaceAddress[] = [];
    (i.addresses ?? []).forEach((text, n) => {
      const parsed = parseAddressWithPrefix(text);
      if (parsed) addresses.push(parsed);
      else this.invalid([...path, 'addresses', n], `'${text}' is not an interface address (expected for example 10.20.0.1/24); left out`);
    });
    return {
      name: i.name,
      addresses,
      enabled: i.enabled ?? true,
      ...(i.zone === undefined ? {} : { zone: i.zone }),
      ...(i.description === undefined ? {} : { description: i.description }),
      provenance: this.at(path),
    };
  }

  private route(r: NonNullable<DeviceDocument['routes']>[number], n: number): StaticRoute[] {
    const path = ['routes', n];
    const prefix = parseCidr(r.prefix);
    if (!prefix) {
      this.invalid([...path, 'prefix'], `'${r.prefix}' is not a prefix; the route is left out`);
      return [];
    }
    const gateway = r.gateway === undefined ? undefined : parseIp(r.gateway);
    if (r.gateway !== undefined && !gateway) {
      this.invalid([...path, 'gateway'], `'${r.gateway}' is not an address; the route is left out`);
      return [];
    }
    return [
      {
        id: r.id ?? String(n + 1),
        prefix,
        ...(gateway ? { gateway } : {}),
        ...(r.interface === undefined ? {} : { interface: r.interface }),
        discard: r.discard ?? false,
        distance: r.distance ?? 1,
        priority: r.priority ?? 0,
        enabled: r.enabled ?? true,
        provenance: this.at(path),
      },
    ];
  }

  private addresses(items: readonly string[] | undefined, path: YamlPath): AddressSpace {
    if (items === undefined) return AddressSpace.ANY;
    const parts: AddressSpace[] = [];
    items.forEach((text, n) => {
      const parsed = parseAddressSpec(text);
      if ('error' in parsed) this.invalid([...path, n], `${parsed.error}; left out`);
      else parts.push(parsed);
    });
    return AddressSpace.unionAll(parts);
  }

  private services(items: readonly string[] | undefined, path: YamlPath): ServiceSet {
    if (items === undefined) return ServiceSet.ANY;
    const parts: ServiceSet[] = [];
    items.forEach((text, n) => {
      const parsed = parseServiceSpec(text);
      if (parsed) parts.push(parsed);
      else this.invalid([...path, n], `'${text}' is not a service (expected tcp/443, udp/53, tcp/8000-8010, icmp, any …); left out`);
    });
    return ServiceSet.unionAll(parts);
  }

  private packets(m: DocumentMatch | undefined, path: YamlPath): PacketSet {
    return PacketSet.of(this.addresses(m?.source, [...path, 'source']), this.addresses(m?.destination, [...path, 'destination']), this.services(m?.services, [...path, 'services']));
  }

  private stage(f: NonNullable<DeviceDocument['filters']>[number], n: number): FilterStage {
    const path = ['filters', n];
    // A rule without an id is numbered by its position, so its content names it for fingerprints.
    const identities = new Occurrences();
    const rules: Rule[] = (f.rules ?? []).map((r, k) => {
      const rulePath = [...path, 'rules', k];
      const term: MatchTerm = { ...(r.in ? { inInterfaces: r.in } : {}), ...(r.out ? { outInterfaces: r.out } : {}), packets: this.packets(r, rulePath) };
      return {
        id: r.id ?? String(k + 1),
        ...(r.id === undefined ? { identity: identities.next(ruleContent(r)) } : {}),
        ...(r.name === undefined ? {} : { name: r.name }),
        action: r.action,
        enabled: r.enabled ?? true,
        log: r.log ?? false,
        terms: [term],
        implicit: false,
        ...(r.comment === undefined ? {} : { comment: r.comment }),
        display: { inInterfaces: r.in ?? [], outInterfaces: r.out ?? [], sources: r.source ?? ['any'], destinations: r.destination ?? ['any'], services: r.services ?? ['any'] },
        provenance: this.at(rulePath),
      };
    });
    return {
      name: f.name,
      ...(f.in ? { inInterfaces: f.in } : {}),
      ...(f.out ? { outInterfaces: f.out } : {}),
      header: f.header ?? 'translated',
      rules,
      defaultAction: f.default,
      defaultReason: `stage default ${f.default}`,
      defaultProvenance: this.at([...path, 'default']),
    };
  }

  private dnat(e: NonNullable<NonNullable<DeviceDocument['nat']>['destination']>[number], n: number): DestinationNat[] {
    const path = ['nat', 'destination', n];
    const match = this.packets(e.match, [...path, 'match']);
    const mapped = parseAddressSpec(e.to);
    if ('error' in mapped) {
      this.invalid([...path, 'to'], `${mapped.error}; the entry is left out`);
      return [];
    }
    const matched = match.dstSpace();
    const translate: { dst: FieldMap<number> | FieldMap<bigint>; dport?: FieldMap<number> } = { dst: addressMap(matched, mapped) };
    if (e.port !== undefined) translate.dport = { set: IntervalSet.range(e.port, e.port + 1) };
    return [{ id: e.id, ...(e.in ? { inInterfaces: e.in } : {}), match, translate: translate as Transform, mapped, provenance: this.at(path) }];
  }

  private snat(e: NonNullable<NonNullable<DeviceDocument['nat']>['source']>[number], n: number): SourceNat {
    const path = ['nat', 'source', n];
    return {
      id: e.id,
      ...(e.in ? { inInterfaces: e.in } : {}),
      ...(e.out ? { outInterfaces: e.out } : {}),
      match: this.packets(e.match, [...path, 'match']),
      ...(e.pool ? { pool: this.addresses(e.pool, [...path, 'pool']) } : {}),
      provenance: this.at(path),
    };
  }

  private management(m: NonNullable<DeviceDocument['management']>[number], n: number): ManagementAccess {
    const path = ['management', n];
    return {
      service: m.service,
      ...(m.interface === undefined ? {} : { interface: m.interface }),
      packets: this.services(m.services, [...path, 'services']),
      ...(m.sources ? { sources: this.addresses(m.sources, [...path, 'sources']) } : {}),
      secure: m.secure ?? true,
      provenance: this.at(path),
    };
  }
}

/**
 * One-to-one when the translated range is as large as the matched destinations (one range
 * each), so that each address keeps its offset; otherwise every packet may go to any address
 * of the pool.
 */
function addressMap(matched: AddressSpace, mapped: AddressSpace): FieldMap<number> | FieldMap<bigint> {
  const [m4] = [...matched.v4.ranges()];
  const [t4] = [...mapped.v4.ranges()];
  if (matched.v4.rangeCount === 1 && mapped.v4.rangeCount === 1 && m4 && t4 && m4[1] - m4[0] === t4[1] - t4[0]) return { shift: t4[0] - m4[0] };
  if (!mapped.v4.isEmpty()) return { set: mapped.v4 };
  const [m6] = [...matched.v6.ranges()];
  const [t6] = [...mapped.v6.ranges()];
  if (matched.v6.rangeCount === 1 && mapped.v6.rangeCount === 1 && m6 && t6 && m6[1] - m6[0] === t6[1] - t6[0]) return { shift: t6[0] - m6[0] };
  return { set: mapped.v6 };
}

function zonesOf(interfaces: readonly Interface[]): Zone[] {
  const zones = new Map<string, Zone>();
  for (const i of interfaces) {
    if (i.zone === undefined) continue;
    const z = zones.get(i.zone);
    zones.set(i.zone, { name: i.zone, interfaces: [...(z?.interfaces ?? []), i.name], provenance: z?.provenance ?? i.provenance });
  }
  return [...zones.values()];
}

/** What a rule without an id matches and does, as written; its name, comment, log and enabled flags aside. */
function ruleContent(r: DocumentRule): string {
  const list = (items: readonly string[] | undefined) => (items === undefined ? 'any' : items.join(','));
  return [r.action, `in ${list(r.in)}`, `out ${list(r.out)}`, `from ${list(r.source)}`, `to ${list(r.destination)}`, `services ${list(r.services)}`].join(' ');
}
