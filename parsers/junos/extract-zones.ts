import { type Mutable, unknownStatement } from './extract-util.js';
import { logicalName, parsePrefix, parseWildcardAddress } from './junos-values.js';
import { type Statement, lineOfWord } from './statement.js';
import type { JAddress, JAddressBook, JAddressSet, JAddressValue, JHostInbound, JHostInboundItem, JZone, JZoneInterface, NameRef } from './vendor-config.js';
import type { WarningSink } from './warnings.js';
import { parseIp } from '../../src/space/ip.js';

type SetBuilder = Mutable<JAddressSet> & { addresses: NameRef[]; sets: NameRef[]; seen: Set<string> };
type BookBuilder = Omit<Mutable<JAddressBook>, 'addresses' | 'sets'> & { attachZones: NameRef[]; addresses: Map<string, JAddress>; sets: Map<string, SetBuilder> };

export function newBook(name: string, line: number, context: string): BookBuilder {
  return { name, line, context, attachZones: [], addresses: new Map(), sets: new Map() };
}

export function buildBook(b: BookBuilder): JAddressBook {
  return { ...b, addresses: [...b.addresses.values()], sets: [...b.sets.values()].map(({ seen: _seen, ...set }) => set) };
}

/**
 * One address-book statement with `address` or `address-set` at word `k`. Deactivated
 * entries do not exist for Junos and are skipped.
 */
export function addToBook(book: BookBuilder, s: Statement, k: number, sink: WarningSink): void {
  if (s.inactive) return;
  const w = s.words;
  const kind = w[k];
  const name = w[k + 1];
  if (name === undefined) {
    unknownStatement(sink, s, k + 1, 'address-book entry');
    return;
  }
  const context = `${book.context} ${kind} ${name}`;
  if (kind === 'address-set') {
    let set = book.sets.get(name);
    if (!set) book.sets.set(name, (set = { name, line: lineOfWord(s, k + 1), context, addresses: [], sets: [], seen: new Set() }));
    const what = w[k + 2];
    if (what === undefined || what === 'description') return;
    const member = w[k + 3];
    if ((what === 'address' || what === 'address-set') && member !== undefined) {
      const list = what === 'address' ? set.addresses : set.sets;
      const key = `${what} ${member}`;
      if (!set.seen.has(key)) {
        set.seen.add(key);
        list.push({ name: member, line: s.line });
      }
      return;
    }
    unknownStatement(sink, s, k + 2, 'address-set member');
    return;
  }
  // `address N …`
  const rest = w.slice(k + 2);
  const first = rest[0];
  if (first === undefined || first === 'description') return;
  const value = addressValue(rest);
  if (value === undefined) {
    unknownStatement(sink, s, k + 2, 'address value');
    return;
  }
  if (value.type === 'invalid') sink.invalid(s.line, context, `address value "${value.text}" is not valid; the address matches nothing`);
  if (!book.addresses.has(name) || s.group === undefined) book.addresses.set(name, { name, line: lineOfWord(s, k + 1), context, value });
}

/** The value of an `address` entry; undefined when the keyword is unknown. */
function addressValue(rest: readonly string[]): JAddressValue | undefined {
  const [key, a, b, c] = rest;
  switch (key) {
    case 'range-address': {
      const from = a === undefined ? undefined : parseIp(a);
      const to = c === undefined ? undefined : parseIp(c);
      if (b !== 'to' || !from || !to || from.family !== to.family || from.value > to.value) return { type: 'invalid', text: rest.join(' ') };
      return { type: 'range', from, to };
    }
    case 'dns-name':
      return a === undefined ? { type: 'invalid', text: rest.join(' ') } : { type: 'dns-name', host: a };
    case 'wildcard-address': {
      const wc = a === undefined ? undefined : parseWildcardAddress(a);
      return wc ? { type: 'wildcard', ...wc } : { type: 'invalid', text: rest.join(' ') };
    }
    default: {
      if (key === undefined) return undefined;
      const cidr = parsePrefix(key);
      if (cidr) return { type: 'prefix', cidr };
      // Something address-like that does not parse is a bad value, not an unknown keyword.
      return /^[\d:.]/.test(key) || key.includes('/') ? { type: 'invalid', text: key } : undefined;
    }
  }
}

type ZoneEntry = Omit<Mutable<JZone>, 'interfaces' | 'hostInbound' | 'addressBook'> & {
  interfaces: Map<string, { name: string; line: number; hostInbound: HostInboundBuilder }>;
  hostInbound: HostInboundBuilder;
  book: BookBuilder;
};

interface HostInboundBuilder {
  systemServices: JHostInboundItem[];
  protocols: JHostInboundItem[];
}

/** Zone settings with no effect on who may reach whom. */
const ZONE_IGNORED = new Set([
  'screen',
  'tcp-rst',
  'description',
  'application-tracking',
  'enable-reverse-reroute',
  'source-identity-log',
  'advance-policy-based-routing-profile',
  'unidirectional-session-refreshing',
  'advanced-connection-tracking',
  'advance-connection-tracking',
]);

/** `security zones security-zone Z …` and `security zones functional-zone management …`. */
export class ZonesBuilder {
  private readonly zones = new Map<string, ZoneEntry>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const type = w[2];
    let name: string | undefined;
    let k: number;
    if (type === 'security-zone') {
      name = w[3];
      k = 4;
    } else if (type === 'functional-zone') {
      name = w[3];
      k = 4;
    } else {
      unknownStatement(this.sink, s, 2, 'zone type');
      return;
    }
    if (name === undefined) {
      unknownStatement(this.sink, s, 3, 'zone');
      return;
    }
    const functional = type === 'functional-zone';
    const key = `${functional ? 'f' : 's'}:${name}`;
    let z = this.zones.get(key);
    if (!z) {
      const context = `security zones ${type} ${name}`;
      z = { name, line: lineOfWord(s, 3), context, functional, interfaces: new Map(), hostInbound: { systemServices: [], protocols: [] }, book: newBook(name, lineOfWord(s, 3), `${context} address-book`) };
      this.zones.set(key, z);
    }
    if (s.inactive) return;
    const what = w[k];
    if (what === undefined) return;
    switch (what) {
      case 'interfaces': {
        const raw = w[k + 1];
        if (raw === undefined) {
          unknownStatement(this.sink, s, k + 1, 'zone interface');
          return;
        }
        const iname = logicalName(raw);
        let i = z.interfaces.get(iname);
        if (!i) z.interfaces.set(iname, (i = { name: iname, line: lineOfWord(s, k + 1), hostInbound: { systemServices: [], protocols: [] } }));
        if (w[k + 2] === 'host-inbound-traffic') this.hostInbound(i.hostInbound, s, k + 3);
        else if (w[k + 2] !== undefined) unknownStatement(this.sink, s, k + 2, 'zone interface setting');
        return;
      }
      case 'host-inbound-traffic':
        this.hostInbound(z.hostInbound, s, k + 1);
        return;
      case 'address-book': {
        const kind = w[k + 1];
        if (kind === 'address' || kind === 'address-set') addToBook(z.book, s, k + 1, this.sink);
        else if (kind === 'description') return;
        else unknownStatement(this.sink, s, k + 1, 'address-book entry');
        return;
      }
      default:
        if (ZONE_IGNORED.has(what)) return;
        unknownStatement(this.sink, s, k, 'zone setting');
    }
  }

  /** `system-services ssh [except]` or `protocols ospf [except]` at word `k`. */
  private hostInbound(h: HostInboundBuilder, s: Statement, k: number): void {
    const w = s.words;
    const cat = w[k];
    const item = w[k + 1];
    if ((cat !== 'system-services' && cat !== 'protocols') || item === undefined) {
      unknownStatement(this.sink, s, k, 'host-inbound-traffic setting');
      return;
    }
    const opt = w[k + 2];
    if (opt !== undefined && opt !== 'except') {
      unknownStatement(this.sink, s, k + 2, 'host-inbound-traffic option');
      return;
    }
    const list = cat === 'system-services' ? h.systemServices : h.protocols;
    const existing = list.findIndex((x) => x.name === item);
    const entry = { name: item, except: opt === 'except', line: s.line };
    if (existing >= 0) list[existing] = { ...entry, except: entry.except || list[existing]!.except };
    else list.push(entry);
  }

  build(): JZone[] {
    return [...this.zones.values()].map((z) => ({
      name: z.name,
      line: z.line,
      context: z.context,
      functional: z.functional,
      interfaces: [...z.interfaces.values()].map((i) => ({ name: i.name, line: i.line, hostInbound: i.hostInbound as JHostInbound }) satisfies JZoneInterface),
      hostInbound: z.hostInbound,
      addressBook: buildBook(z.book),
    }));
  }
}

/** `security address-book B …` (B is `global` or a named book attached to zones). */
export class AddressBookBuilder {
  private readonly books = new Map<string, BookBuilder>();

  constructor(private readonly sink: WarningSink) {}

  add(s: Statement): void {
    const w = s.words;
    const name = w[2];
    if (name === undefined) {
      unknownStatement(this.sink, s, 2, 'address book');
      return;
    }
    let b = this.books.get(name);
    if (!b) this.books.set(name, (b = newBook(name, lineOfWord(s, 2), `security address-book ${name}`)));
    const key = w[3];
    if (key === undefined || key === 'description') return;
    if (key === 'address' || key === 'address-set') {
      addToBook(b, s, 3, this.sink);
      return;
    }
    if (key === 'attach') {
      if (s.inactive) return;
      if (w[4] === 'zone' && w[5] !== undefined) b.attachZones.push({ name: w[5], line: s.line });
      else unknownStatement(this.sink, s, 4, 'attach target');
      return;
    }
    unknownStatement(this.sink, s, 3, 'address-book setting');
  }

  build(): JAddressBook[] {
    const books = [...this.books.values()].map(buildBook);
    // The global book first: it is the fallback of every lookup.
    return [...books.filter((b) => b.name === 'global'), ...books.filter((b) => b.name !== 'global')];
  }
}
