import { type IpAddress, formatIp } from './ip.js';
import { hasPorts, isIcmp, protocolName } from './protocols.js';

/**
 * One concrete packet header. Source and destination are of the same family.
 * For ICMP, `dstPort` is the ICMP type and `srcPort` the ICMP code.
 */
export interface Packet {
  readonly src: IpAddress;
  readonly dst: IpAddress;
  /** IANA protocol number. */
  readonly protocol: number;
  readonly srcPort: number;
  readonly dstPort: number;
}

/** "10.30.1.5 → 10.20.1.8 tcp/445" */
export function formatPacket(packet: Packet): string {
  return `${formatIp(packet.src)} → ${formatIp(packet.dst)} ${formatPacketService(packet)}`;
}

export function formatPacketService(packet: Packet): string {
  const name = protocolName(packet.protocol);
  if (hasPorts(packet.protocol)) return `${name}/${packet.dstPort}`;
  if (isIcmp(packet.protocol)) return `${name} type ${packet.dstPort} code ${packet.srcPort}`;
  return name;
}
