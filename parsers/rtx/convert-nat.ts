import type { FilterStage } from '../../src/model/filter.js';
import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, at, scopeLabel, warnOnce } from './convert-context.js';
import { refuseUnmapped } from './convert-nat-incoming.js';
import { outerRanges } from './nat-outer.js';
import { host, range, v4Space } from './v4-spaces.js';
import type { RtxInterface, RtxMasqueradeStatic, RtxNatDescriptor } from './vendor-config.js';

const TCP = 6;
const UDP = 17;

/** What NAT contributes to the device. */
export interface NatResult {
  readonly destinationNat: DestinationNat[];
  readonly sourceNat: SourceNat[];
  /** Stages that drop what masquerade refuses from outside; they come before the IN filters. */
  readonly stages: FilterStage[];
  /** Masquerade addresses that are also the router's own addresses. */
  readonly ownOuterAddresses: Array<{ readonly iface: string; readonly line: number }>;
}


/**
 * NAT descriptors bound to an interface translate the packets that cross it: leaving it,
 * sources are mapped to the outer side (static NAT, static masquerade entries, then dynamic
 * NAT or masquerade); entering it, the outer addresses of static entries are mapped back to
 * the inner hosts before the IN filter sees the packet. Masquerade refuses what reaches its
 * address from outside without an entry (`incoming reject`, the default), passes it with
 * `through` (except TCP to ports 0-1023) or forwards it with `forward HOST`.
 */
export function convertNat(ctx: ConvertContext): NatResult {
  const result: NatResult = { destinationNat: [], sourceNat: [], stages: [], ownOuterAddresses: [] };
  for (const iface of ctx.config.interfaces) {
    if (!iface.nat) continue;
    if (iface.nat.descriptors.length > 1) {
      ctx.sink.unsupported(iface.nat.line, scopeLabel(iface), 'the router applies several NAT descriptors of one interface one after the other; the model applies the first entry that matches, so a packet translated twice on the router is translated once here');
    }
    for (const id of iface.nat.descriptors) {
      const d = ctx.config.natDescriptors.get(id);
      ctx.refs.add('ip-pool', `nat descriptor ${id}`, d !== undefined, `${iface.name} nat descriptor`, iface.nat.line, scopeLabel(iface), 'the router translates nothing for it');
      if (d) convertDescriptor(ctx, iface, d, iface.nat.line, result);
    }
  }
  return result;
}

function convertDescriptor(ctx: ConvertContext, iface: RtxInterface, d: RtxNatDescriptor, bindLine: number, out: NatResult): void {
  const type = d.type?.value ?? 'none';
  if (type === 'none') {
    warnOnce(ctx, `nat-none:${d.id}`, () => ctx.sink.invalid(d.type?.line ?? bindLine, '', `NAT descriptor ${d.id} has type none${d.type ? '' : ' (no `nat descriptor type` line)'}: it translates nothing`));
    return;
  }
  const masquerade = type === 'masquerade' || type === 'nat-masquerade';
  if (d.type?.hairpin) {
    warnOnce(ctx, `hairpin:${d.id}`, () =>
      ctx.sink.unsupported(d.type!.line, '', `hairpin NAT of descriptor ${d.id} is not modelled: inside hosts reaching the outer address are treated as addressing the router itself, not the mapped host`),
    );
  }
  const outer = outerRanges(ctx, iface, d);
  const masqueradeAddress = outer?.[0]?.[0];
  const onIface = [iface.name];

  // Entering: static NAT, static masquerade entries, then what masquerade does with the rest.
  for (const s of d.statics) {
    out.destinationNat.push({
      id: `nat ${d.id} static ${s.id}`,
      inInterfaces: onIface,
      match: PacketSet.of(AddressSpace.ANY_V4, v4Space(range(s.outer, s.outer + s.count - 1))),
      translate: { dst: { shift: s.inner - s.outer } },
      mapped: v4Space(range(s.inner, s.inner + s.count - 1)),
      provenance: at(ctx, s.line),
    });
  }
  if (!masquerade && d.masqueradeStatics.length > 0) {
    for (const m of d.masqueradeStatics) ctx.sink.invalid(m.line, '', `NAT descriptor ${d.id} is of type ${type}: static masquerade entries need masquerade or nat-masquerade; ignored`);
  }
  if (masquerade) {
    if (masqueradeAddress === undefined && d.masqueradeStatics.length > 0) {
      warnOnce(ctx, `nat-outer-static:${d.id}`, () =>
        ctx.sink.unsupported(d.masqueradeStatics[0]!.line, '', `the masquerade address of NAT descriptor ${d.id} is not in the config; its static entries are modelled for any destination arriving on ${iface.name}, so they match more`),
      );
    }
    for (const m of d.masqueradeStatics) {
      out.destinationNat.push({
        id: `nat ${d.id} masquerade static ${m.id}`,
        inInterfaces: onIface,
        match: PacketSet.of(AddressSpace.ANY_V4, masqueradeAddress === undefined ? AddressSpace.ANY_V4 : host(masqueradeAddress), outerService(m)),
        translate: { dst: { set: range(m.inner, m.inner) }, ...(m.outerPort !== undefined && m.innerPort !== undefined ? { dport: { set: range(m.innerPort, m.innerPort) } } : {}) },
        mapped: host(m.inner),
        provenance: at(ctx, m.line),
      });
    }
    if (masqueradeAddress !== undefined) refuseUnmapped(ctx, iface, d, masqueradeAddress, out);
  }

  // Leaving: the same static entries the other way, then dynamic NAT or masquerade.
  for (const s of d.statics) {
    out.sourceNat.push({
      id: `nat ${d.id} static ${s.id}`,
      outInterfaces: onIface,
      match: PacketSet.of(v4Space(range(s.inner, s.inner + s.count - 1)), AddressSpace.ANY_V4),
      pool: v4Space(range(s.outer, s.outer + s.count - 1)),
      provenance: at(ctx, s.line),
    });
  }
  if (masquerade) {
    for (const m of d.masqueradeStatics) {
      out.sourceNat.push({
        id: `nat ${d.id} masquerade static ${m.id}`,
        outInterfaces: onIface,
        match: PacketSet.of(host(m.inner), AddressSpace.ANY_V4, innerService(m)),
        ...(masqueradeAddress === undefined ? {} : { pool: host(masqueradeAddress) }),
        provenance: at(ctx, m.line),
      });
    }
  }
  const inner = d.inner && !d.inner.auto ? v4Space(IntervalSet.fromRanges(d.inner.ranges.map(([lo, hi]) => [lo, hi + 1] as const))) : AddressSpace.ANY_V4;
  const pool = outer === undefined ? undefined : type === 'masquerade' ? host(masqueradeAddress!) : v4Space(IntervalSet.fromRanges(outer.map(([lo, hi]) => [lo, hi + 1] as const)));
  out.sourceNat.push({
    id: `nat ${d.id} ${type}`,
    outInterfaces: onIface,
    match: PacketSet.of(inner, AddressSpace.ANY_V4),
    ...(pool ? { pool } : {}),
    provenance: at(ctx, d.type!.line),
  });
}

function outerService(m: RtxMasqueradeStatic): ServiceSet {
  if (m.protocol !== TCP && m.protocol !== UDP) return ServiceSet.protocol(m.protocol);
  const p = m.outerPort ?? m.innerPort!;
  return ServiceSet.ports(m.protocol, p, p);
}

function innerService(m: RtxMasqueradeStatic): ServiceSet {
  if (m.protocol !== TCP && m.protocol !== UDP) return ServiceSet.protocol(m.protocol);
  return new ServiceSet([{ proto: range(m.protocol, m.protocol), sport: range(m.innerPort!, m.innerPort!), dport: IntervalSet.range(0, 65536) }]);
}
