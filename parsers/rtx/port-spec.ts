import { type Parsed } from './address-spec.js';
import { PORT_NAMES } from './port-names.js';
import type { PortSpec } from './vendor-config.js';

/**
 * Reads a port column: `*`, N, mnemonics, N-M, -M, N-, comma lists (the router allows ten
 * items). With `icmp` alone in the protocol column the columns hold ICMP type and code,
 * numbers from 0 to 255 only.
 */
export function parsePortSpec(text: string, icmp: boolean): Parsed<PortSpec> {
  const max = icmp ? 255 : 65535;
  let any = false;
  const ranges: Array<readonly [number, number]> = [];
  for (const item of text.split(',')) {
    if (item === '*') {
      any = true;
      continue;
    }
    const dash = item.indexOf('-', 1);
    const leading = item.startsWith('-');
    if (leading || dash > 0) {
      const left = leading ? '' : item.slice(0, dash);
      const right = leading ? item.slice(1) : item.slice(dash + 1);
      const lo = left === '' ? [0, 0] : value(left, icmp, max);
      const hi = right === '' ? [max, max] : value(right, icmp, max);
      if (!lo || !hi || (left === '' && right === '')) return { ok: false, error: `"${item}" is not a ${icmp ? 'type/code' : 'port'} range` };
      if (hi[1] < lo[0]) return { ok: false, error: `"${item}" is a range whose end comes before its start` };
      ranges.push([lo[0], hi[1]]);
      continue;
    }
    const v = value(item, icmp, max);
    if (!v) return { ok: false, error: icmp ? `"${item}" is not an ICMP type or code (0-255)` : `"${item}" is not a port number or a known port name` };
    ranges.push(v);
  }
  return { ok: true, value: { text, any, ranges: ranges.slice() } };
}

/** A number or mnemonic as the [lowest, highest] port it names (`ftp` is 20-21, both used). */
function value(text: string, icmp: boolean, max: number): readonly [number, number] | undefined {
  if (/^\d{1,5}$/.test(text)) {
    const n = Number(text);
    return n <= max ? [n, n] : undefined;
  }
  if (icmp) return undefined;
  const ports = PORT_NAMES.get(text.toLowerCase());
  if (!ports) return undefined;
  return [Math.min(...ports), Math.max(...ports)];
}
