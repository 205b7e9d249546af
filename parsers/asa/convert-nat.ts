import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import type { NamedInterface } from './convert-interfaces.js';
import { type OrderedNat, orderNats } from './nat-order.js';
import type { References } from './references.js';
import type { AddressResolver, Use } from './resolve-addresses.js';
import type { AsaConfig, AsaNat, AsaServiceObject, NatAddress } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface NatContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly refs: References;
  readonly addresses: AddressResolver;
  readonly named: ReadonlyMap<string, NamedInterface>;
  readonly serviceObjects: ReadonlyMap<string, AsaServiceObject>;
  /** Lines of rules already reported as approximated, so each is reported once. */
  readonly approximated: Set<number>;
}

/**
 * ASA NAT (8.3+) as the model's two tables. ASA looks a new connection up twice in its one NAT
 * table: first for a rule that rewrites the destination ("un-NAT", before routing and before
 * the access rules, which therefore see real addresses), then for a rule that rewrites the
 * source (after the access rules). Both lookups walk the table in ASA's order (see
 * nat-order.ts), so both neutral tables keep that order:
 *
 * - static NAT is bidirectional. Traffic entering the mapped interface towards the mapped
 *   address is un-NATed to the real address (a DestinationNat on the mapped interface), and
 *   traffic from the real addresses leaving through the mapped interface gets the mapped
 *   source (a SourceNat from the real to the mapped interface);
 * - dynamic NAT and PAT only translate sources leaving through the mapped interface: nothing
 *   can reach the real hosts through them;
 * - twice NAT with `destination static MAPPED REAL` also rewrites the destination of the
 *   forward traffic (MAPPED → REAL) and, for a static source, the reverse traffic's source;
 * - `interface` means the mapped interface's own address; `any` as an interface means every one.
 *
 * An identity translation (mapped = real) still takes its place in the table, so that later
 * rules do not match what it covers; its source NAT has an empty pool, which the analysis
 * leaves untranslated.
 */
export function convertNat(config: AsaConfig, ctx: NatContext): { destinationNat: DestinationNat[]; sourceNat: SourceNat[] } {
  const ordered = orderNats(config.nats, (r) => (r.kind === 'object' ? ctx.addresses.objectSpace(r.object) : AddressSpace.EMPTY));
  for (const r of config.nats) {
    if (r.inactive) ctx.sink.unsupported(r.line, '', 'the NAT rule is inactive; it is left out');
  }
  const destinationNat: DestinationNat[] = [];
  const sourceNat: SourceNat[] = [];
  for (const o of ordered) {
    const entries = convertRule(o, ctx);
    if (!entries) continue;
    destinationNat.push(...entries.dnat);
    sourceNat.push(...entries.snat);
  }
  return { destinationNat, sourceNat };
}

interface Resolved {
  readonly real: AddressSpace;
  readonly mapped?: AddressSpace;
  readonly destination?: { readonly mapped: AddressSpace; readonly real: AddressSpace };
}

function contextOf(r: AsaNat): string {
  return r.kind === 'object' ? `object network ${r.object}` : '';
}

function usedByOf(o: OrderedNat): string {
  return o.rule.kind === 'object' ? `object NAT of ${o.rule.object}` : `twice NAT ${o.id}`;
}

function convertRule(o: OrderedNat, ctx: NatContext): { dnat: DestinationNat[]; snat: SourceNat[] } | undefined {
  const r = o.rule;
  const use: Use = { usedBy: usedByOf(o), line: r.line, context: contextOf(r) };
  const realIf = interfaceOf(r.realInterface, use, ctx);
  const mappedIf = interfaceOf(r.mappedInterface, use, ctx);
  if (realIf === null || mappedIf === null) return undefined;
  const resolved = resolve(r, mappedIf, use, ctx);
  if (!resolved) return undefined;
  for (const option of r.options) {
    if (option === 'net-to-net') ctx.sink.unsupported(r.line, use.context, 'net-to-net (NAT46/NAT64) translation is not modelled; the rule is read as a same-family translation');
  }
  const inOf = (i: string | undefined) => (i === undefined ? {} : { inInterfaces: [i] });
  const outOf = (i: string | undefined) => (i === undefined ? {} : { outInterfaces: [i] });
  const provenance = { file: ctx.file, line: r.line };
  // Each entry's id, and its identity for fingerprints when the id is a position.
  const named = (suffix: string) => ({ id: `${o.id}${suffix}`, ...(o.identity === undefined ? {} : { identity: `${o.identity}${suffix}` }) });
  const ports = portTranslation(o, use, ctx);
  const dnat: DestinationNat[] = [];
  const snat: SourceNat[] = [];
  const { real, mapped, destination } = resolved;

  // Forward destination rewrite (twice NAT `destination static MAPPED REAL`), on the real side.
  if (destination) {
    const services = ports?.direction === 'destination' ? portServices(ports.protocols, ports.mapped) : ServiceSet.ANY;
    const dport = ports?.direction === 'destination' ? portMap(ports.mapped, ports.real) : undefined;
    const map = addressMap(destination.mapped, destination.real);
    dnat.push({
      ...named('/destination'),
      ...inOf(realIf),
      match: PacketSet.of(real, destination.mapped, services),
      translate: { ...(map.map && { dst: map.map }), ...(dport && { dport }) } as Transform,
      mapped: destination.real,
      provenance,
    });
    if (!map.exact) approximate(ctx, r, use, 'the destination translation');
  }

  // The source rewrite, from the real to the mapped side.
  const sourcePool = sourcePoolOf(r, real, mapped, mappedIf, use, ctx);
  const forwardServices = ports?.direction === 'source' ? sourcePortServices(ports.protocols, ports.real) : ports?.direction === 'destination' ? portServices(ports.protocols, ports.real) : ServiceSet.ANY;
  snat.push({
    ...named(''),
    ...inOf(realIf),
    ...outOf(mappedIf),
    match: PacketSet.of(real, destination?.real ?? AddressSpace.ANY, forwardServices),
    ...(sourcePool !== undefined && { pool: sourcePool }),
    provenance,
  });

  // Static NAT also works backwards: connections initiated towards the mapped addresses.
  if (r.type === 'static' && mapped && !r.unidirectional) {
    if (ports?.direction === 'destination') {
      ctx.sink.unsupported(r.line, use.context, 'the reverse direction of a twice NAT with a destination port translation is not modelled: connections initiated from the mapped side through this rule are not un-NATed (they match nothing here)');
    } else {
      const map = addressMap(mapped, real);
      if (!map.exact) approximate(ctx, r, use, 'un-NAT of the mapped addresses');
      const services = ports?.direction === 'source' ? portServices(ports.protocols, ports.mapped) : ServiceSet.ANY;
      const dport = ports?.direction === 'source' ? portMap(ports.mapped, ports.real) : undefined;
      dnat.push({
        ...named(''),
        ...inOf(mappedIf),
        match: PacketSet.of(destination?.real ?? AddressSpace.ANY, mapped, services),
        translate: { ...(map.map && { dst: map.map }), ...(dport && { dport }) } as Transform,
        mapped: real,
        provenance,
      });
      if (destination) {
        // The remote side's source becomes the mapped destination (identity: untranslated).
        const identity = destination.real.equals(destination.mapped);
        snat.push({
          ...named('/reverse'),
          ...inOf(mappedIf),
          ...outOf(realIf),
          match: PacketSet.of(destination.real, real),
          pool: identity ? AddressSpace.EMPTY : destination.mapped,
          provenance,
        });
        if (!identity && !isSingleAddress(destination.mapped)) approximate(ctx, r, use, 'the reverse source translation');
      }
    }
  }
  return { dnat, snat };
}

/** undefined for `any`, the nameif when it exists, null (rule left out) when it does not. */
function interfaceOf(name: string, use: Use, ctx: NatContext): string | undefined | null {
  if (name === 'any') return undefined;
  const exists = ctx.named.has(name);
  ctx.refs.add('interface', name, exists, use.usedBy, use.line, use.context, 'ASA refuses such a rule, so it is left out');
  return exists ? name : null;
}

function resolve(r: AsaNat, mappedIf: string | undefined, use: Use, ctx: NatContext): Resolved | undefined {
  let real: AddressSpace | undefined;
  let mapped: AddressSpace | undefined;
  if (r.kind === 'object') {
    real = ctx.addresses.objectSpace(r.object);
    if (r.mapped) mapped = natSpace(r.mapped, mappedIf, use, ctx);
  } else {
    real = natSpace(r.realSource, mappedIf, use, ctx, true);
    if (r.mappedSource) mapped = natSpace(r.mappedSource, mappedIf, use, ctx);
  }
  if (r.patPool !== undefined) {
    mapped = natSpace({ kind: 'object', name: r.patPool }, mappedIf, use, ctx, false, 'ip-pool');
    if (mapped === undefined) return undefined;
  }
  if (real === undefined || (mapped === undefined && (r.kind === 'twice' ? r.mappedSource !== undefined : r.mapped !== undefined))) return undefined;
  if (real.isEmpty()) ctx.sink.invalid(r.line, use.context, 'the real addresses of the NAT rule are empty (an fqdn or valueless object); it translates nothing');
  let destination: Resolved['destination'];
  if (r.kind === 'twice' && r.destination) {
    const dMapped = natSpace(r.destination.mapped, mappedIf, use, ctx);
    const dReal = natSpace(r.destination.real, mappedIf, use, ctx, true);
    if (dMapped === undefined || dReal === undefined) return undefined;
    destination = { mapped: dMapped, real: dReal };
  }
  return { real, ...(mapped && { mapped }), ...(destination && { destination }) };
}

/**
 * A NAT address as a space. `interface` is the mapped interface's IPv4 address; an undefined
 * object leaves the whole rule out, as ASA refuses such a rule.
 */
function natSpace(a: NatAddress, mappedIf: string | undefined, use: Use, ctx: NatContext, realSide = false, kind: 'ip-pool' | undefined = undefined): AddressSpace | undefined {
  switch (a.kind) {
    case 'any':
      return AddressSpace.ANY;
    case 'literal':
      return AddressSpace.fromAddress(a.address);
    case 'interface': {
      if (realSide || mappedIf === undefined) {
        ctx.sink.invalid(use.line, use.context, '`interface` needs a named mapped interface here; the NAT rule is left out');
        return undefined;
      }
      const v4 = ctx.named.get(mappedIf)?.iface.addresses.find((x) => x.address.family === 4);
      if (!v4) ctx.sink.invalid(use.line, use.context, `interface ${mappedIf} has no IPv4 address; the translation has no address`);
      return v4 ? AddressSpace.fromAddress(v4.address) : AddressSpace.EMPTY;
    }
    case 'object': {
      const isObject = ctx.addresses.hasObject(a.name);
      const isGroup = !isObject && ctx.addresses.hasGroup(a.name);
      ctx.refs.add(kind ?? (isGroup ? 'address-group' : 'address'), a.name, isObject || isGroup, use.usedBy, use.line, use.context, 'ASA refuses such a rule, so it is left out');
      if (isObject) return ctx.addresses.objectSpace(a.name);
      if (isGroup) return ctx.addresses.groupSpace(a.name);
      return undefined;
    }
  }
}

/**
 * Where translated sources go. Identity (mapped = real) translates nothing; `interface`
 * without a pool is the egress (mapped) interface's address, which the model writes as an
 * absent pool; a dynamic rule with an `interface` fallback may use either.
 */
function sourcePoolOf(r: AsaNat, real: AddressSpace, mapped: AddressSpace | undefined, mappedIf: string | undefined, use: Use, ctx: NatContext): AddressSpace | undefined {
  const mappedIsInterface = (r.kind === 'object' ? r.mapped?.kind : r.mappedSource?.kind) === 'interface';
  if (mapped === undefined) return undefined;
  if (mapped.equals(real)) return AddressSpace.EMPTY;
  if (mappedIsInterface && !r.interfaceFallback) return mappedIf === undefined ? undefined : mapped;
  let pool = mapped;
  if (r.interfaceFallback && mappedIf !== undefined) pool = pool.union(natSpace({ kind: 'interface' }, mappedIf, use, ctx) ?? AddressSpace.EMPTY);
  if (r.type === 'static' && !isSingleAddress(pool)) approximate(ctx, r, use, 'the source translation');
  return pool;
}

function isSingleAddress(s: AddressSpace): boolean {
  const ranges = [...s.v4.ranges()];
  const ranges6 = [...s.v6.ranges()];
  if (ranges.length + ranges6.length !== 1) return false;
  if (ranges.length === 1) return ranges[0]![1] - ranges[0]![0] === 1;
  return ranges6[0]![1] - ranges6[0]![0] === 1n;
}

/** One warning per rule when a one-to-one mapping is written as "any address of the range". */
function approximate(ctx: NatContext, r: AsaNat, use: Use, what: string): void {
  if (ctx.approximated.has(r.line)) return;
  ctx.approximated.add(r.line);
  ctx.sink.unsupported(
    r.line,
    use.context,
    `${what} maps several addresses one to one (or between ranges of different sizes), which the model can only write as "any address of the mapped range": devices after this one may see more addresses than ASA sends (the model matches more)`,
  );
}

/**
 * Which address a static translation maps each address to: nothing for identity, a shift for
 * two ranges of one size (one to one), a set for a single target address (many to one).
 * Anything else is approximated by the whole target (exact: false).
 */
export function addressMap(from: AddressSpace, to: AddressSpace): { map?: FieldMap<number> | FieldMap<bigint>; exact: boolean } {
  if (from.equals(to)) return { exact: true };
  if (!to.v4.isEmpty() && to.v6.isEmpty()) return familyMap(from.v4, to.v4);
  if (to.v4.isEmpty() && !to.v6.isEmpty()) return familyMap(from.v6, to.v6);
  return { exact: false };
}

function familyMap<T extends number | bigint>(from: IntervalSet<T>, to: IntervalSet<T>): { map: FieldMap<T>; exact: boolean } {
  const t = [...to.ranges()];
  const f = [...from.ranges()];
  const size = (r: readonly [T, T]) => (typeof r[0] === 'bigint' ? (r[1] as bigint) - (r[0] as bigint) : BigInt((r[1] as number) - (r[0] as number)));
  if (t.length === 1 && size(t[0]!) === 1n) return { map: { set: to }, exact: true };
  if (t.length === 1 && f.length === 1 && size(t[0]!) === size(f[0]!)) {
    const shift = (typeof t[0]![0] === 'bigint' ? (t[0]![0] as bigint) - (f[0]![0] as bigint) : (t[0]![0] as number) - (f[0]![0] as number)) as T;
    return { map: { shift }, exact: true };
  }
  return { map: { set: to }, exact: false };
}

interface PortTranslation {
  /** 'source': the real host's own port (static PAT); 'destination': the forward destination port. */
  readonly direction: 'source' | 'destination';
  readonly protocols: readonly number[];
  readonly real: number;
  readonly mapped: number;
}

/**
 * Port translation of a static rule. Object NAT `service tcp 80 8080` is static PAT: the real
 * host's port 80 is reachable as 8080 on the mapped address. Twice NAT `service REAL MAPPED`
 * names service objects; with a destination clause they translate the forward destination
 * port, without one they act like object NAT's static PAT. Only single destination ports are
 * modelled; anything else is reported and the port condition left out (the rule matches more).
 */
function portTranslation(o: OrderedNat, use: Use, ctx: NatContext): PortTranslation | undefined {
  const r = o.rule;
  if (r.kind === 'object') {
    if (!r.service || r.type !== 'static') return undefined;
    const protocols = [r.service.protocol === 'tcp' ? 6 : r.service.protocol === 'udp' ? 17 : 132];
    return { direction: 'source', protocols, real: r.service.realPort, mapped: r.service.mappedPort };
  }
  if (!r.service) return undefined;
  const real = singlePort(r.service.real, use, ctx);
  const mapped = singlePort(r.service.mapped, use, ctx);
  if (!real || !mapped || real.protocols.join() !== mapped.protocols.join()) {
    ctx.sink.unsupported(r.line, use.context, 'the service translation is not a single destination port of one protocol on both sides; it is left out, so the rule matches more ports');
    return undefined;
  }
  if (r.type === 'dynamic' && !r.destination) {
    ctx.sink.unsupported(r.line, use.context, 'a service on a dynamic rule without a destination is not modelled; it is left out, so the rule matches more ports');
    return undefined;
  }
  return { direction: r.destination ? 'destination' : 'source', protocols: real.protocols, real: real.port, mapped: mapped.port };
}

function singlePort(name: string, use: Use, ctx: NatContext): { protocols: number[]; port: number } | undefined {
  const o = ctx.serviceObjects.get(name);
  ctx.refs.add('service', name, o !== undefined, use.usedBy, use.line, use.context, 'the service translation is left out');
  const s = o?.service;
  if (!s || s.destination?.op !== 'eq' || s.source !== undefined) return undefined;
  const protocols = s.protocol === 'tcp-udp' ? [6, 17] : s.protocol === 6 || s.protocol === 17 || s.protocol === 132 ? [s.protocol] : undefined;
  return protocols && { protocols, port: s.destination.ports[0]! };
}

function one(n: number): IntervalSet<number> {
  return IntervalSet.range(n, n + 1);
}

function portServices(protocols: readonly number[], port: number): ServiceSet {
  return new ServiceSet(protocols.map((p) => ({ proto: one(p), sport: ALL_PORTS, dport: one(port) })));
}

function sourcePortServices(protocols: readonly number[], port: number): ServiceSet {
  return new ServiceSet(protocols.map((p) => ({ proto: one(p), sport: one(port), dport: ALL_PORTS })));
}

function portMap(from: number, to: number): FieldMap<number> | undefined {
  return from === to ? undefined : { set: one(to) };
}
