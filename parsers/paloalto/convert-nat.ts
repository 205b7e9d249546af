import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { parseHostPrefix } from './values.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import { type VsysContext, zoneMembers } from './convert-context.js';
import { findAddressObject } from './convert-interfaces.js';
import type { Use } from './resolve-addresses.js';
import type { PanNatRule } from './vendor-config.js';

/** Destinations whose pre-NAT route leaves through one of the interfaces. */
export type EgressSpace = (interfaces: readonly string[]) => AddressSpace;

/** One NAT rule as PAN-OS matches it, ready to be cut into neutral entries. */
interface Candidate {
  readonly id: string;
  readonly line: number;
  /** Ingress interfaces (from-zones); undefined for any. */
  readonly from?: readonly string[];
  /** Pre-NAT egress interfaces (to-zone, to-interface); undefined for any. */
  readonly to?: readonly string[];
  /** The original headers the rule matches, already restricted to its pre-NAT egress. */
  readonly match: PacketSet;
  readonly dnat?: { readonly dst: FieldMap<number>; readonly port?: number; readonly mapped: AddressSpace };
  readonly snatPool?: AddressSpace;
}

const PORT_PROTOCOLS = PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, ServiceSet.unionAll([ServiceSet.protocol(TCP), ServiceSet.protocol(UDP), ServiceSet.protocol(SCTP)]));

/**
 * The NAT rulebase, first match, as neutral entries.
 *
 * PAN-OS looks up the NAT rulebase once per session, on the original packet: ingress zone,
 * the zone of the egress interface the route for the ORIGINAL destination chooses, source,
 * destination and service. The first rule that matches decides both translations, or none.
 * The neutral model keeps destination NAT and source NAT in two lists, and checks a source
 * NAT entry's egress after destination NAT; to stay exact, each rule is cut, per group of
 * ingress interfaces, into exactly the original headers it wins (its own match, restricted to
 * destinations routed into its to-zone, minus everything an earlier rule wins there). Those
 * sets are disjoint, so:
 * - destination NAT entries translate exactly the flows their rule wins;
 * - source NAT entries match the same sets on the original header (`header: 'original'`)
 *   with no egress condition of their own when their rule also translates the destination
 *   (the post-NAT egress differs from the zone PAN-OS matched); a rule without source
 *   translation, an exemption ("no-NAT") rule included, simply wins its flows without an
 *   entry, so no later source NAT rule can apply to them.
 * A bi-directional static source NAT adds its reverse destination NAT (from any zone, to the
 * rule's to-zone, destination the translated address), evaluated right after the rule.
 */
export function convertNat(ctx: VsysContext, egress: EgressSpace): { destinationNat: DestinationNat[]; sourceNat: SourceNat[] } {
  const candidates: Candidate[] = [];
  for (const r of ctx.vsys.nat) candidates.push(...candidatesOf(ctx, r, egress));
  const destinationNat: DestinationNat[] = [];
  const sourceNat: SourceNat[] = [];
  const all = ctx.interfaceNames;
  candidates.forEach((c, j) => {
    if (c.match.isEmpty() || (!c.dnat && !c.snatPool)) return;
    const earlier: number[] = [];
    for (let l = 0; l < j; l++) if (candidates[l]!.match.overlaps(c.match)) earlier.push(l);
    const ifaces = c.from ?? all;
    const groups = new Map<string, { ifaces: string[]; shadows: Candidate[] }>();
    for (const i of ifaces) {
      const covering = earlier.filter((l) => candidates[l]!.from === undefined || candidates[l]!.from!.includes(i));
      const shadows = covering.map((l) => candidates[l]!);
      const key = covering.join(',');
      const g = groups.get(key);
      if (g) g.ifaces.push(i);
      else groups.set(key, { ifaces: [i], shadows });
    }
    let k = 0;
    for (const g of groups.values()) {
      const won = c.match.subtract(PacketSet.unionAll(g.shadows.map((l) => l.match)));
      if (won.isEmpty()) continue;
      const id = k === 0 ? c.id : `${c.id}#${k + 1}`;
      k++;
      const inInterfaces = c.from === undefined && g.ifaces.length === all.length ? undefined : g.ifaces;
      const where = { ...(inInterfaces === undefined ? {} : { inInterfaces }) };
      const provenance = { file: ctx.file, line: c.line };
      if (c.dnat) {
        const base: Transform = { dst: c.dnat.dst };
        const toPart = c.to === undefined ? {} : { outInterfaces: c.to };
        if (c.dnat.port === undefined) {
          destinationNat.push({ id, ...where, ...toPart, match: won, translate: base, mapped: c.dnat.mapped, provenance });
        } else {
          // Only TCP, UDP and SCTP have a port to translate; other protocols keep theirs.
          const ported = won.intersect(PORT_PROTOCOLS);
          const rest = won.subtract(PORT_PROTOCOLS);
          const dport = { set: IntervalSet.range(c.dnat.port, c.dnat.port + 1) };
          if (!ported.isEmpty()) destinationNat.push({ id, ...where, ...toPart, match: ported, translate: { ...base, dport }, mapped: c.dnat.mapped, provenance });
          if (!rest.isEmpty()) destinationNat.push({ id: `${id}/other-protocols`, ...where, ...toPart, match: rest, translate: base, mapped: c.dnat.mapped, provenance });
        }
      }
      if (c.snatPool) {
        const toPart = c.to === undefined || c.dnat ? {} : { outInterfaces: c.to };
        sourceNat.push({ id, ...where, ...toPart, header: 'original', match: won, pool: c.snatPool, provenance });
      }
    }
  });
  return { destinationNat, sourceNat };
}

function candidatesOf(ctx: VsysContext, r: PanNatRule, egress: EgressSpace): Candidate[] {
  if (!r.complete) {
    ctx.sink.unrecognized(r.line, r.context, `NAT rule ${r.name} is cut off by the end of the file; it is left out`);
    return [];
  }
  const usedBy = `NAT rule ${r.name}`;
  const use = (line: number): Use => ({ usedBy, line, context: r.context });
  for (const list of [r.from, r.to]) {
    for (const z of list.names) if (z !== 'any') ctx.refs.add('zone', z, ctx.zones.has(z), usedBy, list.line, r.context);
  }
  if (r.toInterface) ctx.refs.add('interface', r.toInterface.value, ctx.interfaceNames.includes(r.toInterface.value), usedBy, r.toInterface.line, r.context);
  const src = ctx.addresses.resolveAll(r.source.names, use(r.source.line));
  const dst = ctx.addresses.resolveAll(r.destination.names, use(r.destination.line));
  const svc = ctx.services.resolveServices([r.service.value], use(r.service.line));
  if (r.disabled) return [];
  if (r.natType !== 'ipv4') {
    ctx.sink.unsupported(r.line, r.context, `${r.natType} NAT rule ${r.name} is not modelled: treated as absent, so later rules may match its traffic`);
    return [];
  }
  const from = r.from.names.includes('any') ? undefined : [...new Set(r.from.names.flatMap((z) => zoneMembers(ctx, z)))];
  let to = r.to.names.includes('any') ? undefined : [...new Set(r.to.names.flatMap((z) => zoneMembers(ctx, z)))];
  if (r.toInterface) to = (to ?? ctx.interfaceNames).filter((i) => i === r.toInterface!.value);
  // An ipv4 NAT rule matches IPv4 only.
  const original = PacketSet.of(onlyV4(src), onlyV4(dst), svc);
  // PAN-OS needs a route for the original destination before any NAT rule can match (the
  // to-zone comes from it); with to-zone any, any routed destination will do.
  const match = original.restrictDst(egress(to ?? ctx.interfaceNames));
  const base = { line: r.line, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
  const dnat = destinationTranslation(ctx, r, dst);
  const snat = sourcePool(ctx, r);
  const out: Candidate[] = [{ id: r.name, ...base, match, ...(dnat ? { dnat } : {}), ...(snat ? { snatPool: snat } : {}) }];
  const st = r.sourceTranslation;
  if (st?.type === 'static-ip' && st.biDirectional && snat) {
    // The reverse translation: traffic to the translated address, from any zone, routed into the to-zone.
    const reverseMatch = PacketSet.of(onlyV4(dst), snat, ServiceSet.ANY);
    const back = mapOnto(snat, onlyV4(src));
    if (!back) {
      ctx.sink.unsupported(st.line, r.context, `bi-directional ${r.name}: the reverse translation needs one source address or a range of the translated size; it is not modelled`);
    } else {
      if (back.pool) ctx.sink.unsupported(st.line, r.context, `bi-directional ${r.name}: the reverse translation is modelled onto any address of the original sources`);
      out.push({
        id: `${r.name} (reverse)`,
        line: st.line,
        ...(to === undefined ? {} : { to }),
        match: reverseMatch.restrictDst(egress(to ?? ctx.interfaceNames)),
        dnat: { dst: back.map, mapped: onlyV4(src) },
      });
    }
  }
  return out;
}

function onlyV4(space: AddressSpace): AddressSpace {
  return new AddressSpace(space.v4, IntervalSet.empty());
}

/**
 * How the destination is rewritten: onto one address; one-to-one (a shift) when the original
 * destination is one range of the translated range's size; else onto any address of the pool.
 */
function destinationTranslation(ctx: VsysContext, r: PanNatRule, dst: AddressSpace): Candidate['dnat'] | undefined {
  const dt = r.destinationTranslation;
  if (!dt) return undefined;
  if (!dt.translatedAddress) {
    ctx.sink.invalid(dt.line, r.context, `destination translation of ${r.name} has no translated address; the rule translates nothing`);
    return undefined;
  }
  const mapped = onlyV4(ctx.addresses.resolve(dt.translatedAddress.value, { usedBy: `NAT rule ${r.name} translated-address`, line: dt.translatedAddress.line, context: r.context }));
  if (mapped.isEmpty()) {
    ctx.sink.unsupported(dt.translatedAddress.line, r.context, `translated address ${dt.translatedAddress.value} of ${r.name} has no IPv4 address known offline; the rule translates nothing (its flows go to the original destination)`);
    return undefined;
  }
  const map = mapOnto(onlyV4(dst), mapped)!;
  if (dt.dynamic) {
    ctx.sink.unsupported(dt.line, r.context, `dynamic destination translation${dt.distribution ? ` (${dt.distribution})` : ''}: modelled as translation onto any address of ${dt.translatedAddress.value}`);
  } else if (map.pool) {
    ctx.sink.unsupported(dt.translatedAddress.line, r.context, `${r.name} translates ${r.destination.names.join(',')} onto the range ${dt.translatedAddress.value} of another size: modelled as any address of the range`);
  }
  return { dst: map.map, mapped, ...(dt.translatedPort ? { port: dt.translatedPort.value } : {}) };
}

/** The field map that takes `from` onto `to`: one address, a one-to-one shift, or a pool. */
function mapOnto(from: AddressSpace, to: AddressSpace): { map: FieldMap<number>; pool: boolean } | undefined {
  const target = [...to.v4.ranges()];
  if (target.length === 0) return undefined;
  const [lo, hi] = target[0]!;
  if (target.length === 1 && hi - lo === 1) return { map: { set: to.v4 }, pool: false };
  const source = [...from.v4.ranges()];
  if (target.length === 1 && source.length === 1 && source[0]![1] - source[0]![0] === hi - lo) return { map: { shift: lo - source[0]![0] }, pool: false };
  return { map: { set: to.v4 }, pool: true };
}

/** Addresses the source is translated into; undefined when the rule has no source translation. */
function sourcePool(ctx: VsysContext, r: PanNatRule): AddressSpace | undefined {
  const st = r.sourceTranslation;
  if (!st) return undefined;
  const use: Use = { usedBy: `NAT rule ${r.name} source translation`, line: st.line, context: r.context };
  let pool: AddressSpace;
  if (st.type === 'dynamic-ip-and-port' && st.interfaceAddress) {
    pool = interfaceAddress(ctx, r, st.interfaceAddress);
  } else if (st.type === 'static-ip') {
    pool = st.translated ? ctx.addresses.resolve(st.translated.value, { ...use, line: st.translated.line }) : AddressSpace.EMPTY;
    if (onlyV4(pool).v4.rangeCount > 1 || sizeOf(onlyV4(pool)) > 1) {
      ctx.sink.unsupported(st.line, r.context, `static source translation of ${r.name} is one-to-one in PAN-OS; modelled as any address of ${st.translated?.value ?? 'the pool'}`);
    }
  } else {
    const members = st.type === 'dynamic-ip-and-port' ? (st.translated?.names ?? []) : st.translated.names;
    pool = ctx.addresses.resolveAll(members, use);
  }
  pool = onlyV4(pool);
  if (pool.isEmpty()) {
    ctx.sink.invalid(st.line, r.context, `source translation of ${r.name} has no IPv4 address known offline; the rule translates no source`);
    return undefined;
  }
  return pool;
}

function sizeOf(space: AddressSpace): number {
  let n = 0;
  for (const [lo, hi] of space.v4.ranges()) n += hi - lo;
  return n;
}

/** The address of `interface-address`: its `ip` (or floating IP) when given, else the interface's first IPv4 address. */
function interfaceAddress(ctx: VsysContext, r: PanNatRule, ia: { readonly interface: string; readonly ip?: string; readonly floatingIp?: string; readonly line: number }): AddressSpace {
  const iface = ctx.config.interfaces.find((i) => i.name === ia.interface);
  ctx.refs.add('interface', ia.interface, iface !== undefined && ctx.interfaceNames.includes(ia.interface), `NAT rule ${r.name} interface-address`, ia.line, r.context, 'no source translation');
  if (!iface) return AddressSpace.EMPTY;
  const chosen = ia.floatingIp ?? ia.ip;
  const candidates = chosen !== undefined ? [chosen] : iface.addresses.map((a) => a.text);
  for (const text of candidates) {
    const parsed = parseHostPrefix(text);
    if (parsed && parsed.address.family === 4) return AddressSpace.fromAddress(parsed.address);
    const object = findAddressObject(ctx, text);
    if (object?.value.type === 'ip-netmask' && object.value.host.address.family === 4) return AddressSpace.fromAddress(object.value.host.address);
  }
  return AddressSpace.EMPTY;
}
