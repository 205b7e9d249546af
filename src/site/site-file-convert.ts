import type { Provenance } from '../model/provenance.js';
import { AddressSpace } from '../space/address-space.js';
import { formatCidr, makeCidr, parseAddressWithPrefix, parseIp } from '../space/ip.js';
import { TCP, UDP } from '../space/protocols.js';
import { ServiceSet, parseServiceSpec } from '../space/service-set.js';
import {
  type ErrorSink,
  type PositionIndex,
  type SitePath,
  describeValue,
  entityName,
  isRecord,
  withConsequence,
} from './site-file-errors.js';
import { ID_PATTERN, RESERVED_IDS } from './site-file-schema.js';
import type { BroadEntry, DeclaredSite } from './site-file-types.js';
import {
  EXTERNAL_KINDS,
  NETWORK_MODELS,
  SEGMENT_KINDS,
  type Approval,
  type AttachPoint,
  type Breakout,
  type Publication,
  type External,
  type ExternalKind,
  type NetworkModel,
  type Sanitizer,
  type SanitizerMethod,
  type Segment,
  type SegmentKind,
} from './types.js';

/** Services a mail sanitizer carries when the entry names none: SMTP. */
export const DEFAULT_MAIL_SERVICES: ServiceSet = ServiceSet.ports(TCP, 25, 25);

/** Services a screen-transfer host carries when the entry names none: RDP, Citrix ICA/CGP, HTML5 clients. */
export const DEFAULT_SCREEN_SERVICES: ServiceSet = ServiceSet.unionAll([
  ServiceSet.ports(TCP, 3389, 3389),
  ServiceSet.ports(UDP, 3389, 3389),
  ServiceSet.ports(TCP, 1494, 1494),
  ServiceSet.ports(TCP, 2598, 2598),
  ServiceSet.ports(TCP, 443, 443),
  ServiceSet.ports(UDP, 443, 443),
  ServiceSet.ports(TCP, 8008, 8008),
]);

const SANITIZER_METHODS: readonly SanitizerMethod[] = ['mail', 'file', 'screen'];

type AddressResult = { readonly space: AddressSpace; readonly prefixLength: number } | { readonly error: string };

/**
 * One `networks`/`hosts`/`from`/`to`/`destinations` item: an IPv4 or IPv6 address or prefix.
 * A prefix with host bits set is an error, since 10.20.1.5/16 could mean the /16 or the host.
 */
export function parseAddressItem(text: string): AddressResult {
  const parsed = parseAddressWithPrefix(text);
  if (!parsed) {
    const slash = text.indexOf('/');
    const address = parseIp(slash < 0 ? text : text.slice(0, slash));
    const suffix = slash < 0 ? '' : text.slice(slash + 1);
    if (address && /^\d+$/.test(suffix)) {
      const max = address.family === 4 ? 32 : 128;
      return { error: `'${text}' has prefix length /${suffix}, but an IPv${address.family} prefix is at most /${max}` };
    }
    const hint = /^[^/]+\s*-\s*[^/]+$/.test(text) ? ' — address ranges are not supported; list the prefixes that cover the range' : '';
    return { error: `'${text}' is not an IP address or prefix (expected for example 10.20.0.0/16, 10.20.5.10 or 2001:db8::/32)${hint}` };
  }
  const cidr = makeCidr(parsed.address, parsed.prefixLength);
  if (cidr.address !== parsed.address.value) {
    return { error: `'${text}' has host bits set under its /${parsed.prefixLength} prefix — did you mean ${formatCidr(cidr)}?` };
  }
  return { space: AddressSpace.fromCidr(cidr), prefixLength: parsed.prefixLength };
}

interface BroadContext {
  readonly kind: BroadEntry['kind'];
  readonly name: string;
  readonly field: string;
}

/**
 * Plain site data (already checked against the schema, whose errors are in the sink) to a
 * DeclaredSite. What the converter drops, and why:
 * - an unknown key: ignored (the schema reported it); the entry that holds it is kept;
 * - an invalid list item (address, service, attach point): that item is skipped, the rest kept;
 * - an entry whose defining value is missing or malformed (id, kind, method, name, networks,
 *   hosts, from, to, destinations, services, or any list that is not a list): the entry is
 *   skipped — guessing would change the verdicts;
 * - an invalid optional scalar (organization, model, policy, a segment's name, securityCloud):
 *   ignored, as if absent;
 * - a section of the wrong shape (segments not a map, sanitizers not a list...): ignored.
 * Every drop has an error; `sink.ensure` adds one when the schema did not.
 */
export class SiteConverter {
  private readonly broadEntries: BroadEntry[] = [];
  /** Segment and external ids already taken, with where. */
  private readonly ids = new Map<string, { what: 'segment' | 'external'; line: number }>();

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly file: string,
    private readonly sink: ErrorSink,
    private readonly index: PositionIndex,
  ) {}

  convert(): DeclaredSite {
    const root = this.root;
    const site: DeclaredSite = {
      segments: [],
      externals: [],
      sanitizers: [],
      approved: [],
      breakout: [],
      published: [],
      transit: AddressSpace.EMPTY,
      broadEntries: this.broadEntries,
    };
    const organization = this.optionalText(['organization']);
    if (organization !== undefined) site.organization = organization;
    const model = root['model'];
    if (typeof model === 'string' && (NETWORK_MODELS as readonly string[]).includes(model)) site.model = model as NetworkModel;
    else if (Object.hasOwn(root, 'model')) this.sink.ensure(['model'], withConsequence(`expected one of ${NETWORK_MODELS.join(', ')}; found ${describeValue(model)}`, ['model'], root));
    const policy = root['policy'];
    if (typeof policy === 'string' && ID_PATTERN.test(policy)) site.policy = policy;
    else if (Object.hasOwn(root, 'policy')) this.sink.ensure(['policy'], withConsequence(`expected a policy profile id such as mutsu; found ${describeValue(policy)}`, ['policy'], root));

    for (const [id, value, path] of this.mapSection('segments')) {
      const segment = this.segment(id, value, path);
      if (segment) site.segments.push(segment);
    }
    let defaultExternal: { id: string; line: number } | undefined;
    for (const [id, value, path] of this.mapSection('externals')) {
      const external = this.external(id, value, path, defaultExternal);
      if (!external) continue;
      if (external.networks === 'default' && !defaultExternal) defaultExternal = { id, line: this.index.line(path) };
      site.externals.push(external);
    }
    const transit = this.listSection('transit');
    if (transit) site.transit = this.addresses(['transit'], transit);
    for (const [value, path] of this.listItems('sanitizers')) {
      const sanitizer = this.sanitizer(value, path);
      if (sanitizer) site.sanitizers.push(sanitizer);
    }
    for (const [value, path] of this.listItems('approved')) {
      const approval = this.approval(value, path);
      if (approval) site.approved.push(approval);
    }
    for (const [value, path] of this.listItems('breakout')) {
      const breakout = this.breakout(value, path);
      if (breakout) site.breakout.push(breakout);
    }
    for (const [value, path] of this.listItems('published')) {
      const publication = this.publication(value, path);
      if (publication) site.published.push(publication);
    }
    if (site.breakout.length > 0 && site.model !== 'alpha-prime') {
      const n = site.breakout.length;
      const why = site.model !== undefined ? `the model is '${site.model}'` : Object.hasOwn(root, 'model') ? 'the model is not valid' : 'no model is named (alpha is assumed)';
      this.sink.add(['breakout'], `breakout applies only to model alpha-prime, but ${why}; ${n === 1 ? 'its entry is' : `its ${n} entries are`} ignored`, 'key');
      site.breakout = [];
      site.broadEntries = this.broadEntries.filter((b) => b.kind !== 'breakout');
    }
    return site;
  }

  // --- sections --------------------------------------------------------------------------

  private *mapSection(section: string): Generator<[string, unknown, SitePath]> {
    if (!Object.hasOwn(this.root, section)) return;
    const value = this.root[section];
    if (value === null) return; // `segments:` with nothing under it: an empty section.
    if (!isRecord(value)) {
      this.sink.ensure([section], withConsequence(`expected a map of id: entry, found ${describeValue(value)}`, [section], this.root));
      return;
    }
    for (const [id, entry] of Object.entries(value)) yield [id, entry, [section, id]];
  }

  private listSection(section: string): unknown[] | undefined {
    if (!Object.hasOwn(this.root, section)) return undefined;
    const value = this.root[section];
    if (value === null) return undefined;
    if (!Array.isArray(value)) {
      this.sink.ensure([section], withConsequence(`expected a list, found ${describeValue(value)}`, [section], this.root));
      return undefined;
    }
    return value;
  }

  private *listItems(section: string): Generator<[unknown, SitePath]> {
    const list = this.listSection(section);
    if (list) for (let i = 0; i < list.length; i++) yield [list[i], [section, i]];
  }

  // --- entries ---------------------------------------------------------------------------

  private segment(id: string, value: unknown, path: SitePath): Segment | undefined {
    if (!this.claimId(id, 'segment', path)) return undefined;
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const kind = this.enumField(entry, path, 'kind', SEGMENT_KINDS);
    const networks = this.listField(entry, path, 'networks', true);
    const attach = this.listField(entry, path, 'attach', false);
    if (kind === undefined || !networks || attach === null) return undefined;
    const name = this.optionalText([...path, 'name']);
    return {
      id,
      kind: kind as SegmentKind,
      ...(name !== undefined && { name }),
      networks: this.addresses([...path, 'networks'], networks),
      attach: this.attachPoints([...path, 'attach'], attach ?? []),
      provenance: this.provenance(path),
    };
  }

  private external(id: string, value: unknown, path: SitePath, defaultExternal: { id: string; line: number } | undefined): External | undefined {
    if (!this.claimId(id, 'external', path)) return undefined;
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const kind = this.enumField(entry, path, 'kind', EXTERNAL_KINDS);
    const attach = this.listField(entry, path, 'attach', false);
    const rawNetworks = entry['networks'];
    const networksPath = [...path, 'networks'];
    let networks: AddressSpace | 'default' | undefined;
    if (rawNetworks === 'default') {
      networks = 'default';
    } else if (Array.isArray(rawNetworks)) {
      networks = this.addresses(networksPath, rawNetworks);
    } else if (!Object.hasOwn(entry, 'networks')) {
      this.sink.ensureAt(path, `${entityName(path, this.root)} has no 'networks', which is required (it is skipped)`, 'key');
    } else {
      this.sink.ensure(networksPath, withConsequence(`expected a list or 'default', found ${describeValue(rawNetworks)}`, networksPath, this.root));
    }
    if (kind === undefined || networks === undefined || attach === null) return undefined;
    if (networks === 'default' && defaultExternal) {
      this.sink.add(
        networksPath,
        `only one external can own the default space, and '${defaultExternal.id}' (line ${defaultExternal.line}) already does; '${id}' is kept with no address space`,
      );
      networks = AddressSpace.EMPTY;
    }
    const name = this.optionalText([...path, 'name']);
    return {
      id,
      kind: kind as ExternalKind,
      ...(name !== undefined && { name }),
      networks,
      attach: this.attachPoints([...path, 'attach'], attach ?? []),
      provenance: this.provenance(path),
    };
  }

  private sanitizer(value: unknown, path: SitePath): Sanitizer | undefined {
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const name = this.requiredText(entry, path, 'name');
    const method = this.enumField(entry, path, 'method', SANITIZER_METHODS) as SanitizerMethod | undefined;
    const hosts = this.listField(entry, path, 'hosts', true);
    const services = this.listField(entry, path, 'services', method === 'file');
    if (name === undefined || method === undefined || !hosts || services === null) return undefined;
    if (services === undefined && method === 'file') return undefined;
    const defaults = method === 'mail' ? DEFAULT_MAIL_SERVICES : DEFAULT_SCREEN_SERVICES;
    return {
      name,
      method,
      hosts: this.addresses([...path, 'hosts'], hosts, { kind: 'sanitizer', name, field: 'hosts' }),
      services: services === undefined ? defaults : this.services([...path, 'services'], services, { kind: 'sanitizer', name, field: 'services' }),
      origin: 'site',
      provenance: this.provenance(path),
    };
  }

  private approval(value: unknown, path: SitePath): Approval | undefined {
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const name = this.requiredText(entry, path, 'name');
    const from = this.listField(entry, path, 'from', true);
    const to = this.listField(entry, path, 'to', true);
    const services = this.listField(entry, path, 'services', true);
    if (name === undefined || !from || !to || !services) return undefined;
    return {
      name,
      from: this.addresses([...path, 'from'], from, { kind: 'approved', name, field: 'from' }),
      to: this.addresses([...path, 'to'], to, { kind: 'approved', name, field: 'to' }),
      services: this.services([...path, 'services'], services, { kind: 'approved', name, field: 'services' }),
      provenance: this.provenance(path),
    };
  }

  private breakout(value: unknown, path: SitePath): Breakout | undefined {
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const name = this.requiredText(entry, path, 'name');
    const destinations = this.listField(entry, path, 'destinations', true);
    const services = this.listField(entry, path, 'services', true);
    if (name === undefined || !destinations || !services) return undefined;
    return {
      name,
      destinations: this.addresses([...path, 'destinations'], destinations, { kind: 'breakout', name, field: 'destinations' }),
      services: this.services([...path, 'services'], services, { kind: 'breakout', name, field: 'services' }),
      provenance: this.provenance(path),
    };
  }

  private publication(value: unknown, path: SitePath): Publication | undefined {
    const entry = this.entry(value, path);
    if (!entry) return undefined;
    const name = this.requiredText(entry, path, 'name');
    const hosts = this.listField(entry, path, 'hosts', true);
    const services = this.listField(entry, path, 'services', true);
    if (name === undefined || !hosts || !services) return undefined;
    return {
      name,
      hosts: this.addresses([...path, 'hosts'], hosts, { kind: 'published', name, field: 'hosts' }),
      services: this.services([...path, 'services'], services, { kind: 'published', name, field: 'services' }),
      provenance: this.provenance(path),
    };
  }

  private attachPoints(path: SitePath, items: readonly unknown[]): AttachPoint[] {
    const out: AttachPoint[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, i];
      const entry = this.entry(item, itemPath);
      if (!entry) return;
      const device = this.requiredText(entry, itemPath, 'device');
      const iface = this.requiredText(entry, itemPath, 'interface');
      if (device === undefined || iface === undefined) return;
      const flag = entry['securityCloud'];
      if (flag !== undefined && typeof flag !== 'boolean') {
        this.sink.ensure([...itemPath, 'securityCloud'], withConsequence(`expected true or false, found ${describeValue(flag)}`, [...itemPath, 'securityCloud'], this.root));
      }
      out.push({ device, interface: iface, securityCloud: flag === true, provenance: this.provenance(itemPath) });
    });
    return out;
  }

  // --- values ----------------------------------------------------------------------------

  private addresses(path: SitePath, items: readonly unknown[], broad?: BroadContext): AddressSpace {
    const spaces: AddressSpace[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, i];
      if (typeof item !== 'string') {
        this.sink.ensure(itemPath, `expected an address or prefix, found ${describeValue(item)} (this item is skipped)`);
        return;
      }
      const result = parseAddressItem(item);
      if ('error' in result) {
        this.sink.add(itemPath, `${result.error} (this item is skipped)`);
        return;
      }
      spaces.push(result.space);
      if (broad && result.prefixLength === 0) this.broadEntries.push({ ...broad, spec: item, provenance: this.provenance(itemPath) });
    });
    return AddressSpace.unionAll(spaces);
  }

  private services(path: SitePath, items: readonly unknown[], broad: BroadContext): ServiceSet {
    const sets: ServiceSet[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, i];
      if (typeof item !== 'string') {
        this.sink.ensure(itemPath, `expected a service such as tcp/443, found ${describeValue(item)} (this item is skipped)`);
        return;
      }
      const set = parseServiceSpec(item);
      if (!set) {
        const spec = item.trim();
        const hint = /^[a-z-]+$/i.test(spec)
          ? ' — name the protocol and port, like tcp/443'
          : (spec.split('/')[1]?.match(/\d+/g) ?? []).some((port) => Number(port) > 65535)
            ? ' — ports go up to 65535'
            : '';
        this.sink.add(
          itemPath,
          `'${item}' is not a service: expected protocol/port (tcp/443, udp/3389), a port range (tcp/8000-8010), a protocol name or number (icmp, gre, 47), or any${hint} (this item is skipped)`,
        );
        return;
      }
      sets.push(set);
      const word = item.trim().toLowerCase();
      if (word === 'any' || word === 'all') this.broadEntries.push({ ...broad, spec: item, provenance: this.provenance(itemPath) });
    });
    return ServiceSet.unionAll(sets);
  }

  // --- fields ----------------------------------------------------------------------------

  /** Registers a segment/external id; false (with an error) when it is invalid or taken. */
  private claimId(id: string, what: 'segment' | 'external', path: SitePath): boolean {
    if (!ID_PATTERN.test(id) || RESERVED_IDS.includes(id)) {
      this.sink.ensure(path, `invalid id '${id}' (${what} '${id}' is skipped)`, 'key');
      return false;
    }
    const taken = this.ids.get(id);
    if (taken) {
      this.sink.add(
        path,
        `duplicate id '${id}': segments and externals share one namespace, and ${taken.what} '${id}' is at line ${taken.line} (this ${what} is skipped)`,
        'key',
      );
      return false;
    }
    this.ids.set(id, { what, line: this.index.line(path) });
    return true;
  }

  private entry(value: unknown, path: SitePath): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.sink.ensure(path, withConsequence(`expected a map of keys, found ${describeValue(value)}`, path, this.root));
    return undefined;
  }

  private enumField(entry: Record<string, unknown>, path: SitePath, key: string, allowed: readonly string[]): string | undefined {
    const value = entry[key];
    if (typeof value === 'string' && allowed.includes(value)) return value;
    if (!Object.hasOwn(entry, key)) this.missing(path, key);
    else this.sink.ensure([...path, key], withConsequence(`expected one of ${allowed.join(', ')}; found ${describeValue(value)}`, [...path, key], this.root));
    return undefined;
  }

  private requiredText(entry: Record<string, unknown>, path: SitePath, key: string): string | undefined {
    const value = entry[key];
    if (typeof value === 'string' && value !== '') return value;
    if (!Object.hasOwn(entry, key)) this.missing(path, key);
    else this.sink.ensure([...path, key], withConsequence(`expected non-empty text, found ${describeValue(value)}`, [...path, key], this.root));
    return undefined;
  }

  /**
   * A list-valued field: the list; undefined when absent (an error if required); null when
   * present but not a list (always an error: the entry is skipped rather than guessed at).
   */
  private listField(entry: Record<string, unknown>, path: SitePath, key: string, required: boolean): unknown[] | undefined | null {
    if (!Object.hasOwn(entry, key)) {
      if (required) this.missing(path, key);
      return undefined;
    }
    const value = entry[key];
    if (Array.isArray(value)) return value;
    this.sink.ensure([...path, key], withConsequence(`expected a list, found ${describeValue(value)}`, [...path, key], this.root));
    return null;
  }

  private missing(path: SitePath, key: string): void {
    const entity = entityName(path, this.root);
    // The schema's message (or the folded unknown-key message) is on the entry or on a sibling key.
    if (this.sink.hasAt(path) || this.sink.hasChildMentioning(path, key)) return;
    this.sink.add(path, `${entity} has no '${key}', which is required (it is skipped)`, 'key');
  }

  /** An optional non-empty text value; an invalid one is ignored (the error says so). */
  private optionalText(path: SitePath): string | undefined {
    const parentPath = path.slice(0, -1);
    const key = String(path[path.length - 1]);
    const parent = parentPath.length === 0 ? this.root : this.valueAtPath(parentPath);
    if (!isRecord(parent) || !Object.hasOwn(parent, key)) return undefined;
    const value = parent[key];
    if (typeof value === 'string' && value !== '') return value;
    this.sink.ensure(path, withConsequence(`expected non-empty text, found ${describeValue(value)}`, path, this.root));
    return undefined;
  }

  private valueAtPath(path: SitePath): unknown {
    let node: unknown = this.root;
    for (const p of path) node = typeof p === 'number' ? (Array.isArray(node) ? node[p] : undefined) : isRecord(node) ? node[p] : undefined;
    return node;
  }

  private provenance(path: SitePath): Provenance {
    return { file: this.file, line: this.index.line(path) };
  }
}
