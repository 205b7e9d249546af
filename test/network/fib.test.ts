import { describe, expect, it } from 'vitest';
import { buildFib } from '../../src/network/fib.js';
import { parseIp } from '../../src/space/ip.js';
import { device, iface, route } from '../helpers/build-network.js';

function lookup(fib: ReturnType<typeof buildFib>, address: string) {
  const a = parseIp(address)!;
  return fib.entries.find((e) => e.dst.contains(a))?.nextHops.map((h) => (h.kind === 'discard' ? 'discard' : `${h.kind}:${h.iface}:${h.route.kind}:${h.route.id ?? ''}`));
}

describe('forwarding table', () => {
  const d = device('r', {
    interfaces: [iface('a', '10.0.0.1/24'), iface('b', '10.0.1.1/24'), iface('down', '10.0.2.1/24', { enabled: false })],
    routes: [
      route('1', '0.0.0.0/0', '10.0.0.254'),
      route('2', '10.20.0.0/16', '10.0.0.254', { distance: 10 }),
      route('3', '10.20.0.0/16', '10.0.1.254', { distance: 5 }),
      route('4', '10.30.0.0/16', '10.0.0.254'),
      route('5', '10.30.0.0/16', '10.0.1.254'),
      route('6', '10.40.0.0/16', '10.0.2.254'),
      route('7', '10.50.0.0/16', '10.0.0.254', { discard: true }),
      route('8', '10.0.0.0/24', '10.0.1.254'),
      route('9', '10.60.0.0/16', '10.0.0.254', { enabled: false }),
    ],
  });
  const fib = buildFib(d);

  it('prefers the longest prefix, then the lowest distance', () => {
    expect(lookup(fib, '10.20.3.4')).toEqual(['gateway:b:static:3']);
    expect(lookup(fib, '8.8.8.8')).toEqual(['gateway:a:static:1']);
  });

  it('keeps equal routes as equal-cost alternatives', () => {
    expect(lookup(fib, '10.30.0.9')).toEqual(['gateway:a:static:4', 'gateway:b:static:5']);
  });

  it('lets connected subnets win over a static route for the same prefix', () => {
    expect(lookup(fib, '10.0.0.7')).toEqual(['direct:a:connected:']);
  });

  it('drops routes whose gateway is unreachable or that are disabled, and honours discard routes', () => {
    expect(lookup(fib, '10.40.0.1')).toEqual(['gateway:a:static:1']);
    expect(fib.inactive.map((i) => [i.route.id, i.reason])).toEqual([
      ['6', 'gateway is not on a connected subnet'],
      ['9', 'disabled'],
    ]);
    expect(lookup(fib, '10.50.1.1')).toEqual(['discard']);
  });

  it('has disjoint entries', () => {
    for (let i = 0; i < fib.entries.length; i++) for (let j = i + 1; j < fib.entries.length; j++) expect(fib.entries[i]!.dst.overlaps(fib.entries[j]!.dst)).toBe(false);
  });
});
