import type { IcmpType } from './vendor-config.js';

type Named = { readonly type: number; readonly code?: number };

/** ICMP type names of `iptables -p icmp -h`. */
const ICMP4: ReadonlyMap<string, Named> = new Map<string, Named>([
  ['echo-reply', { type: 0 }],
  ['pong', { type: 0 }],
  ['destination-unreachable', { type: 3 }],
  ['network-unreachable', { type: 3, code: 0 }],
  ['host-unreachable', { type: 3, code: 1 }],
  ['protocol-unreachable', { type: 3, code: 2 }],
  ['port-unreachable', { type: 3, code: 3 }],
  ['fragmentation-needed', { type: 3, code: 4 }],
  ['source-route-failed', { type: 3, code: 5 }],
  ['network-unknown', { type: 3, code: 6 }],
  ['host-unknown', { type: 3, code: 7 }],
  ['network-prohibited', { type: 3, code: 9 }],
  ['host-prohibited', { type: 3, code: 10 }],
  ['tos-network-unreachable', { type: 3, code: 11 }],
  ['tos-host-unreachable', { type: 3, code: 12 }],
  ['communication-prohibited', { type: 3, code: 13 }],
  ['host-precedence-violation', { type: 3, code: 14 }],
  ['precedence-cutoff', { type: 3, code: 15 }],
  ['source-quench', { type: 4 }],
  ['redirect', { type: 5 }],
  ['network-redirect', { type: 5, code: 0 }],
  ['host-redirect', { type: 5, code: 1 }],
  ['tos-network-redirect', { type: 5, code: 2 }],
  ['tos-host-redirect', { type: 5, code: 3 }],
  ['echo-request', { type: 8 }],
  ['ping', { type: 8 }],
  ['router-advertisement', { type: 9 }],
  ['router-solicitation', { type: 10 }],
  ['time-exceeded', { type: 11 }],
  ['ttl-exceeded', { type: 11 }],
  ['ttl-zero-during-transit', { type: 11, code: 0 }],
  ['ttl-zero-during-reassembly', { type: 11, code: 1 }],
  ['parameter-problem', { type: 12 }],
  ['ip-header-bad', { type: 12, code: 0 }],
  ['required-option-missing', { type: 12, code: 1 }],
  ['timestamp-request', { type: 13 }],
  ['timestamp-reply', { type: 14 }],
  ['address-mask-request', { type: 17 }],
  ['address-mask-reply', { type: 18 }],
]);

/** ICMPv6 type names of `ip6tables -p ipv6-icmp -h`. */
const ICMP6: ReadonlyMap<string, Named> = new Map<string, Named>([
  ['destination-unreachable', { type: 1 }],
  ['no-route', { type: 1, code: 0 }],
  ['communication-prohibited', { type: 1, code: 1 }],
  ['beyond-scope', { type: 1, code: 2 }],
  ['address-unreachable', { type: 1, code: 3 }],
  ['port-unreachable', { type: 1, code: 4 }],
  ['failed-policy', { type: 1, code: 5 }],
  ['reject-route', { type: 1, code: 6 }],
  ['packet-too-big', { type: 2 }],
  ['time-exceeded', { type: 3 }],
  ['ttl-exceeded', { type: 3 }],
  ['ttl-zero-during-transit', { type: 3, code: 0 }],
  ['ttl-zero-during-reassembly', { type: 3, code: 1 }],
  ['parameter-problem', { type: 4 }],
  ['bad-header', { type: 4, code: 0 }],
  ['unknown-header-type', { type: 4, code: 1 }],
  ['unknown-option', { type: 4, code: 2 }],
  ['echo-request', { type: 128 }],
  ['ping', { type: 128 }],
  ['echo-reply', { type: 129 }],
  ['pong', { type: 129 }],
  ['mld-listener-query', { type: 130 }],
  ['mld-listener-report', { type: 131 }],
  ['mld-listener-done', { type: 132 }],
  ['mld-listener-reduction', { type: 132 }],
  ['router-solicitation', { type: 133 }],
  ['router-advertisement', { type: 134 }],
  ['neighbour-solicitation', { type: 135 }],
  ['neighbor-solicitation', { type: 135 }],
  ['neighbour-advertisement', { type: 136 }],
  ['neighbor-advertisement', { type: 136 }],
  ['redirect', { type: 137 }],
]);

/** `--icmp-type 8`, `8/0`, `echo-request`, `any`; undefined when none of these. */
export function parseIcmpType(text: string, version: 4 | 6): IcmpType | undefined {
  const lower = text.toLowerCase();
  if (lower === 'any') return 'any';
  const named = (version === 4 ? ICMP4 : ICMP6).get(lower);
  if (named) return named;
  const m = /^(\d{1,3})(?:\/(\d{1,3}))?$/.exec(lower);
  if (!m) return undefined;
  const type = Number(m[1]);
  const code = m[2] === undefined ? undefined : Number(m[2]);
  if (type > 255 || (code !== undefined && code > 255)) return undefined;
  return code === undefined ? { type } : { type, code };
}
