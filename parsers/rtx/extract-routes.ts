import { makeCidr } from '../../src/space/ip.js';
import { type Command, type Extraction, invalid, parseNumber, syntax } from './extract-context.js';
import { MAX_FILTER } from './extract-filters.js';
import { interfaceKind, isNullInterface } from './interface-names.js';
import { parseAddress, parseMask } from './ipv4-values.js';
import type { RtxGateway, RtxGatewayTarget } from './vendor-config.js';

const USAGE = 'ip route NETWORK|default gateway GATEWAY [PARAMETER…] [gateway GATEWAY [PARAMETER…]]…';

/**
 * `ip route NETWORK gateway G1 [params] [gateway G2 [params]]…`. Gateways are an address,
 * `pp N`, `pp anonymous`, `tunnel N`, `dhcp IF`, a loopback or the null interface; the
 * parameters are `filter N…`, `dpi N…`, `metric M`, `hide`, `weight W`, `keepalive K`.
 */
export function extractRoute(x: Extraction, c: Command): void {
  const words = c.lower;
  if (words[2] === 'change') return; // ip route change log
  const destination = words[2];
  if (destination === undefined || words[3] !== 'gateway') return syntax(x, c, USAGE);
  let prefix;
  if (destination === 'default') prefix = makeCidr({ family: 4, value: 0 }, 0);
  else {
    const slash = destination.indexOf('/');
    const address = parseAddress(slash < 0 ? destination : destination.slice(0, slash));
    const length = slash < 0 ? 32 : parseMask(destination.slice(slash + 1));
    if (address === undefined || length === undefined) return invalid(x, c, `bad route destination "${c.words[2]}"; the route is ignored`);
    prefix = makeCidr({ family: 4, value: address }, length);
  }
  const gateways: RtxGateway[] = [];
  let i = 3;
  while (i < words.length) {
    if (words[i] !== 'gateway') return syntax(x, c, USAGE);
    const target = readTarget(words, i + 1);
    if (!target) return invalid(x, c, `bad gateway "${c.words.slice(i + 1, i + 3).join(' ')}"; the route is ignored`);
    i = target.next;
    const filters: number[] = [];
    const dpi: number[] = [];
    const gw: { -readonly [K in keyof RtxGateway]: RtxGateway[K] } = { target: target.target, text: target.text, filters, dpi, hide: false };
    while (i < words.length && words[i] !== 'gateway') {
      const w = words[i]!;
      if (w === 'hide') {
        gw.hide = true;
        i++;
      } else if (w === 'filter' || w === 'dpi') {
        const list = w === 'filter' ? filters : dpi;
        i++;
        while (i < words.length && parseNumber(words[i], w === 'filter' ? MAX_FILTER : undefined) !== undefined) list.push(Number(words[i++]));
        if (list.length === 0) return syntax(x, c, USAGE);
      } else if (w === 'metric' || w === 'weight' || w === 'keepalive') {
        const n = parseNumber(words[i + 1]);
        if (n === undefined) return syntax(x, c, USAGE);
        gw[w] = n;
        i += 2;
      } else {
        return syntax(x, c, USAGE);
      }
    }
    gateways.push(gw);
  }
  if (gateways.length === 0) return syntax(x, c, USAGE);
  x.b.addRoute({ line: c.st.line, prefix, destinationText: c.words[2]!, gateways });
}

function readTarget(words: readonly string[], at: number): { target: RtxGatewayTarget; text: string; next: number } | undefined {
  const w = words[at];
  if (w === undefined) return undefined;
  const address = parseAddress(w);
  if (address !== undefined) return { target: { kind: 'address', address }, text: w, next: at + 1 };
  if (w === 'pp') {
    const peer = words[at + 1];
    if (peer === 'anonymous') {
      const named = words[at + 2]?.startsWith('name=') ? 1 : 0;
      return { target: { kind: 'pp-anonymous' }, text: 'pp anonymous', next: at + 2 + named };
    }
    const n = parseNumber(peer);
    if (n === undefined) return undefined;
    const dlci = words[at + 2]?.startsWith('dlci=') ? 1 : 0;
    return { target: { kind: 'interface', name: `pp${n}` }, text: `pp ${n}`, next: at + 2 + dlci };
  }
  if (w === 'tunnel') {
    const n = parseNumber(words[at + 1]);
    return n === undefined ? undefined : { target: { kind: 'interface', name: `tunnel${n}` }, text: `tunnel ${n}`, next: at + 2 };
  }
  if (w === 'dhcp') {
    const name = words[at + 1];
    return name === undefined || interfaceKind(name) === undefined ? undefined : { target: { kind: 'dhcp', interface: name }, text: `dhcp ${name}`, next: at + 2 };
  }
  if (isNullInterface(w)) return { target: { kind: 'null' }, text: w, next: at + 1 };
  if (interfaceKind(w) === 'loopback') return { target: { kind: 'interface', name: w }, text: w, next: at + 1 };
  return undefined;
}
