/** The packet-set algebra: exact sets of packet headers and the values they are made of. */
export { IntervalSet, type Scalar } from './interval-set.js';
export * from './ip.js';
export { AddressSpace, formatAddressParts } from './address-space.js';
export type { Box } from './box.js';
export { ServiceSet, type ServiceBox, ALL_PORTS, ALL_PROTOCOLS, parseServiceSpec, formatServiceBox } from './service-set.js';
export { PacketSet } from './packet-set.js';
export { type Packet, formatPacket, formatPacketService } from './packet.js';
export { pickWitness, type WitnessHints } from './witness.js';
export { summarizePacketSet } from './summary.js';
export * from './protocols.js';
