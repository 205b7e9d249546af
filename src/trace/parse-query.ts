import { parseIp, type IpAddress } from '../space/ip.js';
import { hasPorts, isIcmp, parseProtocol, protocolName, TCP } from '../space/protocols.js';
import { TraceInputError } from './trace-input-error.js';
import type { IngressChoice, ServiceFilter, TraceQuery } from './trace-query.js';

/** The trace options as the command line gave them, unparsed. */
export interface TraceOptions {
  /** --src: the initiator's address. */
  readonly src?: string;
  /** --dst: the destination address. */
  readonly dst?: string;
  /** --from: segment or external the traffic is initiated in. */
  readonly from?: string;
  /** --to: segment or external it is delivered into. */
  readonly to?: string;
  /** --proto: tcp, udp, icmp, another protocol name, a number, or any. */
  readonly proto?: string;
  /** --dport: destination port (ICMP type). */
  readonly dport?: string;
  /** --sport: source port (ICMP code). */
  readonly sport?: string;
  /** --ingress: DEVICE:INTERFACE where the packets enter. */
  readonly ingress?: string;
}

/**
 * Checks the options' syntax and builds the query. Whether an address can start traffic or a
 * segment exists is asked of the network later; here every mistake that needs no snapshot is
 * caught first, so a typo costs no parsing. Each message names its option.
 */
export function parseTraceQuery(o: TraceOptions): TraceQuery {
  const flow = o.src !== undefined || o.dst !== undefined;
  const segments = o.from !== undefined || o.to !== undefined;
  if (flow && segments) throw new TraceInputError('--src/--dst trace one flow and --from/--to list the traffic between two segments: give one pair, not both');
  if (!flow && !segments) throw new TraceInputError('give --src and --dst (one flow), or --from and --to (the traffic between two segments)');
  const service = parseService(o);
  if (segments) {
    if (o.from === undefined) throw new TraceInputError('--from is missing: --to needs the segment or external network the traffic starts in');
    if (o.to === undefined) throw new TraceInputError('--to is missing: --from needs the segment or external network the traffic is delivered into');
    if (o.ingress !== undefined) throw new TraceInputError('--ingress applies to a --src/--dst trace only');
    return { kind: 'segments', from: nonEmpty(o.from, '--from'), to: nonEmpty(o.to, '--to'), service };
  }
  if (o.src === undefined) throw new TraceInputError('--src is missing: --dst needs the address that sends the packets');
  if (o.dst === undefined) throw new TraceInputError('--dst is missing: --src needs the address the packets are sent to');
  const src = parseAddress(o.src, '--src');
  const dst = parseAddress(o.dst, '--dst');
  if (src.family !== dst.family) throw new TraceInputError(`--src ${o.src} and --dst ${o.dst} are of different IP families: a packet has one`);
  return { kind: 'packet', src, dst, service, ...(o.ingress === undefined ? {} : { ingress: parseIngress(o.ingress) }) };
}

function nonEmpty(value: string, flag: string): string {
  if (value.trim() === '') throw new TraceInputError(`${flag} needs a segment or external network id (got nothing)`);
  return value.trim();
}

function parseAddress(text: string, flag: string): IpAddress {
  const address = parseIp(text.trim());
  if (address) return address;
  if (text.includes('/')) throw new TraceInputError(`${flag} takes one address, not a prefix (got ${text}); to list the traffic between segments use --from and --to`);
  throw new TraceInputError(`${flag} must be an IPv4 or IPv6 address (got ${text === '' ? 'nothing' : text})`);
}

/**
 * Protocol and ports. A port without --proto means TCP, as it usually does; `--proto any` (or
 * `ip`) or no --proto at all means every protocol. ICMP has no ports: its type and code sit in
 * the same fields (--dport type, --sport code), as in every rule that matches them.
 */
function parseService(o: TraceOptions): ServiceFilter {
  const anyProtocol = o.proto === undefined || ['any', 'ip', 'all'].includes(o.proto.trim().toLowerCase());
  let protocol: number | undefined;
  if (!anyProtocol) {
    protocol = parseProtocol(o.proto!.trim());
    if (protocol === undefined) throw new TraceInputError(`--proto must be tcp, udp, icmp, another protocol name, a number 0-255, or any (got ${o.proto})`);
  }
  if (o.dport === undefined && o.sport === undefined) return protocol === undefined ? {} : { protocol };
  if (protocol === undefined && o.proto !== undefined) {
    throw new TraceInputError(`--proto ${o.proto} means every protocol, so there are no ports to choose: name the protocol (tcp, udp, icmp) with --dport/--sport`);
  }
  protocol ??= TCP;
  if (!hasPorts(protocol) && !isIcmp(protocol)) {
    const flag = o.dport !== undefined ? '--dport' : '--sport';
    throw new TraceInputError(`${flag} applies to tcp, udp and sctp (a port) and icmp (the type and code); ${protocolName(protocol)} has neither`);
  }
  const max = isIcmp(protocol) ? 255 : 65535;
  const what = (flag: string) => (isIcmp(protocol) ? (flag === '--dport' ? 'an ICMP type' : 'an ICMP code') : 'a port');
  const port = (text: string | undefined, flag: string) => {
    if (text === undefined) return undefined;
    const t = text.trim();
    if (!/^\d{1,5}$/.test(t) || Number(t) > max) throw new TraceInputError(`${flag} must be ${what(flag)}, a number 0-${max} (got ${text === '' ? 'nothing' : text})`);
    return Number(t);
  };
  const dstPort = port(o.dport, '--dport');
  const srcPort = port(o.sport, '--sport');
  return { protocol, ...(srcPort === undefined ? {} : { srcPort }), ...(dstPort === undefined ? {} : { dstPort }) };
}

/** DEVICE:INTERFACE; the device part may hold a slash (a VDOM), interface names hold no colon. */
function parseIngress(text: string): IngressChoice {
  const colon = text.lastIndexOf(':');
  const device = colon < 0 ? '' : text.slice(0, colon).trim();
  const iface = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (device === '' || iface === '') throw new TraceInputError(`--ingress must be DEVICE:INTERFACE, for example fw-edge:port2 (got ${text === '' ? 'nothing' : text})`);
  return { device, iface };
}
