import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/analysis/flow.js';
import { propagate } from '../../src/analysis/propagate.js';
import { startsFor } from '../../src/analysis/reachability.js';
import { Topology } from '../../src/network/topology.js';
import { AddressSpace } from '../../src/space/address-space.js';
import { makeCidr } from '../../src/space/ip.js';
import type { Packet } from '../../src/space/packet.js';
import { applyToPacket } from '../../src/space/transform.js';
import { parsePanos, readPanosConfig } from '../../parsers/paloalto/index.js';
import { segment, site } from '../helpers/build-network.js';
import { Prng } from '../helpers/prng.js';
import { type Fate, evaluate, fateKey } from './paloalto/evaluate.js';
import { BASE, generateConfig } from './paloalto/generate.js';
import { renderSet, renderXml } from './paloalto/render.js';

const RUNS = Number(process.env.PANOS_ORACLE_RUNS ?? 200);
const PACKETS_PER_START = 22;

const v4 = (text: string) => text.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const INTERESTING = [...Array.from({ length: 64 }, (_, k) => `${BASE}${k}`), '192.168.1.10', '8.8.8.8', '10.0.1.5', '172.16.0.1'];
const PORTS = [22, 25, 53, 80, 443, 8080, 1500, 2222, 3389, 0, 65535];

function samplePackets(r: Prng, sources: AddressSpace, extra: readonly number[]): Packet[] {
  const out: Packet[] = [];
  const srcRanges = [...sources.v4.ranges()];
  const dsts = INTERESTING.map(v4);
  for (let k = 0; k < PACKETS_PER_START; k++) {
    const [lo, hi] = r.pick(srcRanges);
    const src = lo + r.int(0, hi - lo - 1);
    // Addresses the configuration names (NAT, interfaces) are where rules meet: favour them.
    const dst = extra.length > 0 && r.chance(0.4) ? r.pick(extra) : r.pick(dsts);
    const proto = r.pick([6, 6, 6, 17, 17, 1]);
    const icmp = proto === 1;
    out.push({
      src: { family: 4, value: src },
      dst: { family: 4, value: dst },
      protocol: proto,
      srcPort: icmp ? r.pick([0, 1]) : r.pick([40000, 45000, 1500, 53]),
      dstPort: icmp ? r.pick([8, 0, 3]) : r.pick(PORTS),
    });
  }
  return out;
}

/** The outcome of the analysis in the same terms as the vendor evaluator. */
function observed(o: Outcome, p: Packet): string {
  const hop = o.hops[0];
  const t = applyToPacket(o.t, p);
  const last = hop?.decisions[hop.decisions.length - 1];
  const strip = (id: string | undefined) => id?.replace(/\/other-protocols$/, '').replace(/#\d+$/, '');
  const dnat = strip(hop?.dnat?.id);
  const snat = strip(hop?.snat?.ruleId);
  const f: Fate = {
    disposition: o.disposition as Fate['disposition'],
    ...(hop?.out === undefined ? {} : { out: hop.out }),
    dst: t.dst.value as number,
    dport: t.dstPort,
    ...(last?.ruleId === undefined ? {} : { ruleId: last.ruleId }),
    ...(dnat === undefined ? {} : { dnat }),
    ...(snat === undefined ? {} : { snat }),
  };
  return fateKey(f);
}

describe('PAN-OS oracle: parser and analysis against an evaluator of PAN-OS semantics', () => {
  it(`gives every sampled packet the fate PAN-OS gives it (${RUNS} random configurations, XML and set)`, () => {
    let compared = 0;
    let delivered = 0;
    let translated = 0;
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = new Prng(seed * 7919);
      const gen = generateConfig(r, seed);
      const text = seed % 2 === 0 ? renderXml(gen) : renderSet(gen);
      const parsed = parsePanos(text, `oracle-${seed}.${seed % 2 === 0 ? 'xml' : 'set'}`);
      expect(parsed.status, `seed ${seed}: ${JSON.stringify(parsed.warnings.filter((w) => w.kind === 'unrecognized'))}`).not.toBe('FAILED');
      expect(parsed.warnings.filter((w) => w.kind === 'unrecognized'), `seed ${seed}`).toEqual([]);
      const { config } = readPanosConfig(text);
      const device = parsed.devices[0]!;
      const segments = device.interfaces.flatMap((i, k) =>
        i.addresses.map((a) => segment(`s${k}`, 'other', `${AddressSpace.fromCidr(makeCidr(a.address, a.prefixLength)).toString()}`)),
      );
      const topology = new Topology(parsed.devices, site({ segments }));
      const starts = startsFor(topology);
      const outcomes = propagate(topology, starts);
      const named = (text: string) => (/^\d+\.\d+\.\d+\.\d+$/.test(text) ? [v4(text)] : []);
      const extra = [
        ...gen.nat.flatMap((n) => [
          ...(n.dnat ? named(n.dnat.address.split('-')[0]!) : []),
          ...n.destination.flatMap(named),
          ...(n.snat?.type === 'static' ? named(n.snat.address) : []),
        ]),
        ...gen.addresses.filter((a) => a.kind === 'ip-range').map((a) => v4(a.value.split('-')[0]!)),
        ...gen.interfaces.map((i) => v4(i.cidr.split('/')[0]!)),
      ];
      const sampler = new Prng(seed ^ 0x5bd1e995);
      for (const start of starts) {
        const mine = outcomes.filter((o) => o.injection.iface === start.iface);
        for (const p of samplePackets(sampler, start.packets.srcSpace(), extra)) {
          const actual = new Set(mine.filter((o) => o.orig.contains(p)).map((o) => observed(o, p)));
          const expected = fateKey(evaluate(config!, start.iface, p));
          // The message (with the whole configuration) is built only when it is needed.
          if (actual.size !== 1 || !actual.has(expected)) expect([...actual], `seed ${seed} ${start.iface} ${JSON.stringify(p)}\n${text}`).toEqual([expected]);
          compared++;
          if (expected.startsWith('delivered')) delivered++;
          if (expected.split('|')[5] !== '') translated++;
        }
      }
    }
    if (process.env.PANOS_ORACLE_STATS) console.log({ compared, delivered, translated });
    // Guards against a generator that stops exercising what it should.
    expect(compared).toBeGreaterThan(RUNS * 40);
    expect(delivered).toBeGreaterThan(compared / 20);
    expect(translated).toBeGreaterThan(compared / 100);
  });
});
