import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/analysis/flow.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import type { Device } from '../../src/model/device.js';
import { Topology } from '../../src/network/topology.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { makeCidr } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { applyToPacket } from '../../src/space/transform.js';
import { parseIptables, readIptablesConfig } from '../../parsers/iptables/index.js';
import { readLinuxIp } from '../../parsers/linux-ip/index.js';
import { site } from '../helpers/build-network.js';
import { Prng } from '../helpers/prng.js';
import { type Fate, Host, fates, inputAccepts } from './iptables/evaluate.js';
import { generateHost } from './iptables/generate.js';
import { samplePackets } from './iptables/sample.js';

const CONFIGS = Number(process.env.IPTABLES_ORACLE_CONFIGS ?? 200);
const PACKETS = 25;

/** The pool a DNAT entry maps into, when it holds more than one address. */
function dnatPool(device: Device, id: string | undefined): string | undefined {
  const entry = id === undefined ? undefined : device.destinationNat.find((n) => n.id === id);
  const m = entry?.translate.dst;
  if (!m || !('set' in m) || m.set.bounds.length !== 2) return undefined;
  const [lo, hi] = m.set.bounds as [number, number];
  return hi - lo > 1 ? `pool(${lo}-${hi - 1})` : undefined;
}

function modelKey(device: Device, o: Outcome, p: Packet): string {
  const hop = o.hops[0]!;
  const last = hop.decisions[hop.decisions.length - 1];
  const rule = last ? (last.ruleId ?? `default-${last.action}`) : '-';
  const q = applyToPacket(o.t, p);
  const dst = dnatPool(device, hop.dnat?.id) ?? String(q.dst.value);
  return `${o.disposition}|${hop.out ?? '-'}|${dst}:${q.dstPort}|${o.disposition === 'delivered' ? String(q.src.value) : '-'}|${rule}`;
}

function fateKey(f: Fate): string {
  return `${f.disposition}|${f.out ?? '-'}|${f.pool ?? String(f.dst)}:${f.dport}|${f.src === undefined ? '-' : String(f.src)}|${f.rule ?? '-'}`;
}

describe('iptables oracle: the parser and the analysis against netfilter semantics on the typed config', () => {
  it(`agrees on every sampled packet of ${CONFIGS} random hosts`, () => {
    let compared = 0;
    let approximated = 0;
    const dispositions = new Map<string, number>();
    const features = new Map<string, number>();
    for (let seed = 1; seed <= CONFIGS; seed++) {
      const gen = generateHost(seed);
      const parsed = parseIptables(gen.rules, 'gen.rules', { text: gen.companion, file: 'gen.ip' });
      expect(parsed.status, `seed ${seed}`).not.toBe('FAILED');
      expect(parsed.warnings.filter((w) => w.kind === 'unrecognized'), `seed ${seed}`).toEqual([]);
      const device = parsed.devices[0]!;
      const segments = device.interfaces.map((iface, k) => {
        const a = iface.addresses[0]!;
        return { id: `s${k}`, kind: 'other' as const, networks: AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)), attach: [] };
      });
      const topology = new Topology([device], site({ segments }));
      const starts = startsFor(topology);
      const outcomes = propagate(topology, starts);
      const config = readIptablesConfig(gen.rules).config;
      const host = new Host(readLinuxIp(gen.companion, 'gen.ip').config);
      const warnedInput = parsed.warnings.some((w) => w.comment.startsWith('INPUT accepts different packets') || w.comment.startsWith('the rule accepts some but not all addresses'));
      const exact = (ingress: string) => (q: Packet, dnat: boolean) => inputAccepts(config, host, q, ingress, dnat);
      // The model's declared over-approximation of INPUT: any ingress, either DNAT state, any address of the interface.
      const approx = (q: Packet) => {
        const iface = host.ifaceOf(q.dst.value as number);
        const targets = iface ? iface.addresses.map((a) => a.value) : [q.dst.value as number];
        return targets.some((t) => host.ifaces.some((j) => [false, true].some((d) => inputAccepts(config, host, { ...q, dst: { family: 4, value: t } }, j.name, d))));
      };
      const r = new Prng(seed * 7919);
      for (const start of starts) {
        const mine = outcomes.filter((o) => o.injection.iface === start.iface && o.source === start.source);
        for (const p of samplePackets(r, gen, host, start.packets.srcSpace(), PACKETS)) {
          const actual = new Set(mine.filter((o) => o.orig.contains(p)).map((o) => modelKey(device, o, p)));
          const withPools = (accepts: (q: Packet, d: boolean) => boolean) => new Set(fates(config, host, p, start.iface, accepts).map(fateKey));
          const expected = withPools(approx);
          const kernel = withPools(exact(start.iface));
          if ([...expected].sort().join() !== [...kernel].sort().join()) {
            approximated++;
            expect(warnedInput, `seed ${seed}: the model widened INPUT without saying so`).toBe(true);
          }
          expect([...actual].sort(), `seed ${seed} ${start.iface} ${JSON.stringify(p)}\n${gen.rules}\n${gen.companion}`).toEqual([...expected].sort());
          for (const k of expected) {
            dispositions.set(k.split('|')[0]!, (dispositions.get(k.split('|')[0]!) ?? 0) + 1);
            const [, , dst, src, rule] = k.split('|');
            const note = (f: string, yes: boolean) => yes && features.set(f, (features.get(f) ?? 0) + 1);
            note('through a user chain', rule!.includes('>'));
            note('goto end', rule!.endsWith(':end'));
            note('DNAT pool', dst!.startsWith('pool'));
            note('DNAT', dst !== `${p.dst.value}:${p.dstPort}`);
            note('SNAT', src !== '-' && src !== String(p.src.value));
          }
          compared++;
        }
      }
    }
    if (process.env.IPTABLES_ORACLE_STATS) console.log({ compared, approximated, dispositions, features });
    // Guard against a generator that stops producing interesting cases.
    expect(compared).toBeGreaterThan(CONFIGS * 40);
    for (const d of ['delivered', 'accepted', 'denied', 'no-route', 'null-route']) expect(dispositions.get(d) ?? 0, d).toBeGreaterThan(20);
    expect(approximated).toBeGreaterThan(0);
    for (const f of ['through a user chain', 'goto end', 'DNAT pool', 'DNAT', 'SNAT']) expect(features.get(f) ?? 0, f).toBeGreaterThan(20);
  });
});

