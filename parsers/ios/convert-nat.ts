import type { DestinationNat, SourceNat } from '../../src/model/nat.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { type IpAddress, formatIPv4, makeCidr } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { TCP, UDP } from '../../src/space/protocols.js';
import { ALL_PORTS, ServiceSet } from '../../src/space/service-set.js';
import type { Transform } from '../../src/space/transform.js';
import type { InterfaceNames } from './interface-names.js';
import type { References } from './references.js';
import type { IosResolver } from './resolver.js';
import type { IosConfig, IosInterface, IosStaticNat } from './vendor-config.js';
import type { WarningSink } from './warnings.js';

export interface NatContext {
  readonly file: string;
  readonly sink: WarningSink;
  readonly resolver: IosResolver;
  readonly refs: References;
  readonly names: InterfaceNames;
  /** The routed interfaces of this device (VRF). */
  readonly own: readonly IosInterface[];
  readonly vrf?: string;
}

export interface ConvertedNat {
  readonly destinationNat: DestinationNat[];
  readonly sourceNat: SourceNat[];
}

/**
 * `ip nat inside source …` as neutral NAT, for the statements of this device's VRF.
 *
 * IOS translates only between an `ip nat inside` and an `ip nat outside` interface:
 * - a static `inside source static L G` rewrites the destination G → L of packets that arrive
 *   on an outside interface (before routing, so the route is looked up for L), and the source
 *   L → G of packets from an inside interface that leave through an outside one;
 * - a dynamic `inside source list ACL {interface X | pool P}` rewrites the sources the ACL
 *   permits, from inside to outside, into X's address or the pool;
 * - static translations take precedence over dynamic ones.
 */
export function convertNat(config: IosConfig, ctx: NatContext): ConvertedNat {
  const inside = ctx.own.filter((i) => i.natSide?.side === 'inside').map((i) => i.name);
  const outside = ctx.own.filter((i) => i.natSide?.side === 'outside').map((i) => i.name);
  const statics = config.nat.statics.filter((s) => s.vrf === ctx.vrf);
  const dynamics = config.nat.dynamics.filter((d) => d.vrf === ctx.vrf);
  const destinationNat: DestinationNat[] = [];
  const sourceNat: SourceNat[] = [];
  if (statics.length + dynamics.length === 0) return { destinationNat, sourceNat };
  if (inside.length === 0 || outside.length === 0) {
    const first = [...statics, ...dynamics].sort((a, b) => a.line - b.line)[0]!;
    if (ctx.vrf !== undefined && inside.length > 0) {
      // VRF-aware NAT usually leaves through an outside interface of the global table.
      ctx.sink.unsupported(first.line, first.context, `NAT from VRF ${ctx.vrf} to the global table is not modelled: its translations are treated as absent`);
    } else {
      ctx.sink.invalid(first.line, first.context, `no interface ${ctx.vrf === undefined ? '' : `of VRF ${ctx.vrf} `}is marked ip nat ${inside.length === 0 ? 'inside' : 'outside'}: IOS translates nothing, and neither does the model`);
    }
    return { destinationNat, sourceNat };
  }
  const ids = new Set<string>();
  const unique = (id: string) => {
    let out = id;
    for (let n = 2; ids.has(out); n++) out = `${id} #${n}`;
    ids.add(out);
    return out;
  };
  for (const s of statics) {
    const global = globalAddress(s, ctx);
    if (!global) continue;
    const id = unique(staticId(s, global));
    const len = s.prefixLength ?? 32;
    const localSpace = AddressSpace.fromCidr(makeCidr(s.local, len));
    const globalSpace = AddressSpace.fromCidr(makeCidr(global, len));
    const shift = (makeCidr(s.local, len).address as number) - (makeCidr(global, len).address as number);
    const proto = s.protocol === 'tcp' ? TCP : s.protocol === 'udp' ? UDP : undefined;
    const inbound = proto === undefined ? ServiceSet.ANY : ServiceSet.ports(proto, s.globalPort!, s.globalPort!);
    const translate: { -readonly [K in keyof Transform]: Transform[K] } = {};
    if (shift !== 0) translate.dst = { shift };
    if (proto !== undefined && s.localPort! !== s.globalPort!) translate.dport = { shift: s.localPort! - s.globalPort! };
    destinationNat.push({
      id,
      inInterfaces: outside,
      match: PacketSet.of(AddressSpace.ANY_V4, globalSpace, inbound),
      translate,
      mapped: localSpace,
      provenance: { file: ctx.file, line: s.line },
    });
    const outbound =
      proto === undefined ? ServiceSet.ANY : new ServiceSet([{ proto: IntervalSet.range(proto, proto + 1), sport: IntervalSet.range(s.localPort!, s.localPort! + 1), dport: ALL_PORTS }]);
    sourceNat.push({ id, inInterfaces: inside, outInterfaces: outside, match: PacketSet.of(localSpace, AddressSpace.ANY_V4, outbound), pool: globalSpace, provenance: { file: ctx.file, line: s.line } });
    if (proto !== undefined && s.localPort !== s.globalPort) {
      ctx.sink.unsupported(s.line, s.context, `outbound, IOS also rewrites source port ${s.localPort} to ${s.globalPort}; the model rewrites the address only`);
    }
    if (len < 32) {
      ctx.sink.unsupported(s.line, s.context, 'outbound, the one-to-one network translation is modelled as translation into any address of the global network');
    }
  }
  for (const d of dynamics) {
    const match = ctx.resolver.permitted(d.acl);
    ctx.refs.add('acl', d.acl, match !== undefined, 'ip nat inside source list', d.line, d.context, 'IOS translates nothing for this statement, and neither does the model');
    if (!match) continue;
    let pool: AddressSpace | undefined;
    if (d.pool !== undefined) {
      const p = config.nat.pools.find((x) => x.name === d.pool);
      ctx.refs.add('ip-pool', d.pool, p !== undefined, 'ip nat inside source list', d.line, d.context, 'IOS translates nothing for this statement, and neither does the model');
      if (!p) continue;
      pool = AddressSpace.fromRange(p.start, p.end);
    } else {
      const name = ctx.names.resolve(d.interface!);
      const iface = name === undefined ? undefined : ctx.own.find((i) => i.name === name);
      ctx.refs.add('interface', d.interface!, iface !== undefined, 'ip nat inside source list', d.line, d.context, 'sources are translated into the egress interface address instead');
      const address = iface?.addresses.find((a) => !a.secondary)?.address;
      if (address) pool = AddressSpace.fromAddress(address);
      else if (iface) ctx.sink.unsupported(d.line, d.context, `${iface.name} has no static address (${iface.dynamicAddress?.how ?? 'none'}); sources are modelled as translated into the egress interface address`);
    }
    sourceNat.push({
      id: unique(`list ${d.acl} ${d.pool !== undefined ? `pool ${d.pool}` : `interface ${d.interface}`}${d.overload ? ' overload' : ''}`),
      inInterfaces: inside,
      outInterfaces: outside,
      match,
      ...(pool ? { pool } : {}),
      provenance: { file: ctx.file, line: d.line },
    });
  }
  return { destinationNat, sourceNat };
}

/** The inside global address: written, or the primary address of the named interface. */
function globalAddress(s: IosStaticNat, ctx: NatContext): IpAddress | undefined {
  if (s.global) return s.global;
  const name = ctx.names.resolve(s.globalInterface!);
  const iface = name === undefined ? undefined : ctx.own.find((i) => i.name === name);
  ctx.refs.add('interface', s.globalInterface!, iface !== undefined, 'ip nat inside source static', s.line, s.context, 'the static translation is left out');
  if (!iface) return undefined;
  const primary = iface.addresses.find((a) => !a.secondary)?.address;
  if (!primary) ctx.sink.unsupported(s.line, s.context, `${iface.name} has no static address; the static translation is left out`);
  return primary;
}

function staticId(s: IosStaticNat, global: IpAddress): string {
  const g = s.globalInterface ?? formatIPv4(global.value as number);
  if (s.protocol) return `static ${s.protocol} ${formatIPv4(s.local.value as number)} ${s.localPort} ${g} ${s.globalPort}`;
  const len = s.prefixLength === undefined ? '' : `/${s.prefixLength}`;
  return `static ${formatIPv4(s.local.value as number)}${len} ${g}${len}`;
}
