import { parseIcmpType } from './icmp-types.js';
import { HISTORY_MODULES, MODELLED_OPTIONS, UNMODELLED_MODULES } from './modules.js';
import { parseProtocolValue } from './protocols.js';
import type { RawMatch, RawOption } from './raw-rule.js';
import { parseAddressList, parseAddressRange, parsePortList, parsePortRange } from './values.js';
import type { Cidr } from '../../src/space/ip.js';
import type { AddressRange, Match, Negatable, PortRange, ProtocolValue } from './vendor-config.js';

export type MatchResult = { readonly match: Match } | { readonly error: string };

const TCP_FLAGS = new Set(['SYN', 'ACK', 'FIN', 'RST', 'URG', 'PSH', 'ALL', 'NONE']);
const STATES = new Set(['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED']);
const CT_STATES = new Set([...STATES, 'SNAT', 'DNAT']);
const ADDRESS_TYPES = new Set(['UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW', 'NAT', 'XRESOLVE']);

function value(o: RawOption, index = 0): string | undefined {
  return o.values[index]?.text;
}

function optionsText(m: RawMatch): string {
  return m.options.map((o) => `${o.negated ? '! ' : ''}${o.name}${o.values.map((v) => ` ${v.quoted ? JSON.stringify(v.text) : v.text}`).join('')}`).join(' ');
}

/** Reads one `-m` module with its options into a typed match; a value that cannot be read is an error. */
export function readMatch(m: RawMatch): MatchResult {
  if (MODELLED_OPTIONS.has(m.module)) return readModelled(m);
  if (HISTORY_MODULES.has(m.module) || UNMODELLED_MODULES.has(m.module)) {
    return { match: { kind: 'unmodelled', module: m.module, history: HISTORY_MODULES.has(m.module), text: optionsText(m) } };
  }
  return { match: { kind: 'unknown', module: m.module, text: optionsText(m) } };
}

function readModelled(m: RawMatch): MatchResult {
  switch (m.module) {
    case 'tcp':
    case 'udp':
    case 'udplite':
    case 'sctp':
    case 'dccp':
      return readPorts(m);
    case 'multiport':
      return readMultiport(m);
    case 'icmp':
    case 'icmp6':
      return readIcmp(m, m.module === 'icmp' ? 4 : 6);
    case 'state':
    case 'conntrack':
      return readState(m);
    case 'iprange':
      return readIprange(m);
    case 'set':
      return readSet(m);
    case 'comment':
      return { match: { kind: 'comment', text: m.options.flatMap((o) => o.values.map((v) => v.text)).join(' ') } };
    case 'addrtype':
      return readAddrtype(m);
    default:
      return readPkttype(m);
  }
}

function readPorts(m: RawMatch): MatchResult {
  let sport: Negatable<PortRange> | undefined;
  let dport: Negatable<PortRange> | undefined;
  let tcpFlags: Negatable<{ mask: string[]; comp: string[] }> | undefined;
  const unmodelled: string[] = [];
  for (const o of m.options) {
    switch (o.name) {
      case '--sport':
      case '--source-port':
      case '--dport':
      case '--destination-port': {
        const r = parsePortRange(value(o) ?? '');
        if (!r || o.values.length !== 1) return { error: `${o.name} "${o.values.map((v) => v.text).join(' ')}" is not a port or port range` };
        if (o.name === '--sport' || o.name === '--source-port') sport = { value: r, negated: o.negated };
        else dport = { value: r, negated: o.negated };
        break;
      }
      case '--syn':
        tcpFlags = { value: { mask: ['FIN', 'SYN', 'RST', 'ACK'], comp: ['SYN'] }, negated: o.negated };
        break;
      case '--tcp-flags': {
        const mask = (value(o, 0) ?? '').toUpperCase().split(',');
        const comp = (value(o, 1) ?? '').toUpperCase().split(',');
        if (o.values.length !== 2 || ![...mask, ...comp].every((f) => TCP_FLAGS.has(f))) return { error: `--tcp-flags needs a mask and a comparison of SYN,ACK,FIN,RST,URG,PSH,ALL,NONE` };
        tcpFlags = { value: { mask, comp }, negated: o.negated };
        break;
      }
      default:
        unmodelled.push(o.name);
    }
  }
  return {
    match: { kind: 'ports', module: m.module, ...(sport && { sport }), ...(dport && { dport }), ...(tcpFlags && { tcpFlags }), unmodelled },
  };
}

function readMultiport(m: RawMatch): MatchResult {
  const o = m.options[0];
  if (!o || m.options.length !== 1) return { error: 'multiport needs exactly one of --sports, --dports, --ports' };
  const list = parsePortList(value(o) ?? '');
  if ('error' in list) return { error: `multiport ${o.name}: ${list.error}` };
  const direction = o.name === '--ports' ? 'either' : o.name === '--sports' || o.name === '--source-ports' ? 'src' : 'dst';
  return { match: { kind: 'multiport', direction, ports: { value: list.value, negated: o.negated } } };
}

function readIcmp(m: RawMatch, version: 4 | 6): MatchResult {
  const o = m.options[0];
  if (!o) return { match: { kind: 'icmp', version } };
  const type = parseIcmpType(value(o) ?? '', version);
  if (!type) return { error: `"${value(o) ?? ''}" is not an ICMP${version === 6 ? 'v6' : ''} type` };
  return { match: { kind: 'icmp', version, type: { value: type, negated: o.negated } } };
}

function readState(m: RawMatch): MatchResult {
  const module = m.module as 'state' | 'conntrack';
  let states: Negatable<string[]> | undefined;
  const extra: { proto?: Negatable<ProtocolValue>; origSrc?: Negatable<Cidr[]>; origSrcPort?: Negatable<PortRange> } = {};
  const unmodelled: string[] = [];
  for (const o of m.options) {
    if (o.name === '--state' || o.name === '--ctstate') {
      const list = (value(o) ?? '').toUpperCase().split(',');
      const allowed = module === 'state' ? STATES : CT_STATES;
      const bad = list.find((s) => !allowed.has(s));
      if (bad !== undefined) return { error: `"${bad}" is not a connection state` };
      states = { value: list, negated: o.negated };
    } else if (o.name === '--ctproto') {
      const p = parseProtocolValue(value(o) ?? '');
      if (!p) return { error: `--ctproto "${value(o) ?? ''}" is not a protocol` };
      extra.proto = { value: p, negated: o.negated };
    } else if (o.name === '--ctorigsrc') {
      const a = origSrc(value(o) ?? '');
      if (!a) return { error: `--ctorigsrc "${value(o) ?? ''}" is not an address` };
      extra.origSrc = { value: a, negated: o.negated };
    } else if (o.name === '--ctorigsrcport') {
      const p = parsePortRange(value(o) ?? '');
      if (!p) return { error: `--ctorigsrcport "${value(o) ?? ''}" is not a port` };
      extra.origSrcPort = { value: p, negated: o.negated };
    } else {
      unmodelled.push(o.name);
    }
  }
  return { match: { kind: 'state', module, ...(states && { states }), ...extra, unmodelled } };
}

function origSrc(text: string): Cidr[] | undefined {
  const r = parseAddressList(text, undefined);
  return 'error' in r ? undefined : r.value;
}

function readIprange(m: RawMatch): MatchResult {
  const out: { src?: Negatable<AddressRange>; dst?: Negatable<AddressRange> } = {};
  for (const o of m.options) {
    const r = parseAddressRange(value(o) ?? '', undefined);
    if ('error' in r) return { error: `iprange ${o.name}: ${r.error}` };
    if (o.name === '--src-range') out.src = { value: r.value, negated: o.negated };
    else out.dst = { value: r.value, negated: o.negated };
  }
  return { match: { kind: 'iprange', ...out } };
}

function readSet(m: RawMatch): MatchResult {
  const o = m.options.find((x) => x.name === '--match-set' || x.name === '--set');
  if (!o || o.values.length < 2) return { error: 'set needs --match-set NAME src|dst' };
  return { match: { kind: 'set', name: value(o, 0)!, directions: value(o, 1)!.split(','), negated: o.negated } };
}

function readAddrtype(m: RawMatch): MatchResult {
  const out: { src?: Negatable<string[]>; dst?: Negatable<string[]>; limitIface?: 'in' | 'out' } = {};
  for (const o of m.options) {
    if (o.name === '--limit-iface-in') out.limitIface = 'in';
    else if (o.name === '--limit-iface-out') out.limitIface = 'out';
    else {
      const types = (value(o) ?? '').toUpperCase().split(',');
      const bad = types.find((t) => !ADDRESS_TYPES.has(t));
      if (bad !== undefined) return { error: `"${bad}" is not an address type` };
      if (o.name === '--src-type') out.src = { value: types, negated: o.negated };
      else out.dst = { value: types, negated: o.negated };
    }
  }
  return { match: { kind: 'addrtype', ...out } };
}

function readPkttype(m: RawMatch): MatchResult {
  const o = m.options[0];
  const type = (value(o ?? { name: '', values: [], negated: false }) ?? '').toLowerCase();
  if (!o || !['unicast', 'broadcast', 'multicast', 'host', 'otherhost'].includes(type)) return { error: `pkttype needs --pkt-type unicast|broadcast|multicast` };
  return { match: { kind: 'pkttype', type: { value: type, negated: o.negated } } };
}
