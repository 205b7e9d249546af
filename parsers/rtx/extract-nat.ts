import { type Command, type Extraction, invalid, parseNumber, syntax } from './extract-context.js';
import { parseAddress, parseAddressRange, parseMask } from './ipv4-values.js';
import { PORT_NAMES } from './port-names.js';
import type { RtxNatBinding, RtxNatType } from './vendor-config.js';

const TYPES: ReadonlySet<string> = new Set(['none', 'nat', 'masquerade', 'nat-masquerade']);
const MASQUERADE_PROTOCOLS: ReadonlyMap<string, number> = new Map([
  ['tcp', 6],
  ['udp', 17],
  ['icmp', 1],
  ['esp', 50],
  ['gre', 47],
]);

/** `ip IF nat descriptor N… [reverse N…]` from word `at`. */
export function parseNatBinding(x: Extraction, c: Command, at: number): RtxNatBinding | undefined {
  const descriptors: number[] = [];
  const reverse: number[] = [];
  let target = descriptors;
  for (const w of c.lower.slice(at)) {
    if (w === 'reverse' && target === descriptors) {
      target = reverse;
      continue;
    }
    const n = parseNumber(w);
    if (n === undefined || n < 1) {
      syntax(x, c, 'ip INTERFACE nat descriptor N… [reverse N…]');
      return undefined;
    }
    target.push(n);
  }
  if (descriptors.length === 0 && reverse.length === 0) {
    syntax(x, c, 'ip INTERFACE nat descriptor N… [reverse N…]');
    return undefined;
  }
  return { line: c.st.line, descriptors, reverse };
}

/**
 * `nat descriptor …`: type, outer and inner address spaces, static NAT and static masquerade
 * entries, and what masquerade does with unmatched incoming packets. Timers, logging, port
 * ranges and the other tuning commands do not change which flows can be initiated.
 */
export function extractNat(x: Extraction, c: Command): void {
  if (c.lower[1] !== 'descriptor') return syntax(x, c, 'nat descriptor …');
  const what = c.lower[2];
  if (what === 'type') return readType(x, c);
  if (what === 'address') return readAddress(x, c);
  if (what === 'static') return readStatic(x, c);
  if (what === 'masquerade' && c.lower[3] === 'static') return readMasqueradeStatic(x, c);
  if (what === 'masquerade' && c.lower[3] === 'incoming') return readIncoming(x, c);
  if (IGNORED_NAT.has(what ?? '')) return;
  return syntax(x, c, 'nat descriptor type|address|static|masquerade …');
}

const IGNORED_NAT: ReadonlySet<string> = new Set(['timer', 'log', 'masquerade', 'ftp', 'sip', 'backward-compatibility', 'hairpin', 'rtsp']);

function descriptor(x: Extraction, c: Command, word: string | undefined) {
  const id = parseNumber(word);
  return id === undefined || id < 1 ? undefined : x.b.natDescriptor(id, c.st.line);
}

function readType(x: Extraction, c: Command): void {
  const d = descriptor(x, c, c.words[3]);
  const type = c.lower[4];
  const option = c.lower[5];
  if (!d || type === undefined || !TYPES.has(type) || c.words.length > 6 || (option !== undefined && !/^hairpin=(on|off)$/.test(option))) {
    return syntax(x, c, 'nat descriptor type N none|nat|masquerade|nat-masquerade [hairpin=on|off]');
  }
  x.b.setNatType(d, type as RtxNatType, c.st.line, option === 'hairpin=on');
}

function readAddress(x: Extraction, c: Command): void {
  const side = c.lower[3];
  const d = descriptor(x, c, c.words[4]);
  const values = c.lower.slice(5).flatMap((w) => w.split(',')).filter((w) => w !== '');
  if ((side !== 'outer' && side !== 'inner') || !d || values.length === 0) return syntax(x, c, 'nat descriptor address outer|inner N ADDRESS…');
  const mnemonic = values[0]!;
  if (values.length === 1 && side === 'inner' && mnemonic === 'auto') {
    d.inner = { line: c.st.line, auto: true, ranges: [] };
    return;
  }
  if (values.length === 1 && side === 'outer' && ['ipcp', 'primary', 'secondary', 'map-e', 'hb46pp'].includes(mnemonic)) {
    x.b.setNatOuter(d, { line: c.st.line, kind: mnemonic as 'ipcp' | 'primary' | 'secondary' | 'map-e' | 'hb46pp' });
    return;
  }
  const ranges: Array<readonly [number, number]> = [];
  for (const v of values) {
    const single = parseAddress(v);
    const range = single === undefined ? parseAddressRange(v) : ([single, single] as const);
    if (!range) return invalid(x, c, `bad ${side} address "${v}" for NAT descriptor ${d.id}; the line is ignored`);
    ranges.push(range);
  }
  if (side === 'outer') x.b.setNatOuter(d, { line: c.st.line, kind: 'ranges', ranges });
  else d.inner = { line: c.st.line, auto: false, ranges };
}

function readStatic(x: Extraction, c: Command): void {
  const usage = 'nat descriptor static N ID OUTER=INNER [COUNT]';
  const d = descriptor(x, c, c.words[3]);
  const id = parseNumber(c.words[4]);
  const mapping = c.words[5];
  if (!d || id === undefined || mapping === undefined || c.words.length > 7) return syntax(x, c, usage);
  const eq = mapping.indexOf('=');
  if (eq < 0) return syntax(x, c, usage);
  const outer = parseAddress(mapping.slice(0, eq));
  let innerText = mapping.slice(eq + 1);
  let count = 1;
  const slash = innerText.indexOf('/');
  if (slash >= 0) {
    const length = parseMask(innerText.slice(slash + 1));
    if (length === undefined || length < 16 || c.words.length > 6) return invalid(x, c, `bad mask in "${mapping}"; the static NAT entry is ignored`);
    count = 2 ** (32 - length);
    innerText = innerText.slice(0, slash);
  } else if (c.words[6] !== undefined) {
    const n = parseNumber(c.words[6], 65536);
    if (n === undefined || n < 1) return invalid(x, c, `bad count "${c.words[6]}"; the static NAT entry is ignored`);
    count = n;
  }
  const inner = parseAddress(innerText);
  if (outer === undefined || inner === undefined) return invalid(x, c, `bad address in "${mapping}"; the static NAT entry is ignored`);
  if (slash >= 0 && (outer % count !== 0 || inner % count !== 0)) {
    return invalid(x, c, `"${mapping}" maps addresses that are not network addresses of the mask; the static NAT entry is ignored`);
  }
  if (outer + count - 1 > 0xffffffff || inner + count - 1 > 0xffffffff) return invalid(x, c, `"${mapping}" with ${count} addresses runs past 255.255.255.255; ignored`);
  d.statics.push({ id, line: c.st.line, outer, inner, count });
}

function readMasqueradeStatic(x: Extraction, c: Command): void {
  const usage = 'nat descriptor masquerade static N ID INNER PROTOCOL [OUTERPORT=]INNERPORT';
  const d = descriptor(x, c, c.words[4]);
  const id = parseNumber(c.words[5]);
  const inner = c.words[6] === undefined ? undefined : parseAddress(c.words[6]);
  const protoWord = c.lower[7];
  if (!d || id === undefined || protoWord === undefined || c.words.length > 9) return syntax(x, c, usage);
  if (inner === undefined) return invalid(x, c, `bad inner address "${c.words[6]}"; the static masquerade entry is ignored`);
  const protocol = MASQUERADE_PROTOCOLS.get(protoWord) ?? parseNumber(protoWord, 255);
  if (protocol === undefined) return invalid(x, c, `"${c.words[7]}" is not a protocol; the static masquerade entry is ignored`);
  const portText = c.lower[8];
  const hasPorts = protocol === 6 || protocol === 17;
  if (portText === undefined) {
    if (hasPorts) return syntax(x, c, usage);
    d.masqueradeStatics.push({ id, line: c.st.line, inner, protocol });
    return;
  }
  if (!hasPorts) return invalid(x, c, `protocol ${protoWord} has no ports; the static masquerade entry is ignored`);
  const eq = portText.indexOf('=');
  const innerPort = port(eq < 0 ? portText : portText.slice(eq + 1));
  const outerPort = eq < 0 ? undefined : port(portText.slice(0, eq));
  if (innerPort === undefined || (eq >= 0 && outerPort === undefined)) return invalid(x, c, `bad port "${c.words[8]}"; the static masquerade entry is ignored`);
  d.masqueradeStatics.push({ id, line: c.st.line, inner, protocol, innerPort, ...(outerPort === undefined ? {} : { outerPort }) });
}

/** A port number or a single-port mnemonic. */
function port(text: string): number | undefined {
  const n = parseNumber(text, 65535);
  if (n !== undefined) return n;
  const named = PORT_NAMES.get(text);
  return named && named.length === 1 ? named[0] : undefined;
}

function readIncoming(x: Extraction, c: Command): void {
  const usage = 'nat descriptor masquerade incoming N through|reject|discard|forward [ADDRESS]';
  const d = descriptor(x, c, c.words[4]);
  const action = c.lower[5];
  if (!d || (action !== 'through' && action !== 'reject' && action !== 'discard' && action !== 'forward')) return syntax(x, c, usage);
  if (action === 'forward') {
    const to = c.words[6] === undefined ? undefined : parseAddress(c.words[6]);
    if (to === undefined || c.words.length > 7) return invalid(x, c, `\`forward\` needs one host address; the line is ignored`);
    d.incoming = { line: c.st.line, action, forwardTo: to };
    return;
  }
  if (c.words.length > 6) return syntax(x, c, usage);
  d.incoming = { line: c.st.line, action };
}
