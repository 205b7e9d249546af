import type { Packet } from '../../../src/space/packet.js';
import type { Prng } from '../../helpers/prng.js';
import type { GenInterface, GeneratedConfig } from './generate.js';

const TCP_PORTS = [22, 23, 25, 53, 80, 123, 161, 443, 445, 2222, 3389, 8080, 1023, 1024, 79];
const UDP_PORTS = [53, 67, 69, 123, 161, 514, 1024, 4500];
const NAT_PORTS = [80, 8080, 2222, 53, 443];
const SOURCE_PORTS = [80, 1024, 1023, 40000, 53, 22, 443];

/** Packets a host on `from` could send: sources in its subnets, destinations among the targets. */
export function samplePackets(r: Prng, config: GeneratedConfig, from: GenInterface, count: number): Packet[] {
  const out: Packet[] = [];
  for (let n = 0; n < count; n++) {
    const s = r.pick(from.subnets);
    const src = s.base + r.int(1, 2 ** (32 - s.length) - 2);
    const towardsNat = from.natOutside && config.globals.length > 0 && r.chance(0.4);
    const dst = towardsNat ? r.pick(config.globals) : r.chance(0.85) ? r.pick(config.targets) : 0x0a000000 + r.int(0, 1023);
    const toRouter = config.interfaces.some((i) => i.subnets.some((x) => x.address === dst));
    if (toRouter && r.chance(0.5)) {
      const [protocol, dstPort] = r.pick([[6, 22], [6, 23], [6, 80], [6, 443], [17, 161], [1, 8]] as const);
      out.push({ src: { family: 4, value: src }, dst: { family: 4, value: dst >>> 0 }, protocol, srcPort: protocol === 1 ? 0 : r.int(1025, 65535), dstPort });
      continue;
    }
    const kind = r.int(0, 9);
    let protocol: number;
    let srcPort = r.chance(0.7) ? r.int(1025, 65535) : r.pick(SOURCE_PORTS);
    let dstPort: number;
    if (kind <= 4) {
      protocol = 6;
      dstPort = r.chance(0.85) ? r.pick(towardsNat ? NAT_PORTS : TCP_PORTS) : r.int(0, 65535);
    } else if (kind <= 6) {
      protocol = 17;
      dstPort = r.chance(0.85) ? r.pick(towardsNat ? NAT_PORTS : UDP_PORTS) : r.int(0, 65535);
    } else if (kind <= 8) {
      protocol = 1;
      dstPort = r.pick([8, 0, 3, 11, 5]);
      srcPort = r.int(0, 4);
    } else {
      protocol = r.pick([47, 50, 89]);
      dstPort = 0;
      srcPort = 0;
    }
    out.push({ src: { family: 4, value: src }, dst: { family: 4, value: dst >>> 0 }, protocol, srcPort, dstPort });
  }
  return out;
}
