import { maskToPrefixLength, makeCidr, parseIPv4, parseIp } from '../../src/space/ip.js';
import { readPorts, readProtocol } from './acl-entry.js';
import type { ConfigNode } from './config-tree.js';
import { ICMP_MESSAGES } from './ios-names.js';
import type { AddressMatch, IosNetworkGroup, IosServiceGroup, IosServiceItem, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { WordCursor } from './word-cursor.js';

/**
 * `object-group network NAME`: members are `host A`, `A MASK` (a network mask, not a
 * wildcard), `A /LEN`, `range A B`, `any` and nested `group-object NAME`.
 */
export function extractNetworkGroup(node: ConfigNode, sink: WarningSink): IosNetworkGroup | undefined {
  const name = node.words[2];
  if (name === undefined) {
    sink.unrecognized(node.line, '', 'object-group network without a name');
    return undefined;
  }
  const context = `object-group network ${name}`;
  const members: (AddressMatch & { line: number })[] = [];
  for (const child of node.children) {
    const w = child.words;
    const first = w[0]!.toLowerCase();
    if (first === 'description') continue;
    const member = readNetworkMember(w);
    if (typeof member === 'string') sink.add(member.startsWith('bad') ? 'invalid' : 'unrecognized', child.line, context, `${member}; the member is left out`);
    else members.push({ ...member, line: child.line });
  }
  return { name, line: node.line, context, members };
}

function readNetworkMember(w: readonly string[]): AddressMatch | string {
  const first = w[0]!.toLowerCase();
  if (first === 'any' && w.length === 1) return { kind: 'any' };
  if (first === 'group-object' && w.length === 2) return { kind: 'group', name: w[1]! };
  if (first === 'host' && w.length === 2) {
    const a = parseIp(w[1]!);
    return a ? { kind: 'host', address: a } : `bad host address "${w[1]}"`;
  }
  if (first === 'range' && w.length === 3) {
    const a = parseIp(w[1]!);
    const b = parseIp(w[2]!);
    if (!a || !b || a.family !== b.family) return `bad address range "${w[1]} ${w[2]}"`;
    return { kind: 'range', first: a, last: b };
  }
  const base = parseIp(w[0]!);
  if (base && w.length === 2) {
    const suffix = w[1]!;
    const len = suffix.startsWith('/') && /^\/\d{1,3}$/.test(suffix) ? Number(suffix.slice(1)) : base.family === 4 ? maskToPrefixLength(suffix) : undefined;
    if (len === undefined || len > (base.family === 4 ? 32 : 128)) return `bad network mask "${suffix}"`;
    return { kind: 'prefix', cidr: makeCidr(base, len) };
  }
  if (base === undefined && parseIPv4(w[0]!) === undefined && /^[\d.]+$/.test(w[0]!)) return `bad address "${w[0]}"`;
  return `unknown object-group network member "${w.join(' ')}"`;
}

/**
 * `object-group service NAME`: `tcp|udp|tcp-udp [source OP P] [OP P]`, `icmp [type]`,
 * `ip`, a protocol keyword or number, and nested `group-object NAME`.
 */
export function extractServiceGroup(node: ConfigNode, sink: WarningSink): IosServiceGroup | undefined {
  const name = node.words[2];
  if (name === undefined) {
    sink.unrecognized(node.line, '', 'object-group service without a name');
    return undefined;
  }
  const context = `object-group service ${name}`;
  const items: IosServiceItem[] = [];
  const groups: NameRef[] = [];
  for (const child of node.children) {
    const first = child.words[0]!.toLowerCase();
    if (first === 'description') continue;
    if (first === 'group-object' && child.words.length === 2) {
      groups.push({ name: child.words[1]!, line: child.line });
      continue;
    }
    const item = readServiceItem(child);
    if (typeof item === 'string') sink.unrecognized(child.line, context, `${item}; the item is left out`);
    else items.push(item);
  }
  return { name, line: node.line, context, items, groups };
}

function readServiceItem(node: ConfigNode): IosServiceItem | string {
  const c = new WordCursor(node.words);
  const tcpUdp = c.peekKeyword() === 'tcp-udp';
  let protocol;
  if (tcpUdp) {
    c.next();
    protocol = { kind: 'number' as const, protocol: 6, keyword: 'tcp-udp' };
  } else {
    const p = readProtocol(c);
    if ('error' in p) return p.error;
    if (p.kind === 'group') return 'a service object-group cannot name another group as a protocol (use group-object)';
    protocol = p;
  }
  const ported = tcpUdp ? 'tcp-udp' : protocol.kind === 'number' && protocol.protocol === 6 ? 'tcp' : protocol.kind === 'number' && protocol.protocol === 17 ? 'udp' : undefined;
  let sourcePorts;
  let destinationPorts;
  let icmp;
  if (ported) {
    if (c.accept('source')) {
      const s = readPorts(c, ported);
      if (s === undefined || 'error' in s) return s?.error ?? '"source" without a port condition';
      sourcePorts = s;
    }
    const d = readPorts(c, ported);
    if (d !== undefined && 'error' in d) return d.error;
    destinationPorts = d;
  } else if (protocol.kind === 'number' && protocol.protocol === 1 && !c.done) {
    const w = c.next()!.toLowerCase();
    if (/^\d{1,3}$/.test(w) && Number(w) <= 255) icmp = { type: Number(w) };
    else icmp = ICMP_MESSAGES[w];
    if (icmp === undefined) return `unknown ICMP message "${w}"`;
  }
  if (!c.done) return `unexpected "${c.rest().join(' ')}"`;
  return {
    line: node.line,
    protocol,
    tcpUdp,
    ...(sourcePorts ? { sourcePorts } : {}),
    ...(destinationPorts ? { destinationPorts } : {}),
    ...(icmp ? { icmp } : {}),
  };
}
