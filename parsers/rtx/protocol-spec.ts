import type { Parsed } from './address-spec.js';
import type { ProtocolItem, ProtocolSpec } from './vendor-config.js';

/** Protocol mnemonics of the command reference. */
const PROTOCOL_NAMES: ReadonlyMap<string, number> = new Map([
  ['icmp', 1],
  ['tcp', 6],
  ['udp', 17],
  ['ipv6', 41],
  ['gre', 47],
  ['esp', 50],
  ['ah', 51],
  ['icmp6', 58],
]);

const SPECIAL: ReadonlyMap<string, ProtocolItem> = new Map<string, ProtocolItem>([
  ['*', { kind: 'any' }],
  ['icmp-error', { kind: 'icmp-error' }],
  ['icmp-info', { kind: 'icmp-info' }],
  ['tcpsyn', { kind: 'tcpsyn' }],
  ['tcpfin', { kind: 'tcpfin' }],
  ['tcprst', { kind: 'tcprst' }],
  ['established', { kind: 'established' }],
]);

/** Reads a protocol column: numbers, mnemonics, the TCP flag forms and comma lists of them. */
export function parseProtocolSpec(text: string): Parsed<ProtocolSpec> {
  const items: ProtocolItem[] = [];
  for (const raw of text.split(',')) {
    const word = raw.toLowerCase();
    const special = SPECIAL.get(word);
    if (special) {
      items.push(special);
      continue;
    }
    const named = PROTOCOL_NAMES.get(word);
    if (named !== undefined) {
      items.push({ kind: 'number', value: named });
      continue;
    }
    if (/^\d{1,3}$/.test(word) && Number(word) <= 255) {
      items.push({ kind: 'number', value: Number(word) });
      continue;
    }
    const flag = /^tcpflag(!?=)0x([0-9a-f]{1,4})\/0x([0-9a-f]{1,4})$/.exec(word);
    if (flag) {
      items.push({ kind: 'tcpflag', negate: flag[1] === '!=', value: Number.parseInt(flag[2]!, 16), mask: Number.parseInt(flag[3]!, 16) });
      continue;
    }
    return { ok: false, error: `"${raw}" is not a protocol` };
  }
  const only = items.length === 1 ? items[0] : undefined;
  const icmpAlone = only !== undefined && only.kind === 'number' && only.value === 1;
  return { ok: true, value: { text, items: items.slice(), icmpAlone } };
}
