import type { AddressSpace } from '../../src/space/address-space.js';
import { Occurrences } from '../common/occurrences.js';
import type { AsaNat, AsaObjectNat, AsaTwiceNat } from './vendor-config.js';

/** A NAT rule with its place in ASA's NAT table and a stable id. */
export interface OrderedNat {
  /** "section1/2" for the second twice NAT rule, "section2/obj-web" for object NAT, "section3/1". */
  readonly id: string;
  /**
   * For twice NAT, whose id is a position: the section and the rule's content, so that a rule
   * inserted above does not change it (for fingerprints). Absent for object NAT, named by its object.
   */
  readonly identity?: string;
  /** The rule as read. */
  readonly rule: AsaNat;
}

/**
 * ASA 8.3+ evaluates NAT rules as one table in three sections, first match wins:
 *
 * 1. twice NAT in configuration order (an explicit line number inserts at that line);
 * 2. object NAT, static rules before dynamic ones, each kind ordered by the number of real
 *    addresses (fewest first), then by the lowest real address, then by object name;
 * 3. twice NAT written with `after-auto`, in configuration order.
 *
 * Inactive rules take no place. `realSpace` gives an object NAT rule's real addresses.
 */
export function orderNats(nats: readonly AsaNat[], realSpace: (rule: AsaObjectNat) => AddressSpace): OrderedNat[] {
  const section = (n: 1 | 3) => {
    const list: AsaTwiceNat[] = [];
    for (const r of nats) {
      if (r.kind !== 'twice' || r.section !== n || r.inactive) continue;
      if (r.position !== undefined && r.position <= list.length) list.splice(r.position - 1, 0, r);
      else list.push(r);
    }
    const identities = new Occurrences();
    return list.map((rule, i) => ({ id: `section${n}/${i + 1}`, identity: identities.next(`section${n}/${twiceContent(rule)}`), rule }));
  };
  const objects = nats.filter((r): r is AsaObjectNat => r.kind === 'object');
  const keyed = objects.map((rule) => {
    const space = realSpace(rule);
    return { rule, size: addressCount(space), lowest: lowestAddress(space) };
  });
  keyed.sort((a, b) => {
    if (a.rule.type !== b.rule.type) return a.rule.type === 'static' ? -1 : 1;
    if (a.size !== b.size) return a.size < b.size ? -1 : 1;
    if (a.lowest !== b.lowest) return a.lowest < b.lowest ? -1 : 1;
    return a.rule.object < b.rule.object ? -1 : a.rule.object > b.rule.object ? 1 : 0;
  });
  return [...section(1), ...keyed.map(({ rule }) => ({ id: `section2/${rule.object}`, rule })), ...section(3)];
}

/** What a twice NAT rule translates, without its line, its explicit position or its description. */
function twiceContent(rule: AsaTwiceNat): string {
  const { line: _line, position: _position, description: _description, ...content } = rule;
  return JSON.stringify(content);
}

/** Number of addresses, IPv4 and IPv6 together, as a bigint (IPv6 objects are huge). */
function addressCount(space: AddressSpace): bigint {
  let n = 0n;
  for (const [lo, hi] of space.v4.ranges()) n += BigInt(hi - lo);
  for (const [lo, hi] of space.v6.ranges()) n += hi - lo;
  return n;
}

/** The lowest address as a comparable bigint, IPv4 before IPv6; objects without addresses last. */
function lowestAddress(space: AddressSpace): bigint {
  const v4 = space.v4.min();
  if (v4 !== undefined) return BigInt(v4);
  const v6 = space.v6.min();
  return v6 === undefined ? 1n << 130n : (1n << 32n) + v6;
}
