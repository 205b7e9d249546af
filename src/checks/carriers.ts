import type { Outcome } from '../analysis/flow.js';
import { AddressSpace } from '../space/address-space.js';
import { PacketSet } from '../space/packet-set.js';
import { preimage, uniformize } from '../space/transform.js';
import type { CheckContext } from './context.js';
import type { Carrier } from './types.js';

/**
 * A carrier as two tests: on the initiator's address, and on the packet as delivered (real
 * destination host and service, after any NAT), because that is what a sanitizer, an
 * approval, a breakout or a published service declares.
 */
export interface CarrierTerm {
  readonly initiator: AddressSpace;
  readonly delivered: PacketSet;
}

/**
 * The packets of the outcome that no carrier term covers and that, as delivered, fall in
 * `scope` (every packet when absent). A NAT pool choice counts if any choice does: the verdict
 * is about what can happen. Build the terms once per check with `carrierTerms`.
 */
export function uncarried(terms: readonly CarrierTerm[], outcome: Outcome, scope?: PacketSet): PacketSet {
  if (terms.length === 0 && scope === undefined) return outcome.orig;
  // Most outcomes deliver nowhere near a narrow scope (one asset among thousands): a test on
  // the whole transform settles them before it is split. Its pools count if any choice does,
  // so this preimage holds every piece's, and missing it means no piece can meet the scope.
  if (scope && !outcome.orig.overlaps(preimage(scope, outcome.t))) return PacketSet.EMPTY;
  const predicates = [...terms.map((x) => x.delivered), ...(scope ? [scope] : [])];
  let violating = PacketSet.EMPTY;
  for (const t of uniformize(outcome.t, predicates)) {
    let rest = scope ? outcome.orig.intersect(preimage(scope, t)) : outcome.orig;
    for (const term of terms) {
      if (rest.isEmpty()) break;
      rest = rest.subtract(preimage(term.delivered, t).restrictSrc(term.initiator));
    }
    violating = violating.union(rest);
  }
  return violating;
}

/** The site entries the carriers name, as terms. */
export function carrierTerms(ctx: CheckContext, carriers: readonly Carrier[]): CarrierTerm[] {
  const terms: CarrierTerm[] = [];
  for (const carrier of carriers) {
    switch (carrier.type) {
      case 'approved':
        for (const a of ctx.site.approved) terms.push({ initiator: a.from, delivered: PacketSet.of(AddressSpace.ANY, a.to, a.services) });
        break;
      case 'breakout':
        for (const b of ctx.site.breakout) terms.push({ initiator: AddressSpace.ANY, delivered: PacketSet.of(AddressSpace.ANY, b.destinations, b.services) });
        break;
      case 'published':
        for (const p of ctx.site.published) terms.push({ initiator: AddressSpace.ANY, delivered: PacketSet.of(AddressSpace.ANY, p.hosts, p.services) });
        break;
      case 'sanitizer':
        for (const s of ctx.site.sanitizers) {
          if (!carrier.methods.includes(s.method)) continue;
          if (carrier.end !== 'destination') terms.push({ initiator: s.hosts, delivered: PacketSet.of(AddressSpace.ANY, AddressSpace.ANY, s.services) });
          if (carrier.end !== 'source') terms.push({ initiator: AddressSpace.ANY, delivered: PacketSet.of(AddressSpace.ANY, s.hosts, s.services) });
        }
        break;
    }
  }
  return terms;
}
