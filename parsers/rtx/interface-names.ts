import type { RtxInterfaceKind } from './vendor-config.js';

const PATTERNS: ReadonlyArray<readonly [RegExp, RtxInterfaceKind]> = [
  [/^lan\d{1,2}$/, 'lan'],
  [/^lan\d{1,2}\/\d{1,3}$/, 'tagged-vlan'],
  [/^lan\d{1,2}\.\d{1,2}$/, 'lan-division'],
  [/^vlan\d{1,3}$/, 'vlan'],
  [/^bridge\d{1,2}$/, 'bridge'],
  [/^loopback\d{1,2}$/, 'loopback'],
  [/^wan\d{1,2}$/, 'wan'],
];

/**
 * The kind of a LAN-side interface name as commands write it after `ip` (`ip lan1/2 address`),
 * or undefined. pp and tunnel interfaces are written `ip pp …` / `ip tunnel …` inside their
 * select blocks and named "pp1", "tunnel1" here.
 */
export function interfaceKind(word: string): RtxInterfaceKind | undefined {
  for (const [pattern, kind] of PATTERNS) if (pattern.test(word)) return kind;
  return undefined;
}

/** Kinds on the LAN side of the router, which the `lan` host keyword and `httpd host lan` cover. */
export const LAN_SIDE_KINDS: ReadonlySet<RtxInterfaceKind> = new Set(['lan', 'tagged-vlan', 'lan-division', 'vlan', 'bridge']);

/** `null`, `null0`: the discard interface of `ip route … gateway null`. */
export function isNullInterface(word: string): boolean {
  return /^null\d{0,2}$/.test(word);
}
