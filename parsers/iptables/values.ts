import { type Cidr, type IpAddress, makeCidr, parseAddressWithPrefix, parseIp } from '../../src/space/ip.js';
import type { AddressRange, NatRange, PortRange } from './vendor-config.js';

/** Service names a hand-written rule may use instead of numbers (iptables-save prints numbers). */
const SERVICES: ReadonlyMap<string, number> = new Map([
  ['ftp-data', 20],
  ['ftp', 21],
  ['ssh', 22],
  ['telnet', 23],
  ['smtp', 25],
  ['domain', 53],
  ['bootps', 67],
  ['bootpc', 68],
  ['tftp', 69],
  ['http', 80],
  ['www', 80],
  ['kerberos', 88],
  ['pop3', 110],
  ['sunrpc', 111],
  ['ntp', 123],
  ['netbios-ns', 137],
  ['netbios-dgm', 138],
  ['netbios-ssn', 139],
  ['imap', 143],
  ['imap2', 143],
  ['snmp', 161],
  ['snmp-trap', 162],
  ['ldap', 389],
  ['https', 443],
  ['microsoft-ds', 445],
  ['isakmp', 500],
  ['syslog', 514],
  ['submission', 587],
  ['ldaps', 636],
  ['imaps', 993],
  ['pop3s', 995],
  ['openvpn', 1194],
  ['ms-sql-s', 1433],
  ['mysql', 3306],
  ['ms-wbt-server', 3389],
  ['postgresql', 5432],
  ['http-alt', 8080],
]);

export type Parsed<T> = { readonly value: T } | { readonly error: string };

/**
 * `-s`/`-d` value: `10.0.0.0/8`, `10.0.0.0/255.0.0.0`, a host, or a comma list of these. A
 * non-contiguous dotted mask is valid iptables but not a prefix: it is reported, not guessed.
 */
export function parseAddressList(text: string, family: 4 | 6 | undefined): Parsed<Cidr[]> {
  const out: Cidr[] = [];
  for (const part of text.split(',')) {
    const parsed = parseAddressWithPrefix(part);
    if (!parsed) {
      const slash = part.indexOf('/');
      if (slash > 0 && parseIp(part.slice(0, slash))?.family === 4 && parseIp(part.slice(slash + 1))?.family === 4) {
        return { error: `"${part}" has a non-contiguous mask, which sansou cannot express as a prefix` };
      }
      return { error: `"${part}" is not an address or prefix` };
    }
    if (family !== undefined && parsed.address.family !== family) return { error: `"${part}" is an IPv${parsed.address.family} address in an ${family === 4 ? 'iptables' : 'ip6tables'} ruleset` };
    out.push(makeCidr(parsed.address, parsed.prefixLength));
  }
  return { value: out };
}

/** One port: a number 0–65535 or a known service name. */
export function parsePort(text: string): number | undefined {
  if (/^\d{1,5}$/.test(text)) {
    const n = Number(text);
    return n <= 65535 ? n : undefined;
  }
  return SERVICES.get(text.toLowerCase());
}

/** `22`, `1024:65535`, `:1023` (from 0), `1024:` (to 65535); a reversed range is swapped, as iptables does. */
export function parsePortRange(text: string): PortRange | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const p = parsePort(text);
    return p === undefined ? undefined : { lo: p, hi: p };
  }
  const loText = text.slice(0, colon);
  const hiText = text.slice(colon + 1);
  const lo = loText === '' ? 0 : parsePort(loText);
  const hi = hiText === '' ? 65535 : parsePort(hiText);
  if (lo === undefined || hi === undefined) return undefined;
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/** multiport list: `22,80,1000:2000` (at most 15 entries, a range counting as two). */
export function parsePortList(text: string): Parsed<PortRange[]> {
  const out: PortRange[] = [];
  for (const part of text.split(',')) {
    const r = parsePortRange(part);
    if (!r) return { error: `"${part}" is not a port or port range` };
    out.push(r);
  }
  return { value: out };
}

/** `--to-ports 8080` or `8080-8090` (REDIRECT, MASQUERADE). */
export function parseToPorts(text: string): PortRange | undefined {
  const dash = text.indexOf('-');
  if (dash < 0) return parsePortRange(text);
  const lo = parsePort(text.slice(0, dash));
  const hi = parsePort(text.slice(dash + 1));
  return lo === undefined || hi === undefined || lo > hi ? undefined : { lo, hi };
}

/** `-m iprange --src-range 10.0.0.1-10.0.0.9`. */
export function parseAddressRange(text: string, family: 4 | 6 | undefined): Parsed<AddressRange> {
  const dash = text.indexOf('-');
  const first = parseIp(dash < 0 ? text : text.slice(0, dash));
  const last = dash < 0 ? first : parseIp(text.slice(dash + 1));
  if (!first || !last || first.family !== last.family) return { error: `"${text}" is not an address range` };
  if (family !== undefined && first.family !== family) return { error: `"${text}" is an IPv${first.family} range in an ${family === 4 ? 'iptables' : 'ip6tables'} ruleset` };
  if (first.value > last.value) return { error: `"${text}" ends before it starts` };
  return { value: { first, last } };
}

/**
 * `--to-destination`/`--to-source`: `A`, `A-B`, `A:p`, `A-B:p-q`, `:p`, and for IPv6
 * `[2001:db8::1]:80` or a bare IPv6 address.
 */
export function parseNatRange(text: string): Parsed<NatRange> {
  let addrPart = text;
  let portPart: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return { error: `"${text}" opens a bracket it does not close` };
    // "[A]-[B]:p" and "[A]:p" forms.
    const rest = text.slice(close + 1);
    const secondOpen = rest.startsWith('-[') ? rest.indexOf(']') : -1;
    if (secondOpen >= 0) {
      addrPart = `${text.slice(1, close)}-${rest.slice(2, secondOpen)}`;
      const after = rest.slice(secondOpen + 1);
      portPart = after.startsWith(':') ? after.slice(1) : after === '' ? undefined : after;
    } else {
      addrPart = text.slice(1, close);
      portPart = rest.startsWith(':') ? rest.slice(1) : rest === '' ? undefined : rest;
    }
  } else if ((text.match(/:/g) ?? []).length === 1) {
    const colon = text.indexOf(':');
    addrPart = text.slice(0, colon);
    portPart = text.slice(colon + 1);
  }
  const out: { first?: IpAddress; last?: IpAddress; ports?: PortRange } = {};
  if (addrPart !== '') {
    const dash = addrPart.indexOf('-');
    const first = parseIp(dash < 0 ? addrPart : addrPart.slice(0, dash));
    const last = dash < 0 ? first : parseIp(addrPart.slice(dash + 1));
    if (!first || !last || first.family !== last.family || first.value > last.value) return { error: `"${addrPart}" is not an address or address range` };
    out.first = first;
    out.last = last;
  }
  if (portPart !== undefined) {
    const ports = parseToPorts(portPart);
    if (!ports) return { error: `"${portPart}" is not a port or port range` };
    out.ports = ports;
  }
  if (out.first === undefined && out.ports === undefined) return { error: `"${text}" names neither an address nor a port` };
  return { value: out };
}
