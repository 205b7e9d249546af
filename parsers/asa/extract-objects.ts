import { parseAddress, parseAddressMask, parseIpv6Prefix } from './asa-values.js';
import type { ConfigBuilder } from './builder.js';
import { readObjectNat } from './extract-nat.js';
import { readServiceSpec } from './extract-services.js';
import { type Statement, head, restFrom, word } from './statements.js';
import type { NetworkValue, ServiceSpec } from './vendor-config.js';

/**
 * `object network NAME` and `object service NAME`. Running-config opens a network object a
 * second time, further down, to hold its object NAT line; both blocks merge into one object.
 */
export function extractObject(st: Statement, b: ConfigBuilder): void {
  const kind = word(st, 1);
  const name = word(st, 2);
  if (name === '' || st.tokens.length > 3 || (kind !== 'network' && kind !== 'service')) {
    if (kind === 'network' || kind === 'service') b.sink.unrecognized(st.line, '', `expected \`object ${kind} NAME\`; the block is skipped`);
    else b.sink.unrecognized(st.line, '', 'unknown object type (expected network or service); the block is skipped');
    for (const c of st.children) b.sink.unrecognized(c.line, st.text, 'inside a block that was not understood');
    return;
  }
  if (kind === 'network') extractNetworkObject(st, name, b);
  else extractServiceObject(st, name, b);
}

function extractNetworkObject(st: Statement, name: string, b: ConfigBuilder): void {
  if (!b.define(name, 'network-object', st.line, st.text)) return;
  const context = st.text;
  const existing = b.networkObjects.get(name);
  let value: NetworkValue | undefined;
  let valueLine = st.line;
  let description: string | undefined;
  for (const c of st.children) {
    const key = head(c, 1);
    const w = c.tokens.map((t) => t.text);
    switch (key) {
      case 'host': {
        const address = w.length === 2 ? parseAddress(w[1]!, b.nameTable) : undefined;
        if (!address) b.sink.invalid(c.line, context, `"${w.slice(1).join(' ')}" is not a host address; the object matches nothing`);
        value = address ? { kind: 'host', address } : { kind: 'none' };
        valueLine = c.line;
        break;
      }
      case 'subnet': {
        const prefix = w.length === 3 ? parseAddressMask(w[1]!, w[2]!, b.nameTable) : w.length === 2 ? parseIpv6Prefix(w[1]!) : { error: 'expected `subnet ADDRESS MASK` or `subnet PREFIX/LENGTH`' };
        if ('error' in prefix) b.sink.invalid(c.line, context, `${prefix.error}; the object matches nothing`);
        else if (prefix.hostBits) b.sink.invalid(c.line, context, 'the address has host bits outside the mask; they are ignored');
        value = 'error' in prefix ? { kind: 'none' } : { kind: 'subnet', cidr: prefix.cidr };
        valueLine = c.line;
        break;
      }
      case 'range': {
        const first = w.length === 3 ? parseAddress(w[1]!, b.nameTable) : undefined;
        const last = w.length === 3 ? parseAddress(w[2]!, b.nameTable) : undefined;
        const ok = first && last && first.family === last.family && first.value <= last.value;
        if (!ok) b.sink.invalid(c.line, context, 'expected `range FIRST LAST` with FIRST ≤ LAST of one family; the object matches nothing');
        value = ok ? { kind: 'range', first, last } : { kind: 'none' };
        valueLine = c.line;
        break;
      }
      case 'fqdn': {
        const fqdn = w[w.length - 1] ?? '';
        value = { kind: 'fqdn', fqdn };
        valueLine = c.line;
        b.sink.unsupported(c.line, context, `fqdn ${fqdn} is resolved by DNS at run time; offline the object matches nothing, so rules and groups naming it match less`);
        break;
      }
      case 'description':
        description = restFrom(c, 1);
        break;
      case 'nat':
        readObjectNat(c, name, context, b);
        break;
      default:
        b.sink.unrecognized(c.line, context, 'unknown network object command');
    }
  }
  if (existing) {
    // The second block usually only adds NAT; a value written again replaces the first.
    if (value) {
      existing.value = value;
      existing.valueLine = valueLine;
    }
    if (description !== undefined) existing.description = description;
    return;
  }
  b.networkObjects.set(name, { line: st.line, name, value: value ?? { kind: 'none' }, valueLine, ...(description !== undefined && { description }) });
}

function extractServiceObject(st: Statement, name: string, b: ConfigBuilder): void {
  if (!b.define(name, 'service-object', st.line, st.text)) return;
  const context = st.text;
  let service: ServiceSpec | undefined;
  let serviceLine = st.line;
  for (const c of st.children) {
    const key = head(c, 1);
    if (key === 'service') {
      const read = readServiceSpec(
        c.tokens.map((t) => t.text),
        1,
      );
      if ('error' in read) b.sink.unrecognized(c.line, context, `${read.error}; the service object matches nothing`);
      else service = read.service;
      serviceLine = c.line;
    } else if (key !== 'description') {
      b.sink.unrecognized(c.line, context, 'unknown service object command');
    }
  }
  const existing = b.serviceObjects.get(name);
  if (existing) {
    if (service) {
      existing.service = service;
      existing.serviceLine = serviceLine;
    }
    return;
  }
  b.serviceObjects.set(name, { line: st.line, name, serviceLine, ...(service && { service }) });
}
