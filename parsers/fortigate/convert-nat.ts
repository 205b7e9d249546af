import type { DestinationNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ICMP, SCTP, TCP, UDP } from '../../src/space/protocols.js';
import { ServiceSet } from '../../src/space/service-set.js';
import type { FieldMap, Transform } from '../../src/space/transform.js';
import { defined } from './defined.js';
import type { InterfaceNames } from './interface-names.js';
import { spaceOfRanges } from './space-union.js';
import type { FgInterface, FgVip } from './vendor-config.js';
import type { IpRange } from './fortios-values.js';
import type { WarningSink } from './warnings.js';

const PROTOCOLS = { tcp: TCP, udp: UDP, sctp: SCTP, icmp: ICMP } as const;

export interface VipContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly interfaces: InterfaceNames;
  readonly byName: ReadonlyMap<string, FgInterface>;
}

/**
 * One VIP as destination NAT. The match is the external address (and, with port forwarding,
 * the protocol and external ports) from the allowed sources on the external interface. The
 * translation shifts addresses (and ports) when external and mapped ranges have the same size,
 * which is FortiOS's one-to-one static NAT; otherwise it sets them to the mapped range.
 */
export function convertVip(v: FgVip, ctx: VipContext): DestinationNat | undefined {
  const { sink } = ctx;
  for (const u of v.unmodelled) {
    sink.unsupported(u.line, v.context, `VIP "${v.name}" ${u.key} ${u.values.join(' ')} is not modelled; the VIP is modelled without it`);
  }
  let mappedRanges: readonly IpRange[] = v.mappedip;
  let mappedPorts: IntervalSet<number> | undefined = v.mappedport && IntervalSet.range(v.mappedport[0], v.mappedport[1] + 1);
  if (v.type === 'load-balance' || v.type === 'server-load-balance') {
    if (v.realservers.length > 0) {
      mappedRanges = v.realservers.map((r) => ({ start: r.ip, end: r.ip }));
      const ports = v.realservers.flatMap((r) => (r.port === undefined ? [] : [r.port]));
      if (ports.length > 0) mappedPorts = IntervalSet.fromRanges(ports.map((p) => [p, p + 1] as const));
    }
    sink.unsupported(v.line, v.context, `VIP "${v.name}" is of type ${v.type}: the balancing is not modelled; a flow may reach any of its servers`);
  } else if (v.type !== 'static-nat') {
    sink.unsupported(v.line, v.context, `VIP "${v.name}" is of type ${v.type}, which is not modelled; it translates nothing`);
    return undefined;
  }
  let ext = v.extip;
  if (ext === undefined) {
    sink.invalid(v.extipLine, v.context, `VIP "${v.name}" has no valid extip; it translates nothing`);
    return undefined;
  }
  if (ext.start.family === 4 && ext.start.value === 0 && ext.end.value === 0) {
    // extip 0.0.0.0 means "the address of the external interface".
    const ip = v.extintf.names.length === 1 ? ctx.byName.get(v.extintf.names[0]!)?.ip : undefined;
    if (ip === undefined) {
      sink.unsupported(v.extipLine, v.context, `VIP "${v.name}" uses the address of its external interface, which has no static address; it translates nothing`);
      return undefined;
    }
    ext = { start: ip.address, end: ip.address };
  }
  if (mappedRanges.length === 0) {
    sink.invalid(v.mappedipLine, v.context, `VIP "${v.name}" has no valid mappedip; it translates nothing`);
    return undefined;
  }
  const extSpace = AddressSpace.fromRange(ext.start, ext.end);
  const mapped = spaceOfRanges(mappedRanges);
  const translate: { dst?: FieldMap<number>; dport?: FieldMap<number> } = {};
  const dst = fieldMap(ext.start.value as number, ext.end.value as number, mapped.v4);
  if (dst) translate.dst = dst;

  let services = ServiceSet.ANY;
  if (v.portforward) {
    const protocol = PROTOCOLS[v.protocol];
    if (protocol === ICMP) {
      services = ServiceSet.protocol(ICMP);
    } else if (v.extport === undefined) {
      sink.invalid(v.line, v.context, `VIP "${v.name}" forwards ports but has no valid extport; every ${v.protocol} port is forwarded unchanged`);
      services = ServiceSet.protocol(protocol);
    } else {
      const [lo, hi] = v.extport;
      services = ServiceSet.ports(protocol, lo, hi);
      const dport = mappedPorts && fieldMap(lo, hi, mappedPorts);
      if (dport) translate.dport = dport;
    }
  }
  const sources = v.srcFilter.length > 0 ? spaceOfRanges(v.srcFilter) : AddressSpace.ANY_V4;
  return {
    id: v.name,
    match: PacketSet.of(sources, extSpace, services),
    translate: translate as Transform,
    mapped,
    provenance: { file: ctx.file, line: v.line },
    ...defined({ inInterfaces: ingress(v, ctx) }),
  };
}

/** extintf, narrowed by srcintf-filter when that is set; undefined means any interface. */
function ingress(v: FgVip, ctx: VipContext): string[] | undefined {
  const ext = ctx.interfaces.expand(v.extintf.names.length > 0 ? v.extintf.names : ['any']);
  const filter = v.srcintfFilter.names.length > 0 ? ctx.interfaces.expand(v.srcintfFilter.names) : undefined;
  if (filter === undefined) return ext;
  if (ext === undefined) return filter;
  return ext.filter((i) => filter.includes(i));
}

/**
 * x ↦ x + (mappedStart − extStart) when `to` is one range as large as [lo, hi]; otherwise any
 * value of `to`. No map at all when the shift is zero (the field is unchanged).
 */
function fieldMap(lo: number, hi: number, to: IntervalSet<number>): FieldMap<number> | undefined {
  const first = to.min();
  if (first === undefined) return undefined;
  if (to.rangeCount === 1 && to.bounds[1]! - first === hi - lo + 1) {
    const shift = first - lo;
    return shift === 0 ? undefined : { shift };
  }
  return { set: to };
}
