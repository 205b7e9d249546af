import type { MatchTerm } from '../model/filter.js';
import { PacketSet } from '../space/packet-set.js';

/**
 * Whether a rule's term applies to packets entering on `inIface`, leaving on `outIface`, that
 * the device's DNAT entry `dnat` translated (undefined: untranslated). `outIface` undefined:
 * the packets are addressed to the device, so egress conditions never hold.
 */
export function termApplies(term: MatchTerm, inIface: string, outIface: string | undefined, dnat: string | undefined): boolean {
  if (term.inInterfaces !== undefined && !term.inInterfaces.includes(inIface)) return false;
  if (term.outInterfaces !== undefined && (outIface === undefined || !term.outInterfaces.includes(outIface))) return false;
  if (term.dnat === undefined) return true;
  if (term.dnat === 'untranslated') return dnat === undefined;
  return dnat !== undefined && term.dnat.includes(dnat);
}

/**
 * The packets of the terms together. One term is the common case: its own set is shared, not
 * copied, since a rule's set is asked for in every situation it applies to.
 */
export function packetsOfTerms(terms: readonly MatchTerm[]): PacketSet {
  return terms.length === 1 ? terms[0]!.packets : PacketSet.unionAll(terms.map((t) => t.packets));
}
