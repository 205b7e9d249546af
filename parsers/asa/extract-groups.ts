import { parseAsaProtocol, parseIcmpType } from './asa-names.js';
import { parseAddress, parseAddressMask, parseIpv6Prefix, readPortMatch } from './asa-values.js';
import type { ConfigBuilder, DefinitionKind } from './builder.js';
import { readServiceSpec } from './extract-services.js';
import { type Line, type Statement, head, word } from './statements.js';
import type { AsaIcmpGroup, AsaProtocolGroup, NetworkMember, ServiceMember } from './vendor-config.js';

/**
 * `object-group network|service|protocol|icmp-type NAME` and their members. A group opened
 * twice keeps the members of both blocks, as ASA adds them. Nesting (`group-object`) is only
 * recorded here; conversion resolves it, cycle-safe.
 */
export function extractObjectGroup(st: Statement, b: ConfigBuilder): void {
  const type = word(st, 1);
  const name = word(st, 2);
  const context = st.text;
  const skip = (why: string, kind: 'unrecognized' | 'unsupported') => {
    b.sink.add(kind, st.line, '', `${why}; the block is skipped`);
    if (kind === 'unrecognized') for (const c of st.children) b.sink.unrecognized(c.line, context, 'inside a block that was not understood');
  };
  if (name === '') {
    skip('expected `object-group TYPE NAME`', 'unrecognized');
    return;
  }
  switch (type) {
    case 'network':
      if (st.tokens.length !== 3) skip('expected `object-group network NAME`', 'unrecognized');
      else if (define(b, name, 'network-group', st)) networkGroup(st, name, b);
      return;
    case 'service': {
      const proto = word(st, 3);
      if (st.tokens.length > 4 || (proto !== '' && proto !== 'tcp' && proto !== 'udp' && proto !== 'tcp-udp')) skip('expected `object-group service NAME [tcp|udp|tcp-udp]`', 'unrecognized');
      else if (define(b, name, proto === '' ? 'service-group' : 'port-group', st)) serviceGroup(st, name, proto === '' ? undefined : proto, b);
      return;
    }
    case 'protocol':
      if (define(b, name, 'protocol-group', st)) protocolGroup(st, name, b);
      return;
    case 'icmp-type':
      if (define(b, name, 'icmp-group', st)) icmpGroup(st, name, b);
      return;
    case 'user':
    case 'security':
    case 'network-service':
      skip(`object-group ${type} (identity, TrustSec or network-service) is not modelled; rules naming it are handled where they use it`, 'unsupported');
      return;
    default:
      skip(`unknown object-group type "${type}"`, 'unrecognized');
  }
}

function define(b: ConfigBuilder, name: string, kind: DefinitionKind, st: Statement): boolean {
  return b.define(name, kind, st.line, st.text);
}

function isDescription(c: Line): boolean {
  return head(c, 1) === 'description';
}

function networkGroup(st: Statement, name: string, b: ConfigBuilder): void {
  const context = st.text;
  const members: NetworkMember[] = [...(b.networkGroups.get(name)?.members ?? [])];
  for (const c of st.children) {
    const w = c.tokens.map((t) => t.text);
    const key = head(c, 1);
    if (key === 'group-object' && w.length === 2) {
      members.push({ kind: 'group', name: w[1]!, line: c.line });
    } else if (key === 'network-object') {
      const member = networkObjectMember(w, c, context, b);
      if (member) members.push(member);
    } else if (!isDescription(c)) {
      b.sink.unrecognized(c.line, context, 'expected network-object, group-object or description');
    }
  }
  b.networkGroups.set(name, { line: b.networkGroups.get(name)?.line ?? st.line, name, members });
}

/** `network-object host A`, `network-object A M`, `network-object P/LEN`, `network-object object X`. */
function networkObjectMember(w: readonly string[], c: Line, context: string, b: ConfigBuilder): NetworkMember | undefined {
  if (w[1] === 'object' && w.length === 3) return { kind: 'object', name: w[2]!, line: c.line };
  if (w[1] === 'host' && w.length === 3) {
    const address = parseAddress(w[2]!, b.nameTable);
    if (!address) b.sink.invalid(c.line, context, `"${w[2]}" is not an address; the member is ignored`);
    return address && { kind: 'host', address, line: c.line };
  }
  if (w.length === 3 || (w.length === 2 && w[1]!.includes(':'))) {
    const prefix = w.length === 3 ? parseAddressMask(w[1]!, w[2]!, b.nameTable) : parseIpv6Prefix(w[1]!);
    if ('error' in prefix) {
      b.sink.invalid(c.line, context, `${prefix.error}; the member is ignored`);
      return undefined;
    }
    if (prefix.hostBits) b.sink.invalid(c.line, context, 'the address has host bits outside the mask; they are ignored');
    return { kind: 'prefix', cidr: prefix.cidr, line: c.line };
  }
  b.sink.unrecognized(c.line, context, 'expected `network-object host A`, `network-object A MASK`, `network-object PREFIX/LEN` or `network-object object NAME`');
  return undefined;
}

function serviceGroup(st: Statement, name: string, portProtocol: 'tcp' | 'udp' | 'tcp-udp' | undefined, b: ConfigBuilder): void {
  const context = st.text;
  const members: ServiceMember[] = [...(b.serviceGroups.get(name)?.members ?? [])];
  for (const c of st.children) {
    const w = c.tokens.map((t) => t.text);
    const key = head(c, 1);
    if (key === 'group-object' && w.length === 2) {
      members.push({ kind: 'group', name: w[1]!, line: c.line });
    } else if (key === 'port-object' && portProtocol !== undefined) {
      const read = readPortMatch(w, 1);
      if ('error' in read || read.next !== w.length) b.sink.unrecognized(c.line, context, `${'error' in read ? read.error : 'unexpected words after the ports'}; the member is ignored`);
      else members.push({ kind: 'port', match: read.match, line: c.line });
    } else if (key === 'service-object' && portProtocol === undefined) {
      if (w[1] === 'object' && w.length === 3) {
        members.push({ kind: 'object', name: w[2]!, line: c.line });
        continue;
      }
      const read = readServiceSpec(w, 1);
      if ('error' in read) b.sink.unrecognized(c.line, context, `${read.error}; the member is ignored`);
      else members.push({ kind: 'service', service: read.service, line: c.line });
    } else if (!isDescription(c)) {
      const expected = portProtocol === undefined ? 'service-object' : 'port-object';
      b.sink.unrecognized(c.line, context, `expected ${expected}, group-object or description`);
    }
  }
  const previous = b.serviceGroups.get(name);
  b.serviceGroups.set(name, { line: previous?.line ?? st.line, name, members, ...(portProtocol && { portProtocol }) });
}

function protocolGroup(st: Statement, name: string, b: ConfigBuilder): void {
  const context = st.text;
  const members: Array<AsaProtocolGroup['members'][number]> = [...(b.protocolGroups.get(name)?.members ?? [])];
  for (const c of st.children) {
    const w = c.tokens.map((t) => t.text);
    const key = head(c, 1);
    if (key === 'group-object' && w.length === 2) members.push({ group: w[1]!, line: c.line });
    else if (key === 'protocol-object' && w.length === 2) {
      const p = parseAsaProtocol(w[1]!);
      if (!p) b.sink.invalid(c.line, context, `"${w[1]}" is not a protocol; the member is ignored`);
      else members.push({ ...(p.protocol !== undefined && { protocol: p.protocol }), line: c.line });
    } else if (!isDescription(c)) b.sink.unrecognized(c.line, context, 'expected protocol-object, group-object or description');
  }
  b.protocolGroups.set(name, { line: b.protocolGroups.get(name)?.line ?? st.line, name, members });
}

function icmpGroup(st: Statement, name: string, b: ConfigBuilder): void {
  const context = st.text;
  const members: Array<AsaIcmpGroup['members'][number]> = [...(b.icmpGroups.get(name)?.members ?? [])];
  for (const c of st.children) {
    const w = c.tokens.map((t) => t.text);
    const key = head(c, 1);
    if (key === 'group-object' && w.length === 2) members.push({ group: w[1]!, line: c.line });
    else if (key === 'icmp-object' && w.length === 2) {
      const type = parseIcmpType(w[1]!, false);
      if (type === undefined) b.sink.invalid(c.line, context, `"${w[1]}" is not an ICMP type; the member is ignored`);
      else members.push({ type, line: c.line });
    } else if (!isDescription(c)) b.sink.unrecognized(c.line, context, 'expected icmp-object, group-object or description');
  }
  b.icmpGroups.set(name, { line: b.icmpGroups.get(name)?.line ?? st.line, name, members });
}
