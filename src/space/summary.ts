import { formatAddressParts } from './address-space.js';
import type { Box } from './box.js';
import { IntervalSet, type Scalar } from './interval-set.js';
import type { PacketSet } from './packet-set.js';
import { formatServiceBox } from './service-set.js';

/** How many parts of one field to print before "…". */
const FIELD_LIMIT = 4;

/**
 * The set as readable lines, one per box: "10.30.0.0/16 → 10.20.1.8 tcp/445".
 * At most `limit` lines; a last line says how many boxes were left out.
 */
export function summarizePacketSet(set: PacketSet, limit = 5): string[] {
  const lines: string[] = [];
  const all = [...set.v4.map((b) => describeBox(b, 4)), ...set.v6.map((b) => describeBox(b, 6))];
  lines.push(...all.slice(0, limit));
  if (all.length > limit) lines.push(`… and ${all.length - limit} more`);
  return lines;
}

function describeBox(box: Box<Scalar>, family: 4 | 6): string {
  const none4 = IntervalSet.empty<number>();
  const none6 = IntervalSet.empty<bigint>();
  const addresses = (field: IntervalSet<Scalar>) =>
    family === 4
      ? formatAddressParts(field as IntervalSet<number>, none6)
      : formatAddressParts(none4, field as IntervalSet<bigint>);
  return `${limitParts(addresses(box.src))} → ${limitParts(addresses(box.dst))} ${formatServiceBox(box)}`;
}

function limitParts(parts: string[]): string {
  if (parts.length <= FIELD_LIMIT) return parts.join(',');
  return `${parts.slice(0, FIELD_LIMIT).join(',')},…(+${parts.length - FIELD_LIMIT})`;
}
