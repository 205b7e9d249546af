import { parseIPv4 } from '../../src/space/ip.js';
import { ICMP_MESSAGES, portNumber, protocolNumber } from './ios-names.js';
import type { AddressMatch, IosAclEntry, PortMatch, ProtocolMatch } from './vendor-config.js';
import { WordCursor } from './word-cursor.js';

/**
 * One ACL entry (`permit tcp 10.1.0.0 0.0.255.255 any eq www log`) read into its typed form.
 * A line that cannot be read gives a reason instead: IOS would have rejected it, so it is no
 * entry at all, and the caller reports it.
 */
export type EntryResult = { readonly entry: IosAclEntry } | { readonly error: string; readonly kind: 'unrecognized' | 'invalid' };

export interface EntryInput {
  readonly words: readonly string[];
  /** Index of the action word (`permit`/`deny`). */
  readonly start: number;
  readonly seq: number;
  readonly line: number;
  readonly remarks: readonly string[];
}

type Failure = { readonly error: string; readonly kind: 'unrecognized' | 'invalid' };
const fail = (error: string, kind: Failure['kind'] = 'unrecognized'): Failure => ({ error, kind });
const isFailure = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'error' in x;

/** `permit|deny {any | host A | A [W]} [log]`. */
export function readStandardEntry(input: EntryInput): EntryResult {
  const c = new WordCursor(input.words, input.start);
  const action = readAction(c);
  if (isFailure(action)) return action;
  const from = c.position;
  const source = readAddress(c, true);
  if (isFailure(source)) return source;
  const sourceText = c.since(from);
  const options = readOptions(c, false);
  if (isFailure(options)) return options;
  return {
    entry: {
      seq: input.seq,
      line: input.line,
      action,
      protocol: { kind: 'ip' },
      source,
      destination: { kind: 'any' },
      ...options,
      remarks: input.remarks,
      text: input.words.slice(input.start).join(' '),
      display: { source: sourceText, destination: 'any', service: 'ip' },
    },
  };
}

/** `permit|deny PROTO SRC [PORTS] DST [PORTS] [icmp-type] [options]`. */
export function readExtendedEntry(input: EntryInput): EntryResult {
  const c = new WordCursor(input.words, input.start);
  const action = readAction(c);
  if (isFailure(action)) return action;
  const protocol = readProtocol(c);
  if (isFailure(protocol)) return protocol;
  const ported = portProtocol(protocol);
  const srcFrom = c.position;
  const source = readAddress(c, false);
  if (isFailure(source)) return source;
  const sourceText = c.since(srcFrom);
  const sourcePorts = ported ? readPorts(c, ported) : undefined;
  if (isFailure(sourcePorts)) return sourcePorts;
  const dstFrom = c.position;
  const destination = readAddress(c, false);
  if (isFailure(destination)) return destination;
  const destinationText = c.since(dstFrom);
  const destinationPorts = ported ? readPorts(c, ported) : undefined;
  if (isFailure(destinationPorts)) return destinationPorts;
  const icmp = protocol.kind === 'number' && protocol.protocol === 1 ? readIcmp(c) : undefined;
  if (isFailure(icmp)) return icmp;
  const igmp = protocol.kind === 'number' && protocol.protocol === 2 ? readIgmp(c) : undefined;
  const options = readOptions(c, protocol.kind === 'number' && protocol.protocol === 6);
  if (isFailure(options)) return options;
  if (igmp !== undefined) options.unmodelled.unshift(`igmp type ${igmp}`);
  const service = [protocolText(protocol), sourcePorts ? `from ${portText(sourcePorts)}` : '', destinationPorts ? portText(destinationPorts) : '', icmp ? icmpText(icmp) : '']
    .filter((s) => s !== '')
    .join(' ');
  return {
    entry: {
      seq: input.seq,
      line: input.line,
      action,
      protocol,
      source,
      ...(sourcePorts ? { sourcePorts } : {}),
      destination,
      ...(destinationPorts ? { destinationPorts } : {}),
      ...(icmp ? { icmp } : {}),
      ...options,
      remarks: input.remarks,
      text: input.words.slice(input.start).join(' '),
      display: { source: sourceText, destination: destinationText, service },
    },
  };
}

function readAction(c: WordCursor): 'permit' | 'deny' | Failure {
  const w = c.next()?.toLowerCase();
  if (w === 'permit' || w === 'deny') return w;
  return fail(`expected permit or deny, found "${w ?? 'end of line'}"`);
}

export function readProtocol(c: WordCursor): ProtocolMatch | Failure {
  const w = c.next();
  if (w === undefined) return fail('the entry ends before its protocol');
  const lower = w.toLowerCase();
  if (lower === 'ip') return { kind: 'ip' };
  if (lower === 'object-group') {
    const name = c.next();
    return name === undefined ? fail('object-group without a name') : { kind: 'group', name };
  }
  const n = protocolNumber(lower);
  if (n === undefined) return fail(`unknown protocol "${w}"`);
  return { kind: 'number', protocol: n, keyword: lower };
}

function portProtocol(p: ProtocolMatch): 'tcp' | 'udp' | undefined {
  if (p.kind !== 'number') return undefined;
  if (p.protocol === 6) return 'tcp';
  if (p.protocol === 17) return 'udp';
  return undefined;
}

/**
 * `any`, `host A`, `object-group NAME`, or `A W` with a wildcard mask. A standard ACL also
 * accepts a bare `A` (one host). The wildcard is kept as written: IOS ignores the address bits
 * it sets, and conversion does the same.
 */
export function readAddress(c: WordCursor, allowBare: boolean): AddressMatch | Failure {
  const w = c.next();
  if (w === undefined) return fail('the entry ends before an address');
  const lower = w.toLowerCase();
  if (lower === 'any') return { kind: 'any' };
  if (lower === 'host') {
    const a = c.next();
    const v = a === undefined ? undefined : parseIPv4(a);
    if (v === undefined) return fail(`"host" needs an IPv4 address, found "${a ?? 'end of line'}"`, 'invalid');
    return { kind: 'host', address: { family: 4, value: v } };
  }
  if (lower === 'object-group') {
    const name = c.next();
    return name === undefined ? fail('object-group without a name') : { kind: 'group', name };
  }
  const base = parseIPv4(w);
  if (base === undefined) return looksLikeAddress(w) ? fail(`bad address "${w}"`, 'invalid') : fail(`expected an address, found "${w}"`);
  const next = c.peek();
  if (next !== undefined && looksLikeAddress(next)) {
    c.next();
    const wildcard = parseIPv4(next);
    if (wildcard === undefined) return fail(`bad wildcard mask "${next}"`, 'invalid');
    return { kind: 'wildcard', base, wildcard };
  }
  if (allowBare) return { kind: 'host', address: { family: 4, value: base } };
  return fail(`address ${w} needs a wildcard mask (or "host ${w}")`, 'invalid');
}

/** Digits and dots: meant as an address, even when it is not a valid one. */
function looksLikeAddress(w: string): boolean {
  return /^[\d.]+$/.test(w) && w.includes('.');
}

const PORT_OPS = new Set(['eq', 'neq', 'lt', 'gt', 'range']);

/** `eq P [P…]`, `neq P [P…]`, `lt P`, `gt P`, `range P Q`, or nothing. */
export function readPorts(c: WordCursor, protocol: 'tcp' | 'udp' | 'tcp-udp'): PortMatch | undefined | Failure {
  const op = c.peekKeyword();
  if (op === undefined || !PORT_OPS.has(op)) return undefined;
  c.next();
  const ports: number[] = [];
  const want = op === 'range' ? 2 : op === 'lt' || op === 'gt' ? 1 : 10;
  while (ports.length < want) {
    const w = c.peek();
    const n = w === undefined ? undefined : portNumber(w, protocol);
    if (n === undefined) break;
    ports.push(n);
    c.next();
  }
  if (ports.length === 0 || (op === 'range' && ports.length !== 2)) {
    const w = c.peek();
    return fail(`"${op}" needs ${op === 'range' ? 'two ports' : 'a port'}; "${w ?? 'end of line'}" is not a ${protocol} port number or IOS port name`, 'invalid');
  }
  if (op === 'range' && ports[0]! > ports[1]!) return fail(`port range ${ports[0]} ${ports[1]} is empty`, 'invalid');
  return { op: op as PortMatch['op'], ports };
}

/** ICMP type [code] by number, or a message keyword. */
function readIcmp(c: WordCursor): { type: number; code?: number } | undefined | Failure {
  const w = c.peekKeyword();
  if (w === undefined) return undefined;
  if (/^\d{1,3}$/.test(w)) {
    const type = Number(w);
    if (type > 255) return fail(`ICMP type ${w} is out of range`, 'invalid');
    c.next();
    const codeWord = c.peek();
    if (codeWord !== undefined && /^\d{1,3}$/.test(codeWord)) {
      c.next();
      const code = Number(codeWord);
      if (code > 255) return fail(`ICMP code ${codeWord} is out of range`, 'invalid');
      return { type, code };
    }
    return { type };
  }
  const message = ICMP_MESSAGES[w];
  if (message === undefined) return undefined;
  c.next();
  return message;
}

const IGMP_TYPES = new Set(['dvmrp', 'host-query', 'host-report', 'mtrace-response', 'mtrace-route', 'pim', 'trace', 'v2-leave', 'v2-report', 'v3-report']);

/** An IGMP message type after the destination; the model has no field for it. */
function readIgmp(c: WordCursor): string | undefined {
  const w = c.peekKeyword();
  if (w === undefined || !(IGMP_TYPES.has(w) || /^\d{1,2}$/.test(w))) return undefined;
  c.next();
  return w;
}

interface Options {
  established: boolean;
  fragments: boolean;
  log: boolean;
  timeRange?: string;
  unmodelled: string[];
}

/** Words that take one argument and narrow the match in ways the model does not represent. */
const UNMODELLED_WITH_VALUE = new Set(['precedence', 'dscp', 'tos', 'option', 'reflect', 'timeout']);
/** TCP flag keywords of old-style entries; `ack` and `rst` alone mean an established segment. */
const TCP_FLAGS = new Set(['ack', 'fin', 'psh', 'rst', 'syn', 'urg']);

function readOptions(c: WordCursor, tcp: boolean): Options | Failure {
  const out: Options = { established: false, fragments: false, log: false, unmodelled: [] };
  while (!c.done) {
    const w = c.next()!.toLowerCase();
    if (w === 'log' || w === 'log-input') {
      out.log = true;
      // An optional cookie word follows `log`; it is a label, not a match.
      const cookie = c.peekKeyword();
      if (cookie !== undefined && !isOptionKeyword(cookie)) c.next();
    } else if (w === 'established' && tcp) out.established = true;
    else if (w === 'fragments') out.fragments = true;
    else if (w === 'time-range') {
      const name = c.next();
      if (name === undefined) return fail('time-range without a name');
      out.timeRange = name;
    } else if (UNMODELLED_WITH_VALUE.has(w)) {
      const v = c.next();
      if (v === undefined) return fail(`"${w}" without a value`);
      out.unmodelled.push(`${w} ${v}`);
    } else if (w === 'ttl' || w === 'packet-length') {
      const op = c.next();
      const a = c.next();
      if (op === undefined || a === undefined) return fail(`"${w}" without a value`);
      if (op === 'range') c.next();
      out.unmodelled.push(`${w} ${op} ${a}`);
    } else if ((w === 'match-all' || w === 'match-any') && tcp) {
      const flags: string[] = [];
      while (c.peek()?.startsWith('+') || c.peek()?.startsWith('-')) flags.push(c.next()!);
      out.unmodelled.push(`${w} ${flags.join(' ')}`.trim());
    } else if (TCP_FLAGS.has(w) && tcp) {
      if (w === 'ack' || w === 'rst') out.established = true;
      else out.unmodelled.push(w);
    } else return fail(`unknown keyword "${w}" in an ACL entry`);
  }
  return out;
}

function isOptionKeyword(w: string): boolean {
  return w === 'log' || w === 'log-input' || w === 'established' || w === 'fragments' || w === 'time-range' || UNMODELLED_WITH_VALUE.has(w) || w === 'ttl';
}

function protocolText(p: ProtocolMatch): string {
  if (p.kind === 'ip') return 'ip';
  if (p.kind === 'group') return `object-group ${p.name}`;
  return p.keyword;
}

export function portText(p: PortMatch): string {
  return `${p.op} ${p.ports.join(' ')}`;
}

function icmpText(i: { type: number; code?: number }): string {
  return i.code === undefined ? `type ${i.type}` : `type ${i.type} code ${i.code}`;
}
