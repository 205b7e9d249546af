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
});
