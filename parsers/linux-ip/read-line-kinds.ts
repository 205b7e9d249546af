import { parseAddressWithPrefix } from '../../src/space/ip.js';

/** `ip -br addr` states in its second column. */
const BRIEF_STATES = new Set(['UP', 'DOWN', 'UNKNOWN', 'LOWERLAYERDOWN', 'DORMANT', 'NOTPRESENT', 'TESTING']);

/** A hostname as `hostname` prints it: letters, digits, hyphens and dots, starting with a letter or digit. */
export function isHostname(word: string): boolean {
  if (word.length === 0 || word.length > 253) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || ((c === 0x2d || c === 0x2e || c === 0x5f) && i > 0);
    if (!ok) return false;
  }
  return true;
}

/** "2:" — the interface index `ip` prints first. */
export function indexWord(word: string | undefined): number | undefined {
  if (word === undefined || word.length < 2 || !word.endsWith(':')) return undefined;
  const digits = word.slice(0, -1);
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

/** A `key = value` or `key=value` line as sysctl prints it. */
export function sysctlLine(line: string): { key: string; value: string } | undefined {
  const eq = line.indexOf('=');
  if (eq <= 0) return undefined;
  const key = line.slice(0, eq).trim();
  const value = line.slice(eq + 1).trim();
  if (!/^[a-z][a-z0-9_]*([./][A-Za-z0-9_@:-]+)+$/.test(key)) return undefined;
  return { key: key.replace(/\//g, '.'), value };
}

/** `eth0  UP  10.130.5.10/16 fe80::1/64`: the brief format, interface, state, then addresses. */
export function briefAddressLine(w: readonly string[]): boolean {
  if (w.length < 2 || !BRIEF_STATES.has(w[1]!)) return false;
  return w.slice(2).every((a) => parseAddressWithPrefix(a) !== undefined);
}
