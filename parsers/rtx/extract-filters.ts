import { parseAddressSpec } from './address-spec.js';
import { DYNAMIC_APPS, INERT_DYNAMIC_APPS } from './dynamic-apps.js';
import { type Command, type Extraction, invalid, parseNumber, syntax, unrecognized } from './extract-context.js';
import { parsePortSpec } from './port-spec.js';
import { parseProtocolSpec } from './protocol-spec.js';
import type { AddressSpec, PortSpec, ProtocolSpec, RtxAction, RtxDynamicTrigger, RtxFilterBinding, RtxStaticFilter } from './vendor-config.js';

/** Static and dynamic filter numbers run from 1 to 21474836. */
export const MAX_FILTER = 21474836;

const ACTIONS: ReadonlyMap<string, { action: RtxAction; log: boolean }> = new Map([
  ['pass', { action: 'pass', log: false }],
  ['pass-log', { action: 'pass', log: true }],
  ['pass-nolog', { action: 'pass', log: false }],
  ['reject', { action: 'reject', log: true }],
  ['reject-log', { action: 'reject', log: true }],
  ['reject-nolog', { action: 'reject', log: false }],
  // restrict logs only what it discards; modelled as pass, it logs nothing.
  ['restrict', { action: 'restrict', log: false }],
  ['restrict-log', { action: 'restrict', log: true }],
  ['restrict-nolog', { action: 'restrict', log: false }],
]);

const ANY_ADDRESS: AddressSpec = { text: '*', any: true, ranges: [], patterns: [], unresolved: [] };
const ANY_PORT: PortSpec = { text: '*', any: true, ranges: [] };
const ANY_PROTOCOL: ProtocolSpec = { text: '*', items: [{ kind: 'any' }], icmpAlone: false };

/** `ip filter …`: static filters, dynamic filters, filter sets; other `ip filter` settings are ignored. */
export function extractIpFilter(x: Extraction, c: Command): void {
  const second = c.lower[2];
  if (second === 'dynamic') {
    if (c.lower[3] === 'timer') return;
    return readDynamic(x, c);
  }
  if (second === 'set') return readSet(x, c);
  if (second === 'source-route' || second === 'directed-broadcast' || second === 'fqdn') return;
  return readStatic(x, c);
}

function readStatic(x: Extraction, c: Command): void {
  const number = parseNumber(c.words[2], MAX_FILTER);
  if (number === undefined || number < 1) return syntax(x, c, 'ip filter N pass|reject|restrict SRC [DST [PROTO [SPORT [DPORT]]]]');
  const line = c.st.line;
  // Literal objects of one shape (no spread): exports hold hundreds of thousands of filters.
  const broken = (actionText: string, reason: string): RtxStaticFilter => ({
    number,
    line,
    action: 'reject',
    actionText,
    log: false,
    source: ANY_ADDRESS,
    destination: ANY_ADDRESS,
    protocol: ANY_PROTOCOL,
    sourcePorts: ANY_PORT,
    destinationPorts: ANY_PORT,
    broken: reason,
  });
  const actionText = c.lower[3];
  const action = actionText === undefined ? undefined : ACTIONS.get(actionText);
  if (!action || c.words.length < 5 || c.words.length > 9) {
    x.b.staticFilters.set(number, broken(actionText ?? '', 'the line does not follow the filter syntax'));
    return unrecognized(x, c, `filter ${number} does not match \`ip filter N pass|reject|restrict SRC [DST [PROTO [SPORT [DPORT]]]]\`; it matches nothing`);
  }
  const [src, dst, proto, sport, dport] = c.words.slice(4);
  const source = parseAddressSpec(src!);
  const destination = dst === undefined ? { ok: true as const, value: ANY_ADDRESS } : parseAddressSpec(dst);
  const protocol = proto === undefined ? { ok: true as const, value: ANY_PROTOCOL } : parseProtocolSpec(proto);
  const icmp = protocol.ok && protocol.value.icmpAlone;
  const sourcePorts = sport === undefined ? { ok: true as const, value: ANY_PORT } : parsePortSpec(sport, icmp);
  const destinationPorts = dport === undefined ? { ok: true as const, value: ANY_PORT } : parsePortSpec(dport, icmp);
  for (const part of [source, destination, protocol, sourcePorts, destinationPorts]) {
    if (!part.ok) {
      x.b.staticFilters.set(number, broken(actionText!, part.error));
      return invalid(x, c, `filter ${number}: ${part.error}; the filter matches nothing`);
    }
  }
  if (!source.ok || !destination.ok || !protocol.ok || !sourcePorts.ok || !destinationPorts.ok) return;
  x.b.staticFilters.set(number, {
    number,
    line,
    action: action.action,
    actionText: actionText!,
    log: action.log,
    source: source.value,
    destination: destination.value,
    protocol: protocol.value,
    sourcePorts: sourcePorts.value,
    destinationPorts: destinationPorts.value,
  });
}

function readDynamic(x: Extraction, c: Command): void {
  const usage = 'ip filter dynamic N SRC DST PROTOCOL|filter N… [in N…] [out N…] [OPTION…]';
  const number = parseNumber(c.words[3], MAX_FILTER);
  if (number === undefined || number < 1 || c.words.length < 7) return syntax(x, c, usage);
  const source = parseAddressSpec(c.words[4]!);
  const destination = parseAddressSpec(c.words[5]!);
  const base = { number, line: c.st.line };
  const fail = (reason: string, kind: 'invalid' | 'unrecognized') => {
    x.b.dynamicFilters.set(number, { ...base, source: ANY_ADDRESS, destination: ANY_ADDRESS, trigger: { kind: 'filters', filters: [], inFilters: [], outFilters: [] }, broken: reason });
    if (kind === 'invalid') invalid(x, c, `dynamic filter ${number}: ${reason}; it matches nothing`);
    else unrecognized(x, c, `dynamic filter ${number}: ${reason}; it matches nothing`);
  };
  if (!source.ok) return fail(source.error, 'invalid');
  if (!destination.ok) return fail(destination.error, 'invalid');
  const rest = c.lower.slice(6);
  const options = rest.filter((w) => w.includes('='));
  const words = rest.filter((w) => !w.includes('='));
  for (const o of options) {
    if (!/^(syslog=(on|off)|timeout=\d{1,10})$/.test(o)) return fail(`unknown option "${o}"`, 'unrecognized');
  }
  let trigger: RtxDynamicTrigger;
  if (words[0] === 'filter') {
    const lists: Record<'filter' | 'in' | 'out', number[]> = { filter: [], in: [], out: [] };
    let current: 'filter' | 'in' | 'out' = 'filter';
    for (const w of words.slice(1)) {
      if (w === 'in' || w === 'out') {
        current = w;
        continue;
      }
      const n = parseNumber(w, MAX_FILTER);
      if (n === undefined) return fail(`"${w}" is not a filter number`, 'unrecognized');
      lists[current].push(n);
    }
    if (lists.filter.length === 0) return fail('`filter` names no filter', 'unrecognized');
    trigger = { kind: 'filters', filters: lists.filter, inFilters: lists.in, outFilters: lists.out };
  } else {
    const name = words[0]!;
    if (words.length !== 1) return fail(`unexpected words after the protocol "${name}"`, 'unrecognized');
    const services = DYNAMIC_APPS.get(name);
    const inert = INERT_DYNAMIC_APPS.has(name);
    if (!services && !inert) return fail(`"${name}" is not a dynamic filter protocol`, 'invalid');
    trigger = { kind: 'application', name, services: services ?? [], inert };
    if (inert) invalid(x, c, `dynamic filter ${number}: "${name}" is accepted by the router but does not work as a dynamic filter; it matches nothing`);
  }
  x.b.dynamicFilters.set(number, { ...base, source: source.value, destination: destination.value, trigger });
}

function readSet(x: Extraction, c: Command): void {
  const name = c.words[3];
  const direction = c.lower[4];
  if (name === undefined || (direction !== 'in' && direction !== 'out')) return syntax(x, c, 'ip filter set NAME in|out N…');
  const filters: number[] = [];
  for (const w of c.words.slice(5)) {
    const n = parseNumber(w, MAX_FILTER);
    if (n === undefined) return syntax(x, c, 'ip filter set NAME in|out N…');
    filters.push(n);
  }
  x.b.filterSet(name, c.st.line)[direction] = { filters, line: c.st.line };
}

/**
 * The list of a `secure filter in|out` line from word `at`: static filter numbers, then after
 * `dynamic` the dynamic ones. A word that is not a number makes the whole line unreadable.
 */
export function parseFilterBinding(x: Extraction, c: Command, at: number): RtxFilterBinding | undefined {
  const staticFilters: number[] = [];
  const dynamicFilters: number[] = [];
  let target = staticFilters;
  for (const w of c.lower.slice(at)) {
    if (w === 'dynamic' && target === staticFilters) {
      target = dynamicFilters;
      continue;
    }
    const n = parseNumber(w, MAX_FILTER);
    if (n === undefined || n < 1) {
      unrecognized(x, c, `"${w}" is not a filter number; the secure filter line is ignored, so this direction stays unfiltered`);
      return undefined;
    }
    target.push(n);
  }
  return { kind: 'list', line: c.st.line, staticFilters, dynamicFilters };
}
