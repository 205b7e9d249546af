import type { Outcome } from '../../../src/analysis/flow.js';
import { formatIPv4 } from '../../../src/space/ip.js';
import type { Packet } from '../../../src/space/packet.js';
import { applyToPacket } from '../../../src/space/transform.js';
import type { VendorOutcome } from './evaluate.js';

/** What an outcome of the analysis says about one packet: fate, egress, translated destination, deciding rules. */
export function modelKey(o: Outcome, p: Packet): string {
  const hop = o.hops[0];
  const t = applyToPacket(o.t, p);
  const decisions = (hop?.decisions ?? []).map((d) => `${d.stage}:${d.ruleId ?? `default-${d.action}`}`);
  return key(o.disposition, hop?.out, t.dst.value as number, t.dstPort, decisions);
}

export function vendorKey(v: VendorOutcome): string {
  return key(v.disposition, v.out, v.dst, v.dport, v.decisions);
}

function key(disposition: string, out: string | undefined, dst: number, dport: number, decisions: readonly string[]): string {
  return `${disposition} out=${out ?? '-'} dst=${formatIPv4(dst)}:${dport} [${decisions.join(' | ')}]`;
}
