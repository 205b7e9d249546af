import { type IpAddress, maskToPrefixLength, parseIPv4 } from '../../src/space/ip.js';
import type { ConfigNode } from './config-tree.js';
import type { IosDynamicNat, IosNatPool, IosStaticNat, UnmodelledSetting } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { WordCursor } from './word-cursor.js';

export interface NatParts {
  readonly statics: IosStaticNat[];
  readonly dynamics: IosDynamicNat[];
  readonly pools: IosNatPool[];
  readonly unmodelled: UnmodelledSetting[];
}

const v4 = (w: string | undefined): IpAddress | undefined => {
  const v = w === undefined ? undefined : parseIPv4(w);
  return v === undefined ? undefined : { family: 4, value: v };
};

/** Options that may close a static or dynamic NAT statement; they change no address. */
const HARMLESS = new Set(['extendable', 'no-alias', 'no-payload', 'reversible', 'overload', 'add-route', 'mapping-id']);

/** One `ip nat inside|outside|pool …` command, into the NAT parts read so far. */
export function extractNat(node: ConfigNode, parts: NatParts, sink: WarningSink): void {
  const k = node.words.map((w) => w.toLowerCase());
  const context = 'ip nat';
  if (k[2] === 'pool') {
    const pool = readPool(node, sink);
    if (pool) parts.pools.push(pool);
    return;
  }
  if (k[2] === 'outside' || (k[2] === 'inside' && k[3] === 'destination')) {
    parts.unmodelled.push({ what: node.text, line: node.line });
    sink.unsupported(node.line, context, `${k.slice(0, 4).join(' ')} translation is not modelled; addresses it would translate stay untranslated in the model`);
    return;
  }
  if (k[2] !== 'inside' || k[3] !== 'source') {
    sink.unrecognized(node.line, context, `unknown NAT command "${node.text}"`);
    return;
  }
  if (k[4] === 'static') {
    const s = readStatic(node, sink);
    if (s) parts.statics.push(s);
  } else if (k[4] === 'list') {
    const d = readDynamic(node, sink);
    if (d) parts.dynamics.push(d);
  } else if (k[4] === 'route-map') {
    parts.unmodelled.push({ what: node.text, line: node.line });
    sink.unsupported(node.line, context, 'NAT selected by a route-map is not modelled; the traffic it would translate stays untranslated in the model');
  } else sink.unrecognized(node.line, context, `unknown NAT command "${node.text}"`);
}

/**
 * `ip nat inside source static [tcp|udp] LOCAL [LPORT] {GLOBAL | interface IF} [GPORT] [vrf V] …`
 * and `ip nat inside source static network LOCAL GLOBAL {/LEN | MASK} …`.
 */
function readStatic(node: ConfigNode, sink: WarningSink): IosStaticNat | undefined {
  const c = new WordCursor(node.words, 5);
  const context = 'ip nat';
  const fail = (why: string, kind: 'invalid' | 'unrecognized' = 'unrecognized') => {
    sink.add(kind, node.line, context, `${why}; the static translation is left out`);
    return undefined;
  };
  let protocol: 'tcp' | 'udp' | undefined;
  let network = false;
  const first = c.peekKeyword();
  if (first === 'tcp' || first === 'udp') {
    protocol = first;
    c.next();
  } else if (first === 'network') {
    network = true;
    c.next();
  }
  const local = v4(c.next());
  if (!local) return fail('bad inside local address', 'invalid');
  let localPort: number | undefined;
  if (protocol) {
    localPort = port(c.next());
    if (localPort === undefined) return fail('bad inside local port', 'invalid');
  }
  let global: IpAddress | undefined;
  let globalInterface: string | undefined;
  if (c.accept('interface')) {
    globalInterface = c.next();
    if (globalInterface === undefined) return fail('"interface" without a name');
  } else {
    global = v4(c.next());
    if (!global) return fail('bad inside global address', 'invalid');
  }
  let globalPort: number | undefined;
  if (protocol) {
    globalPort = port(c.next());
    if (globalPort === undefined) return fail('bad inside global port', 'invalid');
  } else if (globalInterface !== undefined) return fail('"interface" needs tcp or udp ports in a static translation');
  let prefixLength: number | undefined;
  if (network) {
    const w = c.next();
    prefixLength = w === undefined ? undefined : w.startsWith('/') ? Number(w.slice(1)) : maskToPrefixLength(w);
    if (prefixLength === undefined || !Number.isInteger(prefixLength) || prefixLength > 32) return fail(`bad network mask "${w ?? ''}"`, 'invalid');
  }
  let vrf: string | undefined;
  let extendable = false;
  while (!c.done) {
    const w = c.next()!.toLowerCase();
    if (w === 'vrf') vrf = c.next();
    else if (w === 'extendable') extendable = true;
    else if (w === 'route-map') {
      c.next();
      sink.unsupported(node.line, context, 'the route-map that restricts this static translation is not modelled; it is treated as applying to all traffic');
    } else if (w === 'redundancy') c.next();
    else if (!HARMLESS.has(w)) return fail(`unknown option "${w}"`);
  }
  return {
    line: node.line,
    context,
    ...(protocol ? { protocol } : {}),
    local,
    ...(localPort !== undefined ? { localPort } : {}),
    ...(global ? { global } : {}),
    ...(globalInterface !== undefined ? { globalInterface } : {}),
    ...(globalPort !== undefined ? { globalPort } : {}),
    ...(prefixLength !== undefined ? { prefixLength } : {}),
    extendable,
    ...(vrf !== undefined ? { vrf } : {}),
  };
}

/** `ip nat inside source list ACL {interface IF | pool P} [vrf V] [overload]`. */
function readDynamic(node: ConfigNode, sink: WarningSink): IosDynamicNat | undefined {
  const c = new WordCursor(node.words, 5);
  const context = 'ip nat';
  const acl = c.next();
  const via = c.next()?.toLowerCase();
  const target = c.next();
  if (acl === undefined || (via !== 'interface' && via !== 'pool') || target === undefined) {
    sink.unrecognized(node.line, context, 'expected "ip nat inside source list ACL interface IF|pool P [overload]"; the translation is left out');
    return undefined;
  }
  let vrf: string | undefined;
  let overload = false;
  while (!c.done) {
    const w = c.next()!.toLowerCase();
    if (w === 'vrf') vrf = c.next();
    else if (w === 'overload') overload = true;
    else if (!HARMLESS.has(w)) {
      sink.unrecognized(node.line, context, `unknown option "${w}"; the translation is left out`);
      return undefined;
    }
  }
  return {
    line: node.line,
    context,
    acl,
    ...(via === 'interface' ? { interface: target } : { pool: target }),
    overload,
    ...(vrf !== undefined ? { vrf } : {}),
  };
}

/** `ip nat pool NAME START END {netmask M | prefix-length N} [type …]`. */
function readPool(node: ConfigNode, sink: WarningSink): IosNatPool | undefined {
  const w = node.words;
  const name = w[3];
  const start = v4(w[4]);
  const end = v4(w[5]);
  const context = name === undefined ? 'ip nat pool' : `ip nat pool ${name}`;
  if (name === undefined || !start || !end || start.value > end.value) {
    sink.invalid(node.line, context, 'expected "ip nat pool NAME START END netmask M" with START <= END; the pool is left out');
    return undefined;
  }
  const how = w[6]?.toLowerCase();
  let prefixLength: number | undefined;
  if (how === 'netmask') prefixLength = w[7] === undefined ? undefined : maskToPrefixLength(w[7]);
  else if (how === 'prefix-length') prefixLength = Number(w[7]);
  if (how !== undefined && (prefixLength === undefined || !Number.isInteger(prefixLength) || prefixLength > 32)) {
    sink.invalid(node.line, context, `bad pool mask "${w.slice(6, 8).join(' ')}"; the pool keeps its range`);
    prefixLength = undefined;
  }
  return { name, line: node.line, context, start, end, ...(prefixLength !== undefined ? { prefixLength } : {}) };
}

function port(w: string | undefined): number | undefined {
  if (w === undefined || !/^\d{1,5}$/.test(w)) return undefined;
  const n = Number(w);
  return n <= 65535 ? n : undefined;
}
