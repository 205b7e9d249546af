import { type ConvertContext, warnOnce } from './convert-context.js';
import type { RtxInterface, RtxNatDescriptor } from './vendor-config.js';

/** The outer addresses, resolving primary / secondary / ipcp to the interface's configured address. */
export function outerRanges(ctx: ConvertContext, iface: RtxInterface, d: RtxNatDescriptor): ReadonlyArray<readonly [number, number]> | undefined {
  const outer = d.outer ?? { kind: 'ipcp' as const, line: d.type!.line };
  if (outer.kind === 'ranges') return outer.ranges;
  const primary = iface.addresses.find((a) => !a.secondary)?.address;
  const secondary = iface.addresses.find((a) => a.secondary)?.address;
  let address: number | undefined;
  if (outer.kind === 'primary' && iface.kind !== 'pp' && iface.kind !== 'tunnel') address = primary;
  else if (outer.kind === 'secondary' && iface.kind !== 'pp' && iface.kind !== 'tunnel') address = secondary;
  else if (outer.kind === 'ipcp' && iface.kind === 'pp') address = primary;
  if (address !== undefined) return [[address, address]];
  const why =
    outer.kind === 'ipcp' && iface.kind === 'pp'
      ? `the address IPCP assigns to ${iface.name} is not in the config`
      : outer.kind === 'map-e' || outer.kind === 'hb46pp'
        ? `${outer.kind} addresses are assigned at run time`
        : `\`${outer.kind}\` has no address on ${iface.name}${d.outer ? '' : ' (ipcp is the default outer address)'}`;
  warnOnce(ctx, `nat-outer:${d.id}:${iface.name}`, () =>
    ctx.sink.unsupported(outer.line, '', `NAT descriptor ${d.id}: ${why}; sources leaving ${iface.name} are translated to its interface address if it has one, and refusals of unmapped incoming packets are not modelled (the model permits more)`),
  );
  return undefined;
}

