import { parsePort } from './asa-names.js';
import { parseAddress, parseIntIn } from './asa-values.js';
import type { ConfigBuilder } from './builder.js';
import { type Line, restFrom } from './statements.js';
import type { AsaObjectNat, NatAddress, ObjectNatService } from './vendor-config.js';

/** Keywords that change NAT behaviour in ways the model does not represent. */
const UNMODELLED_OPTIONS = new Set(['dns', 'route-lookup', 'no-proxy-arp', 'net-to-net', 'round-robin', 'extended', 'flat', 'include-reserve', 'block-allocation']);

/** "(inside,outside)" → ["inside", "outside"]. */
function readInterfacePair(text: string | undefined): [string, string] | undefined {
  if (text === undefined || !text.startsWith('(') || !text.endsWith(')')) return undefined;
  const parts = text.slice(1, -1).split(',');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return [parts[0]!, parts[1]!];
}

/** A mapped or real address: `any`, `interface`, an inline address (object NAT) or an object name. */
function natAddress(text: string, b: ConfigBuilder, allowLiteral: boolean): NatAddress {
  if (text === 'any') return { kind: 'any' };
  if (text === 'interface') return { kind: 'interface' };
  if (allowLiteral) {
    const address = parseAddress(text, b.nameTable);
    if (address) return { kind: 'literal', address };
  }
  return { kind: 'object', name: text };
}

/**
 * Object NAT, a `nat` line inside `object network NAME`:
 *   nat (real,mapped) static MAPPED|interface [net-to-net] [dns] [route-lookup] [no-proxy-arp]
 *       [service tcp|udp|sctp REAL_PORT MAPPED_PORT]
 *   nat (real,mapped) dynamic MAPPED|interface [interface [ipv6]] [dns]
 *   nat (real,mapped) dynamic pat-pool POOL [options] [interface]
 */
export function readObjectNat(c: Line, object: string, context: string, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  const pair = readInterfacePair(w[1]);
  const type = w[2];
  if (!pair || (type !== 'static' && type !== 'dynamic') || w[3] === undefined) {
    b.sink.unrecognized(c.line, context, 'expected `nat (REAL,MAPPED) static|dynamic MAPPED …`; the NAT rule is ignored');
    return;
  }
  let k = 3;
  let mapped: NatAddress | undefined;
  let patPool: string | undefined;
  if (w[k] === 'pat-pool') {
    patPool = w[k + 1];
    k += 2;
    if (patPool === undefined) {
      b.sink.unrecognized(c.line, context, '`pat-pool` needs a pool object; the NAT rule is ignored');
      return;
    }
  } else {
    mapped = natAddress(w[k]!, b, true);
    k++;
    if (w[k] === 'ipv6' && mapped.kind === 'interface') k++;
  }
  let interfaceFallback = false;
  let service: ObjectNatService | undefined;
  const options: string[] = [];
  while (k < w.length) {
    const t = w[k]!;
    if (t === 'interface' && type === 'dynamic') {
      interfaceFallback = true;
      k += w[k + 1] === 'ipv6' ? 2 : 1;
    } else if (t === 'service' && type === 'static') {
      const protocol = w[k + 1];
      const realPort = portName(w[k + 2]);
      const mappedPort = portName(w[k + 3]);
      if ((protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp') || realPort === undefined || mappedPort === undefined) {
        b.sink.unrecognized(c.line, context, 'expected `service tcp|udp|sctp REAL_PORT MAPPED_PORT`; the NAT rule is ignored');
        return;
      }
      service = { protocol, realPort, mappedPort };
      k += 4;
    } else if (UNMODELLED_OPTIONS.has(t)) {
      options.push(t);
      k++;
    } else {
      b.sink.unrecognized(c.line, context, `unexpected "${t}" in object NAT; the NAT rule is ignored`);
      return;
    }
  }
  // ASA keeps one object NAT per object: a second nat line replaces the first (in place;
  // object NAT is ordered by ASA's rules, not by position in the file).
  const rule: AsaObjectNat = {
    kind: 'object',
    line: c.line,
    object,
    realInterface: pair[0],
    mappedInterface: pair[1],
    type,
    inactive: false,
    unidirectional: false,
    interfaceFallback,
    options,
    ...(mapped && { mapped }),
    ...(patPool !== undefined && { patPool }),
    ...(service && { service }),
  };
  const previous = b.objectNatIndex.get(object);
  if (previous === undefined) {
    b.objectNatIndex.set(object, b.nats.length);
    b.nats.push(rule);
  } else {
    b.nats[previous] = rule;
  }
}

/** Port names are rare in object NAT, but ASA prints the ones it knows by name. */
function portName(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parsePort(text);
}

/**
 * Twice NAT, a top-level `nat` line:
 *   nat (real,mapped) [N] [after-auto [N]] source static|dynamic REAL MAPPED|interface|pat-pool P …
 *       [interface [ipv6]] [destination static MAPPED REAL] [service REAL_SVC MAPPED_SVC]
 *       [net-to-net] [dns] [unidirectional] [no-proxy-arp] [route-lookup] [inactive]
 *       [description TEXT]
 */
export function extractTwiceNat(c: Line, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  const pair = readInterfacePair(w[1]);
  if (!pair) {
    b.sink.unrecognized(c.line, '', 'expected `nat (REAL,MAPPED) …`; the NAT rule is ignored');
    return;
  }
  let k = 2;
  let section: 1 | 3 = 1;
  let position: number | undefined;
  const readPosition = () => {
    const n = parseIntIn(w[k], 1, 2147483647);
    if (n !== undefined) {
      position = n;
      k++;
    }
  };
  readPosition();
  if (w[k] === 'after-auto') {
    section = 3;
    k++;
    readPosition();
  }
  const fail = (why: string) => b.sink.unrecognized(c.line, '', `${why}; the NAT rule is ignored`);
  if (w[k] !== 'source' || (w[k + 1] !== 'static' && w[k + 1] !== 'dynamic') || w[k + 2] === undefined) {
    fail('expected `source static|dynamic REAL MAPPED`');
    return;
  }
  const type = w[k + 1] as 'static' | 'dynamic';
  const realSource = natAddress(w[k + 2]!, b, false);
  k += 3;
  let mappedSource: NatAddress | undefined;
  let patPool: string | undefined;
  if (w[k] === 'pat-pool' && type === 'dynamic') {
    patPool = w[k + 1];
    k += 2;
    if (patPool === undefined) {
      fail('`pat-pool` needs a pool object');
      return;
    }
  } else if (w[k] !== undefined) {
    mappedSource = natAddress(w[k]!, b, false);
    k++;
    if (w[k] === 'ipv6' && mappedSource.kind === 'interface') k++;
  } else {
    fail('the mapped source is missing');
    return;
  }
  let interfaceFallback = false;
  let destination: { mapped: NatAddress; real: NatAddress } | undefined;
  let service: { real: string; mapped: string } | undefined;
  let unidirectional = false;
  let inactive = false;
  let description: string | undefined;
  const options: string[] = [];
  while (k < w.length) {
    const t = w[k]!;
    if (t === 'interface' && type === 'dynamic') {
      interfaceFallback = true;
      k += w[k + 1] === 'ipv6' ? 2 : 1;
    } else if (t === 'destination') {
      if (w[k + 1] !== 'static' || w[k + 2] === undefined || w[k + 3] === undefined) {
        fail('expected `destination static MAPPED REAL`');
        return;
      }
      destination = { mapped: natAddress(w[k + 2]!, b, false), real: natAddress(w[k + 3]!, b, false) };
      k += 4;
    } else if (t === 'service') {
      if (w[k + 1] === undefined || w[k + 2] === undefined) {
        fail('expected `service REAL_SERVICE MAPPED_SERVICE`');
        return;
      }
      service = { real: w[k + 1]!, mapped: w[k + 2]! };
      k += 3;
    } else if (t === 'unidirectional') {
      unidirectional = true;
      k++;
    } else if (t === 'inactive') {
      inactive = true;
      k++;
    } else if (t === 'description') {
      description = restFrom(c, k + 1);
      k = w.length;
    } else if (UNMODELLED_OPTIONS.has(t)) {
      options.push(t);
      k++;
    } else {
      fail(`unexpected "${t}"`);
      return;
    }
  }
  b.nats.push({
    kind: 'twice',
    line: c.line,
    section,
    realInterface: pair[0],
    mappedInterface: pair[1],
    type,
    realSource,
    inactive,
    unidirectional,
    interfaceFallback,
    options,
    ...(position !== undefined && { position }),
    ...(mappedSource && { mappedSource }),
    ...(patPool !== undefined && { patPool }),
    ...(destination && { destination }),
    ...(service && { service }),
    ...(description !== undefined && { description }),
  });
}
