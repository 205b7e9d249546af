import type { ForwardingState } from '../linux-ip/forwarding.js';
import type { Sysctl } from '../linux-ip/vendor-config.js';
import type { CompanionWarnings } from '../linux-ip/warnings.js';

/**
 * Warnings about the forwarding switches, given on the companion: unknown switches are assumed
 * on (the model then reports more than a host with forwarding off would carry), per-interface
 * switches are not modelled, values other than 0 and 1 are left unknown.
 */
export function forwardingWarnings(a: {
  v4: ForwardingState;
  v6: ForwardingState;
  hasV4: boolean;
  hasV6: boolean;
  perInterface: readonly Sysctl[];
  bad: readonly Sysctl[];
  sink: CompanionWarnings;
}): void {
  for (const s of a.bad) a.sink.add('invalid', s.line, 'sysctl', `${s.key} = ${s.value} is neither 0 nor 1; forwarding is taken as unknown`);
  if (a.hasV4 && !a.v4.known) {
    a.sink.add('unsupported', 0, 'sysctl', 'net.ipv4.ip_forward is not in the companion: IPv4 forwarding is assumed on, so the model may report paths a host with forwarding off would not carry; add `sysctl net.ipv4.ip_forward` output');
  }
  if (a.hasV6 && !a.v6.known) {
    a.sink.add('unsupported', 0, 'sysctl', 'net.ipv6.conf.all.forwarding is not in the companion: IPv6 forwarding is assumed on (reports more); add `sysctl net.ipv6.conf.all.forwarding` output');
  }
  for (const s of a.perInterface) {
    a.sink.add('unsupported', s.line, 'sysctl', `per-interface forwarding (${s.key} = 0) is not modelled: packets arriving there are treated as forwarded (reports more)`);
  }
}
