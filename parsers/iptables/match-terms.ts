import type { MatchTerm } from '../../src/model/filter.js';
import type { Cond } from './conditions.js';

/**
 * Neutral match terms of a condition. The DNAT state becomes the model's DNAT restriction:
 * "translated" lists every DNAT entry of the host, "untranslated" is the model's own word.
 */
export function matchTerms(cond: Cond, dnatIds: readonly string[]): MatchTerm[] {
  return cond.map((t) => ({
    ...(t.ins && { inInterfaces: sorted(t.ins) }),
    ...(t.outs && { outInterfaces: sorted(t.outs) }),
    ...(t.dnat === 'untranslated' && { dnat: 'untranslated' as const }),
    ...(t.dnat === 'translated' && { dnat: dnatIds }),
    packets: t.packets,
  }));
}

/** Interface sets are shared between the terms of many rules; their sorted lists are too. */
const SORTED = new WeakMap<ReadonlySet<string>, readonly string[]>();

function sorted(set: ReadonlySet<string>): readonly string[] {
  let list = SORTED.get(set);
  if (!list) {
    list = [...set].sort();
    SORTED.set(set, list);
  }
  return list;
}
