import type { Outcome } from '../../../src/analysis/flow.js';
import type { Segment, Site } from '../../../src/site/types.js';
import type { Packet } from '../../../src/space/packet.js';
import { applyToPacket } from '../../../src/space/transform.js';
import { segment, site } from '../../helpers/build-network.js';
import type { Prng } from '../../helpers/prng.js';
import { type Pkt, verdictKey } from './evaluate.js';
import { type GeneratedAsa, ip } from './generate.js';

const KINDS: ReadonlyArray<Segment['kind']> = ['internet', 'lgwan', 'mynumber', 'dmz'];

/** One segment per interface subnet (s0, s1 …), so every interface is an injection point. */
export function siteFor(g: GeneratedAsa): Site {
  return site({ segments: g.interfaces.map((f, k) => segment(`s${k}`, KINDS[k % KINDS.length]!, `${ip(f.base)}/28`)) });
}

const DPORTS = [22, 23, 25, 53, 80, 135, 139, 443, 445, 2222, 8080, 8443];
const SPORTS = [22, 53, 80, 443];

/** Packets from the interface's subnet to the interesting addresses, ports and protocols. */
export function samplePackets(r: Prng, g: GeneratedAsa, base: number, count: number): Pkt[] {
  const out: Pkt[] = [];
  for (let i = 0; i < count; i++) {
    const proto = r.pick([6, 6, 6, 17, 17, 1, 47]);
    const dst = r.chance(0.85) ? r.pick(g.targets) : 0x0a000000 + r.int(0, 1100);
    const src = base + r.int(0, 15);
    if (proto === 1) {
      out.push({ src, dst, proto, sport: r.chance(0.8) ? 0 : r.int(0, 15), dport: r.pick([0, 3, 8, 8, 11, 13]) });
    } else {
      out.push({ src, dst, proto, sport: r.chance(0.3) ? r.pick(SPORTS) : r.int(1024, 65535), dport: r.chance(0.85) ? r.pick(DPORTS) : r.int(0, 65535) });
    }
  }
  return out;
}

export function toPacket(p: Pkt): Packet {
  return { src: { family: 4, value: p.src }, dst: { family: 4, value: p.dst }, protocol: p.proto, srcPort: p.sport, dstPort: p.dport };
}

/**
 * The same key as the evaluator's: disposition, egress interface, destination address and port
 * after NAT, the ids of the rules that decided (a stage default that denies is
 * "implicit-deny"), and the source NAT rule.
 */
export function outcomeKey(o: Outcome, p: Packet): string {
  const hop = o.hops[0];
  const after = applyToPacket(o.t, p);
  const decisions = (hop?.decisions ?? []).filter((d) => d.ruleId !== undefined).map((d) => d.ruleId!);
  const last = hop?.decisions[hop.decisions.length - 1];
  if (o.disposition === 'denied' && last && last.ruleId === undefined) decisions.push('implicit-deny');
  return verdictKey(o.disposition, hop?.out, after.dst.value as number, after.dstPort, decisions, hop?.snat?.ruleId);
}
