import type { ServiceBox } from '../../src/space/service-set.js';
import { ALL_PORTS, ALL_PROTOCOLS, formatServiceBox } from '../../src/space/service-set.js';

/** Well-known management ports: keyword and whether the protocol protects credentials. */
const KNOWN: ReadonlyMap<string, { name: string; secure: boolean }> = new Map([
  ['6/22', { name: 'ssh', secure: true }],
  ['6/23', { name: 'telnet', secure: false }],
  ['6/21', { name: 'ftp', secure: false }],
  ['6/80', { name: 'http', secure: false }],
  ['6/443', { name: 'https', secure: true }],
  ['6/8080', { name: 'http', secure: false }],
  ['6/8443', { name: 'https', secure: true }],
  ['6/3389', { name: 'rdp', secure: true }],
  ['6/5900', { name: 'vnc', secure: false }],
  ['6/513', { name: 'rlogin', secure: false }],
  ['6/514', { name: 'rsh', secure: false }],
  ['17/161', { name: 'snmp', secure: false }],
  ['17/69', { name: 'tftp', secure: false }],
]);

/** Cleartext services: a box that admits any of them is not secure management. */
const CLEARTEXT: ReadonlyArray<readonly [number, number]> = [
  [6, 21],
  [6, 23],
  [6, 80],
  [6, 513],
  [6, 514],
  [6, 5900],
  [6, 8080],
  [17, 69],
  [17, 161],
];

/**
 * The keyword and security of what one accepted box of INPUT lets through: "ssh" for tcp/22,
 * "ping" for ICMP echo, "any" for everything, otherwise the service as sansou prints it.
 */
export function describeService(box: ServiceBox): { service: string; secure: boolean } {
  const secure = !CLEARTEXT.some(([p, port]) => box.proto.contains(p) && box.dport.contains(port));
  if (box.proto.equals(ALL_PROTOCOLS) && box.dport.equals(ALL_PORTS)) return { service: 'any', secure: false };
  const proto = box.proto.min();
  const single = box.proto.rangeCount === 1 && proto !== undefined && box.proto.contains(proto) && !box.proto.contains(proto + 1);
  if (single && box.dport.rangeCount === 1) {
    const port = box.dport.min()!;
    if (!box.dport.contains(port + 1)) {
      const known = KNOWN.get(`${proto}/${port}`);
      if (known) return { service: known.name, secure: known.secure };
      if ((proto === 1 && port === 8) || (proto === 58 && port === 128)) return { service: 'ping', secure: true };
    }
  }
  return { service: formatServiceBox(box), secure };
}
