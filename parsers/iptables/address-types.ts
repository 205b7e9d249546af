import { AddressSpace } from '../../src/space/address-space.js';
import { IntervalSet } from '../../src/space/interval-set.js';
import { type IpAddress, makeCidr, parseCidr, v4PrefixRange } from '../../src/space/ip.js';

/** An address the host holds, with its prefix length (from the companion, loopback included). */
export interface HostAddress {
  readonly address: IpAddress;
  readonly prefixLength: number;
}

/**
 * The address classes of `-m addrtype`, as the kernel computes them: for IPv4 it looks the
 * address up in the local routing table (the host's addresses and 127.0.0.0/8 are LOCAL; each
 * subnet's network and broadcast addresses, 0.0.0.0/8 and 255.255.255.255 are BROADCAST;
 * 224.0.0.0/4 is MULTICAST; everything else is UNICAST). For IPv6, `::` is UNSPEC,
 * ff00::/8 MULTICAST, the host's addresses and ::1 LOCAL, the rest UNICAST. Classes the local
 * table never yields (BLACKHOLE, UNREACHABLE …) are empty.
 */
export class AddressTypes {
  readonly local: AddressSpace;
  readonly broadcast: AddressSpace;
  readonly multicast: AddressSpace;
  readonly unspec: AddressSpace;

  constructor(host: readonly HostAddress[]) {
    const loopback = [parseCidr('127.0.0.0/8')!, parseCidr('::1/128')!].map((c) => AddressSpace.fromCidr(c));
    this.local = AddressSpace.unionAll([...loopback, ...host.map((h) => AddressSpace.fromAddress(h.address))]);
    const bcast: AddressSpace[] = [AddressSpace.fromCidr(parseCidr('0.0.0.0/8')!), AddressSpace.fromCidr(parseCidr('255.255.255.255/32')!)];
    for (const h of host) {
      if (h.address.family !== 4 || h.prefixLength >= 31) continue;
      const net = makeCidr(h.address, h.prefixLength);
      const [lo, hi] = v4PrefixRange(net.address as number, h.prefixLength);
      bcast.push(new AddressSpace(IntervalSet.fromRanges([[lo, lo + 1], [hi - 1, hi]]), IntervalSet.empty()));
    }
    this.broadcast = AddressSpace.unionAll(bcast).subtract(this.local);
    this.multicast = AddressSpace.unionAll([parseCidr('224.0.0.0/4')!, parseCidr('ff00::/8')!].map((c) => AddressSpace.fromCidr(c)));
    this.unspec = AddressSpace.fromCidr(parseCidr('::/128')!);
  }

  /** The addresses of one class name; undefined for a name the kernel never assigns here. */
  space(type: string): AddressSpace {
    switch (type) {
      case 'LOCAL':
        return this.local;
      case 'BROADCAST':
        return this.broadcast;
      case 'MULTICAST':
        return this.multicast;
      case 'UNSPEC':
        return this.unspec;
      case 'UNICAST':
        return AddressSpace.ANY.subtract(AddressSpace.unionAll([this.local, this.broadcast, this.multicast, this.unspec]));
      default:
        return AddressSpace.EMPTY;
    }
  }
}
