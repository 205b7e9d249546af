import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ownership } from '../../src/network/ownership.js';
import { parseIp } from '../../src/space/ip.js';
import { segment, site, space } from '../helpers/build-network.js';

describe('Ownership', () => {
  const s = site({
    segments: [segment('internet', 'internet', '10.30.0.0/16'), segment('dmz', 'dmz', '10.30.9.0/24')],
    externals: [
      { id: 'net', kind: 'internet', networks: 'default', attach: [] },
      { id: 'lgwan-wan', kind: 'lgwan', networks: space('172.16.0.0/12'), attach: [] },
    ],
    transit: space('10.255.0.0/16'),
  });
  const own = new Ownership(s);
  const ownerOf = (a: string) => own.ownerOf(parseIp(a)!)?.id;

  it('gives nested space to the most specific declaration', () => {
    expect(ownerOf('10.30.9.7')).toBe('dmz');
    expect(ownerOf('10.30.8.7')).toBe('internet');
  });

  it('gives the default external everything left, and transit its links', () => {
    expect(ownerOf('8.8.8.8')).toBe('net');
    expect(ownerOf('2001:db8::1')).toBe('net');
    expect(ownerOf('172.20.1.1')).toBe('lgwan-wan');
    expect(ownerOf('10.255.0.1')).toBe('transit');
  });

  it('partitions the address space: owners never overlap and cover everything', () => {
    const spaces = own.owners.map((o) => own.spaceOf(o.id));
    for (let i = 0; i < spaces.length; i++) for (let j = i + 1; j < spaces.length; j++) expect(spaces[i]!.overlaps(spaces[j]!)).toBe(false);
    expect(own.unclaimed().isEmpty()).toBe(true);
  });

  it('leaves unclaimed space unclassified when there is no default external', () => {
    const without = new Ownership(site({ segments: [segment('lgwan', 'lgwan', '10.20.0.0/16')] }));
    expect(without.ownerOf(parseIp('192.168.0.1')!)).toBeUndefined();
    expect(without.unclaimed().contains(parseIp('192.168.0.1')!)).toBe(true);
  });

  it('finds the owner of every address as a test of each owner\'s space does (random nested networks)', () => {
    // Networks inside 10.0.0.0/16, so that random prefixes nest and touch often.
    const prefix = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 32 })).map(([c, d, len]) => `10.0.${c}.${d}/${len}`);
    fc.assert(
      fc.property(fc.array(fc.array(prefix, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(fc.integer({ min: 0, max: 2 ** 16 - 1 }), { minLength: 20, maxLength: 40 }), (networks, withDefault, probes) => {
        const segments = networks.map((cidrs, i) => segment(`s${i}`, 'lgwan', ...cidrs.map((c) => normalize(c))));
        const externals = withDefault ? [{ id: 'net', kind: 'internet' as const, networks: 'default' as const, attach: [] }] : [];
        const own = new Ownership(site({ segments, externals }));
        for (const n of probes) {
          const address = parseIp(`10.0.${n >> 8}.${n & 255}`)!;
          const expected = own.owners.filter((o) => own.spaceOf(o.id).contains(address)).map((o) => o.id);
          expect(expected.length).toBeLessThanOrEqual(1);
          expect(own.ownerOf(address)?.id).toBe(expected[0]);
        }
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

/** The network address of a CIDR whose host bits are set (10.0.3.7/24 → 10.0.3.0/24). */
function normalize(cidr: string): string {
  const [address, len] = cidr.split('/') as [string, string];
  const value = address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  const size = 2 ** (32 - Number(len));
  const base = Math.floor(value / size) * size;
  return `${[24, 16, 8, 0].map((shift) => Math.floor(base / 2 ** shift) % 256).join('.')}/${len}`;
}
