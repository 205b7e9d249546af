import type { IntervalSet } from '../../src/space/interval-set.js';
import { type ServiceBox, ServiceSet } from '../../src/space/service-set.js';

/**
 * The same services in fewer boxes: boxes equal in protocol and source ports are merged on
 * their destination ports, then boxes equal in both port fields are merged on protocol
 * (DNS's tcp/53 and udp/53 become one box). A rule's packet set has one box per service box,
 * and every later set operation costs per box, so this pays off far beyond the parser.
 */
export function compactServices(set: ServiceSet): ServiceSet {
  if (set.boxes.length < 2) return set;
  const byPorts = mergeOn(mergeOn(set.boxes, 'dport'), 'proto');
  return byPorts.length === set.boxes.length ? set : new ServiceSet(byPorts);
}

type Field = keyof ServiceBox;

function mergeOn(boxes: readonly ServiceBox[], field: Field): ServiceBox[] {
  const groups = new Map<string, ServiceBox>();
  for (const box of boxes) {
    const key = keyWithout(box, field);
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, [field]: (seen[field] as IntervalSet<number>).union(box[field]) } : box);
  }
  return [...groups.values()];
}

function keyWithout(box: ServiceBox, field: Field): string {
  let key = '';
  for (const f of ['proto', 'sport', 'dport'] as const) if (f !== field) key += `${box[f].bounds.join(',')}|`;
  return key;
}
