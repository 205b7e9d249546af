import { parseAsaProtocol, parseIcmpType } from './asa-names.js';
import { isPortOperator, parseAddress, parseAddressMask, parseIntIn, parseIpv6Prefix, readPortMatch } from './asa-values.js';
import type { ConfigBuilder } from './builder.js';
import { type Line, restFrom } from './statements.js';
import type { AddressOperand, AsaAce, IcmpOperand, IdentityCondition, PortOperand, ProtocolOperand } from './vendor-config.js';

type Read<T> = { value: T; next: number } | { error: string; kind?: 'invalid' };

/**
 * One `access-list` line. Entries are numbered per ACL as `show access-list` numbers them,
 * remarks included, so a rule id reads like ASA's own "line N". A remark is attached to the
 * entries that follow it until the next non-remark entry.
 */
export function extractAccessList(c: Line, b: ConfigBuilder): void {
  const w = c.tokens.map((t) => t.text);
  const name = w[1];
  if (name === undefined || w.length < 3) {
    b.sink.unrecognized(c.line, '', 'expected `access-list NAME …`');
    return;
  }
  let k = 2;
  if (w[k] === 'line' && parseIntIn(w[k + 1], 1, 2147483647) !== undefined) k += 2;
  let acl = b.accessLists.get(name);
  if (!acl) {
    acl = { name, line: c.line, entries: [], pendingRemarks: [] };
    b.accessLists.set(name, acl);
  }
  const position = acl.entries.length + 1;
  const kind = w[k];
  if (kind === 'remark') {
    const text = restFrom(c, k + 1);
    acl.entries.push({ kind: 'remark', line: c.line, acl: name, position, text });
    acl.pendingRemarks.push(text);
    return;
  }
  if (kind === 'ethertype' || kind === 'webtype') {
    acl.entries.push({ kind, line: c.line, acl: name, position });
    return;
  }
  if (kind === 'standard') {
    const action = w[k + 1];
    const operand = action === 'permit' || action === 'deny' ? readAddressOperand(w, k + 2, b) : { error: 'expected permit or deny' };
    if ('error' in operand || operand.next !== w.length) {
      b.sink.unrecognized(c.line, '', `${'error' in operand ? operand.error : `unexpected "${w[operand.next]}"`}; the entry is ignored`);
      return;
    }
    acl.entries.push({ kind: 'standard', line: c.line, acl: name, position, action: action as 'permit' | 'deny', address: operand.value });
    return;
  }
  // `extended` may be left out when typing; running-config always writes it.
  const start = kind === 'extended' ? k + 1 : k;
  const read = readExtended(w, start, b);
  const remarks = acl.pendingRemarks;
  acl.pendingRemarks = [];
  if ('error' in read) {
    b.sink.add(read.kind ?? 'unrecognized', c.line, '', `${read.error}; the entry is ignored, so the ACL may permit or deny more than intended`);
    // The entry still takes its place in ASA's numbering.
    acl.entries.push({ kind: 'unreadable', line: c.line, acl: name, position });
    return;
  }
  acl.entries.push({ ...read.value, line: c.line, acl: name, position, remarks });
}

type AceBody = Omit<AsaAce, 'line' | 'acl' | 'position' | 'remarks'>;

function readExtended(w: readonly string[], start: number, b: ConfigBuilder): { value: AceBody } | { error: string; kind?: 'invalid' } {
  const action = w[start];
  if (action !== 'permit' && action !== 'deny') return { error: `expected permit or deny, found "${action ?? ''}"` };
  let k = start + 1;
  const protocol = readProtocol(w, k);
  if ('error' in protocol) return protocol;
  k = protocol.next;
  const identity: IdentityCondition[] = [];
  k = readIdentity(w, k, identity);
  const source = readAddressOperand(w, k, b);
  if ('error' in source) return source;
  k = source.next;
  const ported = portsAllowed(protocol.value);
  let sourcePort: PortOperand | undefined;
  if (ported) {
    const sp = readPortOperand(w, k, b);
    if (sp && 'error' in sp) return sp;
    if (sp) {
      sourcePort = sp.value;
      k = sp.next;
    }
  }
  k = readIdentity(w, k, identity);
  const destination = readAddressOperand(w, k, b);
  if ('error' in destination) return destination;
  k = destination.next;
  let destinationPort: PortOperand | undefined;
  let icmp: IcmpOperand | undefined;
  if (ported) {
    const dp = readPortOperand(w, k, b);
    if (dp && 'error' in dp) return dp;
    if (dp) {
      destinationPort = dp.value;
      k = dp.next;
    }
  } else if (isIcmpProtocol(protocol.value)) {
    const ic = readIcmpOperand(w, k, b, protocol.value.kind === 'protocol' && protocol.value.protocol === 58);
    if (ic && 'error' in ic) return ic;
    if (ic) {
      icmp = ic.value;
      k = ic.next;
    }
  }
  let log = false;
  let inactive = false;
  let timeRange: string | undefined;
  while (k < w.length) {
    const t = w[k]!;
    if (t === 'log') {
      k++;
      if (w[k] === 'disable') {
        k++;
        continue;
      }
      log = true;
      if (w[k] === 'default') k++;
      else if (w[k] !== undefined && isLogLevel(w[k]!)) k++;
      if (w[k] === 'interval' && parseIntIn(w[k + 1], 1, 600) !== undefined) k += 2;
    } else if (t === 'time-range' && w[k + 1] !== undefined) {
      timeRange = w[k + 1];
      k += 2;
    } else if (t === 'inactive') {
      inactive = true;
      k++;
    } else {
      return { error: `unexpected "${t}"` };
    }
  }
  return {
    value: {
      kind: 'extended',
      action,
      protocol: protocol.value,
      source: source.value,
      destination: destination.value,
      log,
      inactive,
      identity,
      ...(sourcePort && { sourcePort }),
      ...(destinationPort && { destinationPort }),
      ...(icmp && { icmp }),
      ...(timeRange !== undefined && { timeRange }),
    },
  };
}

const LOG_LEVELS = new Set(['emergencies', 'alerts', 'critical', 'errors', 'warnings', 'notifications', 'informational', 'debugging']);

function isLogLevel(t: string): boolean {
  return LOG_LEVELS.has(t) || (/^\d$/.test(t) && Number(t) <= 7);
}

/** Protocol column: a keyword or number, `object SERVICE`, or `object-group GROUP`. */
function readProtocol(w: readonly string[], k: number): Read<ProtocolOperand> {
  const t = w[k];
  if (t === undefined) return { error: 'the protocol is missing' };
  if (t === 'object' || t === 'object-group') {
    const name = w[k + 1];
    if (name === undefined) return { error: `${t} needs a name` };
    if (t === 'object') return { value: { kind: 'service-object', name }, next: k + 2 };
    return { value: { kind: 'group', name }, next: k + 2 };
  }
  const p = parseAsaProtocol(t);
  if (!p) return { error: `"${t}" is not a protocol` };
  return { value: { kind: 'protocol', protocol: p.protocol }, next: k + 1 };
}

/** Ports may follow the addresses only for TCP, UDP and SCTP (and protocol groups that hold them). */
function portsAllowed(p: ProtocolOperand): boolean {
  if (p.kind === 'protocol') return p.protocol === 6 || p.protocol === 17 || p.protocol === 132;
  return p.kind === 'group';
}

function isIcmpProtocol(p: ProtocolOperand): boolean {
  return p.kind === 'protocol' && (p.protocol === 1 || p.protocol === 58);
}

/** `user X`, `user-group X`, `object-group-user X`, `security-group name|tag X`, `object-group-security X`. */
function readIdentity(w: readonly string[], k: number, out: IdentityCondition[]): number {
  for (;;) {
    const t = w[k];
    if (t === 'user' || t === 'user-group' || t === 'object-group-user' || t === 'object-group-security') {
      if (w[k + 1] === undefined) return k;
      out.push({ keyword: t, value: w[k + 1]! });
      k += 2;
    } else if (t === 'security-group' && (w[k + 1] === 'name' || w[k + 1] === 'tag') && w[k + 2] !== undefined) {
      out.push({ keyword: t, value: `${w[k + 1]} ${w[k + 2]}` });
      k += 3;
    } else {
      return k;
    }
  }
}

/**
 * A source or destination: any | any4 | any6 | host A | A MASK | P/LEN | object X |
 * object-group X | interface IF. `A` may be a `name` alias.
 */
export function readAddressOperand(w: readonly string[], k: number, b: ConfigBuilder): Read<AddressOperand> {
  const t = w[k];
  if (t === undefined) return { error: 'an address is missing' };
  switch (t) {
    case 'any':
      return { value: { kind: 'any' }, next: k + 1 };
    case 'any4':
      return { value: { kind: 'any', family: 4 }, next: k + 1 };
    case 'any6':
      return { value: { kind: 'any', family: 6 }, next: k + 1 };
    case 'host': {
      const address = w[k + 1] === undefined ? undefined : parseAddress(w[k + 1]!, b.nameTable);
      if (!address) return { error: `"${w[k + 1] ?? ''}" after host is not an address`, kind: 'invalid' };
      return { value: { kind: 'host', address }, next: k + 2 };
    }
    case 'object':
    case 'object-group':
    case 'interface': {
      const name = w[k + 1];
      if (name === undefined) return { error: `${t} needs a name` };
      const kind = t === 'object' ? 'object' : t === 'object-group' ? 'group' : 'interface';
      return { value: { kind, name }, next: k + 2 };
    }
  }
  if (t.includes('/')) {
    const prefix = parseIpv6Prefix(t);
    if ('error' in prefix) return { error: prefix.error, kind: 'invalid' };
    return { value: { kind: 'prefix', cidr: prefix.cidr }, next: k + 1 };
  }
  const mask = w[k + 1];
  if (mask === undefined) return { error: `"${t}" needs a netmask` };
  const prefix = parseAddressMask(t, mask, b.nameTable);
  if ('error' in prefix) {
    // A numeric word with a bad mask is a wrong value; any other word is broken syntax.
    const numeric = parseAddress(t, b.nameTable) !== undefined || /^[\d.]+$/.test(t);
    return numeric ? { error: prefix.error, kind: 'invalid' } : { error: prefix.error };
  }
  return { value: { kind: 'prefix', cidr: prefix.cidr }, next: k + 2 };
}

/** `eq|neq|lt|gt|range …` or `object-group PORTGROUP`; undefined when neither follows. */
function readPortOperand(w: readonly string[], k: number, b: ConfigBuilder): Read<PortOperand> | undefined {
  const t = w[k];
  if (t === undefined) return undefined;
  if (isPortOperator(t)) {
    const read = readPortMatch(w, k);
    if ('error' in read) return read;
    return { value: { kind: 'ports', match: read.match }, next: read.next };
  }
  if (t === 'object-group' && w[k + 1] !== undefined && b.kindOf(w[k + 1]!) === 'port-group') {
    return { value: { kind: 'group', name: w[k + 1]! }, next: k + 2 };
  }
  return undefined;
}

/** An ICMP type (name or number) with an optional code, or `object-group ICMPGROUP`. */
function readIcmpOperand(w: readonly string[], k: number, b: ConfigBuilder, v6: boolean): Read<IcmpOperand> | undefined {
  const t = w[k];
  if (t === undefined || t === 'log' || t === 'time-range' || t === 'inactive') return undefined;
  if (t === 'object-group' && w[k + 1] !== undefined && b.kindOf(w[k + 1]!) === 'icmp-group') {
    return { value: { kind: 'group', name: w[k + 1]! }, next: k + 2 };
  }
  const type = parseIcmpType(t, v6);
  if (type === undefined) return { error: `"${t}" is not an ICMP type` };
  const code = parseIntIn(w[k + 1], 0, 255);
  return code === undefined ? { value: { kind: 'type', type }, next: k + 1 } : { value: { kind: 'type', type, code }, next: k + 2 };
}
