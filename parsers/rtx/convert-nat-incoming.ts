import { AddressSpace } from '../../src/space/address-space.js';
import { formatIPv4 } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { ServiceSet } from '../../src/space/service-set.js';
import { type ConvertContext, at } from './convert-context.js';
import type { NatResult } from './convert-nat.js';
import { host, range } from './v4-spaces.js';
import type { RtxInterface, RtxNatDescriptor } from './vendor-config.js';

const TCP = 6;

/**
 * Masquerade's answer to packets from outside for its address that no entry maps: `reject`
 * (the default) and `discard` drop them, `through` drops only TCP to ports 0-1023 and lets the
 * rest in untranslated, `forward HOST` sends them to HOST. Dropping is a stage on the original
 * header, before the IN filter, for flows no DNAT entry translated.
 */
export function refuseUnmapped(ctx: ConvertContext, iface: RtxInterface, d: RtxNatDescriptor, address: number, out: NatResult): void {
  const action = d.incoming?.action ?? 'reject';
  const line = d.incoming?.line ?? d.type!.line;
  if (action === 'forward') {
    out.destinationNat.push({
      id: `nat ${d.id} incoming forward`,
      inInterfaces: [iface.name],
      match: PacketSet.of(AddressSpace.ANY_V4, host(address)),
      translate: { dst: { set: range(d.incoming!.forwardTo!, d.incoming!.forwardTo!) } },
      mapped: host(d.incoming!.forwardTo!),
      provenance: at(ctx, line),
    });
    return;
  }
  const refused = action === 'through' ? ServiceSet.ports(TCP, 0, 1023) : ServiceSet.ANY;
  out.stages.push({
    name: `nat descriptor ${d.id} incoming ${action} on ${iface.name}`,
    inInterfaces: [iface.name],
    header: 'original',
    rules: [
      {
        id: `nat ${d.id} incoming ${action}`,
        action: 'deny',
        enabled: true,
        log: false,
        terms: [{ packets: PacketSet.of(AddressSpace.ANY_V4, host(address), refused), dnat: 'untranslated' }],
        implicit: true,
        comment: action === 'through' ? 'masquerade passes unmapped packets, but refuses TCP to ports 0-1023' : 'masquerade refuses packets to its address that no translation entry maps',
        display: { inInterfaces: [iface.name], outInterfaces: [], sources: ['*'], destinations: [formatIPv4(address)], services: [action === 'through' ? 'tcp 0-1023' : '*'] },
        provenance: at(ctx, line),
      },
    ],
    defaultAction: 'permit',
    defaultReason: 'not addressed to the masquerade address, or mapped by a static entry',
  });
  const own = ctx.interfaces.get(iface.name)?.addresses.some((a) => a.address.value === address);
  if (own) out.ownOuterAddresses.push({ iface: iface.name, line });
}
