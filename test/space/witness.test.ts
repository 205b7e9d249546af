import { describe, expect, it } from 'vitest';
import { AddressSpace } from '../../src/space/address-space.js';
import { formatIp, parseCidr, parseIp } from '../../src/space/ip.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { parseServiceSpec } from '../../src/space/service-set.js';
import { pickWitness } from '../../src/space/witness.js';

const space = (cidr: string) => AddressSpace.fromCidr(parseCidr(cidr)!);
const tcp443 = parseServiceSpec('tcp/443')!;

describe('pickWitness', () => {
  it('shows "somewhere on the Internet" as a documentation address, not 0.0.0.1', () => {
    const w = pickWitness(PacketSet.of(AddressSpace.ANY_V4, space('10.30.0.0/16'), tcp443))!;
    expect(formatIp(w.src)).toBe('198.51.100.1');
    expect(formatIp(w.dst)).toBe('10.30.0.1');
    expect([w.protocol, w.dstPort]).toEqual([6, 443]);
  });

  it('skips documentation addresses that are not in the set or are to be avoided', () => {
    const internet = AddressSpace.ANY_V4.subtract(space('198.51.100.0/24'));
    const w = pickWitness(PacketSet.of(internet, space('10.30.0.0/16'), tcp443), { avoid: space('203.0.113.1/32') })!;
    expect(formatIp(w.src)).toBe('203.0.113.2');
  });

  it('keeps a hinted host first, and leaves narrow sets alone', () => {
    const hint = parseIp('10.30.5.5')!;
    const w = pickWitness(PacketSet.of(space('10.30.0.0/16'), AddressSpace.ANY_V4, tcp443), { src: [hint] })!;
    expect(formatIp(w.src)).toBe('10.30.5.5');
    expect(formatIp(w.dst)).toBe('198.51.100.1');
  });
});
