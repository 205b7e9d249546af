import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DevicePlans } from '../../src/analysis/device-plan.js';
import type { Outcome } from '../../src/analysis/flow.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { formatIp } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { type TraceClassDocument, packetTraceDocument } from '../../src/trace/trace-document.js';
import type { TraceClass } from '../../src/trace/trace-class.js';
import { tracePackets } from '../../src/trace/trace-packets.js';
import type { IngressChoice } from '../../src/trace/trace-query.js';
import { renderTraceText } from '../../src/trace/trace-text.js';
import { Prng } from '../helpers/prng.js';
import { type RandomNetwork, randomNetwork, randomPackets } from '../helpers/random-network.js';
import { finalSources, outcomeKey, simulate } from '../helpers/simulate.js';

/**
 * The acceptance test of `sansou trace`: on random networks, a trace of one packet must give
 * exactly the fates and paths the brute-force simulator (test/helpers/simulate.ts, written
 * without src/analysis) finds for that packet — disposition, destination, every hop's
 * interfaces, NAT, route and deciding rules — read from the trace's own document, as printed.
 */

/** The simulator's keys for one class of the trace, from its document (and its NAT, for the final source). */
function keysOf(doc: TraceClassDocument, traced: TraceClass, p: Packet): string[] {
  const steps = doc.hops.map((h) => ({
    device: h.device,
    in: h.in,
    ...(h.out === undefined ? {} : { out: h.out }),
    ...(h.dnatEntry ? { dnat: h.dnatEntry.id } : {}),
    ...(h.routeEntry ? { route: h.routeEntry.prefix } : {}),
    ...(h.routeEntry?.gateway === undefined ? {} : { gateway: h.routeEntry.gateway }),
    decisions: h.decisions.map((d) => d.rule ?? `default-${d.action}`),
    ...(h.snatEntry?.rule === undefined ? {} : { snat: h.snatEntry.rule }),
  }));
  const to = doc.deliveredTo ?? doc.acceptedBy;
  return traced.outcomes.filter((o) => o.orig.contains(p)).flatMap((o) => finalSources(o, p).map((src) => outcomeKey(doc.disposition, to, steps, src)));
}

interface Compared {
  packets: number;
  denied: number;
}

/** Traces `p` (from `ingress`, or from where the trace itself chooses) and compares each entry with the simulator. */
function compare(net: RandomNetwork, topology: Topology, plans: DevicePlans, p: Packet, seen: Compared, ingress?: IngressChoice): void {
  const query = { kind: 'packet' as const, src: p.src, dst: p.dst, service: { protocol: p.protocol, srcPort: p.srcPort, dstPort: p.dstPort }, ...(ingress ? { ingress } : {}) };
  const traced = tracePackets(topology, plans, query);
  const ctx = { site: net.site, topology, version: 'test', hints: {} };
  const doc = packetTraceDocument(ctx, { src: formatIp(p.src), dst: formatIp(p.dst) }, traced.entries, traced.classes);
  expect(doc.entries!.length).toBeGreaterThan(0);
  for (const entry of doc.entries!) {
    const mine = doc.classes.flatMap((c, k) => (c.entry.device === entry.device && c.entry.iface === entry.iface ? [[c, traced.classes[k]!] as const] : []));
    const actual = new Set(mine.flatMap(([c, t]) => keysOf(c, t, p)));
    const expected = simulate(net.devices, net.site, entry, p);
    expect([...actual].sort()).toEqual([...expected].sort());
    for (const [c] of mine) {
      // One packet: the witness is that packet.
      expect(c.witness).toEqual({ src: formatIp(p.src), dst: formatIp(p.dst), protocol: c.witness.protocol, srcPort: p.srcPort, dstPort: p.dstPort });
      if (c.disposition === 'denied') seen.denied++;
    }
    seen.packets++;
  }
  // A denied packet's text names what denied it: the rule, or the stage default.
  const text = renderTraceText(doc, 'random', 'en');
  for (const c of doc.classes) {
    if (c.stop?.cause === 'rule') expect(text).toContain(`denied by rule ${c.stop.rule} on ${c.stop.device} (${c.stop.stage})`);
    if (c.stop?.cause === 'default') expect(text).toContain(`denied by the default of ${c.stop.stage} on ${c.stop.device}`);
  }
  expect(doc.getsThrough).toBe(doc.classes.some((c) => c.disposition === 'delivered' || c.disposition === 'accepted'));
}

describe('sansou trace against the brute-force simulator', () => {
  it('gives every sampled packet exactly the simulator’s fates and paths, from each entry (random networks)', () => {
    const seen: Compared = { packets: 0, denied: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 2 }), (seed) => {
        const net = randomNetwork(seed);
        const topology = new Topology(net.devices, net.site);
        const plans = new DevicePlans(topology);
        const r = new Prng(seed ^ 0x2545f491);
        const starts = startsFor(topology);
        for (const start of starts) {
          // From each of the analysis' injection points, as --ingress names it ...
          for (const p of randomPackets(r, net, start.packets.srcSpace(), 4)) compare(net, topology, plans, p, seen, { device: start.device, iface: start.iface });
        }
        // ... and from wherever the trace itself enters for the packet's source.
        for (const start of starts) {
          for (const p of randomPackets(r, net, start.packets.srcSpace(), 2)) {
            const traced = tracePackets(topology, plans, { kind: 'packet', src: p.src, dst: p.dst, service: {} });
            // The trace enters only where the analysis injects the source's owner.
            for (const e of traced.entries) expect(starts.some((s) => s.source === e.source && s.device === e.device && s.iface === e.iface)).toBe(true);
            compare(net, topology, plans, p, seen);
          }
        }
      }),
      { numRuns: Number(process.env.TRACE_ORACLE_RUNS ?? 120) },
    );
    // Guard against a generator that silently stops producing packets, or never a denial.
    expect(seen.packets).toBeGreaterThan(400);
    expect(seen.denied).toBeGreaterThan(50);
  });
});
