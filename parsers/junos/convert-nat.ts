import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import type { Cidr } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { TCP, UDP } from '../../src/space/protocols.js';
import { ALL_PORTS, ALL_PROTOCOLS, ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import { type ConvertContext, provenance } from './convert-context.js';
import type { JNatAddress, JNatContext, JNatMatch, JNatPool, JRuleSet, PortRange } from './vendor-config.js';

/** Interfaces a NAT context covers in this device, and how specific the context is. */
interface Scope {
  /** Undefined: any interface. */
  readonly interfaces?: readonly string[];
  /** interface 0, zone 1, routing-instance 2, none 3: more specific rule sets go first. */
  readonly rank: number;
}

const RANK = { interface: 0, zone: 1, 'routing-instance': 2 } as const;

/**
 * Static, destination and source NAT of one device.
 *
 * Order (SRX flow): static NAT is looked up before destination NAT, so its entries come
 * first in `destinationNat`; reverse static NAT takes precedence over source NAT, so its
 * entries come first in `sourceNat`. Within each kind, rule sets with a more specific
 * context (interface, then zone, then routing instance) go first, then file order, and the
 * first matching rule wins (a packet no rule of a specific rule set matches goes on to the
 * less specific ones).
 *
 * Static NAT is bidirectional: traffic from the rule set's context to the static prefix is
 * translated one-to-one to the mapped prefix (DNAT), and traffic the mapped hosts start
 * towards that context leaves with the static address (SNAT). `destination-nat off` is an
 * entry that translates nothing but stops later rules; `source-nat off` is modelled by
 * subtracting what it matches from every later source NAT entry (the model has no no-op
 * source NAT entry).
 */
export function convertNat(ctx: ConvertContext): { destinationNat: DestinationNat[]; sourceNat: SourceNat[] } {
  const destinationNat: DestinationNat[] = [];
  const reverseStatic: SourceNat[] = [];
  for (const rs of byRank(ctx, ctx.config.nat.staticRuleSets, 'static')) {
    for (const rule of rs.set.rules) {
      if (rule.inactive) continue;
      const id = `static:${rs.set.name}/${rule.name}`;
      const then = rule.then;
      if (!then) {
        ctx.sink.invalid(rule.line, rule.context, 'the static NAT rule has no then static-nat; it translates nothing');
        continue;
      }
      if (then.kind !== 'prefix') {
        ctx.sink.unsupported(then.line, rule.context, `static-nat ${then.kind} (address-family translation) is not modelled: the rule translates nothing`);
        continue;
      }
      if (then.routingInstance) {
        ctx.sink.unsupported(then.routingInstance.line, rule.context, `static-nat into routing-instance ${then.routingInstance.name} crosses instances, which is not modelled: the rule is left out`);
        continue;
      }
      const match = singlePrefix(ctx, rule.match.destinations, id, rule.context);
      const mapped = then.prefix === undefined ? undefined : singlePrefix(ctx, [then.prefix], id, rule.context);
      if (!match || !mapped) {
        if (rule.match.destinations.length === 0) ctx.sink.invalid(rule.line, rule.context, 'the static NAT rule has no destination-address; it translates nothing');
        continue;
      }
      if (match.family !== mapped.family || match.prefixLength !== mapped.prefixLength) {
        ctx.sink.invalid(rule.line, rule.context, 'static NAT maps a prefix onto one of another family or length; Junos requires the same length: the rule is left out');
        continue;
      }
      const ports = rule.match.destinationPorts[0];
      const mappedPort = then.mappedPort;
      if (mappedPort && (!ports || ports[1] - ports[0] !== mappedPort[1] - mappedPort[0])) {
        ctx.sink.invalid(rule.line, rule.context, 'mapped-port needs a destination-port range of the same width; the rule is left out');
        continue;
      }
      const sources = addressSpace(ctx, rule.match.sources, id, rule.context) ?? AddressSpace.ANY;
      const services = ports ? portServices([TCP, UDP], [ports]) : ServiceSet.ANY;
      const matchSpace = AddressSpace.fromCidr(match);
      const mappedSpace = AddressSpace.fromCidr(mapped);
      const translate: Transform = {
        dst: match.family === 4 ? ({ shift: (mapped.address as number) - (match.address as number) } as FieldMap<number>) : ({ shift: (mapped.address as bigint) - (match.address as bigint) } as FieldMap<bigint>),
        ...(mappedPort && ports ? { dport: { shift: mappedPort[0] - ports[0] } } : {}),
      };
      destinationNat.push({
        id,
        ...(rs.scope.interfaces === undefined ? {} : { inInterfaces: rs.scope.interfaces }),
        match: PacketSet.of(sources, matchSpace, services),
        translate,
        mapped: mappedSpace,
        provenance: provenance(ctx, rule.line),
      });
      const single = match.prefixLength === (match.family === 4 ? 32 : 128);
      if (!single) {
        ctx.sink.unsupported(rule.line, rule.context, 'reverse static NAT of a prefix is modelled as a pool: hosts of the mapped prefix leave with some address of the static prefix, not exactly their one-to-one address');
      }
      const reversePorts = mappedPort ? portServices([TCP, UDP], [], [mappedPort]) : ServiceSet.ANY;
      reverseStatic.push({
        id,
        ...(rs.scope.interfaces === undefined ? {} : { outInterfaces: rs.scope.interfaces }),
        match: PacketSet.of(mappedSpace, sources, reversePorts),
        pool: matchSpace,
        provenance: provenance(ctx, rule.line),
      });
    }
  }

  for (const rs of byRank(ctx, ctx.config.nat.destinationRuleSets, 'destination')) {
    for (const rule of rs.set.rules) {
      if (rule.inactive) continue;
      const id = `destination:${rs.set.name}/${rule.name}`;
      if (!rule.then) {
        ctx.sink.invalid(rule.line, rule.context, 'the destination NAT rule has no then destination-nat; it translates nothing');
        continue;
      }
      const destinations = addressSpace(ctx, rule.match.destinations, id, rule.context);
      if (!destinations) {
        ctx.sink.invalid(rule.line, rule.context, 'the destination NAT rule has no destination-address; it translates nothing');
        continue;
      }
      const sources = addressSpace(ctx, rule.match.sources, id, rule.context) ?? AddressSpace.ANY;
      const match = PacketSet.of(sources, destinations, matchServices(ctx, rule.match, rule.context));
      const scoped = { id, ...(rs.scope.interfaces === undefined ? {} : { inInterfaces: rs.scope.interfaces }), match, provenance: provenance(ctx, rule.line) };
      if (rule.then.kind === 'off') {
        destinationNat.push({ ...scoped, translate: {}, mapped: destinations });
        continue;
      }
      const pool = findPool(ctx, ctx.config.nat.destinationPools, rule.then.pool.name, rule.then.pool.line, `destination NAT rule ${id}`, rule.context);
      if (!pool) continue;
      const poolSpace = poolAddresses(pool);
      if (poolSpace.isEmpty()) {
        if (pool.port === undefined) {
          ctx.sink.invalid(pool.line, pool.context, 'the pool has no address; rules using it translate nothing');
          continue;
        }
      }
      if (pool.routingInstance) ctx.sink.unsupported(pool.routingInstance.line, pool.context, `pool routing-instance ${pool.routingInstance.name} is not modelled: translated packets are routed in this instance`);
      const translate = destinationTransform(ctx, rule.match.destinations, pool, poolSpace, rule.context);
      destinationNat.push({ ...scoped, translate, mapped: poolSpace.isEmpty() ? destinations : poolSpace });
    }
  }

  // Source NAT rules in order; `off` regions are subtracted from the entries after them.
  const all = [...ctx.scope.interfaceNames];
  const offs: Region[] = [];
  const sourceNat: SourceNat[] = [...reverseStatic];
  for (const rs of byRankSource(ctx)) {
    for (const rule of rs.set.rules) {
      if (rule.inactive) continue;
      const id = `source:${rs.set.name}/${rule.name}`;
      if (!rule.then) {
        ctx.sink.invalid(rule.line, rule.context, 'the source NAT rule has no then source-nat; it translates nothing');
        continue;
      }
      const sources = addressSpace(ctx, rule.match.sources, id, rule.context) ?? AddressSpace.ANY;
      const destinations = addressSpace(ctx, rule.match.destinations, id, rule.context) ?? AddressSpace.ANY;
      const region: Region = {
        in: new Set(rs.from.interfaces ?? all),
        out: new Set(rs.to.interfaces ?? all),
        match: PacketSet.of(sources, destinations, matchServices(ctx, rule.match, rule.context)),
      };
      if (rule.then.kind === 'off') {
        offs.push(region);
        continue;
      }
      let pool: AddressSpace | undefined;
      if (rule.then.kind === 'pool') {
        const p = findPool(ctx, ctx.config.nat.sourcePools, rule.then.pool.name, rule.then.pool.line, `source NAT rule ${id}`, rule.context);
        if (!p) continue;
        pool = poolAddresses(p);
        if (pool.isEmpty()) {
          ctx.sink.invalid(p.line, p.context, 'the pool has no address; rules using it translate nothing');
          continue;
        }
      }
      let pieces = [region];
      for (const o of offs) pieces = pieces.flatMap((p) => subtractRegion(p, o));
      for (const p of pieces) {
        if (p.in.size === 0 || p.out.size === 0 || p.match.isEmpty()) continue;
        const inInterfaces = asList(p.in, all);
        const outInterfaces = asList(p.out, all);
        sourceNat.push({
          id,
          ...(inInterfaces ? { inInterfaces } : {}),
          ...(outInterfaces ? { outInterfaces } : {}),
          match: p.match,
          ...(pool ? { pool } : {}),
          provenance: provenance(ctx, rule.line),
        });
      }
    }
  }
  return { destinationNat, sourceNat };
}

interface Region {
  readonly in: Set<string>;
  readonly out: Set<string>;
  readonly match: PacketSet;
}

/** p minus o, as at most three regions that are each a product of interface sets. */
function subtractRegion(p: Region, o: Region): Region[] {
  const inOnly = new Set([...p.in].filter((i) => !o.in.has(i)));
  const inBoth = new Set([...p.in].filter((i) => o.in.has(i)));
  const outOnly = new Set([...p.out].filter((i) => !o.out.has(i)));
  const outBoth = new Set([...p.out].filter((i) => o.out.has(i)));
  return [
    { in: inOnly, out: p.out, match: p.match },
    { in: inBoth, out: outOnly, match: p.match },
    { in: inBoth, out: outBoth, match: p.match.subtract(o.match) },
  ].filter((r) => r.in.size > 0 && r.out.size > 0 && !r.match.isEmpty());
}

function asList(set: ReadonlySet<string>, all: readonly string[]): string[] | undefined {
  return all.every((i) => set.has(i)) ? undefined : all.filter((i) => set.has(i));
}

function byRank<R>(ctx: ConvertContext, sets: readonly JRuleSet<R>[], kind: string): Array<{ set: JRuleSet<R>; scope: Scope }> {
  const out: Array<{ set: JRuleSet<R>; scope: Scope }> = [];
  for (const set of sets) {
    if (!set.from) ctx.sink.invalid(set.line, set.context, `the ${kind} NAT rule set has no from context; it is taken to apply everywhere`);
    const scope = natScope(ctx, set.from, `${kind} NAT rule-set ${set.name} from`, set.context);
    if (scope.interfaces !== undefined && scope.interfaces.length === 0) continue;
    out.push({ set, scope });
  }
  // Array sort is stable: file order stays within one rank.
  return out.sort((a, b) => a.scope.rank - b.scope.rank);
}

function byRankSource(ctx: ConvertContext) {
  const out = [];
  for (const set of ctx.config.nat.sourceRuleSets) {
    if (!set.from || !set.to) ctx.sink.invalid(set.line, set.context, 'the source NAT rule set lacks a from or to context; the missing side is taken to be any interface');
    const from = natScope(ctx, set.from, `source NAT rule-set ${set.name} from`, set.context);
    const to = natScope(ctx, set.to, `source NAT rule-set ${set.name} to`, set.context);
    if ((from.interfaces !== undefined && from.interfaces.length === 0) || (to.interfaces !== undefined && to.interfaces.length === 0)) continue;
    out.push({ set, from, to });
  }
  return out.sort((a, b) => a.from.rank - b.from.rank || a.to.rank - b.to.rank);
}

/** The interfaces of this device a `from`/`to` context names. */
function natScope(ctx: ConvertContext, c: JNatContext | undefined, usedBy: string, context: string): Scope {
  if (!c) return { rank: 3 };
  const here = [...ctx.scope.interfaceNames];
  if (c.kind === 'zone') {
    const names: string[] = [];
    for (const z of c.names) {
      ctx.refs.add('zone', z.name, ctx.zones.isDefined(z.name) || ctx.config.zones.some((x) => x.name === z.name), usedBy, z.line, context);
      names.push(...ctx.zones.interfacesOf(z.name));
    }
    return { interfaces: names, rank: RANK.zone };
  }
  if (c.kind === 'interface') {
    const known = new Set(ctx.config.interfaces.flatMap((p) => p.units.map((u) => u.name)));
    for (const i of c.names) ctx.refs.add('interface', i.name, known.has(i.name), usedBy, i.line, context, 'the rule set applies to no interface');
    return { interfaces: c.names.map((i) => i.name).filter((n) => ctx.scope.interfaceNames.has(n)), rank: RANK.interface };
  }
  const mine = ctx.scope.instance ?? 'default';
  return { interfaces: c.names.some((r) => r.name === mine || (ctx.scope.instance === undefined && r.name === 'master')) ? here : [], rank: RANK['routing-instance'] };
}

/** Union of a rule's addresses; undefined when it names none (any). */
function addressSpace(ctx: ConvertContext, list: readonly JNatAddress[], id: string, context: string): AddressSpace | undefined {
  if (list.length === 0) return undefined;
  return AddressSpace.unionAll(
    list.map((a) => {
      if ('cidr' in a) return AddressSpace.fromCidr(a.cidr);
      const res = ctx.addresses.resolveAnyBook(a.name);
      ctx.refs.add(res.kind, a.name, res.found, `NAT rule ${id}`, a.line, context);
      return res.space;
    }),
  );
}

/** One prefix (a literal, or an address-book entry that is a prefix), for one-to-one NAT. */
function singlePrefix(ctx: ConvertContext, list: readonly JNatAddress[], id: string, context: string): Cidr | undefined {
  const a = list[0];
  if (!a) return undefined;
  if (list.length > 1) ctx.sink.unsupported(list[1]!.line, context, 'static NAT takes one destination prefix; only the first is modelled');
  if ('cidr' in a) return a.cidr;
  const res = ctx.addresses.resolveAnyBook(a.name);
  ctx.refs.add(res.kind, a.name, res.found, `NAT rule ${id}`, a.line, context, 'the rule is left out');
  if (!res.found) return undefined;
  for (const book of ctx.config.addressBooks.concat(ctx.config.zones.map((z) => z.addressBook))) {
    const entry = book.addresses.find((x) => x.name === a.name);
    if (entry?.value.type === 'prefix') return entry.value.cidr;
  }
  ctx.sink.unsupported(a.line, context, `address ${a.name} is not a single prefix; static NAT needs one: the rule is left out`);
  return undefined;
}

function portServices(protocols: readonly number[], dports: readonly PortRange[], sports: readonly PortRange[] = []): ServiceSet {
  const ranges = (l: readonly PortRange[]) => (l.length === 0 ? ALL_PORTS : IntervalSet.fromRanges(l.map(([a, b]) => [a, b + 1] as [number, number])));
  return new ServiceSet(protocols.map((p) => ({ proto: IntervalSet.range(p, p + 1), sport: ranges(sports), dport: ranges(dports) })));
}

/**
 * Services a destination or source NAT rule matches: its applications, or its protocols
 * and ports (ports without a protocol mean TCP and UDP).
 */
function matchServices(ctx: ConvertContext, m: JNatMatch, context: string): ServiceSet {
  if (m.applications.length > 0) {
    return ServiceSet.unionAll(
      m.applications.map((a) => {
        const res = ctx.applications.resolve(a.name, a.line, context);
        ctx.refs.add(res.kind, a.name, res.found, 'NAT rule application', a.line, context);
        return res.services;
      }),
    );
  }
  const hasPorts = m.destinationPorts.length > 0 || m.sourcePorts.length > 0;
  if (m.protocols.length > 0) {
    const protocols = m.protocols.filter((p) => p >= 0);
    if (!hasPorts) return new ServiceSet(protocols.map((p) => ({ proto: IntervalSet.range(p, p + 1), sport: ALL_PORTS, dport: ALL_PORTS })));
    return portServices(protocols, m.destinationPorts, m.sourcePorts);
  }
  if (!hasPorts) return new ServiceSet([{ proto: ALL_PROTOCOLS, sport: ALL_PORTS, dport: ALL_PORTS }]);
  return portServices([TCP, UDP], m.destinationPorts, m.sourcePorts);
}

function findPool(ctx: ConvertContext, pools: readonly JNatPool[], name: string, line: number, usedBy: string, context: string): JNatPool | undefined {
  const pool = pools.find((p) => p.name === name);
  ctx.refs.add('ip-pool', name, pool !== undefined, usedBy, line, context, 'the rule is left out (Junos would refuse it)');
  return pool;
}

function poolAddresses(p: JNatPool): AddressSpace {
  return AddressSpace.unionAll(p.ranges.map((r) => AddressSpace.fromRange(r.from, r.to)));
}

/**
 * Where destination NAT sends a packet: a one-address pool is exact; a pool as large as the
 * rule's single destination prefix maps host by host (as Junos maps a subnet onto a pool of
 * equal size); any other pool may give any of its addresses (warned). A pool port replaces
 * the destination port.
 */
function destinationTransform(ctx: ConvertContext, destinations: readonly JNatAddress[], pool: JNatPool, poolSpace: AddressSpace, context: string): Transform {
  const port = pool.port === undefined ? {} : { dport: { set: IntervalSet.range(pool.port, pool.port + 1) } as FieldMap<number> };
  if (poolSpace.isEmpty()) return port;
  const range = pool.ranges.length === 1 ? pool.ranges[0]! : undefined;
  const only = destinations.length === 1 && 'cidr' in destinations[0]! ? destinations[0].cidr : undefined;
  if (range && only && only.family === range.from.family) {
    const size = only.family === 4 ? 2 ** (32 - only.prefixLength) : 1n << BigInt(128 - only.prefixLength);
    const poolSize = range.from.family === 4 ? (range.to.value as number) - (range.from.value as number) + 1 : (range.to.value as bigint) - (range.from.value as bigint) + 1n;
    if (poolSize === size && size !== 1 && size !== 1n) {
      const dst = only.family === 4 ? ({ shift: (range.from.value as number) - (only.address as number) } as FieldMap<number>) : ({ shift: (range.from.value as bigint) - (only.address as bigint) } as FieldMap<bigint>);
      return { dst, ...port };
    }
  }
  const single = range && range.from.value === range.to.value;
  if (!single) ctx.sink.unsupported(pool.line, context, `destination pool ${pool.name} has several addresses: a translated packet may go to any of them in the model`);
  const dst = poolSpace.v4.isEmpty() ? ({ set: poolSpace.v6 } as FieldMap<bigint>) : ({ set: poolSpace.v4 } as FieldMap<number>);
  return { dst, ...port };
}
