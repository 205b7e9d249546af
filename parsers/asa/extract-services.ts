import { parseAsaProtocol, parseIcmpType } from './asa-names.js';
import { isPortOperator, readPortMatch } from './asa-values.js';
import type { PortMatch, ServiceSpec } from './vendor-config.js';

/**
 * A service as `service` (in `object service`) and `service-object` write it, from the
 * protocol word on:
 *   tcp|udp|sctp|tcp-udp [source OP P…] [destination OP P…]
 *   tcp|udp … OP P…                       (older form: destination ports)
 *   icmp|icmp6 [TYPE [CODE]]
 *   ip | PROTOCOL
 */
export function readServiceSpec(words: readonly string[], i: number): { service: ServiceSpec } | { error: string } {
  const protoText = words[i];
  if (protoText === undefined) return { error: 'a protocol is missing' };
  const lower = protoText.toLowerCase();
  let protocol: ServiceSpec['protocol'];
  if (lower === 'tcp-udp') protocol = 'tcp-udp';
  else {
    const p = parseAsaProtocol(lower);
    if (!p) return { error: `"${protoText}" is not a protocol` };
    protocol = p.protocol;
  }
  let k = i + 1;
  if (protocol === 1 || protocol === 58) {
    if (k >= words.length) return { service: { protocol } };
    const type = parseIcmpType(words[k]!, protocol === 58);
    if (type === undefined) return { error: `"${words[k]}" is not an ICMP type` };
    k++;
    let code: number | undefined;
    if (k < words.length) {
      code = /^\d{1,3}$/.test(words[k]!) && Number(words[k]) <= 255 ? Number(words[k]) : undefined;
      if (code === undefined) return { error: `"${words[k]}" is not an ICMP code` };
      k++;
    }
    if (k < words.length) return { error: `unexpected "${words[k]}"` };
    return { service: { protocol, icmpType: type, ...(code !== undefined && { icmpCode: code }) } };
  }
  const ported = protocol === 6 || protocol === 17 || protocol === 132 || protocol === 'tcp-udp';
  let source: PortMatch | undefined;
  let destination: PortMatch | undefined;
  while (k < words.length) {
    const w = words[k]!;
    if (!ported) return { error: `protocol ${protoText} has no ports, yet "${w}" follows` };
    let which: 'source' | 'destination' = 'destination';
    if (w === 'source' || w === 'destination') {
      which = w;
      k++;
    } else if (!isPortOperator(w)) {
      return { error: `unexpected "${w}"` };
    }
    const read = readPortMatch(words, k);
    if ('error' in read) return read;
    if (which === 'source') source = read.match;
    else destination = read.match;
    k = read.next;
  }
  return { service: { protocol, ...(source && { source }), ...(destination && { destination }) } };
}
