import { parseCidr } from '../../src/space/ip.js';
import type { RawTarget } from './raw-rule.js';
import { parseNatRange, parseToPorts } from './values.js';
import type { Target } from './vendor-config.js';

export type TargetResult = { readonly target: Target; readonly note?: string } | { readonly error: string };

/** Targets that end evaluation with a drop: netfilter's own and xtables-addons' tarpits. */
const DROPPING = new Map<string, 'DROP' | 'REJECT'>([
  ['DROP', 'DROP'],
  ['REJECT', 'REJECT'],
  ['TARPIT', 'DROP'],
  ['DELUDE', 'DROP'],
  ['CHAOS', 'DROP'],
]);

/** Targets that do their work and let the packet go on to the next rule. */
const PASSIVE = new Set([
  'LOG',
  'NFLOG',
  'ULOG',
  'MARK',
  'CONNMARK',
  'TCPMSS',
  'CT',
  'NOTRACK',
  'TRACE',
  'CLASSIFY',
  'DSCP',
  'TOS',
  'TTL',
  'HL',
  'ECN',
  'CHECKSUM',
  'SET',
  'AUDIT',
  'TEE',
  'CONNSECMARK',
  'SECMARK',
  'IDLETIMER',
  'LED',
  'RATEEST',
  'HMARK',
  'IPMARK',
  'TCPOPTSTRIP',
  'SYNPROXY',
  'TPROXY',
  'CLUSTERIP',
  'DNPT',
  'SNPT',
  'FLOWOFFLOAD',
]);

function option(t: RawTarget, ...names: string[]): string | undefined {
  return t.options.find((o) => names.includes(o.name))?.values[0]?.text;
}

/**
 * The target of a rule. `chains` are the chains of the rule's table: a name that is neither a
 * target netfilter knows nor one of them is a jump to an undefined chain, unless it carries
 * options, which only target extensions take.
 */
export function readTarget(t: RawTarget, chains: ReadonlySet<string>): TargetResult {
  const name = t.name;
  if (name === 'ACCEPT') return { target: { kind: 'verdict', verdict: 'ACCEPT', name } };
  const dropping = DROPPING.get(name);
  if (dropping) {
    const rejectWith = option(t, '--reject-with');
    return { target: { kind: 'verdict', verdict: dropping, name, ...(rejectWith !== undefined && { rejectWith }) } };
  }
  if (name === 'RETURN') return { target: { kind: 'return' } };
  if (name === 'QUEUE' || name === 'NFQUEUE') return { target: { kind: 'queue', name, bypass: t.options.some((o) => o.name === '--queue-bypass') } };
  if (name === 'DNAT' || name === 'SNAT') {
    const opt = name === 'DNAT' ? '--to-destination' : '--to-source';
    const values = t.options.filter((o) => o.name === opt);
    const text = values[0]?.values[0]?.text;
    if (text === undefined) return { error: `${name} needs ${opt}` };
    const r = parseNatRange(text);
    if ('error' in r) return { error: `${name} ${opt}: ${r.error}` };
    if (name === 'SNAT' && r.value.first === undefined) return { error: 'SNAT --to-source needs an address' };
    const note = values.length > 1 ? `several ${opt} ranges: only the first is modelled` : undefined;
    return { target: name === 'DNAT' ? { kind: 'dnat', to: r.value } : { kind: 'snat', to: r.value }, ...(note !== undefined && { note }) };
  }
  if (name === 'MASQUERADE' || name === 'REDIRECT') {
    const text = option(t, '--to-ports');
    const ports = text === undefined ? undefined : parseToPorts(text);
    if (text !== undefined && !ports) return { error: `${name} --to-ports "${text}" is not a port or port range` };
    return { target: { kind: name === 'MASQUERADE' ? 'masquerade' : 'redirect', ...(ports && { ports }) } };
  }
  if (name === 'NETMAP') {
    const text = option(t, '--to');
    const to = text === undefined ? undefined : parseCidr(text);
    if (!to) return { error: `NETMAP needs --to with a prefix` };
    return { target: { kind: 'netmap', to } };
  }
  if (PASSIVE.has(name)) return { target: { kind: 'passive', name, options: t.options.map((o) => [o.name, ...o.values.map((v) => v.text)].join(' ')).join(' ') } };
  if (chains.has(name)) return { target: { kind: 'chain', chain: name } };
  if (t.options.length > 0) return { target: { kind: 'unknown', name } };
  return { target: { kind: 'undefined-chain', name } };
}
