import type { AddressSpace } from '../../../src/space/address-space.js';
import type { Packet } from '../../../src/space/packet.js';
import type { AddressSpec, PortSpec, RtxConfig, RtxStaticFilter } from '../../../parsers/rtx/vendor-config.js';
import type { Prng } from '../../helpers/prng.js';
import type { GeneratedConfig } from './generate-config.js';

const v4 = (value: number) => ({ family: 4 as const, value });

/**
 * Packets whose source lies in `sources`: half drawn over the configuration's interesting
 * values, half aimed at a random static filter (inside its columns where the source space
 * allows), so that rules deep in a list and rare protocol forms are met, not only defaults.
 */
export function samplePackets(r: Prng, gen: GeneratedConfig, config: RtxConfig, sources: AddressSpace, count: number): Packet[] {
  const srcs = gen.addresses.filter((a) => sources.contains(v4(a)));
  for (const [lo, hi] of sources.v4.ranges()) srcs.push(lo, hi - 1, lo + Math.floor((hi - lo) / 2));
  if (srcs.length === 0) return [];
  const filters = [...config.staticFilters.values()].filter((f) => !f.broken);
  const out: Packet[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1 && filters.length > 0) out.push(aimed(r, r.pick(filters), srcs, gen.addresses, sources));
    else out.push(random(r, srcs, gen.addresses));
  }
  return out;
}

function random(r: Prng, srcs: readonly number[], dsts: readonly number[]): Packet {
  const protocol = r.pick([6, 6, 6, 17, 17, 1, 1, 47, 50]);
  const icmp = protocol === 1;
  return {
    src: v4(r.pick(srcs)),
    dst: v4(r.pick(dsts)),
    protocol,
    // For ICMP the ports hold the code (source) and the type (destination).
    srcPort: icmp ? r.pick([0, 0, 1]) : r.pick([1000, 53, 20, 22, 2000, 40000]),
    dstPort: icmp ? r.pick([0, 3, 5, 8, 8, 11, 13, 30]) : r.pick([20, 21, 22, 23, 25, 53, 80, 80, 123, 161, 443, 587, 1024, 2222, 8080]),
  };
}

/** A packet inside the filter's columns, as far as the injected source space allows. */
function aimed(r: Prng, f: RtxStaticFilter, srcs: readonly number[], dsts: readonly number[], sources: AddressSpace): Packet {
  const item = r.pick(f.protocol.items);
  let protocol: number;
  switch (item.kind) {
    case 'number':
      protocol = item.value;
      break;
    case 'any':
      protocol = r.pick([6, 17, 1, 47]);
      break;
    case 'icmp-error':
    case 'icmp-info':
      protocol = 1;
      break;
    default:
      protocol = 6;
  }
  const src = inside(r, f.source, srcs.filter((a) => inSpec(f.source, a))) ?? r.pick(srcs);
  const dst = inside(r, f.destination, dsts.filter((a) => inSpec(f.destination, a))) ?? r.pick(dsts);
  let srcPort = port(r, f.sourcePorts, 40000);
  let dstPort = port(r, f.destinationPorts, 80);
  if (protocol === 1) {
    // `icmp` alone: source column = type, destination column = code.
    const type = f.protocol.icmpAlone ? port(r, f.sourcePorts, 8) : r.pick([0, 3, 8, 11, 13, 30]);
    const code = f.protocol.icmpAlone ? port(r, f.destinationPorts, 0) : 0;
    dstPort = Math.min(type, 255);
    srcPort = Math.min(code, 255);
  }
  return { src: v4(sources.contains(v4(src)) ? src : r.pick(srcs)), dst: v4(dst), protocol, srcPort, dstPort };
}

function inSpec(spec: AddressSpec, a: number): boolean {
  return spec.any || spec.ranges.some(([lo, hi]) => a >= lo && a <= hi);
}

function inside(r: Prng, spec: AddressSpec, candidates: readonly number[]): number | undefined {
  if (candidates.length > 0 && r.chance(0.5)) return r.pick(candidates);
  if (spec.ranges.length === 0) return undefined;
  const [lo, hi] = r.pick(spec.ranges);
  return r.pick([lo, hi, lo + Math.floor((hi - lo) / 2)]);
}

function port(r: Prng, spec: PortSpec, fallback: number): number {
  if (spec.any || spec.ranges.length === 0) return fallback;
  const [lo, hi] = r.pick(spec.ranges);
  return r.pick([lo, hi]);
}
