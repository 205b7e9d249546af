import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleIndex } from '../../src/analysis/rule-index.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { PacketSet } from '../../src/space/packet-set.js';
import { space } from '../helpers/build-network.js';

/** A destination of any width inside 10.0.0.0/16 (or IPv6, or anywhere), so that hulls nest, touch and miss. */
const arbDestination = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 32 })).map(([c, d, len]) => {
    const size = 2 ** (32 - len);
    const base = Math.floor((c * 256 + d) / size) * size;
    return space(`10.0.${Math.floor(base / 256) % 256}.${base % 256}/${len}`);
  }),
  fc.constant(space('2001:db8::/64')),
  fc.constant(AddressSpace.ANY),
);
const arbSet = fc.array(arbDestination, { minLength: 1, maxLength: 3 }).map((dsts) => PacketSet.unionAll(dsts.map((d) => PacketSet.of(AddressSpace.ANY, d))));

describe('RuleIndex', () => {
  it('names every rule that overlaps the packets, once each, in rule order', () => {
    fc.assert(
      fc.property(fc.array(arbSet, { maxLength: 40 }), arbSet, (rules, packets) => {
        const candidates = new RuleIndex(rules).candidates(packets);
        expect(candidates).toEqual([...new Set(candidates)].sort((a, b) => a - b));
        for (const [i, rule] of rules.entries()) if (rule.overlaps(packets)) expect(candidates).toContain(i);
        for (const i of candidates) expect(i).toBeLessThan(rules.length);
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
